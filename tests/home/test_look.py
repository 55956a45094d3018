"""The look of the site (issue 13): NL Design System CSS, own wordmark, search in the header, the home page
showing the platform, real demo illustrations."""

import json
import re
from pathlib import Path

from django.conf import settings
from django.test import Client

from wagtail.images import get_image_model

import pytest
from PIL import Image

REPO = Path(settings.BASE_DIR)
VENDOR = REPO / "site" / "static" / "vendor" / "rhc"


def test_nl_design_system_css_is_vendored_at_the_pinned_versions():
    pins = json.loads((REPO / "vendor" / "nl-design-system" / "package.json").read_text())["devDependencies"]
    lock = json.loads((REPO / "vendor" / "nl-design-system" / "package-lock.json").read_text())["packages"]
    copied = (VENDOR / "VERSIONS").read_text()
    for name, version in pins.items():
        assert lock[f"node_modules/{name}"]["version"] == version
        assert f"{name} {version}" in copied
    components = (VENDOR / "components.css").read_text()
    for component in (
        ".utrecht-button",
        ".utrecht-form-field",
        ".utrecht-alert",
        ".utrecht-breadcrumb-nav",
        ".rhc-card",
        ".nl-skip-link",
        ".nl-heading",
        ".utrecht-table",
    ):
        assert component in components
    assert ".rhc-theme" in (VENDOR / "design-tokens.css").read_text()


@pytest.mark.parametrize("path", ["/", "/over-dit-platform/", "/programma-innovatie-toezicht/", "/blogs/", "/en/", "/contact/", "/deze-pagina-bestaat-niet/"])
def test_every_page_loads_the_library_and_theme_and_has_the_header_search(client, shared_demo_site, path):
    html = client.get(path).content.decode()
    stylesheets = re.findall(r'<link rel="stylesheet" href="/static/([^"]+)"', html)
    assert stylesheets[:4] == ["vendor/rhc/design-tokens.css", "vendor/rhc/components.css", "css/theme.css", "css/site.css"]
    assert re.search(r'<body class="rhc-theme tn-theme', html)
    header = html[html.index('<header class="site-header') : html.index("</header>")]
    form = re.search(r'<form class="site-header__search" action="(/(?:en/)?(?:zoeken|search)/)" method="get" role="search" aria-label="[^"]+">', header)
    assert form, "no search form in the header"
    assert re.search(r'<label for="header-search" class="visually-hidden">[^<]+</label>', header)
    assert 'id="header-search" class="utrecht-textbox utrecht-textbox--html-input" type="search" name="q"' in header


def test_wordmark_is_our_own_svg_with_a_text_alternative(client, shared_demo_site):
    html = client.get("/").content.decode()
    logo = html[html.index('class="site-header__logo"') : html.index("</a>", html.index('class="site-header__logo"'))]
    assert '<svg class="site-header__wordmark"' in logo and 'role="img"' in logo
    assert '<title id="toezichtnet-wordmark-title">Toezichtnet</title>' in logo
    assert "rijksoverheid" not in (REPO / "site" / "static" / "img" / "toezichtnet-wordmark.svg").read_text().lower()


def test_the_focus_indicator_is_not_the_old_yellow():
    css = (REPO / "site" / "static" / "css" / "site.css").read_text() + (REPO / "site" / "static" / "css" / "theme.css").read_text()
    assert "#ffb612" not in css.lower()


def section(html, heading_id):
    start = html.index(f'id="{heading_id}"')
    return html[start : html.index("</section>", start)]


def test_home_page_shows_programme_lines_results_trajectory_and_blogs(client, shared_demo_site):
    html = client.get("/").content.decode()
    hero = html[html.index('<section class="hero"') : html.index("</section>")]
    assert '<label for="home-search" class="utrecht-form-label">Waar bent u naar op zoek?</label>' in hero

    programme = section(html, "programme-title")
    assert ">Programma Innovatie Toezicht</h2>" in programme and 'href="/programma-innovatie-toezicht/"' in programme
    assert len(re.findall(r'<li value="\d">', programme)) == 3
    assert "Maatschappelijke dialoog over toezicht</a>" in programme

    results = section(html, "results-title")
    cards = re.findall(r'<article class="rhc-card rhc-card--default card">(.*?)</article>', results, re.S)
    assert len(cards) == 3
    # one structure for every card: heading link, meta, text and an image with alt text
    for card in cards:
        assert 'class="rhc-card__link"' in card and 'class="rhc-card__metadata card__meta"' in card
        alt = re.search(r'<div class="card__media"><img [^>]*alt="([^"]*)"', card).group(1)
        assert len(alt) > 20

    trajectory = section(html, "trajectory-title")
    assert "Leertraject Strategisch Toezicht</h2>" in trajectory and "Bekijk de modules" in trajectory

    blogs = section(html, "latest-title")
    assert blogs.count('class="rhc-card rhc-card--default card"') >= 1 and "Alle blogs" in blogs


def test_home_page_in_english_shows_the_english_sections(client, shared_demo_site):
    html = client.get("/en/").content.decode()
    assert 'id="programme-title">Innovation in Supervision Programme</h2>' in html
    assert 'id="trajectory-title">Strategic Supervision Learning Track</h2>' in html


def test_home_page_shows_the_latest_news_as_cards_and_nothing_without_a_news_index(shared_demo_site):
    from news.models import NewsIndexPage

    html = Client().get("/").content.decode()
    news = section(html, "latest-news-title")
    assert "Kijkje achter de schermen: de interventietoolbox</a>" in news and "Al het nieuws" in news
    assert re.search(r'<div class="card__media"><img [^>]*alt="Een open gereedschapskist', news)
    for index in NewsIndexPage.objects.all():
        index.unpublish()
    html = Client().get("/").content.decode()
    assert 'id="latest-news-title"' not in html and "Al het nieuws" not in html


def test_demo_images_are_illustrations_not_flat_placeholders(shared_demo_site):
    images = list(get_image_model().objects.all())
    assert len(images) >= 6
    for image in images:
        with image.file.open("rb") as handle, Image.open(handle) as picture:
            colours = picture.convert("RGB").resize((120, 68)).getcolors(maxcolors=100_000)
        assert len(colours) > 40, f"{image.title!r} has only {len(colours)} colours"
        assert not image.description.lower().startswith(("blauw vlak", "abstracte illustratie van geneste kaders"))


def test_every_demo_result_and_post_has_a_cover_with_alt_text(shared_demo_site):
    from blog.models import BlogPage
    from professionalisering.models import ResultPage

    for result in ResultPage.objects.all():
        assert result.cover_image_id and len(result.cover_image_alt) > 20, result.title
    for post in BlogPage.objects.all():
        assert post.hero_image_id and len(post.hero_image_alt) > 20, post.title
