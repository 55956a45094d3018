"""Index settings and mapping/query tweaks shared by our Elasticsearch-family backends.

What modelsearch leaves out and this adds:
- Dutch analysis (lower case, accents folded, Dutch stop words, '-ies' plurals, a dictionary
  decompounder for the domain's compounds, the Snowball 'dutch' stemmer) and English analysis
  (possessives, stop words, the 'english' stemmer).
- Per-language sub-fields: every full-text field is indexed as `field` (folded, no stemming),
  `field.nl` and `field.en`. A query uses the sub-field of the active language, plus the folded
  field at a lower weight so exact words still rank first. One index serves both languages; the
  locale filter keeps results to one language, and the analysis follows the visitor's language.
- Autocomplete beyond 15 characters, with accents folded at query time as well as index time.
- Result pages fetched with one from/size request instead of scrolling in pages of 100.
"""

from copy import deepcopy

from django.utils import translation

from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend, Field
from modelsearch.query import PlainText
from modelsearch.utils import deep_update

LANGUAGES = ("nl", "en")
# Weight of the folded, unstemmed field next to the language field.
EXACT_WEIGHT = 0.5
# Weight of the decompounded Dutch query ('risicoanalyse' -> risico, analyse) next to the whole words.
DECOMPOUND_WEIGHT = 0.3
MAX_WINDOW = 10_000

# Parts of this domain's compound words; the decompounder indexes and queries them as words of
# their own, so 'toezichthouder' also matches 'toezicht' and 'inspectiewerk' matches 'werk'.
DUTCH_COMPOUND_PARTS = sorted(
    {
        "toezicht", "houder", "inspectie", "inspecteur", "werk", "gedrag", "verandering", "beroep", "situatie",
        "organisatie", "leer", "traject", "programma", "lijn", "innovatie", "professional", "maatschappij",
        "dialoog", "onderzoek", "kader", "risico", "handhaving", "naleving", "toetsing", "zorg", "jeugd",
        "onderwijs", "veiligheid", "data", "kennis", "deling", "strategie", "netwerk", "samen", "werking",
        "vak", "manschap", "cultuur", "leiderschap", "interventie", "effect", "meting", "ontwikkeling", "rapport",
        "instrument", "methode", "bureau", "raad", "beleid", "praktijk", "ruimte", "verantwoording",
        "analyse", "systeem", "privacy", "verklaring", "toegankelijk", "agenda", "toolbox", "wetenschap", "strategisch",
    }
)  # fmt: skip

ANALYSIS_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {
                "edgengram": {"type": "edge_ngram", "min_gram": 1, "max_gram": 40},
                "dutch_stop": {"type": "stop", "stopwords": "_dutch_"},
                "dutch_ies_plural": {"type": "pattern_replace", "pattern": "(\\p{L}{3,})ies$", "replacement": "$1ie"},
                "dutch_decompound": {
                    "type": "dictionary_decompounder",
                    "word_list": DUTCH_COMPOUND_PARTS,
                    "min_subword_size": 3,
                    "only_longest_match": False,
                },
                "dutch_stemmer": {"type": "stemmer", "language": "dutch"},
                "english_stop": {"type": "stop", "stopwords": "_english_"},
                "english_possessive": {"type": "stemmer", "language": "possessive_english"},
                "english_stemmer": {"type": "stemmer", "language": "english"},
            },
            "analyzer": {
                "edgengram_analyzer": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding", "edgengram"]},
                "autocomplete_search": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]},
                "folded": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]},
                "dutch_text": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "dutch_stop", "dutch_ies_plural", "dutch_decompound", "dutch_stemmer"],
                },
                # Queries are not decompounded: 'toezichthouder' asks for that word (and its stem), while
                # 'toezicht' still finds 'toezichthouder' through the parts indexed above.
                "dutch_search": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "dutch_stop", "dutch_ies_plural", "dutch_stemmer"],
                },
                "english_text": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["english_possessive", "lowercase", "asciifolding", "english_stop", "english_stemmer"],
                },
            },
        },
        "index": {"max_ngram_diff": 40, "max_result_window": MAX_WINDOW},
    }
}


def index_settings():
    return deep_update(deepcopy(ElasticsearchBaseSearchBackend.settings), deepcopy(ANALYSIS_SETTINGS))


def language_text_mapping():
    return {
        "analyzer": "folded",
        "fields": {
            "nl": {"type": "text", "analyzer": "dutch_text", "search_analyzer": "dutch_search"},
            "en": {"type": "text", "analyzer": "english_text"},
        },
    }


def current_language():
    language = (translation.get_language() or "").split("-")[0]
    return language if language in LANGUAGES else None


class LanguageMappingMixin:
    edgengram_analyzer_config = {"analyzer": "edgengram_analyzer", "search_analyzer": "autocomplete_search"}

    def get_mapping(self):
        mapping = super().get_mapping()
        for field in mapping["properties"].values():
            if field.get("type") == "text" and "analyzer" not in field:
                field.update(language_text_mapping())
        return mapping


class LanguageQueryCompilerMixin:
    def _remap_fields(self, fields):
        remapped = super()._remap_fields(fields)
        language = current_language()
        if language is None:
            return remapped
        fields_out = []
        for field in remapped:
            fields_out.append(Field(f"{field.field_name}.{language}", field.boost))
            fields_out.append(Field(field.field_name, round(field.boost * EXACT_WEIGHT, 3)))
        return fields_out

    def get_inner_query(self):
        """For Dutch, also match the parts of compound query words, at a lower weight."""
        inner = super().get_inner_query()
        if current_language() != "nl" or not isinstance(self.query, PlainText):
            return inner
        fields = [Field(field.field_name, round(field.boost * DECOMPOUND_WEIGHT, 3)) for field in self.remapped_fields if field.field_name.endswith(".nl")]
        if not fields:
            return inner
        parts = {"multi_match": {"query": self.query.query_string, "fields": [f.field_name_with_boost for f in fields], "analyzer": "dutch_text"}}
        return {"bool": {"should": [inner, parts]}}


class WindowedResultsMixin:
    def _do_search(self):
        """One from/size request for any slice inside the result window (modelsearch scrolls past 100)."""
        if self.stop is None or self.stop > MAX_WINDOW:
            yield from super()._do_search()
            return
        body = self._get_es_body()
        params = {
            "index": self.backend.get_index_for_model(self.query_compiler.queryset.model).name,
            "_source": False,
            self.fields_param_name: "pk",
            "from_": self.start,
            "size": max(self.stop - self.start, 0),
        }
        if params["size"] == 0:
            return
        hits = self._backend_do_search(body, **params)["hits"]["hits"]
        yield from self._get_results_from_hits(hits)
