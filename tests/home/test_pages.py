"""Every page of the demo tree is served, in both languages, inside the shared layout."""

import re
from html import unescape

from wagtail.models import Page

import pytest

pytestmark = pytest.mark.django_db


def _title_tag(html):
    match = re.search(r"<title>(.*?)</title>", html, re.S)
    assert match, "the page has no <title>"
    return unescape(match.group(1)).strip()


def test_every_live_page_answers_200_and_shows_its_title(client, shared_demo_site):
    pages = list(Page.objects.live().public().filter(depth__gt=1).specific().select_related("locale"))
    assert {p.locale.language_code for p in pages} == {"nl", "en"}
    assert len(pages) >= 10
    problems = []
    for page in pages:
        url = page.get_url()
        response = client.get(url)
        if response.status_code != 200:
            problems.append(f"{url} ({type(page).__name__}): HTTP {response.status_code}")
            continue
        html = response.content.decode()
        if not _title_tag(html).startswith(page.seo_title or page.title):
            problems.append(f"{url}: <title> {_title_tag(html)!r} does not start with {page.title!r}")
        if page.title not in unescape(html.split("<body", 1)[1]):
            problems.append(f"{url}: the title {page.title!r} is not shown on the page")
        if f'<html lang="{page.locale.language_code}"' not in html:
            problems.append(f"{url}: <html lang> is not {page.locale.language_code}")
    assert not problems, "\n".join(problems)


def test_english_home_page_links_to_dutch_alternate(client, shared_demo_site):
    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert "Working together on tomorrow&#x27;s supervision" in html
    assert '<link rel="alternate" hreflang="nl" href="http://testserver/">' in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/">' in html
    assert '<a href="/" hreflang="nl" lang="nl">Nederlands</a>' in html


def test_dutch_home_page_is_the_default(client, shared_demo_site):
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="nl"' in html
    assert "Samen werken aan het toezicht van morgen" in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/">' in html
    # Shared layout: skip link to the main landmark, navigation from the site settings, footer.
    assert '<a class="nl-skip-link nl-skip-link--visible-on-focus" href="#main">Naar de inhoud</a>' in html
    assert '<main id="main"' in html
    assert 'aria-label="Hoofdmenu"' in html
    assert "Toegankelijkheidsverklaring" in html
    assert "Privacyverklaring" in html


def test_translated_content_page_is_served_under_en(client, shared_demo_site):
    response = client.get("/en/about-this-platform/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'nl-heading--level-1">About this platform</h1>' in html
    assert '<link rel="alternate" hreflang="nl" href="http://testserver/over-dit-platform/">' in html


@pytest.mark.parametrize("path", ["/bestaat-niet/", "/en/does-not-exist/", "/over-dit-platform/geen-subpagina/"])
def test_unknown_url_gets_the_styled_404(client, shared_demo_site, path):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert '<link rel="stylesheet" href="/static/css/site.css">' in html
    assert '<main id="main"' in html
    if path.startswith("/en/"):
        assert '<html lang="en"' in html
    else:
        assert 'nl-heading--level-1">Pagina niet gevonden</h1>' in html
        assert '<html lang="nl"' in html


def test_last_updated_shows_editor_full_name_not_email(client, shared_demo_site, django_user_model):
    editor = django_user_model.objects.create_user(username="j.de.vries@example.org", email="j.de.vries@example.org", first_name="Jan", last_name="de Vries")
    page = Page.objects.get(url_path="/home/over-dit-platform/").specific
    page.intro = "Bijgewerkte introductie."
    page.save_revision(user=editor).publish(user=editor, skip_permission_checks=True)
    html = client.get("/over-dit-platform/").content.decode()
    assert re.search(r"Laatst bijgewerkt op <time datetime=\"[^\"]+\">\d{1,2} \w+ \d{4}</time> door Jan de Vries", html)
    assert "j.de.vries@example.org" not in html


def test_last_updated_never_shows_an_email_username(client, shared_demo_site, django_user_model):
    editor = django_user_model.objects.create_user(username="redacteur@example.org", email="redacteur@example.org")
    page = Page.objects.get(url_path="/home/privacyverklaring/").specific
    page.save_revision(user=editor).publish(user=editor, skip_permission_checks=True)
    html = client.get("/privacyverklaring/").content.decode()
    assert "redacteur@example.org" not in html
    assert "door de redactie" in html


def _nav_links(html):
    nav = re.search(r'<nav[^>]*aria-label="(?:Hoofdmenu|Main menu)"[^>]*>(.*?)</nav>', html, re.S)
    assert nav, "no main navigation"
    return [(href, unescape(re.sub(r"<[^>]+>", "", text)).strip()) for href, text in re.findall(r'<a[^>]*href="([^"]+)"[^>]*>(.*?)</a>', nav.group(1), re.S)]


def test_main_navigation_links_to_pages_in_the_visitors_language(client, shared_demo_site):
    dutch = _nav_links(client.get("/").content.decode())
    english = _nav_links(client.get("/en/").content.decode())
    assert dutch and len(english) == len(dutch)
    assert all(not href.startswith("/en/") for href, _text in dutch)
    translated = [href for href, _text in english if href.startswith("/en/")]
    assert translated, "no English navigation link points to an English page"


def test_navigation_leaves_out_a_page_that_was_unpublished(client, shared_demo_site):
    from home.models import SiteSettings

    site_settings = SiteSettings.for_site(shared_demo_site)
    first_page_id = next(item["value"]["page"] for item in site_settings.main_navigation.raw_data if item["value"].get("page"))
    target = Page.objects.get(pk=first_page_id)
    before = _nav_links(client.get("/").content.decode())
    assert target.get_url() in [href for href, _text in before]
    target.unpublish()
    after = _nav_links(client.get("/").content.decode())
    assert target.get_url() not in [href for href, _text in after]
    assert len(after) == len(before) - 1


def test_layout_queries_do_not_grow_with_the_number_of_menu_items(client, shared_demo_site):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from home.models import SiteSettings

    site_settings = SiteSettings.for_site(shared_demo_site)
    client.get("/privacyverklaring/")
    with CaptureQueriesContext(connection) as few:
        few_response = client.get("/privacyverklaring/")
    extra = [
        {"type": "link", "value": {"page": page.pk, "label": "", "external_url": "", "description": ""}} for page in Page.objects.live().filter(depth=3)[:6]
    ]
    site_settings.main_navigation = list(site_settings.main_navigation.raw_data) + extra
    site_settings.footer_links = list(site_settings.footer_links.raw_data) + extra
    site_settings.save()
    response = client.get("/privacyverklaring/")
    with CaptureQueriesContext(connection) as many:
        response = client.get("/privacyverklaring/")
    assert len(extra) == 6
    assert len(_nav_links(response.content.decode())) == len(_nav_links(few_response.content.decode())) + len(extra)
    assert len(many.captured_queries) == len(few.captured_queries)
