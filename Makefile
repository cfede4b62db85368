# The two commands a new user needs:  `make demo`  and  `make test`.
# Both set up everything (system packages, virtual environment, models) and are idempotent.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
CLI    := $(VENV)/bin/callinsight
export HF_HUB_OFFLINE := 1
export NUMBA_CACHE_DIR := $(CURDIR)/.cache/numba
# pip's wheel cache would keep a second copy of every download (GBs with torch and the model
# packages); a fresh machine's disk may be small, and the venv is built once.
export PIP_NO_CACHE_DIR := 1

.PHONY: setup system models demo test lint clean-demo duckdb1

# System packages (chromium for the report's browser test, espeak-ng/ffmpeg for the sample generator).
$(VENV)/.system: scripts/install-system-deps.sh
	bash scripts/install-system-deps.sh
	@mkdir -p $(VENV) && touch $@

# torch's CPU wheel must come first, or a dependency pulls a multi-GB CUDA build.
$(VENV)/.installed: pyproject.toml
	@free=$$(df -Pk . | awk 'NR==2 {print int($$4 / 1048576)}'); [ "$$free" -ge 5 ] || \
	  echo "warning: $$free GB free on this disk; the environment and models need about 4 GB" >&2
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[dev,ray]'
	touch $@

setup: $(VENV)/.system $(VENV)/.installed

models: setup
	$(CLI) models install

# The main job on the bundled sample recordings (callinsight.toml), after importing the bundled
# transcript history (recordings/history/: every transcript file in it, as a company brings its old
# recorder's exports): leaves callinsight.duckdb and reports/week/index.html. A second run imports
# nothing new (unchanged calls are skipped) and only refreshes the report.
demo: models
	@mkdir -p .cache
	$(CLI) import recordings/history > .cache/history-import.log; rc=$$?; tail -n 1 .cache/history-import.log; \
	  [ $$rc -eq 0 ] || [ $$rc -eq 3 ] || exit $$rc; \
	$(CLI) run; rc=$$?; [ $$rc -eq 0 ] || [ $$rc -eq 3 ] || exit $$rc; \
	  echo "database: callinsight.duckdb   report: reports/week/index.html"; exit $$rc

lint: setup
	$(VENV)/bin/ruff check src tests benchmarks scripts
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

# A DuckDB 1.x client in its own environment (tests/store/test_duckdb1_client.py opens the store with
# it, as analysts' notebooks, BI tools and JDBC/ODBC drivers do); pytz: the 1.x client needs it to
# return TIMESTAMPTZ values. The stamp names the version, so changing it reinstalls and reruns are no-ops.
DUCKDB1         := .venv-duckdb1
DUCKDB1_VERSION := 1.5.6
$(DUCKDB1)/.installed-$(DUCKDB1_VERSION):
	test -x $(DUCKDB1)/bin/python || $(PYTHON) -m venv $(DUCKDB1)
	$(DUCKDB1)/bin/python -m pip install --quiet duckdb==$(DUCKDB1_VERSION) pytz
	rm -f $(DUCKDB1)/.installed-* && touch $@

duckdb1: $(DUCKDB1)/.installed-$(DUCKDB1_VERSION)

test: models lint duckdb1
	$(VENV)/bin/pytest -q

clean-demo:
	rm -f callinsight.duckdb callinsight.duckdb.wal; rm -rf reports/week reports/month reports/personas
