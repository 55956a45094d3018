"""Small page builders for the search tests."""

import json

from home.models import StandardPage


def paragraph(text):
    return json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>"}])


def add_page(parent, slug, title, body="", intro="", publish=True, **fields):
    page = StandardPage(slug=slug, title=title, intro=intro, body=paragraph(body) if body else "[]", **fields)
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    else:
        page.live = False
        page.save()
    return page
