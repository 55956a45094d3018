# Toezichtnet. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
DEV_SETTINGS := config.settings.dev
# Compiled translation catalogues (ignored by git): built by `make install` from their .po files.
PO := $(wildcard */locale/*/LC_MESSAGES/*.po)
MO := $(PO:.po=.mo)

.PHONY: help install run test lint format audit migrations messages vendor-css searchengine searchengine-stop postgres postgres-stop redis redis-stop prodstack prodstack-stop prodstack-status search-eval bench bench-scale clean

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-20s %s\n", $$1, $$2}'

# requirements.lock: what runs in production (the Docker image installs only this); requirements-dev.lock adds tests and tools.
$(VENV)/.installed: requirements.lock requirements-dev.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements-dev.lock
	@touch $@

node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund --silent
	@touch $@

$(MO): %.mo: %.po
	msgfmt --check-format -o $@ $<

install: $(VENV)/.installed $(MO) ## Create the virtualenv with the pinned dependencies, compile the catalogues

messages: $(VENV)/.installed ## Extract and compile the translation catalogues
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py makemessages -l nl -l en --ignore ".venv/*" --ignore ".services/*" --ignore "node_modules/*" -v0 && $(PY) manage.py compilemessages --ignore ".venv/*" -v0

run: $(VENV)/.installed ## Run the site with demo content on http://127.0.0.1:8000 (SQLite, database search)
	@$(PY) manage.py compilemessages --ignore ".venv/*" --ignore ".services/*" -v0
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py migrate --noinput -v0
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py load_demo_content --if-empty
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py ensure_admin
	WAGTAILADMIN_BASE_URL=http://127.0.0.1:8000 DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py runserver 127.0.0.1:8000

vendor-css: ## Copy the NL Design System CSS (pinned in vendor/nl-design-system/) into site/static/vendor/ (needs npm; the copies are committed)
	@bash scripts/vendor-css.sh

lint: $(VENV)/.installed ## ruff lint and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed ## Format the code
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

test: $(VENV)/.installed node_modules/.installed ## Lint, then the whole suite (services from the environment), then the SQLite pass
	@bash scripts/test.sh

audit: ## Known vulnerabilities: pip-audit on requirements.lock, npm audit on package-lock.json (needs the internet; not in CI)
	@bash scripts/audit.sh

searchengine: ## Start a local OpenSearch node (prints OPENSEARCH_URL)
	@bash scripts/searchengine.sh start

searchengine-stop: ## Stop the local OpenSearch node
	@bash scripts/searchengine.sh stop

redis: ## Start a throwaway Redis server (prints REDIS_URL)
	@bash scripts/redis.sh start

redis-stop: ## Stop the throwaway Redis server
	@bash scripts/redis.sh stop

postgres: ## Start a throwaway PostgreSQL (prints DATABASE_URL)
	@bash scripts/postgres.sh start

postgres-stop: ## Stop the throwaway PostgreSQL
	@bash scripts/postgres.sh stop

prodstack: $(VENV)/.installed ## Production set-up on loopback: PostgreSQL, Redis, OpenSearch, 2x gunicorn, worker, nginx+TLS (prints PRODSTACK_URL)
	@bash scripts/prodstack.sh start

prodstack-stop: ## Stop everything `make prodstack` started
	@bash scripts/prodstack.sh stop

prodstack-status: ## State of each part of the production stack
	@bash scripts/prodstack.sh status

search-eval: $(VENV)/.installed ## Score search relevance per backend (nDCG@10, MRR; search/judgements.json)
	$(PY) manage.py search_eval --rebuild

bench: $(VENV)/.installed ## Run the benchmarks
	@bash scripts/bench.sh

bench-scale: $(VENV)/.installed ## Search at 100,000 generated pages against the demo, with generation and indexing time (not in CI; BENCH_SCALE_PAGES)
	@bash scripts/bench-scale.sh

clean: ## Remove the virtualenv, local database, media and service state
	rm -rf $(VENV) .venv-audit node_modules db.sqlite3 media .services static_collected
