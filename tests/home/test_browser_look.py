"""The grid in a real browser (issue 13): no page type scrolls sideways at 320 px, in Dutch and in English;
header, breadcrumb and content share one left edge; the focus indicator has 3:1 against what is behind it."""

import pytest

from tests.browser import axe_violations, format_violations

pytestmark = pytest.mark.browser


def page_type_urls():
    """One URL per page type of the demo tree, per language, plus the non-page views."""
    from wagtail.models import Page

    urls = {}
    for page in Page.objects.live().public().specific().filter(depth__gt=1).order_by("path"):
        key = (type(page).__name__, page.locale.language_code)
        if key not in urls:
            urls[key] = page.url
    # The page with the longest Dutch title and the English LST page (long e-mail address) explicitly.
    urls[("StandardPage", "nl accessibility statement")] = "/toegankelijkheidsverklaring/"
    urls[("search", "nl")] = "/zoeken/?q=toezicht"
    urls[("search", "en")] = "/en/search/?q=supervision"
    urls[("404", "nl")] = "/bestaat-niet/"
    urls[("login", "nl")] = "/account/login/"
    urls[("signup", "nl")] = "/account/signup/"
    return urls


def test_no_page_type_scrolls_sideways_at_320_px(browser_page, demo_site):
    page = browser_page
    page.set_viewport_size({"width": 320, "height": 640})
    urls = page_type_urls()
    kinds = {kind for kind, _language in urls}
    assert {"HomePage", "StandardPage", "FormPage", "ProgrammePage", "ProgrammeLinePage", "ResultPage"} <= kinds
    assert {"LearningTrajectoryPage", "LearningModulePage", "BlogIndexPage", "BlogPage"} <= kinds
    assert {language for _kind, language in urls} >= {"nl", "en"}
    too_wide = []
    for (kind, language), url in sorted(urls.items()):
        response = page.goto(url)
        assert response.status in {200, 404}, f"{url}: {response.status}"
        width = page.evaluate("() => document.documentElement.scrollWidth")
        if width > 320:
            widest = page.evaluate(
                """() => [...document.querySelectorAll('body *')]
                    .filter((el) => el.getBoundingClientRect().right > 320.5)
                    .slice(-3).map((el) => el.tagName + '.' + el.className + ' ' + Math.round(el.getBoundingClientRect().right))"""
            )
            too_wide.append(f"{kind} ({language}) {url}: {width} px, {widest}")
    assert not too_wide, "\n".join(too_wide)


LEFT_EDGES = """() => {
    const left = (selector) => {
        const el = document.querySelector(selector);
        if (!el) return null;
        const style = getComputedStyle(el);
        return Math.round(el.getBoundingClientRect().left + parseFloat(style.paddingLeft));
    };
    const content = document.querySelector('main h1');
    return {
        header: left('.site-header__inner'),
        nav: left('.main-nav .container'),
        breadcrumb: left('.breadcrumbs'),
        h1: content ? Math.round(content.getBoundingClientRect().left) : null,
        footer: left('.site-footer__inner'),
    };
}"""


@pytest.mark.parametrize("width", [320, 768, 1280, 1600])
def test_header_breadcrumb_and_content_share_one_left_edge(browser_page, demo_site, width):
    page = browser_page
    page.set_viewport_size({"width": width, "height": 900})
    for url in ["/programma-innovatie-toezicht/professionalisering/", "/over-dit-platform/", "/blogs/", "/zoeken/?q=toezicht", "/"]:
        page.goto(url)
        edges = {name: x for name, x in page.evaluate(LEFT_EDGES).items() if x is not None}
        assert len(set(edges.values())) == 1, f"{url} at {width} px: {edges}"


FOCUS_CONTRAST = """() => {
    const rgb = (text) => {
        const m = text.match(/rgba?\\(([^)]+)\\)/);
        if (!m) return null;
        const [r, g, b, a = 1] = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
        return {r, g, b, a};
    };
    const lum = ({r, g, b}) => [r, g, b].map((c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; })
        .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
    const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const background = (el) => {
        for (; el; el = el.parentElement) {
            const c = rgb(getComputedStyle(el).backgroundColor);
            if (c && c.a > 0.5) return c;
        }
        return {r: 255, g: 255, b: 255, a: 1};
    };
    // The element that draws the indicator: the focused one, or (cards) the nearest ancestor with an outline.
    let el = document.activeElement;
    if (!el || el === document.body) return null;  // past the last element, focus left the page
    let ring = el;
    for (let i = 0; ring && i < 4; i++, ring = ring.parentElement) {
        const s = getComputedStyle(ring);
        if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) break;
    }
    if (!ring || ring === document.body) return {target: el.outerHTML.slice(0, 120), ratio: 0};
    const s = getComputedStyle(ring);
    const behind = parseFloat(s.outlineOffset) < 0 ? background(ring) : background(ring.parentElement);
    return {target: el.outerHTML.slice(0, 120), ratio: ratio(rgb(s.outlineColor), behind), width: parseFloat(s.outlineWidth)};
}"""


@pytest.mark.parametrize("width", [1280, 320])
def test_focus_indicator_has_3_to_1_on_every_background(browser_page, demo_site, width):
    page = browser_page
    page.set_viewport_size({"width": width, "height": 900})
    weak = []
    for url in ["/", "/programma-innovatie-toezicht/professionalisering/", "/contact/"]:
        page.goto(url)
        seen = set()
        for _ in range(60):
            page.keyboard.press("Tab")
            result = page.evaluate(FOCUS_CONTRAST)
            if result is None or result["target"] in seen:
                continue
            seen.add(result["target"])
            if result["ratio"] < 3 or result.get("width", 0) < 2:
                weak.append(f"{url}: {result}")
        assert len(seen) > 10, f"{url}: only {len(seen)} elements took focus"
    assert not weak, "\n".join(weak)


def test_restyled_pages_have_no_wcag_violations(browser_page, demo_site):
    page = browser_page
    reports = []
    for width in (1280, 320):
        page.set_viewport_size({"width": width, "height": 900})
        for url in ["/", "/en/", "/programma-innovatie-toezicht/", "/programma-innovatie-toezicht/professionalisering/", "/blogs/", "/zoeken/?q=toezicht"]:
            page.goto(url)
            if violations := axe_violations(page):
                reports.append(f"[{width} px] " + format_violations(violations, page.url))
    assert not reports, "\n\n".join(reports)
