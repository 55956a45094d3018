"""The anonymous page cache (home/page_cache.py): what is stored, who gets it, and every change that must show at once."""

from django.test import Client

from wagtail.models import PageViewRestriction

import pytest

from blog.models import BlogPageViewCount, Comment
from home.models import FormField, FormPage, SiteSettings, StandardPage
from tests.blog.conftest import add_comment, make_member, make_post

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture
def blog(home):
    from blog.models import BlogIndexPage
    from home.snippets import Organisation, Person, Theme

    index = BlogIndexPage(title="Blogs", slug="blogs", intro="Blogs over toezicht.")
    home.add_child(instance=index)
    index.save_revision().publish()
    home.blog_index = index
    home.save_revision().publish()
    organisation = Organisation.objects.create(name="Nederlands Jeugdinstituut", abbreviation="NJi")
    person = Person.objects.create(name="Karlijn Stals", role="Adviseur", organisation=organisation)
    theme = Theme.objects.create(name="Professionalisering", slug="professionalisering")
    post = make_post(index, "professionele-ruimte", title="Professionele ruimte", authors=[person], themes=[theme], tags=["jeugdzorg"])
    return {"home": home, "index": index, "post": post, "person": person, "theme": theme}


def get(client, url, **headers):
    response = client.get(url, **headers)
    return response, response.content.decode()


def test_second_anonymous_visit_is_served_from_the_cache(blog):
    first, html = get(Client(), blog["post"].url)
    second, cached_html = get(Client(), blog["post"].url)
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert cached_html == html
    assert "Professionele ruimte" in cached_html
    assert second["Cache-Control"] == "public, max-age=0, must-revalidate"
    assert "Cookie" in second["Vary"]
    assert second["ETag"] == first["ETag"]
    assert "Content-Security-Policy" in second
    assert not second.cookies


def test_publishing_shows_on_the_page_its_listing_and_the_home_page(blog):
    post, client = blog["post"], Client()
    for url in (post.url, blog["index"].url, blog["home"].url):
        get(client, url)
        assert get(client, url)[0]["X-Page-Cache"] == "hit"
    post.title = "Ruimte voor professionals"
    post.save_revision().publish()
    for url in (post.url, blog["index"].url, blog["home"].url):
        response, html = get(client, url)
        assert "Ruimte voor professionals" in html, url
        assert response["X-Page-Cache"] == "miss"


def test_a_draft_does_not_change_the_cached_page(blog):
    post, client = blog["post"], Client()
    get(client, post.url)
    post.title = "Nog niet gepubliceerd"
    post.save_revision()
    response, html = get(client, post.url)
    assert response["X-Page-Cache"] == "hit"
    assert "Nog niet gepubliceerd" not in html


def test_unpublishing_and_deleting_remove_the_post(blog):
    post, index, client = blog["post"], blog["index"], Client()
    other = make_post(index, "tweede-blog", title="Tweede blog", authors=[blog["person"]])
    for url in (post.url, other.url, index.url):
        get(client, url)
        assert get(client, url)[0]["X-Page-Cache"] == "hit"
    post.unpublish()
    assert client.get(post.url).status_code == 404
    assert "Professionele ruimte" not in get(client, index.url)[1]
    other_url = other.url
    other.delete()
    assert client.get(other_url).status_code == 404
    assert "Tweede blog" not in get(client, index.url)[1]


def test_moving_a_page_frees_its_old_address(home):
    page = StandardPage(title="Over ons", slug="over-ons")
    home.add_child(instance=page)
    page.save_revision().publish()
    parent = StandardPage(title="Organisatie", slug="organisatie")
    home.add_child(instance=parent)
    parent.save_revision().publish()
    client = Client()
    assert client.get("/over-ons/").status_code == 200
    assert client.get("/over-ons/")["X-Page-Cache"] == "hit"
    page.move(parent, pos="last-child")
    response = client.get("/over-ons/")  # Wagtail's automatic redirect, not the stored page
    assert response.status_code == 301
    assert response["Location"] == "/organisatie/over-ons/"
    assert client.get("/organisatie/over-ons/").status_code == 200


def test_approving_and_withdrawing_a_comment_show_at_once(blog):
    post, client = blog["post"], Client()
    member = make_member("anna")
    comment = add_comment(post, member, "Een scherpe vraag over ruimte.", status=Comment.Status.PENDING)
    assert "Een scherpe vraag" not in get(client, post.url)[1]
    assert get(client, post.url)[0]["X-Page-Cache"] == "hit"
    comment.status = Comment.Status.APPROVED
    comment.save()
    assert "Een scherpe vraag" in get(client, post.url)[1]
    as_member = Client()
    as_member.force_login(member)
    assert as_member.post(f"/blog/reactie/{comment.pk}/intrekken/").status_code in (200, 302)
    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.WITHDRAWN
    html = get(client, post.url)[1]
    assert "Een scherpe vraag" not in html
    assert "[reactie ingetrokken]" not in html  # a withdrawn comment without replies leaves no placeholder


def test_site_settings_and_snippets_show_at_once(blog):
    post, client = blog["post"], Client()
    get(client, post.url)
    assert get(client, post.url)[0]["X-Page-Cache"] == "hit"
    site_settings = SiteSettings.for_site(blog["home"].get_site())
    site_settings.organisation_name = "Inspectieraad Nieuw"
    site_settings.save()
    assert "Inspectieraad Nieuw" in get(client, post.url)[1]
    person = blog["person"]
    person.name = "Karlijn Stals-de Vries"
    person.save()
    assert "Karlijn Stals-de Vries" in get(client, post.url)[1]
    theme = blog["theme"]
    theme.name = "Vakmanschap"
    theme.save()
    assert "Vakmanschap" in get(client, post.url)[1]


def test_a_page_made_private_is_no_longer_served_from_the_cache(blog):
    post, client = blog["post"], Client()
    get(client, post.url)
    assert get(client, post.url)[0]["X-Page-Cache"] == "hit"
    PageViewRestriction.objects.create(page=post, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(post.url)
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]


def test_members_and_sessions_never_get_a_cached_page(blog):
    post = blog["post"]
    member = make_member("anna")
    get(Client(), post.url)
    assert get(Client(), post.url)[0]["X-Page-Cache"] == "hit"
    as_member = Client()
    as_member.force_login(member)
    response, html = get(as_member, post.url)
    assert "Uitloggen" in html
    assert "X-Page-Cache" not in response
    assert response["Cache-Control"] == "private, no-store"
    assert "ETag" not in response
    # Nor did the member's page end up in the cache for the next anonymous visitor.
    response, html = get(Client(), post.url)
    assert response["X-Page-Cache"] == "hit"
    assert "Uitloggen" not in html and "csrfmiddlewaretoken" not in html
    # A browser with any session cookie (e.g. after a page password) is not served from the cache either.
    with_session = Client()
    with_session.cookies["sessionid"] = "een-andere-sessie"
    assert "X-Page-Cache" not in get(with_session, post.url)[0]
    with_messages = Client()
    with_messages.cookies["messages"] = "iets"
    assert "X-Page-Cache" not in get(with_messages, post.url)[0]


def test_a_page_with_a_form_is_never_stored(home):
    form = FormPage(title="Contact", slug="contact", to_address="redactie@example.org", from_address="site@example.org", subject="Contact")
    form.form_fields.add(FormField(label="Bericht", field_type="multiline", required=True))
    home.add_child(instance=form)
    form.save_revision().publish()
    first, first_html = get(Client(), "/contact/")
    second, second_html = get(Client(), "/contact/")
    assert "csrfmiddlewaretoken" in first_html
    assert "X-Page-Cache" not in second
    token = first.cookies["csrftoken"].value
    assert token not in second_html
    assert second["Cache-Control"] == "private, no-store"


def test_query_strings_get_their_own_entry_and_unknown_ones_none(blog):
    index, client = blog["index"], Client()
    get(client, index.url)
    response, html = get(client, index.url + "?thema=professionalisering")
    assert response["X-Page-Cache"] == "miss"
    assert get(client, index.url + "?thema=professionalisering")[0]["X-Page-Cache"] == "hit"
    # Parameter order does not matter; parameters no page reads make the request uncached.
    get(client, index.url + "?jaar=2024&thema=professionalisering")
    assert get(client, index.url + "?thema=professionalisering&jaar=2024")[0]["X-Page-Cache"] == "hit"
    for query in ("?utm_source=x", "?thema=professionalisering&x=" + "a" * 300, "?a=1&b=2&c=3&d=4&e=5"):
        assert "X-Page-Cache" not in get(client, index.url + query)[0], query


def test_if_none_match_gets_304_until_the_page_changes(blog):
    post, client = blog["post"], Client()
    etag = client.get(post.url)["ETag"]
    for _ in range(2):  # rendered, then from the cache
        response = client.get(post.url, HTTP_IF_NONE_MATCH=etag)
        assert response.status_code == 304
        assert response.content == b""
    post.title = "Nieuwe titel"
    post.save_revision().publish()
    response = client.get(post.url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert "Nieuwe titel" in response.content.decode()


def test_uncached_anonymous_pages_answer_304_too(blog, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client = Client()
    first = client.get(blog["index"].url)
    assert "X-Page-Cache" not in first
    assert first["Cache-Control"] == "public, max-age=0, must-revalidate"
    assert client.get(blog["index"].url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_views_are_counted_while_the_post_is_cached(blog):
    post, client = blog["post"], Client()
    get(client, post.url)
    response, html = get(client, post.url)
    assert response["X-Page-Cache"] == "hit"
    assert f'data-view-count-url="/blog/weergave/{post.pk}/"' in html and "js/blog.js" in html
    browser = {"HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0"}
    for _ in range(3):
        assert Client().post(f"/blog/weergave/{post.pk}/", **browser).status_code == 204
    assert BlogPageViewCount.objects.get(page=post).count == 3


def test_with_the_page_cache_off_shared_lookups_follow_every_change(blog, settings):
    """Navigation, settings and snippet names are shared between requests (home/shared_memo.py) until content
    changes: each change below shows on the very next request."""
    from home.models import SiteSettings

    settings.PAGE_CACHE_SECONDS = 0
    client = Client()
    post, theme, person = blog["post"], blog["theme"], blog["person"]
    assert "Professionalisering" in get(client, post.url)[1]
    theme.name = "Vakmanschap"
    theme.save()
    person.name = "Karlijn de Vries"
    person.save()
    html = get(client, post.url)[1]
    assert "Vakmanschap" in html and "Karlijn de Vries" in html
    site_settings = SiteSettings.objects.get()
    site_settings.footer_links = [("link", {"page": None, "label": "Toegankelijkheid", "external_url": "https://example.org/toegankelijk"})]
    site_settings.organisation_name = "Inspectieraad Test"
    site_settings.save()
    html = get(client, post.url)[1]
    assert "https://example.org/toegankelijk" in html and "Inspectieraad Test" in html


def test_with_the_page_cache_off_home_sections_and_search_rows_follow_every_change(blog, settings):
    """The home page's sections and the search page's result rows are shared until content changes
    (home/shared_memo.py): a new title, a new post and an unpublished post show on the very next request."""
    import re

    from django.core.management import call_command

    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    def text(client, url):  # without markup: search results highlight the query words
        index = getattr(get_search_backend(), "get_index_for_model", lambda model: None)(Page)
        if hasattr(index, "refresh"):  # an engine makes new documents searchable within a second; now, here
            index.refresh()
        return re.sub(r"<[^>]+>", "", get(client, url)[1])

    settings.PAGE_CACHE_SECONDS = 0
    client, post, index = Client(), blog["post"], blog["index"]
    call_command("update_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert "Professionele ruimte" in text(client, blog["home"].url)
    assert "Professionele ruimte" in text(client, "/zoeken/?q=professionele")
    post.title = "Professionele speelruimte"
    post.save_revision().publish()
    assert "Professionele speelruimte" in text(client, blog["home"].url)
    assert "Professionele speelruimte" in text(client, "/zoeken/?q=professionele")
    make_post(index, "nieuwe-blog", title="Nieuwe blog over toezicht", authors=[blog["person"]])
    assert "Nieuwe blog over toezicht" in text(client, blog["home"].url)
    post.unpublish()
    assert "Professionele speelruimte" not in text(client, blog["home"].url)
    assert "Professionele speelruimte" not in text(client, "/zoeken/?q=professionele")


def test_shared_home_sections_do_not_render_card_images_again(blog, settings, monkeypatch):
    """The home sections are stored with their images' renditions: the first visit makes missing renditions, later
    visits (the page cache off, as for members) render no image file again."""
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    settings.PAGE_CACHE_SECONDS = 0
    image_model = get_image_model()
    post = blog["post"]
    post.hero_image = image_model.objects.create(title="Foto", file=get_test_image_file())
    post.hero_image_alt = "Een foto"
    post.save_revision().publish()
    client = Client()
    assert "Een foto" in get(client, blog["home"].url)[1]
    made = []
    generate = image_model.generate_rendition_file
    monkeypatch.setattr(image_model, "generate_rendition_file", lambda self, *args, **kwargs: made.append(1) or generate(self, *args, **kwargs))
    for _visit in range(2):
        assert "Een foto" in get(client, blog["home"].url)[1]
    assert made == []
