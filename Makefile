# Midtrans Docs — every task a writer, a maintainer or CI runs.
#   make serve   live preview on http://127.0.0.1:8000 (installs what is missing)
#   make test    every check CI runs (installs what is missing)
#   make lint    fast checks: writer checks (Markdown lint, spelling, nav, front matter…), ruff, mypy
#   make build   strict build into site/
#   make bench   performance figures (midtrans-docs bench)
#   make diagrams render new Mermaid diagrams to diagrams/*.svg (builds do it too)
#   make lock    re-resolve pyproject.toml's dependencies into requirements.txt
# Every task calls the `midtrans-docs` command (midtrans_docs/cli.py), installed into .venv.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

VENV     := .venv
PY       := $(VENV)/bin/python
CLI      := $(VENV)/bin/midtrans-docs
STAMP    := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
SYS_STAMP  := .cache/system-packages
CHROME_STAMP := .cache/chromium
HUNSPELL_STAMP := .cache/hunspell
# Silence the MkDocs 2 / ProperDocs banners; they are not warnings.
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true
export PYTHONDONTWRITEBYTECODE := 1

# Debian packages the checks need: Chromium (browser tests), PHP (php -l, and the checkout app
# with its curl and pdo_sqlite extensions), Go and a JDK (compile the Go and Java samples). Root or sudo installs them.
APT_PACKAGES := chromium php-cli php-curl php-sqlite3 golang-go default-jdk-headless hunspell hunspell-id
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help serve build test lint static bench lock clean install system-deps diagrams

help:
	@sed -n 's/^#   //p' $(firstword $(MAKEFILE_LIST))

# The lock file, then this project itself (editable: midtrans_docs/ is imported from the checkout).
$(STAMP): requirements.txt pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	@$(PY) -m pip install -q --disable-pip-version-check uv==0.13.9
	$(VENV)/bin/uv pip install -q --compile-bytecode -p $(PY) -r requirements.txt
	$(VENV)/bin/uv pip install -q -p $(PY) --no-deps -e .
	@touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# Re-checked when this Makefile changes, so a machine set up earlier gets a newly listed package.
$(SYS_STAMP): Makefile
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v php >/dev/null      || missing="$$missing php-cli"; \
	php -r 'exit(extension_loaded("curl") ? 0 : 1);' 2>/dev/null || missing="$$missing php-curl"; \
	php -r 'exit(extension_loaded("pdo_sqlite") ? 0 : 1);' 2>/dev/null || missing="$$missing php-sqlite3"; \
	command -v go >/dev/null       || missing="$$missing golang-go"; \
	command -v javac >/dev/null    || missing="$$missing default-jdk-headless"; \
	command -v hunspell >/dev/null || missing="$$missing hunspell"; \
	test -f /usr/share/hunspell/id_ID.dic || missing="$$missing hunspell-id"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@mkdir -p $(dir $@) && touch $@

# Chromium alone: builds render new Mermaid diagrams with it (midtrans_docs/diagrams.py).
$(CHROME_STAMP):
	@command -v chromium >/dev/null || { echo "Installing Debian package: chromium"; \
	  $(SUDO) apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium; }
	@mkdir -p $(dir $@) && touch $@

# hunspell and its Indonesian dictionary alone: `make lint` spell-checks the Indonesian pages with them
# (midtrans_docs/checks/spelling.py). Where apt cannot install them, the check says so and is skipped.
$(HUNSPELL_STAMP):
	@{ command -v hunspell >/dev/null && test -f /usr/share/hunspell/id_ID.dic; } || { \
	  echo "Installing Debian packages: hunspell hunspell-id"; \
	  { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq \
	    --no-install-recommends hunspell hunspell-id; } || echo "hunspell could not be installed: spelling skipped"; }
	@mkdir -p $(dir $@) && touch $@

install: $(STAMP) $(NODE_STAMP)
system-deps: $(SYS_STAMP)

serve: install $(CHROME_STAMP)
	MKDOCS_STRICT=false DOCS_FULL_BUILD=false $(VENV)/bin/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload --dirty

build: install
	$(VENV)/bin/mkdocs build --strict

# pytest runs on TEST_WORKERS xdist workers (one more than the 2 cores CI has: most browser tests wait on
# Chromium more than they compute); tests that share a module fixture stay on one worker (tests/conftest.py).
# ruff and mypy (make static) run beside it; their output shows only if they fail, so that pytest's summary
# stays the last line on success.
TEST_WORKERS ?= 3
test: install $(SYS_STAMP)
	@mkdir -p build
	@$(MAKE) --no-print-directory static > build/static.log 2>&1 & static=$$!; \
	rc=0; $(PY) -m pytest -n $(TEST_WORKERS) --dist loadgroup || rc=$$?; \
	if ! wait $$static; then cat build/static.log; echo "make static failed: ruff or mypy, above"; rc=1; fi; \
	exit $$rc

lint: install static $(HUNSPELL_STAMP)
	$(CLI) check

static: install
	$(VENV)/bin/ruff check midtrans_docs tests
	$(VENV)/bin/ruff format --check midtrans_docs tests
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

bench: install $(SYS_STAMP)
	$(CLI) bench

diagrams: install $(CHROME_STAMP)
	$(CLI) diagrams

# Resolves pyproject.toml (with the test and dev extras); versions already in requirements.txt are kept.
lock: $(STAMP)
	@tmp=$$(mktemp -d); grep -v '^#' requirements.txt > $$tmp/lock.txt; \
	$(VENV)/bin/uv pip compile -q -p $(PY) --no-header --no-annotate --extra test --extra dev \
	  pyproject.toml -o $$tmp/lock.txt; \
	{ echo "# Lock file: exact versions of every Python package, names and versions only (no index URLs)."; \
	  echo "# Regenerate with \`make lock\` after editing the dependencies in pyproject.toml."; \
	  cat $$tmp/lock.txt; } > requirements.txt; rm -rf $$tmp

clean:
	rm -rf site build .cache .pytest_cache .mypy_cache .ruff_cache
