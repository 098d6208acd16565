# The two commands of the README:
#   make report   set up .venv if needed, run the notebooks on the study article, write HTML to reports/
#   make test     set up .venv if needed, lint, then run the whole test suite
# and, for working on the kit:
#   make lab          open JupyterLab on notebooks/
#   make lint         ruff, mypy and the layers contract (import-linter)
#   make test-fast    every test but the notebook, report and browser runs (the inner loop)
#   make screenshots  run the browser test and refresh docs/screenshots/ (what the README shows)
# Set-up runs again only when pyproject.toml or constraints.txt change (the stamp file below), so
# every command is fast the second time.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.kit-installed
export PATH := $(CURDIR)/$(BIN):$(PATH)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: setup report test test-fast lint lab screenshots clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# constraints.txt pins torch to the CPU build before camel-tools can pull a CUDA one
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[data,dev]'
	touch $@

report: $(STAMP)
	$(BIN)/python -m kit report data/articles/000_ac51de9d2fe8c34f.txt -o reports/study-article

lint: $(STAMP)
	$(BIN)/ruff check kit tests scripts benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	$(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow"

screenshots: $(STAMP)
	KIT_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest tests/test_browser.py -m slow

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf reports/ build/ .pytest_cache/ .hypothesis/ .mypy_cache/ .ruff_cache/
