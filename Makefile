# recordings-api-clients — the Makefile is an index; each target is a one-liner or calls a script.
# Two commands on a fresh clone:  `make generate`  (set up + regenerate + check)  and  `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
VENDOR ?=
PORT ?= 4010
STAMP := $(VENV)/.bootstrapped
DEV_STAMP := $(VENV)/.dev-installed
NODE_STAMP := tools/node/node_modules/.installed
PRISM := bench/node/node_modules/.installed
BASE ?= origin/main
OFFICIAL ?=

.DEFAULT_GOAL := help

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 20

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip==25.3
	$(BIN)/pip install --quiet -c constraints.txt -e .
	$(BIN)/pip download --quiet -c constraints.txt -d $(VENV)/wheelhouse \
		httpx attrs httpx-retries PyJWT cryptography hatchling==1.33.0 editables==0.5
	touch $(STAMP)

# recordings/ and every generated package, editable and without dependencies (the toolchain pins them), so their
# `recordings.vendors` entry points exist in .venv; redone when a pyproject changes or a vendor is added.
$(DEV_STAMP): $(STAMP) recordings/pyproject.toml $(wildcard generated/*/pyproject.toml)
	$(BIN)/pip install --quiet --no-deps --no-index --find-links $(VENV)/wheelhouse \
		-e recordings $(foreach d,$(wildcard generated/*/),-e $(d))
	touch $(DEV_STAMP)

bootstrap: $(STAMP) $(DEV_STAMP) ## create .venv with the pinned toolchain, recordings/ and the generated packages installed editable

dev-install: $(DEV_STAMP) ## (re)install recordings/ and every generated package editable into .venv (entry points)

$(NODE_STAMP): tools/node/package.json tools/node/package-lock.json
	npm ci --prefix tools/node
	touch $(NODE_STAMP)

node-tools: $(NODE_STAMP) ## install the pinned Node tools (Spectral, Redocly) into tools/node/node_modules

$(PRISM): bench/node/package.json bench/node/package-lock.json
	npm ci --prefix bench/node
	touch $(PRISM)

generate: $(STAMP) ## regenerate generated/ from specs/ (VENDOR=x for one), then type-check and lint the output
	$(BIN)/python -m generator generate $(if $(VENDOR),--vendor $(VENDOR))
	$(BIN)/mypy --strict --config-file "" --no-incremental $(if $(VENDOR),generated/$(VENDOR)*/*/,generated/*/*/)

check-generated: $(STAMP) ## fail if generated/ is not exactly what the generator writes now
	$(BIN)/python -m generator check

lint: $(STAMP) $(DEV_STAMP) ## ruff on hand-written code (check only); actionlint (+ shellcheck) on .github/workflows; layer contracts (import-linter)
	$(BIN)/ruff check speccore generator tools specmock contract bench tests recordings
	$(BIN)/ruff format --check speccore generator tools specmock contract bench tests recordings
	$(BIN)/actionlint -shellcheck=$(BIN)/shellcheck .github/workflows/*.yml
	$(BIN)/lint-imports --no-cache

fmt: $(STAMP) ## apply ruff fixes and formatting to hand-written code
	$(BIN)/ruff check --fix speccore generator tools specmock contract bench tests recordings
	$(BIN)/ruff format speccore generator tools specmock contract bench tests recordings

typecheck: $(STAMP) $(DEV_STAMP) ## mypy --strict on the generator, tools, specmock, contract, bench, the runtime, every generated package and tests/
	$(BIN)/mypy speccore generator tools specmock contract bench
	$(BIN)/mypy --strict --config-file "" generated/*/*/
	$(BIN)/mypy --strict --config-file recordings/pyproject.toml recordings/src
	MYPYPATH="$$(ls -d generated/*/ | paste -sd:)" $(BIN)/mypy --explicit-package-bases tests

lint-specs: $(STAMP) $(NODE_STAMP) ## validate every spec and lint it with Spectral, tools/spectral.yaml (VENDOR=x for one)
	$(BIN)/python -m tools lint-specs $(if $(VENDOR),--vendor $(VENDOR))

spec-diff: $(STAMP) ## spec changes since BASE (default origin/main), breaking or not; fails on breaking unless ALLOW_BREAKING=1
	$(BIN)/python -m tools spec-diff --base $(BASE) $(if $(VENDOR),--vendor $(VENDOR)) $(if $(ALLOW_BREAKING),--allow-breaking)

upstream-diff: $(STAMP) ## our spec vs the vendor's official document (VENDOR=x OFFICIAL=path|url) into specs/x/upstream-diff.md
	$(BIN)/python -m tools upstream-diff $(if $(VENDOR),--vendor $(VENDOR)) $(if $(OFFICIAL),--official $(OFFICIAL))

docs: $(STAMP) $(NODE_STAMP) ## HTML reference per spec and API listing per package into build/docs/
	$(BIN)/python -m tools docs

version-check: $(STAMP) ## spec changes bump package versions as spec-diff requires (SINCE=ref: vs ref); changelogs current
	$(BIN)/python -m tools version-check $(if $(STRICT),,--skip-without-history) $(if $(SINCE),--base $(SINCE))
	$(BIN)/python -m tools changelog --check $(if $(STRICT),,--skip-without-history)

changelog: $(STAMP) ## write specs/<vendor>/CHANGELOG.md from the spec diffs between releases (after bumping a version)
	$(BIN)/python -m tools changelog

dist: $(STAMP) ## sdist + wheel of every generated package into dist/ (offline), twine-checked
	$(BIN)/python -m tools dist

mock: $(STAMP) ## serve a vendor's mock on 127.0.0.1, printing the credentials it accepts (VENDOR=x [PORT SEED RECORDINGS STRICT=1 FAULT_RATE LATENCY MOCK_ARGS])
	$(BIN)/python -m specmock serve --vendor $(VENDOR) --port $(PORT) $(if $(SEED),--seed $(SEED)) \
		$(if $(RECORDINGS),--recordings $(RECORDINGS)) $(if $(STRICT),--strict) \
		$(if $(FAULT_RATE),--fault-rate $(FAULT_RATE)) $(if $(LATENCY),--latency $(LATENCY)) $(MOCK_ARGS)

contract: $(STAMP) ## schemathesis contract tests against the mock (VENDOR=x, default all; FULL=1 for the full budget)
	$(BIN)/python -m contract run --vendor $(or $(VENDOR),all) $(if $(FULL),--full)

contract-live: $(STAMP) ## the contract tests against the real API (credentials from the environment; WRITES=1 to write)
	$(BIN)/python -m contract live --vendor $(or $(VENDOR),all) $(if $(WRITES),--allow-writes)

bench: $(STAMP) $(PRISM) ## compare our clients and mock with raw httpx, the official SDKs and Prism; write BENCHMARKS.md
	$(BIN)/python -m bench

test: $(STAMP) $(DEV_STAMP) $(NODE_STAMP) lint typecheck check-generated lint-specs version-check ## everything CI runs: lint, types, staleness, spec lint, version bumps, all tests
	$(BIN)/pytest

clean: ## remove the venv and caches
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache tools/node/node_modules bench/node/node_modules build dist

.PHONY: help bootstrap dev-install node-tools generate check-generated lint fmt typecheck lint-specs spec-diff upstream-diff docs version-check changelog dist mock contract contract-live bench test clean
