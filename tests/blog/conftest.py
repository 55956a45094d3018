"""Fixtures: a small Blogs tree (index under the `home` of tests/conftest.py, one post by one author) and members with profiles."""

import datetime

from django.contrib.auth import get_user_model

from wagtail.models import Locale

import pytest
from allauth.account.models import EmailAddress

from blog.models import BlogIndexPage, BlogPage, BlogPageAuthor, Comment, MemberProfile
from home.snippets import Organisation, Person, Sector, Theme


@pytest.fixture
def blog_demo_site(demo_site):
    """The full demo tree (the same as `demo_site`, kept for the tests that use this name)."""
    return demo_site


@pytest.fixture
def blog_index(home):
    index = BlogIndexPage(title="Blogs", slug="blogs", intro="Blogs over toezicht.")
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def author(db):
    nji = Organisation.objects.create(name="Nederlands Jeugdinstituut", abbreviation="NJi")
    return Person.objects.create(
        name="Karlijn Stals", role="Senior adviseur", organisation=nji, email="karlijn@example.org", bio="Karlijn is orthopedagoog en onderzoeker."
    )


@pytest.fixture
def theme(db):
    return Theme.objects.create(name="Professionalisering", slug="professionalisering")


def make_post(index, slug, *, title=None, authors=(), themes=(), tags=(), publication_date=None, body=None, **fields):
    post = BlogPage(
        title=title or slug.replace("-", " ").capitalize(),
        slug=slug,
        intro=fields.pop("intro", "Een korte inleiding."),
        publication_date=publication_date or datetime.date(2024, 5, 1),
        body=body or [("paragraph", "<p>Tekst van de blog.</p>")],
        **fields,
    )
    for order, person in enumerate(authors):
        post.authors.add(BlogPageAuthor(person=person, sort_order=order))
    post.themes.set(list(themes))
    if tags:
        post.tags.add(*tags)
    index.add_child(instance=post)
    post.save_revision().publish()
    return post


@pytest.fixture
def post(blog_index, author, theme):
    return make_post(blog_index, "professionele-ruimte", title="Professionele ruimte", authors=[author], themes=[theme], tags=["jeugdzorg"])


def make_member(username, *, organisation="Inspectie van het Onderwijs", job_title="Inspecteur", sectors=(), profile=True, notify_replies=True):
    user = get_user_model().objects.create_user(username=username, email=f"{username}@example.org", password="geheim-wachtwoord-123")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    if profile:
        member_profile = MemberProfile.objects.create(
            user=user, display_name=username.capitalize(), organisation=organisation, job_title=job_title, notify_replies=notify_replies
        )
        member_profile.sectors.set([Sector.objects.get_or_create(name=name, locale=Locale.get_default())[0] for name in sectors])
    return user


@pytest.fixture
def member(db):
    return make_member("anna", organisation="Inspectie van het Onderwijs", job_title="Inspecteur", sectors=["Onderwijs"])


@pytest.fixture
def other_member(db):
    return make_member("bram", organisation="Nederlandse Arbeidsinspectie", job_title="Analist", sectors=["Rijksoverheid", "Zorg"])


def add_comment(post, author, body="Een reactie.", parent=None, status=Comment.Status.APPROVED, **fields):
    return Comment.objects.create(
        page=post,
        author=author,
        parent=parent,
        depth=(parent.depth + 1) if parent else 0,
        body=body,
        status=status,
        notified_at=fields.pop("notified_at", datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)),
        **fields,
    )


def comment_url(post):
    return f"/blog/reageren/{post.pk}/"
