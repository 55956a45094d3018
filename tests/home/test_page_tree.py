"""The page tree cannot be built wrong: a Redacteur (not a superuser) is offered only the page types that belong
under a page in the admin, and Wagtail refuses the others, also when the form is posted by hand."""

import datetime
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup

from blog.models import BlogIndexPage
from blog.roles import EDITORS, setup_roles
from home.models import FormPage, StandardPage
from news.models import NewsIndexPage, NewsPage
from professionalisering.models import LearningTrajectoryPage, ProgrammePage
from tests.blog.conftest import make_post
from tests.professionalisering.builders import add, make_line, make_module

pytestmark = pytest.mark.django_db

REFUSED = "Sorry, je hebt geen toegang tot dit gedeelte."


@pytest.fixture
def tree(home):
    """One page of every type under the small site's home page, then the roles."""
    pages = {"root": Page.get_first_root_node(), "home": home}
    pages["standard"] = add(home, StandardPage(title="Over dit platform", slug="over"))
    pages["form"] = add(home, FormPage(title="Contact", slug="contact"))
    pages["programme"] = add(home, ProgrammePage(title="Programma Innovatie Toezicht", slug="programma", intro="Samen vernieuwen."))
    pages["line"] = make_line(pages["programme"], "lijn")
    pages["result"] = pages["line"].get_children().get()
    pages["trajectory"] = add(home, LearningTrajectoryPage(title="Leertraject", slug="lst", intro="Strategisch toezicht."))
    pages["module"] = make_module(pages["trajectory"], 1, "Interventiestrategie")
    pages["blog_index"] = add(home, BlogIndexPage(title="Blogs", slug="blogs", intro="Blogs over toezicht."))
    pages["post"] = make_post(pages["blog_index"], "professionele-ruimte")
    pages["news_index"] = add(home, NewsIndexPage(title="Nieuws", slug="nieuws", intro="Nieuws uit het toezicht."))
    pages["news"] = add(pages["news_index"], NewsPage(title="Kijkje", slug="kijkje", date=datetime.date(2019, 3, 5), intro="Inleiding."))
    setup_roles()
    return pages


@pytest.fixture
def redacteur(tree):
    user = get_user_model().objects.create_user("redacteur", "redacteur@example.org", "x", first_name="Renske", last_name="de Redacteur")
    user.groups.add(Group.objects.get(name=EDITORS))
    client = Client()
    client.force_login(user)
    return client


def offered(client, parent):
    """{type: name shown} that "Add child page" offers under `parent`; None when the admin refuses to add anything."""
    response = client.get(f"/admin/pages/{parent.pk}/add_subpage/")
    if response.status_code == 302:
        if response["Location"] == "/admin/":
            return None
        # A single choice: Wagtail skips the list and opens that type's form.
        (app_model,) = re.fullmatch(rf"/admin/pages/add/(\w+/\w+)/{parent.pk}/", response["Location"]).groups()
        return {app_model: None}
    assert response.status_code == 200
    links = BeautifulSoup(response.content, "html.parser").select(f'a[href^="/admin/pages/add/"][href$="/{parent.pk}/"]')
    return {re.fullmatch(rf"/admin/pages/add/(\w+/\w+)/{parent.pk}/", a["href"]).group(1): a.get_text(strip=True) for a in links}


def test_add_child_page_offers_only_the_types_that_belong_there(redacteur, tree):
    # The home page already has its Blogs and News sections: one of each per home page.
    assert offered(redacteur, tree["home"]) == {
        "home/standardpage": "Standaardpagina",
        "home/formpage": "Formulierpagina",
        "professionalisering/programmepage": "Programma",
        "professionalisering/learningtrajectorypage": "Leertraject",
    }
    assert offered(redacteur, tree["standard"]) == {"home/standardpage": "Standaardpagina", "home/formpage": "Formulierpagina"}
    assert offered(redacteur, tree["programme"]) == {"professionalisering/programmelinepage": None}
    assert offered(redacteur, tree["line"]) == {"professionalisering/resultpage": None}
    assert offered(redacteur, tree["trajectory"]) == {"professionalisering/learningmodulepage": None}
    assert offered(redacteur, tree["blog_index"]) == {"blog/blogpage": None}
    assert offered(redacteur, tree["news_index"]) == {"news/newspage": None}
    for leaf in ("form", "result", "module", "post", "news"):
        assert offered(redacteur, tree[leaf]) is None, leaf


def test_an_empty_home_page_offers_the_blogs_and_news_sections(redacteur, tree):
    tree["blog_index"].delete()
    tree["news_index"].delete()
    offers = offered(redacteur, tree["home"])
    assert offers["blog/blogindexpage"] == "Blogoverzicht"
    assert offers["news/newsindexpage"] == "Nieuwsoverzicht"


@pytest.mark.parametrize(
    ("parent", "page_type"),
    [
        ("programme", "professionalisering/resultpage"),  # a result belongs under a programme line
        ("programme", "professionalisering/learningmodulepage"),
        ("home", "professionalisering/programmelinepage"),
        ("home", "blog/blogindexpage"),  # a second Blogs section
        ("home", "news/newsindexpage"),  # a second News section
        ("home", "news/newspage"),
        ("news_index", "blog/blogpage"),
        ("home", "home/homepage"),
        ("root", "home/homepage"),  # a second home page next to the Dutch one
        ("blog_index", "home/standardpage"),
        ("form", "home/standardpage"),
        ("result", "home/standardpage"),
    ],
)
def test_admin_refuses_a_page_where_it_does_not_belong(redacteur, tree, parent, page_type):
    url = f"/admin/pages/add/{page_type}/{tree[parent].pk}/"
    pages_before = Page.objects.count()
    opened = redacteur.get(url, follow=True)
    assert opened.redirect_chain == [("/admin/", 302)]
    assert REFUSED in opened.content.decode()
    posted = redacteur.post(url, {"title": "Verkeerde plek", "slug": "verkeerde-plek", "action-publish": "action-publish"})
    assert posted.status_code == 302 and posted["Location"] == "/admin/"
    assert Page.objects.count() == pages_before
