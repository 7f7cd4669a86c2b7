# Coverage Guide: `make run` serves the demo, `make test` runs every test. Both build .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test bench lint format clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null || { \
	  echo "Coverage Guide needs Python 3.12 or newer (Django 6.1 requires it)."; \
	  echo "'$(PYTHON)' is $$($(PYTHON) --version 2>&1 || echo missing)."; \
	  echo "Install Python 3.12 (with pyenv: 'pyenv install 3.12'; .python-version selects it)"; \
	  echo "or point the Makefile at one: make PYTHON=/path/to/python3.12 <target>"; \
	  exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet ".[test]"
	@touch $@

run: $(STAMP)
	DJANGO_DEBUG=1 $(BIN)/python manage.py migrate --noinput
	DJANGO_DEBUG=1 $(BIN)/python manage.py collectstatic --noinput -v0
	DJANGO_DEBUG=1 $(BIN)/python manage.py seed_demo
	DJANGO_DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:8000

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

# Benchmarks print figures; they never fail on time. They run with production settings on a
# throwaway SQLite database and collected static files; bench_load makes its own database
# (PostgreSQL when one answers on 127.0.0.1:5432) and serves it with gunicorn.
BENCH_ENV := DATABASE_URL=sqlite:///$(CURDIR)/.bench.sqlite3 DJANGO_STATIC_ROOT=$(CURDIR)/.bench-static

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet ".[test,bench]"
	@rm -rf .bench.sqlite3 .bench-static
	$(BENCH_ENV) $(BIN)/python manage.py migrate --noinput -v0
	$(BENCH_ENV) $(BIN)/python manage.py collectstatic --noinput -v0
	$(BENCH_ENV) $(BIN)/python manage.py bench
	@rm -rf .bench.sqlite3 .bench-static

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache staticfiles build *.egg-info
