"""Plain-text comment bodies: escape everything, link only http(s) URLs, mark links as user content."""

import re

from django.utils.html import escape, urlize
from django.utils.safestring import mark_safe

URL_RE = re.compile(r"(https?://|www\.)\S+", re.IGNORECASE)


def count_links(text):
    return len(URL_RE.findall(text))


def render_comment_body(text):
    """Paragraphs and line breaks of escaped text; URLs become links with rel="nofollow ugc"."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip()) if p.strip()]
    html = []
    for paragraph in paragraphs:
        lines = [_link_line(line) for line in paragraph.split("\n")]
        html.append("<p>" + "<br>".join(lines) + "</p>")
    return mark_safe("".join(html))  # noqa: S308 - every piece is escaped by urlize(autoescape=True)


def _link_line(line):
    linked = urlize(line, trim_url_limit=60, nofollow=True, autoescape=True)
    if 'rel="nofollow"' not in linked and "<a " in linked:  # pragma: no cover - urlize always adds it with nofollow=True
        return escape(line)
    # mailto links would publish addresses to harvesters: keep them as text.
    linked = re.sub(r'<a href="mailto:[^"]*">([^<]*)</a>', r"\1", linked)
    return linked.replace('rel="nofollow"', 'rel="nofollow ugc"')
