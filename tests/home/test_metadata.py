"""Metadata of every page type in both languages: canonical URL on the base URL, description fallback, Open Graph,
schema.org JSON-LD, the sitemap, robots.txt and titles."""

import json
import re
from html import unescape

from django.test import Client

from wagtail.models import Page

import pytest

pytestmark = pytest.mark.django_db

BASE = "https://toezichtnet.example"
PAGE_TYPES = [
    "HomePage",
    "StandardPage",
    "FormPage",
    "ProgrammePage",
    "ProgrammeLinePage",
    "ResultPage",
    "LearningTrajectoryPage",
    "LearningModulePage",
    "BlogIndexPage",
    "BlogPage",
    "NewsIndexPage",
    "NewsPage",
]


@pytest.fixture
def base_url(settings):
    settings.WAGTAILADMIN_BASE_URL = BASE + "/"
    return BASE


def demo_page(type_name, language_code):
    pages = Page.objects.live().public().filter(content_type__model=type_name.lower(), locale__language_code=language_code).order_by("path")
    page = pages.first()
    assert page is not None, f"the demo content has no live {type_name} in {language_code}"
    return page.specific


def head(html):
    return html.split("</head>", 1)[0]


def meta(html, attribute, name):
    found = re.findall(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', head(html))
    return [unescape(value) for value in found]


def link(html, rel):
    return [unescape(value) for value in re.findall(rf'<link rel="{rel}" href="([^"]*)">', head(html))]


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1, f"expected one JSON-LD block, found {len(blocks)}"
    return json.loads(blocks[0])


def nodes(data, kind):
    return [node for node in data["@graph"] if node["@type"] == kind]


def title(html):
    return unescape(re.search(r"<title>(.*?)</title>", html, re.S).group(1)).strip()


ARTICLES = {"BlogPage": "BlogPosting", "NewsPage": "NewsArticle", "ResultPage": "Article"}


@pytest.mark.parametrize("language_code", ["nl", "en"])
def test_every_page_type_has_canonical_description_open_graph_and_json_ld(shared_demo_site, base_url, language_code):
    problems = []
    for type_name in PAGE_TYPES:
        page = demo_page(type_name, language_code)
        path = page.get_url()
        html = Client().get(path).content.decode()
        expected = BASE + path
        label = f"{type_name} {path}"
        if link(html, "canonical") != [expected] or meta(html, "property", "og:url") != [expected]:
            problems.append(f"{label}: canonical {link(html, 'canonical')}, og:url {meta(html, 'property', 'og:url')}, not {expected}")
        description = meta(html, "name", "description")
        if len(description) != 1 or not description[0] or len(description[0]) > 160:
            problems.append(f"{label}: description {description}")
        if meta(html, "property", "og:description") != description:
            problems.append(f"{label}: og:description differs from the description")
        og_type = "article" if type_name in {"BlogPage", "NewsPage"} else "website"
        if meta(html, "property", "og:type") != [og_type]:
            problems.append(f"{label}: og:type {meta(html, 'property', 'og:type')}, not {og_type}")
        images = meta(html, "property", "og:image")
        if len(images) != 1 or not images[0].startswith(BASE + "/"):
            problems.append(f"{label}: og:image {images} is not on the base URL")
        for alternate in re.findall(r'<link rel="alternate" hreflang="[a-z]+" href="([^"]*)">', head(html)):
            if not alternate.startswith(BASE + "/"):
                problems.append(f"{label}: hreflang alternate {alternate} is not on the base URL")
        data = json_ld(html)
        types = [node["@type"] for node in data["@graph"]]
        wanted = ["Organization"] + (["BreadcrumbList"] if page.depth > 2 else []) + ([ARTICLES[type_name]] if type_name in ARTICLES else [])
        if types != wanted:
            problems.append(f"{label}: JSON-LD types {types}, not {wanted}")
        if page.depth > 2:
            crumbs = nodes(data, "BreadcrumbList")[0]["itemListElement"]
            home_url = BASE + ("/en/" if language_code == "en" else "/")
            if crumbs[0]["item"] != home_url or crumbs[-1]["item"] != expected:
                problems.append(f"{label}: breadcrumb {crumbs[0]['item']} ... {crumbs[-1]['item']}")
        if title(html).count("Toezichtnet") > 1 and "Toezichtnet" not in page.title:
            problems.append(f"{label}: doubled title {title(html)!r}")
    assert not problems, "\n".join(problems)


def test_home_page_title_names_the_site_once(shared_demo_site):
    for path, tagline in (("/", "Samen werken aan beter toezicht"), ("/en/", "Working together on better supervision")):
        html = Client().get(path).content.decode()
        assert title(html) == f"Toezichtnet – {tagline}"
    other = Client().get(demo_page("StandardPage", "nl").get_url()).content.decode()
    assert title(other) == "Over dit platform | Toezichtnet"


@pytest.mark.parametrize("language_code", ["nl", "en"])
def test_description_falls_back_to_the_intro_as_plain_text(shared_demo_site, language_code):
    post = demo_page("BlogPage", language_code)
    post.search_description = ""
    post.intro = "Een lange inleiding & meer. " + "woord " * 60
    post.save_revision().publish()
    html = Client().get(post.get_url()).content.decode()
    expected = "Een lange inleiding & meer." + " woord" * 21 + "…"  # cut at a word, at most 160 characters
    assert meta(html, "name", "description") == [expected]
    assert meta(html, "property", "og:description") == [expected]
    article = nodes(json_ld(html), "BlogPosting")[0]
    assert article["description"] == expected

    home = demo_page("HomePage", language_code)
    home.search_description = ""
    home.intro = "<p>Het <b>platform</b> van de inspecties &amp; hun partners.</p>"
    home.save_revision().publish()
    html = Client().get(home.get_url()).content.decode()
    assert meta(html, "name", "description") == ["Het platform van de inspecties & hun partners."]

    line = demo_page("ProgrammeLinePage", language_code)
    line.search_description = ""
    line.save_revision().publish()
    html = Client().get(line.get_url()).content.decode()
    assert meta(html, "name", "description") == [line.summary]


@pytest.mark.parametrize("language_code", ["nl", "en"])
def test_blog_post_and_news_item_are_articles_with_their_editor_dates(shared_demo_site, language_code):
    post = demo_page("BlogPage", language_code)
    html = Client().get(post.get_url()).content.decode()
    assert meta(html, "property", "article:published_time") == [post.publication_date.isoformat()]
    assert len(meta(html, "property", "article:modified_time")) == 1
    posting = nodes(json_ld(html), "BlogPosting")[0]
    assert posting["datePublished"] == post.publication_date.isoformat()
    assert posting["headline"] == post.title
    assert posting["author"] == [{"@type": "Person", "name": person.name} for person in post.author_people()]
    assert posting["dateModified"] and posting["image"][0].startswith("http")

    item = demo_page("NewsPage", language_code)
    html = Client().get(item.get_url()).content.decode()
    assert meta(html, "property", "article:published_time") == [item.date.isoformat()]
    article = nodes(json_ld(html), "NewsArticle")[0]
    assert article["datePublished"] == item.date.isoformat() and "author" not in article

    standard = Client().get(demo_page("StandardPage", language_code).get_url()).content.decode()
    assert meta(standard, "property", "article:published_time") == []


def test_page_without_an_image_gets_the_site_default(shared_demo_site, base_url):
    html = Client().get(demo_page("StandardPage", "nl").get_url()).content.decode()
    assert meta(html, "property", "og:image") == [BASE + "/static/img/og-default.png"]
    assert Client().get("/static/img/og-default.png").status_code in {200, 404}  # served by the web server in production


def test_json_ld_cannot_be_ended_by_a_title(shared_demo_site):
    post = demo_page("BlogPage", "nl")
    post.title = 'Gevaar </script><script>alert("x")</script> & co'
    post.save_revision().publish()
    html = Client().get(post.get_url()).content.decode()
    assert "<script>alert" not in html
    assert nodes(json_ld(html), "BlogPosting")[0]["headline"] == post.title


def test_sitemap_lists_both_languages_with_alternates_on_the_base_url(shared_demo_site, base_url):
    response = Client().get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert all(location.startswith(BASE + "/") for location in locations)
    for language_code in ("nl", "en"):
        for type_name in PAGE_TYPES:
            page = demo_page(type_name, language_code)
            assert BASE + page.get_url() in locations, f"{type_name} {language_code} is not in the sitemap"
    post_nl, post_en = demo_page("BlogPage", "nl"), demo_page("BlogPage", "en")
    entry = re.search(rf"<url><loc>{re.escape(BASE + post_nl.get_url())}</loc>.*?</url>", xml, re.S).group(0)
    assert f'<xhtml:link rel="alternate" hreflang="nl" href="{BASE + post_nl.get_url()}"/>' in entry
    assert f'<xhtml:link rel="alternate" hreflang="en" href="{BASE + post_en.get_url()}"/>' in entry
    assert len(locations) == len(set(locations))


def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_admin_accounts_and_search(db, base_url):
    response = Client().get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert f"Sitemap: {BASE}/sitemap.xml" in lines
    for path in ("/admin/", "/account/", "/en/account/", "/zoeken/", "/en/search/"):
        assert f"Disallow: {path}" in lines
    assert "Disallow: /" not in lines


def test_demo_blog_post_and_result_are_dated_by_the_editor_in_search(shared_demo_site, settings):
    # The database path: on an engine this test would read a per-worker index that keeps documents of rolled-back
    # tests under reused page ids (engine facets and dates: tests/search/test_engine_page.py).
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}
    post = demo_page("BlogPage", "nl")
    response = Client().get("/zoeken/", {"q": post.title})
    row = next(row for row in response.context["results"] if row.pk == post.pk)
    assert row.date == post.publication_date and post.publication_date.year == 2015
    assert any(year == 2015 for year, _label, _count in response.context["facets"]["year"])
    result = demo_page("ResultPage", "nl")
    response = Client().get("/zoeken/", {"q": result.title, "jaar": result.year})
    assert result.pk in [row.pk for row in response.context["results"]]
