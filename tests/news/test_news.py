"""News: index newest first with pagination, news pages without an author, RSS, search type, home page."""

import datetime
import re

from django.core.exceptions import ValidationError
from django.test import Client

from wagtail.models import Locale, Page

import pytest

from blog.models import BlogIndexPage, BlogPage
from home.snippets import Organisation
from news.models import NewsIndexPage, NewsPage
from tests.professionalisering.builders import add, make_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home):
    return add(home, NewsIndexPage(title="Nieuws", slug="nieuws", intro="Nieuws uit het toezicht."))


def make_item(index, slug, day, **fields):
    fields.setdefault("intro", f"Inleiding van {slug}.")
    return add(index, NewsPage(title=slug.replace("-", " ").capitalize(), slug=slug, date=day, **fields))


def titles(html):
    return re.findall(r'class="blog-card__title"><a href="[^"]*">([^<]*)</a>', html)


def test_index_lists_items_newest_first_by_their_own_date_ten_per_page(news_index):
    # Published in one order, dated in another: the editor's date decides.
    for number in range(12):
        make_item(news_index, f"bericht-{number:02d}", datetime.date(2020, 1, 1) + datetime.timedelta(days=(number * 7) % 12 * 30))
    first = Client().get(news_index.url)
    expected = [page.title for page in NewsPage.objects.order_by("-date", "-pk")]
    assert titles(first.content.decode()) == expected[:10]
    assert 'rel="next"' in first.content.decode()
    second = Client().get(news_index.url, {"pagina": 2})
    assert titles(second.content.decode()) == expected[10:]
    assert Client().get(news_index.url, {"pagina": "x"}).status_code == 200


def test_news_page_shows_date_intro_source_and_no_author(news_index):
    nla = Organisation.objects.create(name="Nederlandse Arbeidsinspectie", abbreviation="NLA")
    item = make_item(news_index, "toolbox", datetime.date(2019, 3, 5), intro="Een toolbox voor interventies.", source_organisation=nla)
    html = Client().get(item.url).content.decode()
    assert '<time datetime="2019-03-05">5 maart 2019</time>' in html
    assert "Een toolbox voor interventies." in html
    assert "Bron: Nederlandse Arbeidsinspectie" in html
    assert "Over de auteur" not in html and "Door " not in html
    assert 'id="reacties"' not in html  # comments are off unless the editor switches them on


def test_image_needs_alt_text(news_index):
    item = NewsPage(title="Met beeld", slug="met-beeld", intro="Inleiding.", date=datetime.date(2024, 1, 1), hero_image=make_image())
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "Vul een alternatieve tekst in voor de hoofdafbeelding." in str(error.value)


def test_feed_lists_items_by_their_date_without_author(news_index):
    make_item(news_index, "oud", datetime.date(2018, 7, 5))
    make_item(news_index, "nieuw", datetime.date(2019, 3, 5))
    response = Client().get(news_index.url + "feed/")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/rss+xml")
    xml = response.content.decode()
    assert re.findall(r"<item><title>([^<]*)</title>", xml) == ["Nieuw", "Oud"]
    assert "Tue, 05 Mar 2019" in xml and "Thu, 05 Jul 2018" in xml
    assert "<author>" not in xml and "dc:creator" not in xml


def test_every_field_is_declared_for_translation():
    """wagtail-localize: every editable field is translated or synchronised, by name, once."""
    for model in (NewsIndexPage, NewsPage):
        declared = [field.field_name for field in model.translatable_fields]
        assert len(declared) == len(set(declared))
        editable = {
            field.name
            for field in model._meta.get_fields()
            if getattr(field, "editable", False)
            and not field.auto_created
            and field.name not in {"path", "depth", "numchild", "go_live_at", "expire_at", "first_published_at", "content_type", "owner"}
            and not (field.is_relation and getattr(field.remote_field, "parent_link", False))
        } - {field.name for field in Page._meta.get_fields() if field.name not in {"title", "slug", "seo_title", "search_description", "show_in_menus"}}
        assert set(declared) == editable, model


def test_demo_news_item_is_the_seed_004_post_dated_as_on_the_old_site(demo_site):
    item = NewsPage.objects.get(locale__language_code="nl")
    assert item.title == "Kijkje achter de schermen: de interventietoolbox"
    assert item.date == datetime.date(2019, 3, 5)
    assert item.source_organisation.abbreviation == "NLA"
    assert not BlogPage.objects.filter(slug=item.slug).exists()
    html = Client().get(item.url).content.decode()
    assert "5 maart 2019" in html and "Over de auteur" not in html and "Manja Bomhoff" not in html
    english = item.get_translation(Locale.objects.get(language_code="en"))
    assert Client().get(english.url).status_code == 200
    assert Client().get(BlogIndexPage.objects.get(locale__language_code="nl").url).content.decode().count("interventietoolbox") == 0


def test_home_page_shows_latest_news_and_blog_cards_with_their_own_dates(demo_site):
    html = Client().get("/").content.decode()
    news = html[html.index('id="latest-news-title"') :]
    assert "Laatste nieuws" in html and "Kijkje achter de schermen" in news and "5 maart 2019" in news
    blogs = html[html.index('id="latest-title"') : html.index('id="latest-news-title"')]
    assert "14 september 2015" in blogs


def test_search_has_a_news_type_with_the_item_date_and_year(demo_site, settings):
    # The database path: on an engine this test would read a per-worker index that keeps documents of rolled-back
    # tests under reused page ids (engine facets and dates: tests/search/test_engine_page.py).
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}
    response = Client().get("/zoeken/", {"q": "interventietoolbox", "type": "nieuws"})
    rows = response.context["results"]
    assert [row.title for row in rows] == ["Kijkje achter de schermen: de interventietoolbox"]
    html = response.content.decode()
    # The news item's own date (not its publication in the demo), next to its Dutch type.
    assert re.search(r'<span class="search-result__type">Nieuws</span>\s*<time datetime="2019-03-05">5 maart 2019</time>', html)
    assert Client().get("/zoeken/", {"q": "interventietoolbox", "jaar": 2019}).context["total"] >= 1
