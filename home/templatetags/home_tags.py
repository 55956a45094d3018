from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Locale, Page

from home.models import SiteSettings

register = template.Library()


def _site_settings(context):
    request = context.get("request")
    if request is None:
        return None
    try:
        return SiteSettings.for_request(request)
    except SiteSettings.DoesNotExist:  # no Wagtail Site at all (an empty database): render without settings
        return None


def _links(stream_value, request=None):
    """Link dicts for a stream of CallToActionBlocks, with pages in the active language (two queries in all)."""
    values = [block.value for block in stream_value]
    chosen = [value["page"] for value in values if value.get("page")]
    localized = {}
    if chosen:
        locale = Locale.get_active()
        translations = Page.objects.live().filter(translation_key__in=[page.translation_key for page in chosen], locale=locale)
        localized = {page.translation_key: page for page in translations}
    path = request.path if request else None
    links = []
    for value in values:
        if page := value.get("page"):
            target = localized.get(page.translation_key, page)
            url, text = target.get_url(request=request), value.get("label") or target.title
        else:
            url, text = value.get("external_url"), value.get("label")
        if url:
            links.append({"url": url, "text": text, "current": bool(path) and url != "/" and path.startswith(url)})
    return links


@register.inclusion_tag("navigation/main_nav.html", takes_context=True)
def main_navigation(context):
    site_settings = _site_settings(context)
    items = _links(site_settings.main_navigation, context.get("request")) if site_settings else []
    return {"items": items}


@register.inclusion_tag("navigation/footer.html", takes_context=True)
def site_footer(context):
    site_settings = _site_settings(context)
    return {"settings": site_settings, "links": _links(site_settings.footer_links) if site_settings else []}


@register.inclusion_tag("navigation/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": []}
    ancestors = page.get_ancestors().filter(depth__gte=2).only("id", "title", "url_path", "depth", "path")
    request = context.get("request")
    items = [{"url": a.get_url(request=request), "title": a.title} for a in ancestors]
    return {"ancestors": items, "current": page}


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """One entry per site language: the translated page, or the same view in that language."""
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    labels = {"nl": "Nederlands", "en": "English"}
    alternates = []
    if page is not None and getattr(page, "pk", None):
        translations = {p.locale.language_code: p for p in page.get_translations(inclusive=True).live().select_related("locale")}
        for code, _name in settings.LANGUAGES:
            if code in translations:
                url = translations[code].get_url(request=request)
                if url:
                    alternates.append({"code": code, "label": labels.get(code, code), "url": url, "current": code == page.locale.language_code})
        return alternates if len(alternates) > 1 else []
    if request is None:
        return []
    for code, _name in settings.LANGUAGES:
        alternates.append({"code": code, "label": labels.get(code, code), "url": translate_url(request.get_full_path(), code), "current": code == current})
    return alternates
