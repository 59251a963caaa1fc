# Midtrans Docs — every task a writer, a maintainer or CI runs.
#   make serve   live preview on http://127.0.0.1:8000 (installs what is missing)
#   make test    every check CI runs (installs what is missing)
#   make lint    fast writer checks only (Markdown lint, spelling, placeholders)
#   make build   strict build into site/
#   make bench   performance figures (scripts/bench.py)
#   make diagrams render new Mermaid diagrams to diagrams/*.svg (builds do it too)
#   make lock    re-resolve requirements.in into requirements.txt

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

VENV     := .venv
PY       := $(VENV)/bin/python
STAMP    := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
SYS_STAMP  := .cache/system-packages
CHROME_STAMP := .cache/chromium
# Silence the MkDocs 2 / ProperDocs banners; they are not warnings.
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true
export PYTHONDONTWRITEBYTECODE := 1

# Debian packages the checks need: Chromium (browser tests), PHP (php -l),
# Go and a JDK (compile the Go and Java samples). Root or sudo installs them.
APT_PACKAGES := chromium php-cli golang-go default-jdk-headless
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help serve build test lint bench lock clean install system-deps diagrams

help:
	@sed -n 's/^#   //p' $(firstword $(MAKEFILE_LIST))

$(STAMP): requirements.txt
	@test -x $(PY) || python3 -m venv $(VENV)
	@$(PY) -m pip install -q --disable-pip-version-check uv==0.13.9
	$(VENV)/bin/uv pip install -q --compile-bytecode -p $(PY) -r requirements.txt
	@touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(SYS_STAMP):
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v php >/dev/null      || missing="$$missing php-cli"; \
	command -v go >/dev/null       || missing="$$missing golang-go"; \
	command -v javac >/dev/null    || missing="$$missing default-jdk-headless"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@mkdir -p $(dir $@) && touch $@

# Chromium alone: builds render new Mermaid diagrams with it (scripts/mermaid_svg.py).
$(CHROME_STAMP):
	@command -v chromium >/dev/null || { echo "Installing Debian package: chromium"; \
	  $(SUDO) apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium; }
	@mkdir -p $(dir $@) && touch $@

install: $(STAMP) $(NODE_STAMP)
system-deps: $(SYS_STAMP)

serve: install $(CHROME_STAMP)
	MKDOCS_STRICT=false DOCS_FULL_BUILD=false $(VENV)/bin/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload --dirty

build: install
	$(VENV)/bin/mkdocs build --strict

test: install $(SYS_STAMP)
	$(PY) -m pytest

lint: install
	$(PY) -m pytest -q -p no:playwright tests/test_lint.py tests/test_pages.py tests/test_code_blocks.py

bench: install $(SYS_STAMP)
	$(PY) scripts/bench.py

diagrams: install $(CHROME_STAMP)
	$(PY) scripts/mermaid_svg.py

lock: $(STAMP)
	$(VENV)/bin/uv pip compile -q -p $(PY) --no-header --no-annotate requirements.in -o /tmp/midtrans-docs-lock.txt
	{ echo "# Lock file: exact versions of every Python package, names and versions only (no index URLs)."; \
	  echo "# Regenerate with \`make lock\` after editing requirements.in."; \
	  cat /tmp/midtrans-docs-lock.txt; } > requirements.txt

clean:
	rm -rf site build .cache .pytest_cache
