"""The database search backend (default without an engine, and the engine's fallback).

On PostgreSQL: full-text search with the text-search configuration of the content's language
(`dutch` for Dutch, `english` for English), so 'organisaties' finds 'organisatie' and
'inspections' finds 'inspection'. Each object is indexed with the configuration of its locale
(objects without a locale: the default language's); a query uses the configuration of the active
language, which the search page sets to the searched locale's. Other databases: modelsearch's
backend unchanged (SQLite FTS5, no stemming).

Point WAGTAILSEARCH_BACKENDS[...]["BACKEND"] at `search.backends.database`. After switching an
existing PostgreSQL site to it, run `update_index` once so stored entries get the new analysis.
"""

from django.conf import settings
from django.db import connection

from modelsearch.backends import database as base

CONFIGS = {"nl": "dutch", "en": "english"}


def config_for(language):
    """PostgreSQL text-search configuration for a language code ('nl', 'en-gb' ...)."""
    code = (language or "").split("-")[0].lower()
    return CONFIGS.get(code) or CONFIGS.get(settings.LANGUAGE_CODE.split("-")[0], "simple")


def SearchBackend(params):  # noqa: N802 - the name Wagtail imports from a backend module
    if connection.vendor == "postgresql":
        from .database_postgres import LanguagePostgresSearchBackend

        return LanguagePostgresSearchBackend(params)
    return base.SearchBackend(params)
