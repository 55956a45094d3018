import functools
from pathlib import Path

from django import template
from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.urls import translate_url
from django.utils import translation
from django.utils.encoding import escape_uri_path, iri_to_uri
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext

from wagtail.models import Locale, Page, Site

from home import metadata
from home.localization import in_locale
from home.models import SiteSettings
from home.shared_memo import shared

register = template.Library()


def _site_settings(context):
    request = context.get("request")
    if request is None:
        return None
    try:
        return SiteSettings.for_request(request)
    except SiteSettings.DoesNotExist:  # no Wagtail Site at all (an empty database): render without settings
        return None


def _raw_links(stream_value):
    """(page id, label, external URL) per CallToActionBlock, read from the stored data (no page queries)."""
    for item in stream_value.raw_data:
        value = item.get("value") or {}
        yield value.get("page"), value.get("label") or "", value.get("external_url") or ""


def _layout_links(request, site_settings):
    """Main navigation and footer links, pages in the active language: once per request, not per link."""
    if request is None:
        return _compute_layout_links(request, site_settings)
    site = Site.find_for_request(request)
    return shared(f"layout-links:{site.pk if site else None}:{site_settings.pk}:{get_language()}", lambda: _compute_layout_links(request, site_settings))


def _compute_layout_links(request, site_settings):
    streams = {"nav": list(_raw_links(site_settings.main_navigation)), "footer": list(_raw_links(site_settings.footer_links))}
    ids = {page_id for items in streams.values() for page_id, _label, _url in items if page_id}
    targets = {}
    if ids:
        originals = list(Page.objects.live().filter(pk__in=ids).select_related("locale"))  # unpublished or deleted since chosen: left out
        localized = in_locale(originals, Locale.get_active(), select_related=("locale",), queryset=lambda model: model.objects.live())
        targets = {original.pk: target for original, target in zip(originals, localized, strict=True)}
    links = {}
    for name, items in streams.items():
        links[name] = []
        for page_id, label, external_url in items:
            if page_id:
                target = targets.get(page_id)
                if target is None:
                    continue
                url, text = target.get_url(request=request), label or target.title
            else:
                url, text = external_url, label
            if url:
                links[name].append({"url": url, "text": text})
    return links


def _shared_html(request, name, template_name, context):
    """A template that depends only on published content, site settings and the language (`name` says which), rendered
    once per content generation and shared (home.shared_memo)."""

    def render():
        return render_to_string(template_name, context)

    return mark_safe(shared(name, render) if request is not None else render())  # noqa: S308 - rendered (escaped) by the template


@register.simple_tag(takes_context=True)
def main_navigation(context):
    site_settings = _site_settings(context)
    if site_settings is None:
        return ""
    request = context.get("request")
    path = request.path if request else ""
    items = [{**link, "current": bool(path) and link["url"] != "/" and path.startswith(link["url"])} for link in _layout_links(request, site_settings)["nav"]]
    current = ",".join(str(number) for number, item in enumerate(items) if item["current"])
    return _shared_html(request, f"main-nav-html:{site_settings.pk}:{get_language()}:{current}", "navigation/main_nav.html", {"items": items})


@register.simple_tag(takes_context=True)
def site_footer(context):
    site_settings = _site_settings(context)
    links = _layout_links(context.get("request"), site_settings)["footer"] if site_settings else []
    name = f"footer-html:{site_settings.pk if site_settings else None}:{get_language()}"
    return _shared_html(context.get("request"), name, "navigation/footer.html", {"settings": site_settings, "links": links})


def _routed_ancestors(request, page):
    """The ancestors (from the home page down) that home.routing found on the way to this page, or None."""
    chain = getattr(request, "_page_ancestors", None)
    route = getattr(request, "_wagtail_route_for_request", None)
    if chain is None or route is None or route[0].pk != page.pk:
        return None
    ancestors = [ancestor for ancestor in chain if ancestor.depth >= 2]
    return ancestors if len(ancestors) == page.depth - 2 else None


def _breadcrumb_trail(request, page):
    """[{url, title}] of the page's ancestors from the home page down; built once per request (the breadcrumb and
    the JSON-LD BreadcrumbList share it)."""
    cached = getattr(request, "_breadcrumb_trail", None)
    if cached is not None and cached[0] == page.pk:
        return cached[1]
    ancestors = _routed_ancestors(request, page)
    if ancestors is None:
        ancestors = page.get_ancestors().filter(depth__gte=2).only("id", "title", "url_path", "depth", "path")
    items = [{"url": a.get_url(request=request), "title": a.title} for a in ancestors]
    if request is not None:
        request._breadcrumb_trail = (page.pk, items)
    return items


@register.inclusion_tag("navigation/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": []}
    return {"ancestors": _breadcrumb_trail(context.get("request"), page), "current": page}


@register.inclusion_tag("components/page_meta.html", takes_context=True)
def page_meta(context):
    """Description, canonical URL, Open Graph and schema.org JSON-LD of the page (home/metadata.py)."""
    site_settings = _site_settings(context)
    organisation = site_settings.organisation_name if site_settings else metadata.SITE_NAME
    page = context.get("page")
    if page is None or not getattr(page, "pk", None) or not isinstance(page, Page):
        return {"meta": {"json_ld": metadata.json_ld({"@context": "https://schema.org", "@graph": [metadata.organisation_node(organisation)]})}}
    request = context.get("request")
    trail = _breadcrumb_trail(request, page) if page.depth > 2 else []
    authors = context.get("authors") if type(page).__name__ == "BlogPage" else None
    return {"meta": metadata.page_metadata(page, request, organisation, trail=trail, authors=authors)}


@register.filter(is_safe=True)
def document_title(title):
    """The <title>: '<page> | Toezichtnet'; the home page (titled just Toezichtnet) gets the tagline instead of a second
    'Toezichtnet'."""
    if str(title).strip() == metadata.SITE_NAME:
        return f"{metadata.SITE_NAME} – {gettext('Samen werken aan beter toezicht')}"
    return metadata.document_title(title)


@register.filter
def absolute_url(url):
    return metadata.absolute_url(url)


def _home_page_in(request, language_code):
    """The site's live home page in the language, or None; one query."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    home_keys = Page.objects.filter(pk=site.root_page_id).values("translation_key")
    return shared(
        f"home:{site.root_page_id}:{language_code}",
        lambda: Page.objects.live().filter(translation_key__in=home_keys, locale__language_code=language_code).select_related("locale").first(),
    )


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """One entry per site language: the translated page, or the same view in that language.

    A page without a translation in a language gets an entry `missing` pointing at that language's home page, for
    the switcher only; `hreflang` marks the entries that are real alternates of this page (for <link rel=alternate>).
    """
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    labels = {"nl": "Nederlands", "en": "English"}
    alternates = []
    if page is not None and getattr(page, "pk", None):
        site = Site.find_for_request(request) if request is not None else None
        translations = shared(
            f"translations:{page.translation_key}:{site.pk if site else None}",
            lambda: {p.locale.language_code: p for p in page.get_translations(inclusive=True).live().select_related("locale")},
        )
        for code, name in settings.LANGUAGES:
            url = translations[code].get_url(request=request) if code in translations else None
            if url:
                alternates.append({"code": code, "label": labels.get(code, code), "url": url, "current": code == page.locale.language_code})
            elif code != page.locale.language_code:
                home = _home_page_in(request, code)
                home_url = home.get_url(request=request) if home is not None else None
                if home_url:
                    alternates.append({"code": code, "label": labels.get(code, code), "url": home_url, "current": False, "missing": True, "language": name})
        real = [alternate for alternate in alternates if not alternate.get("missing")]
        for alternate in real:
            alternate["hreflang"] = len(real) > 1
        return alternates if len(alternates) > 1 else []
    if request is None:
        return []
    path, query_string = escape_uri_path(request.path), request.META.get("QUERY_STRING", "")
    for code, _name in settings.LANGUAGES:
        url = _translated_path(path, current, code) + (f"?{iri_to_uri(query_string)}" if query_string else "")
        alternates.append({"code": code, "label": labels.get(code, code), "url": url, "current": code == current, "hreflang": True})
    return alternates


@functools.lru_cache(maxsize=512)
def _translated_path(path, current, code):
    """The view at `path` (in language `current`) in language `code` (Django's translate_url, once per process)."""
    with translation.override(current):
        return translate_url(path, code)


@functools.cache
def _svg_source(path):
    found = finders.find(path)
    return Path(found).read_text(encoding="utf-8") if found else ""


@register.simple_tag
def wordmark(css_class=""):
    """The Toezichtnet wordmark inline (it takes the text colour of its surroundings), with its <title> as text alternative."""
    svg = _svg_source("img/toezichtnet-wordmark.svg")
    if css_class:
        svg = svg.replace("<svg ", f'<svg class="{escape(css_class)}" ', 1)
    return mark_safe(svg)  # noqa: S308 - our own static file; the class is escaped


WIDGET_CLASSES = {
    "textarea": "utrecht-textarea utrecht-textarea--html-textarea",
    "select": "utrecht-select utrecht-select--html-select",
    "checkbox": "utrecht-checkbox utrecht-checkbox--html-input",
    "checkboxselectmultiple": "",
    "radioselect": "",
    "clearablefile": "",
    "file": "",
}


@register.filter
def nlds_widget(bound_field):
    """The field's widget with the NL Design System class of its kind (text box, text area, select, checkbox)."""
    kind = bound_field.widget_type
    css = WIDGET_CLASSES.get(kind, "utrecht-textbox utrecht-textbox--html-input")
    if css and bound_field.errors:
        base = css.split()[0]
        css += f" {base}--invalid"
    return bound_field.as_widget(attrs={"class": css}) if css else bound_field.as_widget()
