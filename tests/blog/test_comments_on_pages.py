"""Member comments on programme, programme-line, result and news pages, switched on per page by the editor
(issue 10, point 4). The access rules of the blog comments hold for these pages too."""

import datetime

from django.test import Client

import pytest

from blog.models import BlogPage, Comment, CommentReport, PostFollow
from home.models import StandardPage
from news.models import NewsIndexPage, NewsPage
from professionalisering.models import ProgrammeLinePage, ProgrammePage, ResultPage
from tests.blog.conftest import add_comment
from tests.professionalisering.builders import add
from tests.security.helpers import HIDDEN_KINDS, hide, logged_in

pytestmark = pytest.mark.django_db

SECRET = "Vertrouwelijk: de conceptaanpak van de programmalijn"


def make_commentable(home, kind, comments_open=True):
    programme = add(
        home,
        ProgrammePage(title="Programma Innovatie Toezicht", slug="programma", intro="Samen vernieuwen.", comments_open=kind == "programme" and comments_open),
    )
    if kind == "programme":
        return programme
    line = add(
        programme,
        ProgrammeLinePage(
            title="Professionalisering", slug="professionalisering", number=3, summary="Vakmanschap.", comments_open=kind == "line" and comments_open
        ),
    )
    if kind == "line":
        return line
    if kind == "result":
        return add(
            line, ResultPage(title="Kritische beroepssituaties", slug="kbs", kind="methode", summary="Gesprekken over dilemma's.", comments_open=comments_open)
        )
    index = add(home, NewsIndexPage(title="Nieuws", slug="nieuws"))
    return add(index, NewsPage(title="Toolbox", slug="toolbox", intro="Een toolbox.", date=datetime.date(2019, 3, 5), comments_open=comments_open))


KINDS = ["programme", "line", "result", "news"]


def test_comments_are_on_by_default_only_for_blog_posts():
    assert BlogPage().comments_open is True
    assert not any(model().comments_open for model in (ProgrammePage, ProgrammeLinePage, ResultPage, NewsPage))


@pytest.mark.parametrize("kind", KINDS)
def test_member_comments_and_follows_where_the_editor_opened_comments(home, member, other_member, kind):
    page = make_commentable(home, kind)
    html = Client().get(page.url).content.decode()
    assert 'id="reacties"' in html and "Om te reageren moet u inloggen." in html
    client = logged_in(member)
    response = client.post(f"/blog/reageren/{page.pk}/", {"body": "Goed initiatief, wij doen mee."})
    assert response.status_code == 302 and response["Location"].startswith(page.url)
    assert Comment.objects.get().page_id == page.pk
    assert "Goed initiatief, wij doen mee." in client.get(page.url).content.decode()
    assert logged_in(other_member).post(f"/blog/volgen/{page.pk}/").status_code == 302
    assert PostFollow.objects.filter(page_id=page.pk, user=other_member).exists()


@pytest.mark.parametrize("kind", KINDS)
def test_no_comments_where_the_editor_did_not_open_them(home, member, kind):
    page = make_commentable(home, kind, comments_open=False)
    assert 'id="reacties"' not in Client().get(page.url).content.decode()
    response = logged_in(member).post(f"/blog/reageren/{page.pk}/", {"body": "Mag dit?"})
    assert response.status_code == 403 and "De reacties bij deze pagina zijn gesloten." in response.content.decode()
    assert not Comment.objects.exists()


def test_page_types_without_comments_answer_404(home, member):
    about = add(home, StandardPage(title="Over dit platform", slug="over"))
    client = logged_in(member)
    assert client.post(f"/blog/reageren/{about.pk}/", {"body": "Hallo"}).status_code == 404
    assert client.post(f"/blog/volgen/{about.pk}/").status_code == 404
    assert client.post(f"/blog/reageren/{home.pk}/", {"body": "Hallo"}).status_code == 404
    assert not Comment.objects.exists() and not PostFollow.objects.exists()


@pytest.mark.parametrize("kind", [kind for kind in HIDDEN_KINDS if kind != "login-for-anonymous"])
@pytest.mark.parametrize("page_kind", ["programme", "news"])
def test_comments_on_hidden_pages_stay_out_of_reach(home, member, other_member, kind, page_kind):
    page = make_commentable(home, page_kind)
    secret = add_comment(page, other_member, SECRET)
    if kind == "password-on-index" and page_kind == "programme":
        kind = "password"  # the programme hangs directly under the home page
    hide(page, kind)
    client = logged_in(member)
    assert client.post(f"/blog/reageren/{page.pk}/", {"body": "Hallo"}).status_code == 404
    assert client.post(f"/blog/volgen/{page.pk}/").status_code == 404
    base = f"/blog/reactie/{secret.pk}/"
    for method, path, data in [("get", base, {}), ("get", base + "melden/", {}), ("post", base + "melden/", {"reason": "Ongepast"})]:
        response = getattr(client, method)(path, data)
        assert response.status_code == 404 and SECRET not in response.content.decode()
    assert not CommentReport.objects.exists() and Comment.objects.count() == 1


def test_demo_programme_page_offers_login_to_comment(demo_site):
    page = ProgrammePage.objects.get(locale__language_code="nl")
    assert page.comments_open
    html = Client().get(page.url).content.decode()
    assert 'id="reacties"' in html and "Om te reageren moet u inloggen." in html
