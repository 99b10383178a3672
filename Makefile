# Two commands do all set-up: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
DEV_ENV := DEBUG=1 HTTPS=0

.PHONY: run test install migrate demo lint format bench soak clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The committed .mo files are rebuilt from the .po files when Debian's gettext is there; without
# it the committed ones serve, and tests/i18n checks they match their sources.
install: $(STAMP)
	@if command -v msgfmt >/dev/null; then \
		$(DEV_ENV) $(PY) manage.py compilemessages --ignore=$(VENV) --verbosity 0; fi

migrate: install
	$(DEV_ENV) $(PY) manage.py migrate --noinput

demo: migrate
	$(DEV_ENV) $(PY) manage.py load_demo_content

run: demo
	$(DEV_ENV) $(PY) manage.py runserver 127.0.0.1:8000

test: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
# A model change without its migration fails here, not in production.
	$(DEV_ENV) $(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/pytest $(PYTEST_ARGS)

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: install
	$(PY) bench/run.py

# Needs PostgreSQL (SOAK_DATABASE_URL; default psoas:psoas@127.0.0.1/psoas_soak) and redis-server.
soak: install
	$(PY) bench/soak.py

clean:
	rm -rf $(VENV) staticfiles *.egg-info
