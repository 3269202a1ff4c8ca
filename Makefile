# Two commands do everything on a fresh machine:
#   make run   - set up .venv, then start the Telegram bot (with TELEGRAM_BOT_TOKEN) or the offline terminal chat
#   make test  - set up .venv, then run every check: ruff, mypy and pytest
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test setup lint types pytest bench vectors clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/pathways run

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: setup
	$(BIN)/mypy

pytest: setup
	$(BIN)/python -m pytest

test: lint types pytest

# After editing knowledge/catalog/: the bundled model's vectors of the changed entries (knowledge/vectors/).
vectors: setup
	$(BIN)/python scripts/embed_catalog.py

bench: setup
	$(BIN)/python benchmarks/search_latency.py
	$(BIN)/python benchmarks/refresh_time.py
	$(BIN)/python benchmarks/retrieval_quality.py
	$(BIN)/python benchmarks/answer_quality.py
	$(BIN)/python benchmarks/understanding.py
	cd benchmarks && ../$(BIN)/python answer_eval.py --split report
	$(BIN)/python benchmarks/telegram_load.py
	$(BIN)/python benchmarks/announcement_load.py --students 2000

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
