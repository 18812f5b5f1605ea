# Each target sets itself up on a fresh machine: only python3 (>= 3.11) and make are assumed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXTRAS := hypothesis,pandas,arrow,plot,test,lint,docs,bench

.PHONY: demo test lint typecheck unit docs bench fuzz-setup clean

# The stamp is the venv folder itself: it is rebuilt only when pyproject.toml changes.
$(VENV): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[$(EXTRAS)]"
	touch $(VENV)

demo: $(VENV)
	$(BIN)/kttt demo

lint: $(VENV)
	$(BIN)/ruff check src tests examples benchmarks docs
	$(BIN)/ruff format --check src tests examples benchmarks docs

typecheck: $(VENV)
	$(BIN)/mypy

unit: $(VENV)
	HYPOTHESIS_PROFILE=ci $(BIN)/coverage run -m pytest
	$(BIN)/coverage report

docs: $(VENV)
	$(BIN)/sphinx-build -q -n -W -b html docs docs/_build/html
	$(BIN)/sphinx-build -q -n -W -b doctest docs docs/_build/doctest

test: lint typecheck unit docs

bench: $(VENV)
	$(BIN)/python benchmarks/run.py

# Fuzzing is not part of `make test`: see fuzz/README.md.
fuzz-setup: $(VENV)
	$(BIN)/python -m pip install --quiet -e ".[fuzz]"
	$(BIN)/python fuzz/make_corpus.py

clean:
	rm -rf $(VENV) docs/_build .coverage .mypy_cache .ruff_cache
