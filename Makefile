# The two commands of the README:
#   make report   set up .venv if needed, run the notebooks on the study article, write HTML to reports/
#   make test     set up .venv if needed, run the whole test suite
# and `make lab` opens JupyterLab on notebooks/. Set-up runs again only when pyproject.toml or
# constraints.txt change (the stamp file below), so both are fast the second time.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.kit-installed
export PATH := $(CURDIR)/$(BIN):$(PATH)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: setup report test lab clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# constraints.txt pins torch to the CPU build before camel-tools can pull a CUDA one
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[data,dev]'
	touch $@

report: $(STAMP)
	$(BIN)/python -m kit report data/articles/000_ac51de9d2fe8c34f.txt -o reports/study-article

test: $(STAMP)
	$(BIN)/python -m pytest

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf reports/ .pytest_cache/ .hypothesis/
