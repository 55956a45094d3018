"""What a page tells search engines and link previews: canonical URL, description, Open Graph, schema.org JSON-LD.

Every absolute URL starts with the site's base URL (settings.WAGTAILADMIN_BASE_URL), not with the Wagtail Site
record or the host of the request, so canonical, og:url, hreflang, the sitemap and robots.txt agree.
"""

import datetime
import html
import json
import re
from urllib.parse import urlsplit

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

from .shared_memo import shared

SITE_NAME = "Toezichtnet"
DESCRIPTION_LENGTH = 160
OG_IMAGE_SPEC = "fill-1200x630"
DEFAULT_IMAGE = "img/og-default.png"  # 1200 x 630, site/static/img/
# The fields a page's description falls back to, in this order, when the editor left search_description empty.
DESCRIPTION_FIELDS = ("summary", "intro", "hero_text")
# The page's own picture, in this order, when it has no social image.
IMAGE_FIELDS = ("social_image", "hero_image", "cover_image")
# schema.org type per page type that is an article; og:type "article" for those with an editor-set date.
ARTICLE_TYPES = {"BlogPage": "BlogPosting", "NewsPage": "NewsArticle", "ResultPage": "Article"}


def base_url():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(url):
    """The URL on the site's base URL: a path is prefixed; an absolute URL of this site gets the base URL's scheme and
    host; a URL elsewhere (media on a CDN) is kept."""
    if not url:
        return url
    parts = urlsplit(url)
    if parts.netloc and parts.hostname not in settings.ALLOWED_HOSTS and not url.startswith(base_url()):
        return url
    path = parts.path or "/"
    return base_url() + path + (f"?{parts.query}" if parts.query else "")


def page_url(page, request=None):
    """The page's absolute URL on the base URL, or None for a page without a route (not below a site)."""
    parts = page.get_url_parts(request=request)
    if parts is None:
        return None
    return base_url() + parts[2]


def plain_text(value):
    """Rich text or plain text as one line of plain text."""
    text = html.unescape(strip_tags(str(value or "")))
    return re.sub(r"\s+", " ", text).strip()


def page_description(page):
    """The editor's search description, else the page's summary or intro as plain text, at most 160 characters."""
    text = plain_text(getattr(page, "search_description", ""))
    if not text:
        for name in DESCRIPTION_FIELDS:
            text = plain_text(getattr(page, name, ""))
            if text:
                break
    return shorten(text, DESCRIPTION_LENGTH)


def shorten(text, limit):
    """The text, cut at a word boundary with '…' if longer than limit characters."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:.-–") + "…"


def published_date(page):
    """The editor-set date of a dated article page (blog post, news item), or None."""
    if type(page).__name__ not in {"BlogPage", "NewsPage"}:
        return None
    for name in ("publication_date", "date"):
        value = getattr(page, name, None)
        if isinstance(value, datetime.date):
            return value
    return None


def page_image_url(page):
    """Absolute URL of the page's Open Graph image: its social image, else its own main image, else the site's."""
    for name in IMAGE_FIELDS:
        image_id = getattr(page, f"{name}_id", None)
        if image_id is not None:
            # Shared per content generation: the rendition lookup is not repeated on every uncached view.
            return shared(f"og-image:{image_id}:{OG_IMAGE_SPEC}", lambda name=name: absolute_url(getattr(page, name).get_rendition(OG_IMAGE_SPEC).url))
    return default_image_url()


def default_image_url():
    return absolute_url(static(DEFAULT_IMAGE))


def iso(value):
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).isoformat(timespec="seconds") if timezone.is_aware(value) else value.isoformat(timespec="seconds")
    return value.isoformat() if value else None


def json_ld(data):
    """A <script type="application/ld+json"> element; <, > and & escaped as in Django's json_script, so no text
    (a title with "</script>") can end the element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 - escaped above


def organisation_node(name):
    return {
        "@type": "Organization",
        "@id": f"{base_url()}/#organisatie",
        "name": name,
        "url": f"{base_url()}/",
        "logo": default_image_url(),
    }


def breadcrumb_node(trail, page, url):
    """BreadcrumbList from the breadcrumb trail already built for the page (home first), ending with the page."""
    items = [{"name": str(item["title"]), "url": absolute_url(item["url"])} for item in trail]
    items.append({"name": page.title, "url": url})
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [{"@type": "ListItem", "position": position, "name": item["name"], "item": item["url"]} for position, item in enumerate(items, 1)],
    }


def article_node(page, url, description, image, authors=None):
    kind = ARTICLE_TYPES.get(type(page).__name__)
    if kind is None:
        return None
    node = {
        "@type": kind,
        "headline": shorten(page.seo_title or page.title, 110),
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": page.locale.language_code,
        "image": [image],
        "publisher": {"@id": f"{base_url()}/#organisatie"},
    }
    if description:
        node["description"] = description
    published = published_date(page) or page.first_published_at
    if published:
        node["datePublished"] = iso(published)
    if page.last_published_at:
        node["dateModified"] = iso(page.last_published_at)
    if authors:
        node["author"] = [{"@type": "Person", "name": person.name} for person in authors]
    return node


def page_metadata(page, request, organisation_name, trail=(), authors=None):
    """Everything the <head> says about a page: description, Open Graph values, canonical URL and JSON-LD."""
    url = page_url(page, request)
    description = page_description(page)
    image = page_image_url(page)
    published = published_date(page)
    graph = [organisation_node(organisation_name)]
    if page.depth > 2 and url:
        graph.append(breadcrumb_node(trail, page, url))
    article = article_node(page, url, description, image, authors) if url else None
    if article:
        graph.append(article)
    return {
        "url": url,
        "title": page.seo_title or page.title,
        "description": description,
        "image": image,
        "type": "article" if published else "website",
        "published_time": iso(published) if published else None,
        "modified_time": iso(page.last_published_at) if published and page.last_published_at else None,
        "locale": page.locale.language_code,
        "json_ld": json_ld({"@context": "https://schema.org", "@graph": graph}),
    }


def document_title(title):
    """'<page title> | Toezichtnet'; a title that already names the site (the home page) is not doubled."""
    title = str(title or "").strip()
    if not title:
        return SITE_NAME
    if SITE_NAME.lower() in title.lower():
        return title
    return f"{title} | {SITE_NAME}"
