"""Blog index (order, filters, pagination, empty states, feed) and blog post page."""

import datetime
import xml.etree.ElementTree as ET

from django.core.exceptions import ValidationError
from django.test import Client

import pytest

from blog.models import BlogPage
from home.snippets import Person, Theme

from .conftest import add_comment, make_post


def test_index_lists_newest_first_with_meta(blog_index, author, member):
    old = make_post(blog_index, "oud", title="Oude blog", publication_date=datetime.date(2020, 1, 1), authors=[author])
    new = make_post(blog_index, "nieuw", title="Nieuwe blog", publication_date=datetime.date(2024, 1, 1))
    add_comment(old, member)
    html = Client().get(blog_index.url).content.decode()
    assert html.index("Nieuwe blog") < html.index("Oude blog")
    assert '<time datetime="2020-01-01">1 januari 2020</time>' in html
    assert "Karlijn Stals" in html
    assert "1 reactie" in html and "0 reacties" in html
    assert "2 blogs" in html
    assert new.url in html


def test_filters_by_theme_tag_author_and_year(blog_index, author, theme):
    other_theme = Theme.objects.create(name="Innovatie", slug="innovatie")
    other_author = Person.objects.create(name="Manja Bomhoff")
    make_post(blog_index, "a", title="Blog A", themes=[theme], tags=["jeugdzorg"], authors=[author], publication_date=datetime.date(2023, 3, 1))
    make_post(blog_index, "b", title="Blog B", themes=[other_theme], tags=["data"], authors=[other_author], publication_date=datetime.date(2024, 3, 1))
    client = Client()

    def titles(query):
        html = client.get(blog_index.url + query).content.decode()
        found = [t for t in ("Blog A", "Blog B") if f">{t}</a></h2>" in html]
        return sorted(found, key=lambda t: html.index(f">{t}</a></h2>"))

    assert titles("") == ["Blog B", "Blog A"]
    assert titles("?thema=professionalisering") == ["Blog A"]
    assert titles("?tag=data") == ["Blog B"]
    assert titles(f"?auteur={author.pk}") == ["Blog A"]
    assert titles("?jaar=2024") == ["Blog B"]
    assert titles("?thema=innovatie&jaar=2023") == []
    # unknown values are ignored, never an error
    assert titles("?thema=bestaat-niet&jaar=abc&auteur=x&pagina=999") == ["Blog B", "Blog A"]


def test_filter_form_is_labelled_and_keeps_selection(blog_index, theme):
    make_post(blog_index, "a", themes=[theme])
    html = Client().get(blog_index.url + "?thema=professionalisering").content.decode()
    for name in ("thema", "tag", "auteur", "jaar"):
        assert f'<label class="utrecht-form-label" for="filter-{name}">' in html and f'id="filter-{name}" name="{name}"' in html
    assert '<option value="professionalisering" selected>' in html
    assert "Alle filters wissen" in html


def test_empty_states_in_dutch(blog_index, theme):
    html = Client().get(blog_index.url).content.decode()
    assert "Er zijn nog geen blogs gepubliceerd." in html
    make_post(blog_index, "a", publication_date=datetime.date(2023, 1, 1), themes=[theme])
    html = Client().get(blog_index.url + "?jaar=2023&thema=professionalisering&tag=onbekend").content.decode()
    assert "Er zijn geen blogs die aan deze filters voldoen." not in html  # tag is ignored, so results remain
    Theme.objects.create(name="Innovatie", slug="innovatie")
    make_post(blog_index, "b", publication_date=datetime.date(2024, 1, 1))
    html = Client().get(blog_index.url + "?jaar=2024&thema=professionalisering").content.decode()
    assert "Er zijn geen blogs die aan deze filters voldoen." in html
    assert "Toon alle blogs" in html


def test_pagination_keeps_filters(blog_index, theme):
    for i in range(12):
        make_post(blog_index, f"post-{i}", title=f"Post {i}", themes=[theme], publication_date=datetime.date(2024, 1, 1) + datetime.timedelta(days=i))
    html = Client().get(blog_index.url + "?thema=professionalisering").content.decode()
    assert "Post 11" in html and "Post 1<" not in html
    assert 'href="?thema=professionalisering&amp;pagina=2"' in html
    page2 = Client().get(blog_index.url + "?thema=professionalisering&pagina=2").content.decode()
    assert "Post 1<" in page2 and "Post 0<" in page2 and "Post 11" not in page2


def test_rss_feed_lists_posts(blog_index, author):
    make_post(blog_index, "eerste", title="Eerste blog", authors=[author], intro="Over <toezicht>.")
    response = Client().get(blog_index.url + "feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 - our own feed
    item = channel.find("item")
    assert item.findtext("title") == "Eerste blog"
    assert item.findtext("link") == "http://testserver/blogs/eerste/"
    assert item.findtext("description") == "Over <toezicht>."
    assert '<link rel="alternate" type="application/rss+xml"' in Client().get(blog_index.url).content.decode()


def test_unpublished_posts_are_not_listed(blog_index):
    draft = make_post(blog_index, "concept", title="Conceptblog")
    draft.unpublish()
    assert "Conceptblog" not in Client().get(blog_index.url).content.decode()
    assert "Conceptblog" not in Client().get(blog_index.url + "feed/").content.decode()


def test_post_page_shows_author_box_meta_and_taxonomy(post, author):
    html = Client().get(post.url).content.decode()
    assert 'nl-heading--level-1">Professionele ruimte</h1>' in html
    assert 'id="about-author-title">Over de auteur</h2>' in html
    assert "Karlijn is orthopedagoog en onderzoeker." in html
    assert "Nederlands Jeugdinstituut" in html
    assert '<time datetime="2024-05-01">1 mei 2024</time>' in html
    assert "1 minuut lezen" in html
    assert "0 keer bekeken" in html
    assert 'href="/blogs/?thema=professionalisering"' in html
    assert 'href="/blogs/?tag=jeugdzorg"' in html
    assert f'data-view-count-url="/blog/weergave/{post.pk}/"' in html


def test_reading_time_grows_with_the_text(blog_index):
    long_text = "<p>" + " ".join(["woord"] * 1000) + "</p>"
    post = make_post(blog_index, "lang", body=[("paragraph", long_text), ("heading", {"text": "Kop", "level": "h2"})])
    assert post.reading_time == 6  # 1000 body words + intro and heading at 200 words a minute
    assert "6 minuten lezen" in Client().get(post.url).content.decode()


def test_related_posts_share_a_theme(blog_index, theme, post):
    related = make_post(blog_index, "verwant", title="Verwante blog", themes=[theme])
    make_post(blog_index, "anders", title="Andere blog")
    assert post.related_posts() == [related]
    html = Client().get(post.url).content.decode()
    assert "Gerelateerde blogs" in html and "Verwante blog" in html and "Andere blog" not in html


def test_hero_image_needs_alt_text(blog_index):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="Foto", file=get_test_image_file())
    post = BlogPage(title="Met foto", slug="met-foto", intro="Intro", hero_image=image, hero_image_alt="")
    with pytest.raises(ValidationError) as excinfo:
        post.full_clean()
    assert "hero_image_alt" in excinfo.value.message_dict


def test_search_page_finds_a_post_by_its_intro_author_and_theme_and_calls_it_a_blog(post, settings):
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}  # also when OPENSEARCH_URL is set
    for query in ("Stals", "Professionalisering", "inleiding"):  # an author, a theme, a word of the intro
        html = Client().get("/zoeken/", {"q": query}).content.decode()
        row = html[html.index('class="search-result__title"><a href="') :]
        assert "Professionele ruimte" in row[: row.index("</h3>")], query
        assert '<span class="search-result__type">Blog</span>' in row[: row.index("</article>")], query


def test_blog_index_is_searchable_for_post_content(post, settings):
    from wagtail.models import Page

    # search_fields are what this asserts; engine behaviour is covered in tests/search.
    backend = "database" if "database" in settings.WAGTAILSEARCH_BACKENDS else "default"
    results = Page.objects.live().type(BlogPage).search("Professionele", backend=backend)
    assert post.pk in [p.pk for p in results]
