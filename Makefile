# Two commands do all set-up on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE := factcheck.settings

.PHONY: run serve worker test test-embedded lint install install-dev engine chromium migrate demo clean

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

# The claim engine compiled with mypyc (claims/extraction/build.py); rebuilt when a source
# changes. Without a C compiler the build fails and the engine runs as plain Python.
ENGINE := build/engine/SOURCES.sha256
ENGINE_SOURCES := $(wildcard claims/extraction/*.py)

$(ENGINE): $(ENGINE_SOURCES) $(VENV)/.installed
	@mkdir -p build
	@echo "compiling the claim engine with mypyc (build/engine.log)"
	@$(PY) -c 'import sys; from claims.extraction import build; sys.exit(build.main())' \
	    >build/engine.log 2>&1 || { tail -n 20 build/engine.log; \
	  echo "warning: the mypyc build failed (build/engine.log); the claim engine runs as Python"; }

engine: $(ENGINE)

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed $(ENGINE)
install-dev: $(VENV)/.installed-dev $(ENGINE)

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	DEMO_PASSWORD=$${DEMO_PASSWORD:-factcheck-demo} $(PY) manage.py load_demo

## run: the demo site at http://$(HOST):$(PORT)/ with a worker and beat (embedded SQLite + filesystem broker by default)
run: export DEBUG ?= 1
run: demo
	@echo "Serving on http://$(HOST):$(PORT)/  (admin: /admin/, Ctrl-C stops everything)"
	trap 'kill 0' EXIT INT TERM; \
	$(VENV)/bin/celery -A factcheck worker --beat --pool=solo --loglevel=INFO \
	    --schedule=data/celerybeat-schedule & \
	$(PY) manage.py runserver $(HOST):$(PORT)

## serve: production-style: gunicorn, DEBUG off, static files from whitenoise
serve: export DEBUG := 0
serve: migrate
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(VENV)/bin/gunicorn factcheck.wsgi --bind $(HOST):$(PORT) --workers 3 --access-logfile -

## worker: a Celery worker with beat (scale out by running more workers without --beat)
worker: install
	$(VENV)/bin/celery -A factcheck worker --beat --loglevel=INFO --schedule=data/celerybeat-schedule

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

## test: the whole suite; pytest's "no tests collected" (exit 5) counts as failure
test: install-dev chromium
	$(PY) -m pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

## test-embedded: the smoke and worker tests on the embedded default (SQLite + filesystem broker)
test-embedded: install-dev
	env -u DATABASE_URL -u CELERY_BROKER_URL $(PY) -m pytest tests/test_settings.py \
	    tests/test_health.py tests/test_demo.py tests/integration; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy .
	$(PY) manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) build data staticfiles .pytest_cache .mypy_cache .ruff_cache
