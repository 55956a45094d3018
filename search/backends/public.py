"""What our engine backends add for the public search page (see search/README.md).

- Every page document carries its visibility (`search_public`: no view restriction on the page or an
  ancestor; `search_alias`) and its facet values (`search_type`, `search_themes`, `search_year`,
  `search_date`), its tree path with its ancestors' (`search_ancestors`: "inside a site" is a term lookup,
  not a prefix query over every page path) and the text its result snippet is taken from (`search_snippet`) next to
  modelsearch's `live_filter`, `locale_id_filter` and `path_filter`. They are
  kept current by the signal handlers in `search.signals`.
- `public_search`/`public_autocomplete` filter on those fields inside the engine: no id list is sent.
- `public_page` answers one results page in one multi-search request of two searches: the hits of the
  page with highlighted title and snippet (the engine's highlighter, asked with the query's words only,
  not the whole scoring query), uncounted; and, unscored, the total and the facet counts (aggregations). When fewer than `suggest_below` pages are found, a further
  request asks the spelling suggestion (phrase suggester, collated against visible pages only, so no
  word of a private page is suggested), in the same multi-search as the n-grams when those are asked again; a query
  that finds enough pages shows none and costs none. `public_pages` sends several queries' first requests together.
- Index operations (create, mapping, bulk, refresh, alias) use `INDEX_TIMEOUT` (default 60 s) instead of
  the query timeout; a rebuild that fails removes its half-built index (`update_index`, see
  `search/management/commands/update_index.py`) and a finished rebuild is warmed up, so the first
  query after it answers within the query timeout.
"""

import logging
from copy import deepcopy

from django.core.exceptions import ImproperlyConfigured
from django.utils.html import escape
from django.utils.safestring import mark_safe

from modelsearch.backends.elasticsearchbase import ElasticsearchAtomicIndexRebuilder
from modelsearch.query import PlainText

from . import analysis
from .analysis import current_language, small_index

logger = logging.getLogger(__name__)

DEFAULT_INDEX_TIMEOUT = 60.0
SNIPPET_FIELD = "search_snippet"
ANCESTORS_FIELD = "search_ancestors"
SCOPE_FIELD = "search_scope"
FACT_FIELDS = {
    "search_public": {"type": "boolean"},
    "search_alias": {"type": "boolean"},
    "search_type": {"type": "keyword"},
    "search_themes": {"type": "keyword"},
    "search_year": {"type": "integer"},
    "search_date": {"type": "date"},
    # The page's tree path and those of its ancestors: "inside the site with root path P" is then one term lookup,
    # where a prefix query on Wagtail's path_filter expands to every page path below P (linear in the site's size).
    ANCESTORS_FIELD: {"type": "keyword"},
    # "<locale id>:<path>" for the page's path and its ancestors', only on live, public, non-alias pages: what a visitor
    # may find in one language inside a site is then one lookup of a few terms. Each further filter clause costs the
    # engine a pass over its postings for every matching page (at 100,000 pages: five clauses 18 ms, one 4 ms).
    SCOPE_FIELD: {"type": "keyword"},
    # The text a result's snippet is taken from (engine.snippet_source), marked by the highlighter: one field per page
    # instead of every text field, with the word offsets in its postings so the shown pages are not analysed again.
    SNIPPET_FIELD: {
        "type": "text",
        "analyzer": "folded",
        "index_options": "offsets",
        "fields": {
            "nl": {"type": "text", "analyzer": "dutch_text", "index_options": "offsets"},
            "en": {"type": "text", "analyzer": "english_text", "index_options": "offsets"},
        },
    },
}
FACETS = (("type", "search_type", 50), ("theme", "search_themes", 200), ("year", "search_year", 200))
# Private-use characters around highlighted words; replaced by <mark> after escaping the fragment.
PRE, POST = "\ue000", "\ue001"
SNIPPET_LENGTH = 240
RESCORE_WINDOW = 200
AUTOCOMPLETE_BODIES = 1000  # compiled autocomplete requests kept per backend instance (all dropped beyond that)

# Names of indexes a rebuild in this process has created but not finished (removed when it fails).
UNFINISHED = set()


def is_page_model(model):
    from wagtail.models import Page

    return isinstance(model, type) and issubclass(model, Page)


def restricted_paths():
    from wagtail.models import PageViewRestriction

    return set(PageViewRestriction.objects.values_list("page__path", flat=True))


def page_facts(page, restricted=None):
    """Visibility and facet values of a page, as indexed."""
    from wagtail.models import Page

    from ..engine import page_themes, result_date, type_key

    if restricted is None:
        restricted = restricted_paths()
    steplen = Page.steplen
    ancestors = {page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)}
    date = result_date(page)
    public, alias = not (ancestors & restricted), page.alias_of_id is not None
    return {
        ANCESTORS_FIELD: sorted(ancestors),
        SCOPE_FIELD: [f"{page.locale_id}:{path}" for path in sorted(ancestors)] if page.live and public and not alias else [],
        "search_public": public,
        "search_alias": alias,
        "search_type": type_key(type(page)),
        "search_themes": sorted({theme.slug for theme in page_themes(page)}),
        "search_year": date.year if date else None,
        "search_date": date.isoformat() if date else None,
    }


class PageFactsMappingMixin:
    def get_mapping(self):
        mapping = super().get_mapping()
        if is_page_model(self.model):
            mapping["properties"].update(deepcopy(FACT_FIELDS))
        return mapping

    def get_document(self, obj):
        doc = super().get_document(obj)
        if is_page_model(type(obj)):
            if not hasattr(self, "_restricted"):  # one query per mapping (per bulk chunk), not per page
                self._restricted = restricted_paths()
            doc.update(page_facts(obj, self._restricted))
            from ..engine import snippet_source

            doc[SNIPPET_FIELD] = snippet_source(obj)
        return doc


def visibility_filters():
    return [{"term": {"search_public": True}}, {"term": {"search_alias": False}}]


def _page_model():
    from wagtail.models import Page

    return Page


def _as_scope(filters):
    """The filters of a search of the visible pages of one locale inside sites (engine.engine_queryset + the
    visibility filters) as one lookup on SCOPE_FIELD, or None when they say anything else. Every document in the page
    index is a page, so the content type filter of a Page search selects them all and is left out."""
    rest = [clause for clause in filters if clause not in visibility_filters() and clause != {"match": {"_django_content_type": "wagtailcore.Page"}}]
    if len(rest) != 1 or len(filters) - len(rest) != 3 or set(rest[0]) != {"bool"} or set(rest[0]["bool"]) != {"must"}:
        return None
    paths, live, locale = [], False, None
    for clause in rest[0]["bool"]["must"]:
        sites = clause.get("bool", {}).get("should") if set(clause) == {"bool"} and set(clause["bool"]) == {"should"} else [clause]
        if all(set(site) == {"term"} and set(site["term"]) == {ANCESTORS_FIELD} for site in sites):
            paths += [site["term"][ANCESTORS_FIELD] for site in sites]
        elif clause == {"term": {"live_filter": True}}:
            live = True
        elif set(clause) == {"term"} and set(clause["term"]) == {"locale_id_filter"} and locale is None:
            locale = clause["term"]["locale_id_filter"]
        else:
            return None
    if not (paths and live and isinstance(locale, int)):
        return None
    return [{"terms": {SCOPE_FIELD: [f"{locale}:{path}" for path in paths]}}]


_REMAPPED_FIELDS = {}


class PublicQueryCompilerMixin:
    """Only live (queryset), public, non-alias pages: the filters are applied by the engine."""

    def _remap_fields(self, fields):
        """The searched fields and their boosts: for a search of all fields (the public search's) worked out once per
        process, model and language, not on every query by walking every indexed model's search fields."""
        if fields:
            return super()._remap_fields(fields)
        key = (type(self), self.queryset.model, current_language())
        if key not in _REMAPPED_FIELDS:
            _REMAPPED_FIELDS[key] = tuple(super()._remap_fields(fields))
        return list(_REMAPPED_FIELDS[key])

    def get_filters(self):
        """The queryset's filters, the visibility filters, as one scope lookup where they say just that (asked a few
        times per search: for the index size, the body, the suggestion; worked out once)."""
        if getattr(self, "_public_filters", None) is None:
            filters = super().get_filters() + visibility_filters()
            if self.queryset.model is _page_model():
                filters = _as_scope(filters) or filters
            self._public_filters = filters
        return self._public_filters

    def _process_lookup(self, field_path, lookup, value, mapping=None, column_name_prefix=""):
        """`path__startswith` a page's path (the pages of a site) as a term on the indexed ancestor paths."""
        from wagtail.models import Page

        field = field_path[0]
        if (
            lookup in ("startswith", "prefix")
            and not column_name_prefix
            and getattr(field, "field_name", None) == "path"
            and is_page_model(self.queryset.model)
            and isinstance(value, str)
            and value
            and len(value) % Page.steplen == 0
        ):
            return {"term": {ANCESTORS_FIELD: value}}
        return super()._process_lookup(field_path, lookup, value, mapping=mapping, column_name_prefix=column_name_prefix)


class LongTimeoutIndexMixin:
    """Index-wide operations use the backend's index client (longer timeout); single documents keep
    the query timeout, so an editor's save never waits long for a hung engine."""

    def _with_index_client(self, name, *args, **kwargs):
        fast, self.es = self.es, self.backend.index_es
        try:
            return getattr(super(), name)(*args, **kwargs)
        finally:
            self.es = fast

    def put(self):
        if hasattr(self.backend, "check_node"):
            self.backend.check_node()
        return self._with_index_client("put")

    def delete(self):
        return self._with_index_client("delete")

    def refresh(self):
        return self._with_index_client("refresh")

    def add_model(self, model):
        return self._with_index_client("add_model", model)

    def add_items(self, model, items):
        result = self._with_index_client("add_items", model, items)
        self._refresh_if_asked()
        return result

    def add_item(self, item):
        result = super().add_item(item)
        self._refresh_if_asked()
        return result

    def delete_item(self, item):
        result = super().delete_item(item)
        self._refresh_if_asked()
        return result

    def _refresh_if_asked(self):
        """REFRESH_ON_WRITE (the test settings): a change is searchable at once, not within the engine's second."""
        if getattr(self.backend, "refresh_on_write", False):
            self.refresh()

    def put_alias(self, name):
        return self._with_index_client("put_alias", name)

    def reset(self):
        return self._with_index_client("reset")

    def exists(self):
        return self._with_index_client("exists")

    def is_alias(self):
        return self._with_index_client("is_alias")

    def aliased_indices(self):
        return self._with_index_client("aliased_indices")


class AtomicRebuilder(ElasticsearchAtomicIndexRebuilder):
    """Remembers the new index until the rebuild finished (for clean-up), then warms it up."""

    def start(self):
        UNFINISHED.add(self.index.name)
        return super().start()

    def finish(self):
        super().finish()
        UNFINISHED.discard(self.index.name)
        self.index.backend.warm_up(self.alias.name)


def remove_unfinished(backend):
    """Delete the indexes of rebuilds that failed in this process; returns their names."""
    removed = []
    for name in sorted(UNFINISHED):
        try:
            backend.index_es.indices.delete(index=name)
            removed.append(name)
        except backend.NotFoundError:
            pass
        UNFINISHED.discard(name)
    return removed


def mark(fragment):
    """An engine fragment with sentinels around matches -> escaped HTML with <mark> elements."""
    html = escape(fragment.replace(PRE, "\x00").replace(POST, "\x01"))
    return mark_safe(html.replace("\x00", "<mark>").replace("\x01", "</mark>"))  # noqa: S308 - escaped above


class PublicSearchMixin:
    """Backend mixin: the public search page's requests (see module docstring)."""

    public_query_compiler_class = None
    public_autocomplete_query_compiler_class = None
    atomic_rebuilder_class = AtomicRebuilder

    def __init__(self, params):
        params = dict(params)
        self.index_timeout = float(params.pop("INDEX_TIMEOUT", DEFAULT_INDEX_TIMEOUT))
        self.refresh_on_write = bool(params.pop("REFRESH_ON_WRITE", False))
        options = dict(params.get("OPTIONS", {}))
        super().__init__(params)
        self.index_es = self.make_index_client(options)
        self._node_major = None
        self._autocomplete_bodies = {}

    def make_index_client(self, options):
        return self.client_class(hosts=self.hosts, **{**options, self.timeout_kwarg_name: self.index_timeout})

    # Version of the node

    expected_distribution = "opensearch"

    def node_version(self):
        """(distribution, major) of the node, asked once per backend instance."""
        if self._node_major is None:
            info = self.index_es.info()
            version = info["version"]
            distribution = version.get("distribution", "elasticsearch")
            self._node_major = (distribution, int(str(version["number"]).split(".")[0]))
        return self._node_major

    def check_node(self):
        distribution, major = self.node_version()
        if distribution != self.expected_distribution:
            raise ImproperlyConfigured(
                f"The search engine at {self.hosts} is {distribution} {major}, but the backend is for {self.expected_distribution}: "
                "set OPENSEARCH_URL for OpenSearch, ELASTICSEARCH_URL for Elasticsearch."
            )
        return major

    def warm_up(self, index_name):
        """One query (with the facet aggregations) after a rebuild, with the index timeout."""
        try:
            self.index_es.search(index=index_name, body={"size": 0, "aggs": _facet_aggs({})})
        except Exception as exc:  # a cold first query then merely takes longer
            logger.warning("Warming up search index %s failed: %s", index_name, exc)

    # Queries

    def public_search(self, query, queryset, operator="or"):
        return self._search(self.public_query_compiler_class, query, queryset, operator=operator)

    def public_autocomplete(self, query, queryset, operator="and"):
        return self._search(self.public_autocomplete_query_compiler_class, query, queryset, operator=operator)

    def public_autocomplete_ids(self, query, queryset, limit, key=None):
        """Page ids of the first `limit` autocomplete hits, without loading the pages. `queryset` may be a callable
        giving it; with a `key` that stands for the query and the queryset, the request's body is compiled once per
        process and language (autocomplete has no synonyms: nothing else goes into it)."""
        cache_key = (key, current_language(), limit) if key is not None else None
        planned = self._autocomplete_bodies.get(cache_key) if cache_key is not None else None
        if planned is None:
            queryset = queryset() if callable(queryset) else queryset
            results = self.public_autocomplete(query, queryset)
            if getattr(results, "query_compiler", None) is None:
                return []
            params = {"index": self.get_index_for_model(queryset.model).name, "_source": False, results.fields_param_name: "pk", "size": limit}
            planned = (results, results._get_es_body(), params)
            if cache_key is not None:
                if len(self._autocomplete_bodies) >= AUTOCOMPLETE_BODIES:
                    self._autocomplete_bodies.clear()
                self._autocomplete_bodies[cache_key] = planned
        results, body, params = planned
        response = results._backend_do_search(body, **params)
        return [int(hit["fields"]["pk"][0]) for hit in response["hits"]["hits"]]

    def public_page(self, query, queryset, **options):
        """One results page: {"ids", "total", "unfiltered", "facets", "highlights", "suggestion"}; the suggestion is
        asked only when fewer than `suggest_below` pages match (before filters). Options: see `public_pages`."""
        return self.public_pages([(query, options)], queryset)[0]

    def public_pages(self, asked, queryset):
        """`public_page` for each (query, options) of `asked`, their first requests in one multi-search. Options:
        language, filters, sort ("relevance" or "date"), start, size, exclude (page ids), autocomplete (title word
        starts), suggest_below."""
        asks = [_Ask(self, query, queryset, **options) for query, options in asked]
        firsts = iter(self._send_planned([ask.planned for ask in asks if ask.planned is not None]))
        return [ask.finish(next(firsts)) if ask.planned is not None else ask.empty() for ask in asks]

    def _send_planned(self, planned, suggestion=None):
        """[response per planned results page] (+ the suggestion search's response when a body is given), in one
        multi-search; each results page is its two searches (see `send_page_request`)."""
        if not planned and suggestion is None:
            return []
        searches = []
        for index, found_body, counts_body in planned:
            searches += [{"index": index}, found_body, {"index": index}, counts_body]
        if suggestion is not None:
            searches += [{"index": suggestion[0]}, suggestion[1]]
        response = self.es.msearch(searches=searches) if self.use_new_elasticsearch_api else self.es.msearch(body=searches)
        parts = response.get("responses") or []
        if len(parts) != len(searches) // 2:
            raise EngineAnswerError("unexpected multi-search answer", str(response)[:200])
        for part in parts:
            if "error" in part or ("hits" not in part and "suggest" not in part):
                raise EngineAnswerError(part.get("status"), part.get("error"))
        answers = []
        for position in range(len(planned)):
            found, counted = parts[2 * position], parts[2 * position + 1]
            found["hits"]["total"] = counted["hits"]["total"]
            found["aggregations"] = counted.get("aggregations", {})
            answers.append(found)
        if suggestion is not None:
            answers.append(parts[-1])
        return answers

    def send_page_request(self, planned):
        """The two searches of a results page in one multi-search: the best hits (scored, highlighted, not counted, so
        the engine may skip pages that cannot reach them) and the counts (unscored: total, facet aggregations)."""
        return self._send_planned([planned])[0]

    def _suggestion_body(self, compiler):
        body = {"size": 0, "track_total_hits": False, "_source": False, "suggest": _suggester(compiler.query.query_string, compiler.get_filters())}
        return self.get_index_for_model(compiler.queryset.model).name, body

    def public_page_plan(self, query, queryset, *, language=None, start=0, size=10):
        """What `send_page_request` sends first for this query (for measuring the engine alone), or None."""
        results = self.public_search(query, queryset)
        compiler = getattr(results, "query_compiler", None)
        if getattr(compiler, "grams", False) and not small_index(self, self.get_index_for_model(queryset.model).name, compiler.get_filters()):
            compiler.grams = False  # as public_page asks first
        return self._public_page_body(results, compiler, language, None, "relevance", start, size, (), False)

    def _public_page_body(self, results, compiler, language, filters, sort, start, size, exclude, autocomplete):  # noqa: PLR0913
        if compiler is None:  # modelsearch found nothing to search for
            return None
        compiler.proximity_in_rescore = sort == "relevance" and hasattr(compiler, "proximity")
        compiler.counting_inner = None
        query_body = compiler.get_query()
        highlight = _highlight(language, query_body)
        counting_body = _counting_query(query_body, getattr(compiler, "counting_inner", None))
        if exclude:
            excluded = {"ids": {"values": [str(pk) for pk in exclude]}}
            query_body = {"bool": {"must": query_body, "must_not": excluded}}
            counting_body = {"bool": {"must": counting_body, "must_not": excluded}}
        active = _active_filters(filters)
        found = {
            "query": query_body,
            "track_total_hits": False,
            "highlight": highlight,
            "_source": False,
            results.fields_param_name: ["pk"],
            "from": start,
            "size": size,
        }
        counts = {"query": {"constant_score": {"filter": counting_body}}, "aggs": _facet_aggs(active), "track_total_hits": True, "size": 0}
        if active:
            found["post_filter"] = counts["post_filter"] = {"bool": {"filter": list(active.values())}}
        if sort == "date":
            found["sort"] = [{"search_date": {"order": "desc", "missing": "_last"}}, "_score"]
        elif getattr(compiler, "proximity", ()):
            # The proximity bonus added to the best RESCORE_WINDOW hits: the same scores as in the query wherever the
            # site has fewer matching pages than that, and the top of a larger result set ordered the same way.
            found["rescore"] = {
                "window_size": max(RESCORE_WINDOW, start + size),
                "query": {"rescore_query": {"bool": {"should": list(compiler.proximity)}}, "query_weight": 1, "rescore_query_weight": 1},
            }
        return self.get_index_for_model(compiler.queryset.model).name, found, counts


class _Ask:
    """One query of `public_pages`: its first request, planned at once, and what follows when it finds too little
    (the n-grams, then any word of a longer query, then the spelling suggestion)."""

    def __init__(
        self, backend, query, queryset, *, language=None, filters=None, sort="relevance", start=0, size=10, exclude=(), autocomplete=False, suggest_below=1
    ):  # noqa: PLR0913
        self.backend, self.autocomplete, self.suggest_below = backend, autocomplete, suggest_below
        self.results = (backend.public_autocomplete if autocomplete else backend.public_search)(query, queryset)
        self.compiler = compiler = getattr(self.results, "query_compiler", None)
        self.page = (language, filters, sort, start, size, exclude, autocomplete)
        self.grams_later = getattr(compiler, "grams", False) and not small_index(
            backend, backend.get_index_for_model(queryset.model).name, compiler.get_filters()
        )
        if self.grams_later:
            compiler.grams = False
        self.planned = self.plan()

    def plan(self):
        return self.backend._public_page_body(self.results, self.compiler, *self.page)

    def wants_suggestion(self, response):
        return response["unfiltered"] < self.suggest_below and not self.autocomplete and isinstance(self.compiler.query, PlainText)

    def finish(self, first):
        backend, compiler = self.backend, self.compiler
        response, suggestion = _read_page(first), None
        if self.grams_later and response["unfiltered"] < analysis.NGRAM_WHEN_FEWER_THAN:
            compiler.grams = True  # few pages have the words: compounds and parts count too
            # Too few pages for the suggestion to be left out: it is asked along with the n-grams.
            asked = backend._suggestion_body(compiler) if self.wants_suggestion(response) else None
            answers = backend._send_planned([self.plan()], asked)
            response = _read_page(answers[0])
            if asked is not None:
                suggestion = _read_suggestion(answers[1])
        if response["unfiltered"] == 0 and getattr(compiler, "relaxable", False):
            compiler.relaxed = True  # no page has most of the query's words: any word will do
            response = _read_page(backend.send_page_request(self.plan()))
        if self.wants_suggestion(response):
            if suggestion is None:
                index, body = backend._suggestion_body(compiler)
                suggestion = _read_suggestion(self.results._backend_do_search(body, index=index))
            response["suggestion"] = suggestion
        return response

    @staticmethod
    def empty():
        return {"ids": [], "total": 0, "unfiltered": 0, "facets": {"type": [], "theme": [], "year": []}, "highlights": {}, "suggestion": None}


def _counting_query(query_body, counting_inner):
    """The query that counts the pages (totals, facets): the compiler's query with its fewer-clause equivalent for
    the same pages (`counting_inner`) when it has one, else the query itself."""
    bool_query = query_body.get("bool", {}) if isinstance(query_body, dict) else {}
    if counting_inner is None or "must" not in bool_query:
        return query_body
    return {"bool": {**bool_query, "must": counting_inner}}


class EngineAnswerError(Exception):
    """A search of a multi-search failed (the engine answered the request itself)."""


def _active_filters(filters):
    if filters is None:
        return {}
    active = {}
    if filters.type:
        active["type"] = {"term": {"search_type": filters.type}}
    if filters.theme:
        active["theme"] = {"term": {"search_themes": filters.theme}}
    if filters.year:
        active["year"] = {"term": {"search_year": filters.year}}
    return active


def _facet_aggs(active):
    """Counts per facet value over the hits matching the other facets' filters; 'all' counts before any."""
    aggs = {"all": {"filter": {"match_all": {}}}}
    for name, field, size in FACETS:
        others = [clause for other, clause in active.items() if other != name]
        aggs[name] = {
            "filter": {"bool": {"filter": others}} if others else {"match_all": {}},
            "aggs": {"values": {"terms": {"field": field, "size": size}}},
        }
    return aggs


def _highlight(language, query_body):
    """The engine's highlighter on the title and the best other field, asked with the words the query searches
    for (synonyms included) in the language's analysis: the scoring query with its n-gram and phrase clauses
    would make the highlighter rewrite every clause for every hit, for no visible difference."""
    suffix = f".{language}" if language else ""
    words = list(dict.fromkeys(_searched_texts(query_body, [])))
    return {
        "pre_tags": [PRE],
        "post_tags": [POST],
        "require_field_match": False,
        **({"highlight_query": {"match": {f"_all_text{suffix}": {"query": " ".join(words)}}}} if words else {}),
        "fields": {
            f"title{suffix}": {"number_of_fragments": 0},
            f"{SNIPPET_FIELD}{suffix}": {"fragment_size": SNIPPET_LENGTH, "number_of_fragments": 1},
        },
    }


def _searched_texts(node, found):
    """The texts of the query's full-word match clauses (not its n-gram subfields)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("match", "match_phrase") and isinstance(value, dict):
                for field, spec in value.items():
                    if field.startswith(("_all_text", "_edgengrams", "title")) and ".ngram" not in field:
                        found.append(spec["query"] if isinstance(spec, dict) else spec)
            else:
                _searched_texts(value, found)
    elif isinstance(node, list):
        for item in node:
            _searched_texts(item, found)
    return found


def _suggester(text, filters):
    """'Bedoelde je': a phrase suggestion, kept only when it finds a visible page."""
    return {
        "text": text,
        "spelling": {
            "phrase": {
                "field": "_all_text",
                "size": 1,
                "max_errors": 2,
                "confidence": 0.0,
                "direct_generator": [{"field": "_all_text", "suggest_mode": "missing", "min_word_length": 4}],
                "collate": {
                    "query": {"source": {"bool": {"must": {"match": {"_all_text": {"query": "{{suggestion}}", "operator": "and"}}}, "filter": filters}}},
                    "prune": False,
                },
            }
        },
    }


def _read_page(response):
    hits = response["hits"]
    ids, highlights = [], {}
    for hit in hits["hits"]:
        pk = int(hit["fields"]["pk"][0])
        ids.append(pk)
        found = hit.get("highlight") or {}
        title = next((fragments[0] for name, fragments in found.items() if name.split(".")[0] == "title"), None)
        snippet = next((fragments[0] for name, fragments in found.items() if name.split(".")[0] == SNIPPET_FIELD), None)
        highlights[pk] = {"title": mark(title) if title else None, "snippet": mark(snippet) if snippet else None}
    aggregations = response.get("aggregations", {})
    facets = {
        name: [(bucket["key"], bucket["doc_count"]) for bucket in aggregations.get(name, {}).get("values", {}).get("buckets", [])] for name, _f, _s in FACETS
    }
    total = hits["total"]["value"] if isinstance(hits["total"], dict) else hits["total"]
    return {
        "ids": ids,
        "total": total,
        "unfiltered": aggregations.get("all", {}).get("doc_count", total),
        "facets": facets,
        "highlights": highlights,
        "suggestion": None,
    }


def _read_suggestion(response):
    suggestion = None
    for entry in response.get("suggest", {}).get("spelling", []):
        options = entry.get("options") or []
        if options:
            suggestion = options[0]["text"]
    return suggestion
