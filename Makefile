# recordings-api-clients — the Makefile is an index; each target is a one-liner or calls a script.
# Two commands on a fresh clone:  `make generate`  (set up + regenerate + check)  and  `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
VENDOR ?=
PORT ?= 4010
STAMP := $(VENV)/.bootstrapped

.DEFAULT_GOAL := help

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 20

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip==25.3
	$(BIN)/pip install --quiet -c constraints.txt -e .
	$(BIN)/pip download --quiet -c constraints.txt -d $(VENV)/wheelhouse \
		httpx attrs python-dateutil httpx-retries PyJWT hatchling==1.33.0
	touch $(STAMP)

bootstrap: $(STAMP) ## create .venv with the pinned toolchain

generate: $(STAMP) ## regenerate generated/ from specs/ (VENDOR=x for one), then type-check and lint the output
	$(BIN)/python -m generator generate $(if $(VENDOR),--vendor $(VENDOR))
	$(BIN)/mypy --strict --config-file "" --no-incremental $(if $(VENDOR),generated/$(VENDOR)*/*/,generated/*/*/)

check-generated: $(STAMP) ## fail if generated/ is not exactly what the generator writes now
	$(BIN)/python -m generator check

lint: $(STAMP) ## ruff on hand-written code (check only)
	$(BIN)/ruff check generator tests
	$(BIN)/ruff format --check generator tests

fmt: $(STAMP) ## apply ruff fixes and formatting to hand-written code
	$(BIN)/ruff check --fix generator tests
	$(BIN)/ruff format generator tests

typecheck: $(STAMP) ## mypy --strict on the generator, the runtime and every generated package
	$(BIN)/mypy generator
	$(BIN)/mypy --strict --config-file "" generated/*/*/

test: $(STAMP) lint typecheck check-generated ## everything CI runs: lint, types, staleness, unit + client tests
	$(BIN)/pytest

clean: ## remove the venv and caches
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache

.PHONY: help bootstrap generate check-generated lint fmt typecheck test clean
