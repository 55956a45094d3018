"""The search page (/zoeken/, /en/search/) and its autocomplete endpoint."""

import logging
import re
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale

from home.shared_memo import shared

from . import engine, querylog
from .models import SearchClick, logged_query_string
from .text import clean_query

logger = logging.getLogger(__name__)

PAGE_SIZE = engine.PAGE_SIZE
AUTOCOMPLETE_LIMIT = 8
SLUG_RE = re.compile(r"^[-a-z0-9]{1,100}$")


def _int(value, default=None, minimum=None, maximum=None):
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return default
    if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
        return default
    return number


def parse_filters(params):
    """Filters from the query string; unknown or malformed values are ignored."""
    type_value = params.get("type", "")[:50]
    theme = params.get("theme", "")[:100]
    return engine.Filters(
        type=type_value if type_value in dict(engine.type_choices()) else "",
        theme=theme if SLUG_RE.match(theme) else "",
        year=_int(params.get("jaar"), minimum=1900, maximum=2100),
    )


def link(base, **params):
    """?q=...&type=... with empty values left out."""
    clean = {key: value for key, value in params.items() if value not in (None, "") and not (key == "page" and value == 1)}
    return f"{base}?{urlencode(clean)}" if clean else base


def promoted_queries():
    """The query strings editors promoted pages for (shared per content generation: a promotion starts a new one)."""
    return shared("promoted-queries", lambda: set(Query.objects.filter(editors_picks__isnull=False).values_list("query_string", flat=True)))


def promotions_for(query, locale, request):
    """Editor-promoted pages for this exact query, in their editor order, visible in this locale."""
    query_string = logged_query_string(query)
    if query_string not in promoted_queries():
        return []
    try:
        query_obj = Query.objects.get(query_string=query_string)
    except Query.DoesNotExist:
        return []
    visible = engine.visible_pages(locale)
    picks = SearchPromotion.objects.filter(query=query_obj).select_related("page").order_by("sort_order")
    ids, descriptions, external = [], {}, []
    for pick in picks:
        if pick.page_id:
            page = pick.page if pick.page.locale_id == locale.pk else pick.page.get_translation_or_none(locale)
            if page is not None and visible.filter(pk=page.pk).exists():
                ids.append(page.pk)
                descriptions[page.pk] = pick.description
        elif pick.external_link_url:
            external.append(pick)
    rows = engine.load_results(ids)
    for row in rows:
        row.promoted = True
        row.description = descriptions.get(row.pk, "")
    return rows


@require_GET
def search(request):
    raw = request.GET.get("q", "")
    query, terms, truncated = clean_query(raw)
    filters = parse_filters(request.GET)
    sort = "date" if request.GET.get("sort") == "date" else "relevance"
    locale = Locale.get_active()
    base = request.path

    context = {
        "query": query,
        "terms": terms,
        "truncated": truncated,
        "filters": filters,
        "sort": sort,
        "type_choices": engine.type_choices(),
        "searched": bool(query),
        "no_words": bool(query) and not terms,
    }
    if not terms:
        return TemplateResponse(request, "search/search.html", context)

    page_number = _int(request.GET.get("page"), default=1, minimum=1, maximum=10_000)
    promoted = promotions_for(query, locale, request) if page_number == 1 else []
    outcome = engine.search_page(terms, locale, filters, sort, page_number, request, exclude={row.pk for row in promoted})
    sources = engine.snippet_sources([row.pk for row in promoted if not row.description]) if promoted else {}
    for row in promoted:
        row.decorate(outcome.terms, request, sources.get(row.pk, ""))

    paginator = Paginator(engine.Window(outcome.total, (outcome.page_number - 1) * PAGE_SIZE, outcome.rows), PAGE_SIZE)
    page_obj = paginator.get_page(outcome.page_number)
    logged, click_base = logged_query_string(query), reverse("search_click")
    for position, row in enumerate(page_obj.object_list, start=page_obj.start_index()):
        row.click_url = click_link(click_base, logged, position, row)
    for row in promoted:
        row.click_url = click_link(click_base, logged, 0, row)

    if page_number == 1:
        # One log entry per search (the editors' report; search.querylog); a query answered only through a spelling
        # correction or promotions still found nothing itself.
        querylog.record(query, locale.language_code, 0 if outcome.corrected else outcome.unfiltered_total + len(promoted))

    suggestion = outcome.suggestion
    params = {"q": query, "type": filters.type, "theme": filters.theme, "jaar": filters.year or "", "sort": "" if sort == "relevance" else sort}
    context.update(
        {
            "terms": outcome.terms,
            "results": page_obj,
            "promoted": promoted,
            "total": outcome.total,
            "unfiltered_total": outcome.unfiltered_total,
            "capped": outcome.capped,
            "facets": outcome.facets,
            "fallback": outcome.fell_back,
            "suggestion": suggestion,
            "corrected": outcome.corrected,
            "suggestion_url": link(base, q=suggestion) if suggestion else "",
            "links": _facet_links(base, params, outcome.facets),
            "active_filters": sum(1 for value in (filters.type, filters.theme, filters.year) if value),
            "pagination": _pagination(base, params, paginator, page_obj),
        }
    )
    return TemplateResponse(request, "search/search.html", context)


def click_link(click_base, logged_query, position, row):
    """The result link through the click counter (search.views.click at `click_base`), or the page URL itself."""
    if not row.url:
        return ""
    return link(click_base, q=logged_query, pos=position, to=row.pk)


@require_GET
def click(request):
    """Count a click on a result (query, position; no IP address, no cookie) and redirect to the page.

    Only live, public, non-alias pages are redirect targets (no open redirect); a click is only
    counted for a query that was searched in this language.
    """
    target = _int(request.GET.get("to"), minimum=1)
    page = engine.Page.objects.live().public().filter(pk=target, alias_of__isnull=True).first() if target else None
    url = page.get_url(request) if page is not None else None
    if not url:
        raise Http404(_("Deze pagina bestaat niet (meer)."))
    position = _int(request.GET.get("pos"), minimum=0, maximum=10_000)
    query = request.GET.get("q", "")[:1000]
    if position is not None and query.strip():
        SearchClick.record(query, Locale.get_active().language_code, position)
    response = HttpResponseRedirect(url)
    add_never_cache_headers(response)
    return response


def _facet_links(base, params, facets):
    def with_(**changes):
        merged = {**params, **changes}
        return link(base, **merged)

    types = [(key, capfirst(label), count, with_(type=key), params["type"] == key) for key, label, count in facets["type"]]
    themes = [(slug, capfirst(name), count, with_(theme=slug), params["theme"] == slug) for slug, name, count in facets["theme"]]
    years = [(year, label, count, with_(jaar=year), params["jaar"] == year) for year, label, count in facets["year"]]
    # Type always (its "Alle" shows what a type filter left out); theme and year when there is something to choose.
    groups = [(_("Soort"), "type", types, True), (_("Thema"), "theme", themes, False), (_("Jaar"), "jaar", years, False)]
    return {
        "facets": [
            {"heading": heading, "all_url": with_(**{param: ""}), "active": params[param], "items": items}
            for heading, param, items, always in groups
            if items or always
        ],
        "sort_relevance": with_(sort=""),
        "sort_date": with_(sort="date"),
        "clear": link(base, q=params["q"], sort=params["sort"]),
    }


def _pagination(base, params, paginator, page_obj):
    """Previous/next links and the elided page list as (number or None for a gap, url)."""
    pages = []
    for number in paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1):
        if number == paginator.ELLIPSIS:
            pages.append((None, ""))
        else:
            pages.append((number, link(base, **params, page=number)))
    return {
        "pages": pages,
        "previous": link(base, **params, page=page_obj.previous_page_number()) if page_obj.has_previous() else "",
        "next": link(base, **params, page=page_obj.next_page_number()) if page_obj.has_next() else "",
    }


@require_GET
def suggestions(request):
    """Autocomplete: titles and URLs of visible pages of the active locale whose words start with the query."""
    query, terms, _truncated = clean_query(request.GET.get("q", "")[:100])
    if not terms or len(query) < 2:
        return JsonResponse({"query": query, "results": []})
    locale = Locale.get_active()
    text = " ".join(terms)

    def complete(backend):
        return engine.autocomplete_ids(backend, text, locale, AUTOCOMPLETE_LIMIT)

    ids, _fell_back = engine.answer(complete, what="autocomplete")
    results = engine.autocomplete_entries(ids, locale, request)
    return JsonResponse({"query": query, "results": results})
