"""PostgreSQL search with a text-search configuration per language (see search.backends.database)."""

import copy

from django.conf import settings
from django.utils import translation

from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend, PostgresSearchQueryCompiler
from modelsearch.query import And, Or, PlainText
from wagtail.models import Locale, TranslatableMixin

from .database import CONFIGS, config_for


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Each object's title and body analysed with the configuration of its locale's language."""
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        by_config = {}
        for obj in objs:
            language = languages.get(getattr(obj, "locale_id", None), settings.LANGUAGE_CODE)
            by_config.setdefault(config_for(language), []).append(obj)
        backend = self.backend
        try:
            for config, group in by_config.items():
                self.backend = copy.copy(backend)  # modelsearch's indexer reads `backend.config`
                self.backend.config = config
                super().add_items(model, group)
        finally:
            self.backend = backend


class Word(PlainText):
    """One query word whose plural variant was already added."""


def dutch_variants(word):
    """The other form of a Dutch '-ie'/'-ies' word ('organisaties' <-> 'organisatie'); PostgreSQL's Dutch
    stemmer keeps them apart (the engine's analysis has a filter for it), so the query asks for both."""
    lower = word.lower()
    if len(lower) > 5 and lower.endswith("ies"):
        return [lower[:-1]]
    if len(lower) > 4 and lower.endswith("ie"):
        return [lower + "s"]
    return []


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        if type(query) is PlainText and config == CONFIGS["nl"]:
            terms = query.query_string.split()
            if any(dutch_variants(term) for term in terms):
                parts = [Or([Word(term), *(Word(variant) for variant in dutch_variants(term))]) if dutch_variants(term) else Word(term) for term in terms]
                query = parts[0] if len(parts) == 1 else (And(parts) if query.operator == "and" else Or(parts))
        return super().build_tsquery_content(query, config=config, invert=invert)

    def get_config(self, backend):
        if issubclass(self.queryset.model, TranslatableMixin):
            return config_for(translation.get_language())
        return config_for(settings.LANGUAGE_CODE)


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler
