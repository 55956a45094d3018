"""Site search on top of Wagtail's search API: visibility rules, engine fallback, facets and result rows.

Only live, public, non-alias pages of one locale inside a site are ever searched.
- On our engine backends (`search.backends.public`) the engine filters on indexed visibility fields
  and answers a whole results page (hits, facet counts, highlights, spelling suggestion) in one
  request; no id list is sent. The database check stays as a guard on the hits shown.
- On the database backend the visible pages are a subquery of the search; facets, date sorting,
  highlighting and suggestions are computed in Python.
"""

import datetime
import functools
import logging
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.core.signals import setting_changed
from django.db.models import Q
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modelsearch.index import AutocompleteField, SearchField
from modelsearch.query import PlainText
from wagtail.models import Page, Site, get_page_models
from wagtail.search.backends import get_search_backend as new_search_backend

from home.localization import in_locale
from home.shared_memo import shared, shared_many

from . import breaker
from .backends.analysis import MAX_WINDOW, current_language
from .highlight import highlight, highlight_title
from .suggest import compound_alternatives, suggest, vocabulary
from .synonyms import database_query, expansions
from .text import fold, plain_text, words

logger = logging.getLogger(__name__)

MAX_HITS = 500
PAGE_SIZE = 10
FEW_RESULTS = 3
DEFAULT_TYPE_LABEL = _("pagina")
DATABASE_BACKEND = "search.backends.database"


def engine_errors():
    """Exceptions that mean 'the search engine cannot answer now'."""
    from .backends.public import EngineAnswerError

    errors = [ConnectionError, TimeoutError, OSError, EngineAnswerError]
    try:
        from opensearchpy.exceptions import ImproperlyConfigured, OpenSearchException

        errors += [OpenSearchException, ImproperlyConfigured]
    except ImportError:  # pragma: no cover - the client is a dependency
        pass
    try:
        from elastic_transport import TransportError
        from elasticsearch import ApiError

        errors += [ApiError, TransportError]
    except ImportError:  # pragma: no cover
        pass
    return tuple(errors)


_backends = {}


def get_search_backend(alias="default"):
    """The configured backend, one instance per process (a new instance costs about a millisecond per request)."""
    backend = _backends.get(alias)
    if backend is None:
        backend = _backends[alias] = new_search_backend(alias)
    return backend


@receiver(setting_changed)
def _forget_backends(setting, **kwargs):
    if setting == "WAGTAILSEARCH_BACKENDS":
        _backends.clear()


def is_database_backend(backend):
    return type(backend).__module__.startswith(("modelsearch.backends.database", "search.backends.database"))


def database_backend():
    """The database backend that mirrors the engine's index ('database' entry), for fallback."""
    if "database" in settings.WAGTAILSEARCH_BACKENDS:
        return get_search_backend("database")
    return get_search_backend(DATABASE_BACKEND)


def visible_pages(locale):
    """What a visitor may find: live, public, real (non-alias) pages of one locale inside a site (so with a URL)."""
    in_a_site = Q()
    for root in Site.get_site_root_paths():
        in_a_site |= Q(url_path__startswith=root.root_path)
    if not in_a_site:
        return Page.objects.none()
    return Page.objects.live().public().filter(in_a_site, locale=locale, alias_of__isnull=True)


def has_public_search(backend):
    """Our engine backends filter on indexed visibility themselves (search.backends.public)."""
    return hasattr(backend, "public_search")


def engine_queryset(locale):
    """Live pages of one locale inside a site, as filters the engine applies (live_filter, locale_id_filter,
    path_filter); `public_search` adds 'public' and 'not an alias'. Translated into engine filters, not ids."""
    return _site_pages(*engine_scope(locale)).all()


def engine_scope(locale):
    """(tree paths of the site roots, locale id): what `engine_queryset` selects, as a key."""
    roots = [root.root_path for root in Site.get_site_root_paths()]
    paths = shared(f"site-root-tree-paths:{','.join(roots)}", lambda: list(Page.objects.filter(url_path__in=roots).values_list("path", flat=True)))
    return tuple(paths), locale.pk


@functools.lru_cache(maxsize=64)
def _site_pages(paths, locale_id):
    """The queryset of engine_queryset, built once per process for each set of site roots (callers get a copy)."""
    if not paths:
        return Page.objects.none()
    in_a_site = Q()
    for path in paths:
        in_a_site |= Q(path__startswith=path)
    return Page.objects.filter(in_a_site, live=True, locale_id=locale_id)


def guard(pages_or_ids, locale):
    """Keep what the database says is visible now (the index may lag behind an edit by a moment). The answer for a set
    of pages is shared until the next content change: publishing, unpublishing, moving and privacy changes all start a
    new generation (home.page_cache), so it is never older than the database."""
    items = list(pages_or_ids)
    pks = [getattr(item, "pk", item) for item in items]
    if not pks:
        return []
    name = f"visible-pages:{locale.pk}:{','.join(map(str, sorted(set(pks))))}"
    visible = shared(name, lambda: set(visible_pages(locale).filter(pk__in=pks).values_list("pk", flat=True)))
    return [item for item, pk in zip(items, pks, strict=True) if pk in visible]


def candidates_for(backend, locale):
    if has_public_search(backend):
        return engine_queryset(locale)
    return Page.objects.filter(pk__in=visible_pages(locale).values("pk")).only("pk")


def run_query(backend, query, locale, limit, alternatives=()):
    """Ranked page ids for `query` (plain words, or any of `alternatives` on the database backend) among the visible
    pages of `locale`."""
    if has_public_search(backend):
        queryset = engine_queryset(locale)
        if queryset.query.is_empty():
            return []
        return guard([page.pk for page in backend.public_search(query, queryset.only("pk"))[:limit]], locale)
    with translation.override(locale.language_code):  # the language's text-search configuration (PostgreSQL)
        candidates = candidates_for(backend, locale)
        ids = [page.pk for page in backend.search(database_query(query, locale.language_code, alternatives), candidates, operator="or")[:limit]]
        if len(words(query)) < 2 or len(ids) < 2:
            return ids
        # The database's ranking has no inverse document frequency, so one common word repeated often beats a rare
        # one: pages with every one of the visitor's words come first, as on the engine.
        first = [page.pk for page in backend.search(PlainText(query, operator="and"), candidates, operator="and")[:limit]]
        return first + [pk for pk in ids if pk not in set(first)]


def answer(call, backend=None, what="search"):
    """(call(backend), fell_back): on the configured backend, or on the database backend when the
    engine fails or the breaker is open after a recent failure (see `breaker`).

    An explicitly given backend is used as is, without fallback (the relevance evaluation).
    """
    if backend is not None:
        return call(backend), False
    backend = get_search_backend()
    if is_database_backend(backend):
        return call(backend), False
    if not breaker.engine_available():
        return call(database_backend()), True
    try:
        result = call(backend)
    except engine_errors() as exc:
        breaker.record_failure(exc)
        logger.warning("Search engine unavailable for %s, answering from the database: %s: %s", what, type(exc).__name__, exc)
        return call(database_backend()), True
    breaker.record_success()
    return result, False


def ranked_ids(query, locale, limit=MAX_HITS, backend=None, alternatives=()):
    """(ids, fell_back): from the configured backend, or from the database when the engine is down."""
    return answer(lambda backend: run_query(backend, query, locale, limit, alternatives), backend)


@dataclass
class Found:
    ids: list
    fell_back: bool = False
    corrected: str | None = None  # the corrected query actually searched, when the visitor's found nothing
    terms: list = field(default_factory=list)


def autocomplete_ids(backend, query, locale, limit):
    """Ids of the pages whose title words start with the query words, best first (not yet guarded: see
    `autocomplete_entries` and `autocomplete_pages`)."""
    if has_public_search(backend):
        scope = engine_scope(locale)
        if not scope[0]:
            return []
        return backend.public_autocomplete_ids(query, lambda: _site_pages(*scope).all(), limit, key=(query, scope))
    return [page.pk for page in backend.autocomplete(query, candidates_for(backend, locale), operator="and")[:limit]]


def autocomplete_pages(backend, query, locale, limit):
    """The visible pages among `autocomplete_ids`, in one query that is also the visibility guard (see `guard`)."""
    ids = autocomplete_ids(backend, query, locale, limit)
    pages = visible_pages(locale).filter(pk__in=ids).in_bulk()
    return [pages[pk] for pk in ids if pk in pages]


def autocomplete_entries(ids, locale, request):
    """[{"title", "url", "type"}] of the visible pages among `ids`, in order. The database decides visibility and each
    entry is shared until the next content change (home.shared_memo: publishing, unpublishing, moving and privacy
    changes all start a new generation), so a popular suggestion costs no query."""
    prefix = f"autocomplete-entry:{request.get_host()}:{locale.pk}:"

    def compute(missing):
        pages = visible_pages(locale).filter(pk__in=[int(name.rsplit(":", 1)[1]) for name in missing]).in_bulk()
        entries = {}
        for name in missing:
            page = pages.get(int(name.rsplit(":", 1)[1]))
            url = page.get_url(request) if page is not None else None
            # False, not None, for "not shown": some cache backends drop None values from get_many.
            entries[name] = {"title": page.title, "url": url, "type": str(type_label(page.specific_class or type(page)))} if url else False
        return entries

    found = shared_many([f"{prefix}{pk}" for pk in ids], compute)
    return [entry for entry in (found.get(f"{prefix}{pk}") for pk in ids) if entry]


def title_prefix_ids(query, locale, backend=None, limit=MAX_HITS):
    """Pages whose title words start with the query words ('privacy' -> 'Privacyverklaring')."""

    def complete(backend):
        return [page.pk for page in autocomplete_pages(backend, query, locale, limit)]

    return answer(complete, backend, "title completion")[0]


def find(terms, locale, backend=None, limit=MAX_HITS):
    """Ranked ids of visible pages for the query words. A query without results is retried on
    the start of title words ('privacy' finds 'Privacyverklaring'), then once with its spelling
    corrected from the locale's vocabulary ('kritishe' -> 'kritische')."""
    ids, fell_back = ranked_ids(" ".join(terms), locale, limit, backend)
    if ids:
        return Found(ids, fell_back, None, terms)
    if not fell_back:
        prefix_ids = title_prefix_ids(" ".join(terms), locale, backend, limit)
        if prefix_ids:
            return Found(prefix_ids, False, None, terms)
    if not has_public_search(backend or get_search_backend()) or fell_back:
        # The database backend does not split compounds: try the compounds and parts the site's words suggest.
        alternatives = compound_alternatives(terms, vocabulary(locale, visible_pages(locale)))
        if alternatives:
            compound_ids, _ = ranked_ids(" ".join(terms), locale, limit, backend, alternatives=alternatives)
            if compound_ids:
                return Found(compound_ids, fell_back, None, terms)
    correction = suggest(terms, locale, visible_pages(locale))
    if correction:
        corrected_ids, corrected_fell_back = ranked_ids(correction, locale, limit, backend)
        if corrected_ids:
            return Found(corrected_ids, fell_back or corrected_fell_back, correction, correction.split())
    return Found(ids, fell_back, None, terms)


# Page types and their labels


def type_label(model):
    return getattr(model, "search_type_label", None) or DEFAULT_TYPE_LABEL


@functools.cache
def type_key(model):
    """Stable URL value of a page type's label: the Dutch label, slugified."""
    with translation.override("nl"):
        return slugify(str(type_label(model)))


def type_choices():
    """[(key, label)] of the page types that exist, in a stable order (of the active language)."""
    return list(_type_choices(get_language()))


@functools.cache
def _type_choices(language):
    seen = {}
    for model in get_page_models():
        if model is Page:
            continue
        seen.setdefault(type_key(model), type_label(model))
    return tuple(sorted(seen.items(), key=lambda item: str(item[1])))


# Result rows


def result_date(page):
    """The date a visitor associates with the page: its own date field if it has one, else first publication."""
    for name in ("search_date", "date", "publication_date"):
        value = getattr(page, name, None)
        if callable(value):
            value = value()
        if isinstance(value, datetime.datetime):
            return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
        if isinstance(value, datetime.date):
            return value
    if page.first_published_at:
        return timezone.localtime(page.first_published_at).date()
    return None


def page_themes(page):
    """The page's themes in the page's language where translated (pages point at the default-language
    snippet; the slug, a filter value, is the same in every language)."""
    from home.localization import in_locale

    manager = getattr(page, "themes", None)
    if manager is None or not hasattr(manager, "all"):
        return []
    return in_locale(manager.all(), page.locale_id)


def _word_key(text):
    """The text as folded words between spaces, so one text can be looked for inside another regardless of case,
    accents and punctuation ('Waar staan we nu?' inside 'Module 1: waar staan we nu?.')."""
    return " " + " ".join(fold(word) for word in words(text)) + " "


def snippet_sources(pks):
    """{page pk: snippet_source(page)} for page ids, shared until the next content change (home.shared_memo)."""
    names = {f"snippet-source:{pk}": pk for pk in pks}

    def load(missing):
        pages = Page.objects.filter(pk__in=[names[name] for name in missing]).specific()
        return {f"snippet-source:{page.pk}": snippet_source(page) for page in pages}

    found = shared_many(list(names), load)
    return {names[name]: text for name, text in found.items()}


def snippet_source(page):
    """The page's searchable text (description, intro, body ...) without its title.

    A field whose words already occur in another field (a subtitle repeated in the description, an intro that
    opens the body) is taken once, so a snippet never shows the same phrase twice.
    """
    parts = []  # (text, word key)
    for search_field in page.get_search_fields():
        if not isinstance(search_field, SearchField) or isinstance(search_field, AutocompleteField):
            continue
        if search_field.field_name == "title":
            continue
        try:
            text = plain_text(search_field.get_value(page))
        except (AttributeError, TypeError, ValueError):  # a field that cannot be read as text is simply skipped
            continue
        key = _word_key(text)
        if not key.strip() or any(key in seen for _text, seen in parts):
            continue
        parts = [(other, seen) for other, seen in parts if seen not in key]
        parts.append((text, key))
    return " ".join(text for text, _key in parts)


@dataclass(frozen=True)
class ThemeLabel:
    slug: str
    name: str


@dataclass
class Result:
    """A result row: plain values only (no page object), so that rows shared between requests load cheaply."""

    pk: int
    url_parts: tuple  # (site id, site root URL, page path) as Page.get_url_parts gives them
    title: str
    type_key: str
    type_label: str
    date: datetime.date | None
    themes: list = field(default_factory=list)
    promoted: bool = False
    description: str = ""
    url: str = ""
    year_only: bool = False  # the page's date is a year (results): show just the year
    meta_html: str = ""  # type, date and themes (search/result_meta.html)
    single_site: bool = True  # with one site every page URL is relative

    @property
    def year(self):
        return self.date.year if self.date else None

    @functools.cached_property
    def date_shown(self):
        """(datetime attribute, text) of the date as the result shows it: '2024' for a year, else '3 juni 2024'."""
        if self.date is None:
            return None
        if self.year_only:
            return str(self.date.year), str(self.date.year)
        return self.date.isoformat(), date_format(self.date, "j F Y")

    @property
    def theme_slugs(self):
        return {theme.slug for theme in self.themes}

    def page_url(self, request):
        """As Page.get_url(request): relative on the request's own site (or when there is one site)."""
        site_id, root_url, page_path = self.url_parts or (None, None, None)
        if page_path is None:
            return ""
        if self.single_site:
            return page_path
        site = Site.find_for_request(request) if request is not None else None
        return page_path if site is not None and site.pk == site_id else root_url + page_path

    def decorate(self, terms, request, source):
        """URL, highlighted title and snippet, computed only for the rows on the current results page."""
        self.url = self.page_url(request)
        self.title_html = highlight_title(self.title, terms)
        self.snippet, self.snippet_matched = highlight(self.description or source, terms)
        return self

    def decorate_from_engine(self, highlighted, request, source=""):
        """As `decorate`, with the title and snippet the engine's highlighter marked; without a marked
        snippet the start of the page's text (`source`) is shown."""
        self.url = self.page_url(request)
        self.title_html = highlighted.get("title") or escape(self.title)
        self.snippet = highlighted.get("snippet")
        self.snippet_matched = bool(self.snippet)
        if not self.snippet:
            self.snippet, _matched = highlight(self.description or source, [])
        return self


# Shared rows are pickled Result objects: a new name when their fields change, so no process reads the old format.
ROW_KEY = "search-row-v2"


def load_results(ids):
    """Result rows for page ids, in the given order, with what facets and sorting need.

    A row depends on published content and the active language only, so rows are shared between requests and
    processes until the next content change (home.shared_memo); the missing ones are loaded per page type.
    """
    language = get_language()
    names = {pk: f"{ROW_KEY}:{language}:{pk}" for pk in ids}
    rows = shared_many(list(names.values()), lambda missing: _load_rows([int(name.rsplit(":", 1)[1]) for name in missing], language))
    return [rows[names[pk]] for pk in ids if names[pk] in rows]


def _load_rows(ids, language):
    """{shared-memo name: Result} for the pages among `ids` (see load_results)."""
    content_types = Page.objects.filter(pk__in=ids).values_list("pk", "content_type_id")
    pks_by_type = {}
    for pk, content_type_id in content_types:
        pks_by_type.setdefault(content_type_id, []).append(pk)
    by_pk = {}
    for content_type_id, pks in pks_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:  # a page type whose code was removed
            continue
        pages = model.objects.filter(pk__in=pks).select_related("locale")
        if hasattr(model, "themes"):
            pages = pages.prefetch_related("themes")
        by_pk.update((page.pk, page) for page in pages)
    labels = {}
    rows = []
    single_site = len({root_path.site_id for root_path in Site.get_site_root_paths()}) <= 1
    for pk in ids:
        page = by_pk.get(pk)
        if page is None:
            continue
        model = type(page)
        if model not in labels:
            labels[model] = (type_key(model), str(type_label(model)))
        key, label = labels[model]
        rows.append(
            Result(
                pk=page.pk,
                url_parts=page.get_url_parts() or (None, None, None),
                single_site=single_site,
                title=page.title,
                type_key=key,
                type_label=label,
                date=result_date(page),
                themes=page_themes(page),
                year_only=getattr(model, "search_date_precision", "") == "year",
            )
        )
    # Theme names in the visitor's language, for all rows at once; the type, date and themes line is rendered once
    # and shared with the row.
    localized = iter(in_locale([theme for row in rows for theme in row.themes]))
    for row in rows:
        row.themes = [ThemeLabel(theme.slug, theme.name) for theme in (next(localized) for _theme in row.themes)]
        row.meta_html = render_to_string("search/result_meta.html", {"row": row})
    return {f"{ROW_KEY}:{language}:{row.pk}": row for row in rows}


# Facets


@dataclass
class Filters:
    type: str = ""
    theme: str = ""
    year: int | None = None

    @property
    def active(self):
        return bool(self.type or self.theme or self.year)


def _matches(row, filters, skip=None):
    if skip != "type" and filters.type and row.type_key != filters.type:
        return False
    if skip != "theme" and filters.theme and filters.theme not in row.theme_slugs:
        return False
    return not (skip != "year" and filters.year and row.year != filters.year)


def apply_filters(rows, filters):
    return [row for row in rows if _matches(row, filters)]


def facet_counts(rows, filters):
    """Counts per value for each facet, on the rows matching the other facets' filters."""
    types, themes, years = Counter(), Counter(), Counter()
    names, labels = {}, {}
    for row in rows:
        if _matches(row, filters, skip="type"):
            types[row.type_key] += 1
            labels[row.type_key] = row.type_label
        if _matches(row, filters, skip="theme"):
            for theme in row.themes:
                themes[theme.slug] += 1
                names.setdefault(theme.slug, theme.name)
        if _matches(row, filters, skip="year") and row.year:
            years[row.year] += 1
    return {
        "type": sorted(((key, labels[key], count) for key, count in types.items()), key=lambda item: (-item[2], str(item[1]))),
        "theme": sorted(((slug, names[slug], count) for slug, count in themes.items()), key=lambda item: (-item[2], item[1])),
        "year": sorted(((year, str(year), count) for year, count in years.items()), reverse=True),
    }


def sort_rows(rows, sort):
    if sort == "date":
        # Newest first; pages without a date last, relevance order kept among equals.
        return sorted(rows, key=lambda row: (row.date is None, -(row.date.toordinal() if row.date else 0)))
    return rows


# A results page


@dataclass
class Outcome:
    """What the search page shows: the rows of one results page and everything around them."""

    rows: list
    total: int  # with the facet filters
    unfiltered_total: int
    facets: dict
    page_number: int
    terms: list
    fell_back: bool = False
    corrected: str | None = None
    suggestion: str | None = None
    capped: bool = False


class Window:
    """The hits of one results page standing in for all `total` hits, for Django's Paginator."""

    def __init__(self, total, start, rows):
        self.total, self.start, self.rows = total, start, rows

    def __len__(self):
        return self.total

    def __getitem__(self, key):
        if isinstance(key, slice) and (key.start or 0) == self.start:
            return self.rows
        return []


def search_page(terms, locale, filters, sort, page_number, request, exclude=()):
    """One results page for the query words: by the engine when it can, else by the database backend."""
    backend = get_search_backend()
    if hasattr(backend, "public_page") and breaker.engine_available():
        try:
            outcome = _engine_page(backend, terms, locale, filters, sort, page_number, request, exclude)
        except engine_errors() as exc:
            breaker.record_failure(exc)
            logger.warning("Search engine unavailable for search, answering from the database: %s: %s", type(exc).__name__, exc)
            return _database_page(terms, locale, filters, sort, page_number, request, exclude, database_backend(), fell_back=True)
        breaker.record_success()
        return outcome
    return _database_page(terms, locale, filters, sort, page_number, request, exclude)


def _database_page(terms, locale, filters, sort, page_number, request, exclude, backend=None, fell_back=False):
    """Ranked ids (max 500) from the backend; facets, sorting, highlighting and suggestions in Python."""
    found = find(terms, locale, backend)
    rows = [row for row in load_results(found.ids) if row.pk not in exclude]
    facets = facet_counts(rows, filters)
    filtered = sort_rows(apply_filters(rows, filters), sort)
    page_obj = Paginator(filtered, PAGE_SIZE).get_page(page_number)
    marked = found.terms + [word for term in expansions(" ".join(found.terms), locale.language_code) for word in term.split()]
    shown = list(page_obj.object_list)
    sources = snippet_sources([row.pk for row in shown if not row.description])
    for row in shown:
        row.decorate(marked, request, source=sources.get(row.pk, ""))
    suggestion = None
    if len(rows) < FEW_RESULTS and not found.corrected:
        suggestion = suggest(found.terms, locale, visible_pages(locale))
    return Outcome(
        rows=list(page_obj.object_list),
        total=len(filtered),
        unfiltered_total=len(rows),
        facets=facets,
        page_number=page_obj.number,
        terms=found.terms,
        fell_back=fell_back or found.fell_back,
        corrected=found.corrected,
        suggestion=suggestion,
        capped=len(found.ids) >= MAX_HITS,
    )


def _engine_page(backend, terms, locale, filters, sort, page_number, request, exclude):
    """Hits, facet counts, highlights and the spelling suggestion from the engine, in one request
    (more only when too little is found: the start of title words together with the corrected query)."""
    queryset = engine_queryset(locale)
    if queryset.query.is_empty():
        return _database_page(terms, locale, filters, sort, page_number, request, exclude)
    language = current_language()
    page_number = max(1, min(page_number, (settings_max_window() - PAGE_SIZE) // PAGE_SIZE + 1))

    def options(number, autocomplete=False):
        return {
            "language": language, "filters": filters, "sort": sort, "start": (number - 1) * PAGE_SIZE, "size": PAGE_SIZE,
            "exclude": exclude, "autocomplete": autocomplete, "suggest_below": FEW_RESULTS,
        }  # fmt: skip

    def ask(text, number, autocomplete=False):
        return backend.public_page(text, queryset, **options(number, autocomplete))

    text, autocomplete, corrected, used_terms = " ".join(terms), False, None, terms
    response = ask(text, page_number)
    first_suggestion = response["suggestion"]
    if response["unfiltered"] == 0:
        correctable = bool(first_suggestion) and first_suggestion != text.lower()
        # The start of title words and, for when that finds nothing either, the corrected query: asked together.
        asked = [(text, options(page_number, autocomplete=True))] + ([(first_suggestion, options(page_number))] if correctable else [])
        answers = backend.public_pages(asked, queryset)
        if answers[0]["unfiltered"]:
            response, autocomplete = answers[0], True
        elif correctable and answers[1]["unfiltered"]:
            response, text, corrected, used_terms = answers[1], first_suggestion, first_suggestion, first_suggestion.split()
    last_page = max(1, -(-response["total"] // PAGE_SIZE))
    if page_number > last_page:
        page_number = last_page
        response = ask(text, page_number, autocomplete)

    rows = load_results(guard(response["ids"], locale))
    highlights = response["highlights"]
    unmarked = [row.pk for row in rows if not highlights.get(row.pk, {}).get("snippet") and not row.description]
    sources = snippet_sources(unmarked) if unmarked else {}
    for row in rows:
        row.decorate_from_engine(highlights.get(row.pk, {}), request, source=sources.get(row.pk, ""))
    suggestion = None
    if response["unfiltered"] < FEW_RESULTS and not corrected and first_suggestion and first_suggestion != text.lower():
        suggestion = first_suggestion
    return Outcome(
        rows=rows,
        total=response["total"],
        unfiltered_total=response["unfiltered"],
        facets=_engine_facets(response["facets"], locale),
        page_number=page_number,
        terms=used_terms,
        corrected=corrected,
        suggestion=suggestion,
    )


def settings_max_window():
    return MAX_WINDOW


def _theme_names(locale):
    """{slug: name} of every theme, in this locale where it has a translation."""
    from home.snippets import Theme

    names = {}
    for slug, name, locale_id in Theme.objects.values_list("slug", "name", "locale_id"):
        if slug not in names or locale_id == locale.pk:
            names[slug] = name
    return names


def _engine_facets(buckets, locale):
    """Engine buckets -> the (value, label, count) lists of `facet_counts`."""

    labels = dict(type_choices())
    types = [(key, labels[key], count) for key, count in buckets["type"] if key in labels]
    names = shared(f"theme-names:{locale.pk}", lambda: _theme_names(locale))
    themes = [(slug, names[slug], count) for slug, count in buckets["theme"] if slug in names]
    years = [(int(year), str(int(year)), count) for year, count in buckets["year"]]
    return {
        "type": sorted(types, key=lambda item: (-item[2], str(item[1]))),
        "theme": sorted(themes, key=lambda item: (-item[2], item[1])),
        "year": sorted(years, reverse=True),
    }
