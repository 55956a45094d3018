"""Index settings and mapping/query tweaks shared by our Elasticsearch-family backends.

What modelsearch leaves out and this adds:
- Dutch analysis (lower case, accents folded, the stop words of search/stopwords.py, '-ies' plurals,
  the Snowball 'dutch' stemmer) and English analysis (possessives, stop words, the 'english' stemmer).
- Compounds without a word list: `_all_text` also has a character 4-gram sub-field (`.ngram`), so
  'cookies' finds 'trackingcookies' and 'systeem analyse' finds 'systeemanalyse'; it counts at a
  low weight and only when most of the query's 4-grams occur.
- Ranking that combines evidence (see `LanguageQueryCompilerMixin.get_inner_query`).
- Per-language sub-fields: every full-text field is indexed as `field` (folded, no stemming),
  `field.nl` and `field.en`. A query uses the sub-field of the active language, plus the folded
  field at a lower weight so exact words still rank first. One index serves both languages; the
  locale filter keeps results to one language, and the analysis follows the visitor's language.
- Autocomplete beyond 15 characters, with accents folded at query time as well as index time.
- Result pages fetched with one from/size request instead of scrolling in pages of 100.
"""

import hashlib
import json
from copy import deepcopy

from django.utils import translation

from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend, Field
from modelsearch.query import PlainText
from modelsearch.utils import deep_update

from .. import stopwords
from ..text import fold, words

LANGUAGES = ("nl", "en")
# Weight of the folded, unstemmed field next to the language field.
EXACT_WEIGHT = 0.5
# Ranking (see LanguageQueryCompilerMixin.get_inner_query).
# Weight of the character 4-gram match ('cookies' inside 'trackingcookies'), and the share of the
# query's 4-grams a page must contain for it to count.
NGRAM_WEIGHT = 0.1
NGRAM_MINIMUM = "75%"
NGRAM_SIZE = 4
# Longer queries are not matched by 4-grams (compounds are a matter of a few words; a long query's grams
# would exceed the engine's clause limit).
NGRAM_MAX_QUERY = 40
# The 4-grams are asked only when the words themselves find fewer pages than this: on a large site a common word's
# grams occur in most pages and would cost more than the rest of the query, for matches that rank low anyway.
NGRAM_WHEN_FEWER_THAN = 20
# When fewer pages than this are searched (of the index: those matching the query's filters, such as one language),
# the grams are always asked (one request): the filters lead the engine's search, so the grams cost little.
NGRAM_ALWAYS_BELOW_DOCUMENTS = 5000
INDEX_SIZE_SECONDS = 300
# Weight of the query's words close together (slop: words in between allowed), in all text and in the title.
PHRASE_WEIGHT = 2
PHRASE_SLOP = 3
# Extra weight for pages that contain every word of the query (anywhere in their text).
ALL_WORDS_WEIGHT = 4
MAX_WINDOW = 10_000


ANALYSIS_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {
                "edgengram": {"type": "edge_ngram", "min_gram": 1, "max_gram": 40},
                "dutch_stop": {"type": "stop", "stopwords": sorted(stopwords.DUTCH)},
                "dutch_ies_plural": {"type": "pattern_replace", "pattern": "(\\p{L}{3,})ies$", "replacement": "$1ie"},
                "dutch_stemmer": {"type": "stemmer", "language": "dutch"},
                "english_stop": {"type": "stop", "stopwords": sorted(stopwords.ENGLISH)},
                "english_possessive": {"type": "stemmer", "language": "possessive_english"},
                "english_stemmer": {"type": "stemmer", "language": "english"},
            },
            # A tokenizer, not a token filter: each 4-gram gets its own position, so minimum_should_match
            # counts grams (a filter's grams share a position and would match as synonyms of one word).
            "tokenizer": {"ngram": {"type": "ngram", "min_gram": NGRAM_SIZE, "max_gram": NGRAM_SIZE, "token_chars": ["letter", "digit"]}},
            "analyzer": {
                "edgengram_analyzer": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding", "edgengram"]},
                "autocomplete_search": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]},
                "folded": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]},
                "dutch_text": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "dutch_stop", "dutch_ies_plural", "dutch_stemmer"],
                },
                "ngram_text": {"type": "custom", "tokenizer": "ngram", "filter": ["lowercase", "asciifolding"]},
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


ALL_TEXT = "_all_text"


def index_settings():
    return deep_update(deepcopy(ElasticsearchBaseSearchBackend.settings), deepcopy(ANALYSIS_SETTINGS))


def language_text_mapping():
    return {
        "analyzer": "folded",
        "fields": {
            "nl": {"type": "text", "analyzer": "dutch_text"},
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
        for name, field in mapping["properties"].items():
            if field.get("type") == "text" and "analyzer" not in field:
                field.update(language_text_mapping())
                if name.startswith(ALL_TEXT):
                    field["fields"]["ngram"] = {"type": "text", "analyzer": "ngram_text"}
        return mapping


class LanguageQueryCompilerMixin:
    # Set when the query with most words required found nothing: then any word will do.
    relaxed = False
    grams = True  # the 4-gram clauses (see NGRAM_WHEN_FEWER_THAN)
    # Set for a results page sorted by relevance: the words-close-together clauses are then left out of the query and
    # kept in `proximity`, for a rescore of the best hits (position checks on every match cost most at scale).
    proximity_in_rescore = False
    proximity = ()
    # Set by get_inner_query when the same pages are matched by fewer clauses than the scoring query has: the query
    # that only counts them (no scores: totals and facets) can use it instead.
    counting_inner = None

    @property
    def relaxable(self):
        language = current_language()
        return not self.relaxed and language is not None and isinstance(self.query, PlainText) and minimum_should_match(self.query.query_string, language) != 1

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
        """Plain-text queries in a known language: evidence from every field and clause adds up.

        - Which pages: those matching most of the query's words (`minimum_should_match`: one word of one
          or two, all but one of three or four, three quarters of longer queries) in the language's
          analysis or in the folded words, or most of its character 4-grams (compounds).
        - Their score: the sum of the per-field matches (all text, intro, title: a page matching every
          word in its body beats one with a single word in its title), the folded words (exact forms
          first), the 4-grams at a low weight and, for two words or more, a bonus for containing every
          word and one for the words close together (per field).
        """
        language = current_language()
        if language is None or not isinstance(self.query, PlainText):
            return super().get_inner_query()
        text = self.query.query_string
        minimum = 1 if self.relaxed else minimum_should_match(text, language)
        suffix = f".{language}"
        analysed = [field for field in self.remapped_fields if field.field_name.endswith(suffix)]
        folded = [field for field in self.remapped_fields if not field.field_name.endswith(suffix)]

        def match(field, boost, **options):
            return {"match": {field: {"query": text, "boost": boost, **options}}}

        which = [match(field.field_name, 1, minimum_should_match=minimum) for field in analysed + folded]
        score = [match(field.field_name, field.boost) for field in analysed + folded]
        proximity = []
        for field in analysed if len(meaningful_words(text, language)) > 1 else ():
            if field.field_name == f"{ALL_TEXT}{suffix}":
                score.append(match(field.field_name, ALL_WORDS_WEIGHT, operator="and"))
            proximity.append({"match_phrase": {field.field_name: {"query": text, "slop": PHRASE_SLOP, "boost": round(field.boost * PHRASE_WEIGHT, 3)}}})
        if self.proximity_in_rescore:
            self.proximity = proximity
        else:
            score += proximity
        for field in folded if self.grams and len(text) <= NGRAM_MAX_QUERY else ():
            if field.field_name.startswith(ALL_TEXT):
                grams = f"{field.field_name}.ngram"
                if field.field_name == ALL_TEXT:  # holds all the others' text
                    which.append(match(grams, 1, minimum_should_match=NGRAM_MINIMUM))
                score.append(match(grams, round(field.boost * NGRAM_WEIGHT / EXACT_WEIGHT, 3), minimum_should_match=NGRAM_MINIMUM))
        if minimum == 1:
            # Any word in any field: the scoring clauses say that already (the boosted texts are part of _all_text,
            # the other clauses only match pages one of them matches). As a single disjunction the engine can skip
            # the pages that cannot reach the best hits, instead of scoring every page with a common word.
            # Counting needs only the clauses on _all_text itself (every other field's text is in it).
            holding_all = [clause for clause in which if next(iter(clause["match"])) in (ALL_TEXT, f"{ALL_TEXT}{suffix}", f"{ALL_TEXT}.ngram")]
            if len([clause for clause in holding_all if not next(iter(clause["match"])).endswith(".ngram")]) == 2:
                self.counting_inner = {"bool": {"should": holding_all, "minimum_should_match": 1}}
            return {"bool": {"should": score, "minimum_should_match": 1}}
        return {"bool": {"filter": {"bool": {"should": which, "minimum_should_match": 1}}, "should": score}}


def meaningful_words(text, language):
    """The distinct folded words of a query that are not stop words of the language."""
    return {fold(word) for word in words(text)} - stopwords.for_language(language)


def minimum_should_match(text, language):
    """How many of the query's words a page must contain: one of one or two, all but one of three or four, 75 % of more."""
    count = len(meaningful_words(text, language))
    if count <= 2:
        return 1
    if count <= 4:
        return count - 1
    return "75%"


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
        compiler = self.query_compiler
        grams_later = (
            isinstance(compiler, LanguageQueryCompilerMixin) and compiler.grams and not small_index(self.backend, params["index"], compiler.get_filters())
        )
        if grams_later:
            compiler.grams = False
            body = self._get_es_body()
        response = self._backend_do_search(body, **params)
        if grams_later and _total(response) < NGRAM_WHEN_FEWER_THAN:
            compiler.grams = True  # few pages have the words: compounds and parts count too
            response = self._backend_do_search(self._get_es_body(), **params)
        hits = response["hits"]["hits"]
        if not hits and self.start == 0 and getattr(self.query_compiler, "relaxable", False):
            self.query_compiler.relaxed = True  # no page has most of the words: any word will do
            hits = self._backend_do_search(self._get_es_body(), **params)["hits"]["hits"]
        yield from self._get_results_from_hits(hits)


def _total(response):
    total = response["hits"]["total"]
    return total["value"] if isinstance(total, dict) else total


def small_index(backend, index_name, filters=None):
    """Whether fewer than NGRAM_ALWAYS_BELOW_DOCUMENTS documents of the index match `filters` (an engine filter list,
    for example a language's live public pages; counted at most every few minutes per index and filter set)."""
    from django.core.cache import cache

    filters = filters or []
    digest = hashlib.sha256(json.dumps(filters, sort_keys=True, default=str).encode()).hexdigest()[:16]
    key = f"search:index-size:{index_name}:{digest}"
    size = cache.get(key)
    if size is None:
        query = {"bool": {"filter": filters}}
        if not filters:
            arguments = {}
        elif getattr(backend, "use_new_elasticsearch_api", False):
            arguments = {"query": query}
        else:
            arguments = {"body": {"query": query}}
        size = backend.es.count(index=index_name, **arguments)["count"]
        cache.set(key, size, INDEX_SIZE_SECONDS)
    return size < NGRAM_ALWAYS_BELOW_DOCUMENTS
