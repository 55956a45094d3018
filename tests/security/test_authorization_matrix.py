"""The authorization matrix (issue 15): every role against every member-facing and admin view and action.

Roles: an anonymous visitor; an account whose e-mail address was never confirmed (it cannot log in any more, so
its session is made with force_login: "a session that somehow exists"); a member (verified, with profile); and
the three staff groups of `blog.roles.setup_roles()` (Bloggers, Moderatoren, Redacteuren), whose accounts are
verified members with a profile as well. Expectations follow the design ("People and permissions") and the
README's Roles section, not the current code.

Each row names one request and, per role, one outcome:
  O  allowed: the view answers (200, or the row's own status) and a POST has its effect
  L  302 to the member login        A  302 to the admin login
  D  refused: 403, or Wagtail's redirect to the dashboard with its "no access" message; a POST has no effect
  S  Wagtail ignores a publish it does not allow: the text is saved as a draft, back to the edit view
  N  404 (the object is not there for this role); a POST has no effect
Every response is also searched for the secrets of the world below: none may appear unless the row reveals
it to that role.
"""

from dataclasses import dataclass, field
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.test import Client
from django.utils import timezone

from wagtail.models import Locale, Page, Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest
from allauth.account.models import EmailAddress

from blog.models import BlogIndexPage, BlogPage, BlogPageAuthor, BlogPageViewCount, Comment, CommentReport, MemberProfile, PostFollow
from blog.page_forms import own_author
from blog.roles import BLOGGERS, EDITORIAL_WORKFLOW, EDITORS, MODERATORS, WORKFLOW
from home.models import HomePage, StandardPage
from home.snippets import Organisation, Person
from search.models import SearchQueryStat

from .helpers import BROWSER_UA

# Exhaustive: run once per CI run, in the pass on the production database (scripts/test.sh).
pytestmark = pytest.mark.exhaustive

ROLES = ("anonymous", "unverified", "member", "blogger", "moderator", "editor")
ROLE_GROUPS = {"blogger": BLOGGERS, "moderator": MODERATORS, "editor": EDITORS}
PASSWORD = "geheim-wachtwoord-123"
ADMIN_NO_ACCESS = "Sorry, je hebt geen toegang tot dit gedeelte."

# Text that only some roles may ever see. Each lives in the database during every test of this module.
SECRETS = {
    "pending": "Wachtende reactie: de directeur van de GGD heeft het rapport tegengehouden",
    "blog-draft": "Conceptblog: de fusie van twee inspecties gaat door",
    "page-draft": "Conceptpagina: nieuwe werkwijze vanaf 2026",
    "query": "klokkenluider jeugdzorg amsterdam",
    "member-email": "bram.geheim@example.org",
}


# The world ---------------------------------------------------------------------------------------------


def _user(username, role, email=None):
    user = get_user_model().objects.create_user(username, email or f"{username}@example.org", PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=role != "unverified", primary=True)
    MemberProfile.objects.create(user=user, display_name=username.capitalize(), organisation="Inspectie", job_title="Inspecteur")
    if role in ROLE_GROUPS:
        user.groups.add(Group.objects.get(name=ROLE_GROUPS[role]))
    return user


def _draft(parent, page):
    parent.add_child(instance=page)
    page.save_revision(user=page.owner)
    return page


def _blog_draft(index, slug, owner, author, body="Tekst van het concept."):
    post = BlogPage(title=slug.replace("-", " ").capitalize(), slug=slug, intro="Een inleiding.", owner=owner, live=False)
    post.body = [("paragraph", f"<p>{body}</p>")]
    post.authors.add(BlogPageAuthor(person=author, sort_order=0))
    return _draft(index, post)


@pytest.fixture(scope="module")
def world(_module_demo_tree, django_db_blocker):
    """Users, drafts, workflows and private text shared by every test of the module (rolled back after it)."""
    with django_db_blocker.unblock():
        home = HomePage.objects.get(locale__language_code="nl")
        index = BlogIndexPage.objects.get(locale__language_code="nl")
        post = BlogPage.objects.live().filter(locale__language_code="nl").order_by("pk").first()
        author = post.authors.first().person
        users = {role: _user(f"rol-{role}", role) for role in ROLES if role != "anonymous"}
        bram = _user("bram", "member", email=SECRETS["member-email"])
        colleague = _user("collega", "blogger")
        other_editor = _user("redactie", "editor")
        public_comment = Comment.objects.create(
            page=post, author=bram, body="Openbare reactie van Bram.", status=Comment.Status.APPROVED, notified_at=timezone.now()
        )
        pending = Comment.objects.create(page=post, author=bram, body=SECRETS["pending"], status=Comment.Status.PENDING)
        blog_draft = _blog_draft(index, "concept-van-een-collega", colleague, author, SECRETS["blog-draft"])
        page_draft = _draft(home, StandardPage(title="Nieuwe werkwijze", slug="nieuwe-werkwijze", intro=SECRETS["page-draft"], owner=other_editor, live=False))
        blog_review = _blog_draft(index, "ter-goedkeuring", colleague, author)
        blog_state = Workflow.objects.get(name=WORKFLOW).start(blog_review, colleague)
        page_review = _draft(home, StandardPage(title="Ter controle", slug="ter-controle", intro="Graag nakijken.", owner=other_editor, live=False))
        page_state = Workflow.objects.get(name=EDITORIAL_WORKFLOW).start(page_review, other_editor)
        SearchQueryStat.objects.create(query_string=SECRETS["query"], language="nl", searches=3, zero_result_searches=3)
        return SimpleNamespace(
            site_id=home.get_site().pk,
            home=home.pk,
            index=index.pk,
            post=post.pk,
            post_url=post.url,
            author=author.pk,
            users={role: user.pk for role, user in users.items()},
            bram=bram.pk,
            public_comment=public_comment.pk,
            pending=pending.pk,
            blog_draft=blog_draft.pk,
            page_draft=page_draft.pk,
            blog_review=blog_review.pk,
            blog_task_state=blog_state.current_task_state.pk,
            page_review=page_review.pk,
            page_task_state=page_state.current_task_state.pk,
            person=author.pk,
            en=Locale.objects.get(language_code="en").pk,
        )


class Case:
    """One role in the world: its user, and objects of its own made on demand (inside the test's savepoint)."""

    def __init__(self, world, role):
        self.w = world
        self.role = role
        self.user = get_user_model().objects.get(pk=world.users[role]) if role != "anonymous" else None
        self._own = {}

    def own_comment(self):
        """An approved comment of this role, just written (inside the edit window); anonymous: someone else's."""
        if "comment" not in self._own:
            if self.user is None:
                self._own["comment"] = self.w.public_comment
            else:
                comment = Comment.objects.create(
                    page_id=self.w.post, author=self.user, body="Mijn eigen reactie.", status=Comment.Status.APPROVED, notified_at=timezone.now()
                )
                self._own["comment"] = comment.pk
        return self._own["comment"]

    def own_post(self):
        """A draft blog post owned by this role; anonymous: the colleague's draft."""
        if "post" not in self._own:
            if self.user is None:
                self._own["post"] = self.w.blog_draft
            else:
                index = BlogIndexPage.objects.get(pk=self.w.index)
                self._own["post"] = _blog_draft(index, f"eigen-concept-{self.role}", self.user, own_author(self.user)).pk
        return self._own["post"]


def blog_form(page_pk, **extra):
    page = BlogPage.objects.get(pk=page_pk).get_latest_revision_as_object()
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "publication_date": "2024-06-01",
            "body": streamfield([("paragraph", rich_text("<p>Tekst.</p>"))]),
            "authors": inline_formset([{"person": a.person_id} for a in page.authors.all()]),
            "tags": "",
            "comments_open": "on",
            **extra,
        }
    )
    return data


def standard_form(title, slug, **extra):
    return nested_form_data({"title": title, "slug": slug, "intro": "Inleiding.", "hero_image_alt": "", "body": streamfield([]), **extra})


def comment_status(pk):
    return Comment.objects.get(pk=pk).status


def view_count(pk):
    record = BlogPageViewCount.objects.filter(page_id=pk).first()
    return record.count if record else 0


def is_live(pk):
    return Page.objects.get(pk=pk).live


# The rows ----------------------------------------------------------------------------------------------


@dataclass
class Row:
    name: str
    method: str
    url: object  # callable(case) -> str
    expect: str  # one letter per role, in ROLES order
    data: object = None  # callable(case) -> dict
    done: object = None  # callable(case) -> bool: did the POST take effect?
    before: object = None  # callable(case) -> value kept as case.before, for `done`
    ok_status: int = 200
    reveals: dict = field(default_factory=dict)  # secret -> roles that may see it in this row's response
    headers: dict = field(default_factory=dict)

    def __post_init__(self):
        self.expect = dict(zip(ROLES, self.expect.split(), strict=True))


def _comment(case, pk):
    return f"/blog/reactie/{pk}/"


ROWS = [
    # Member endpoints (blog/urls.py) -------------------------------------------------------------------
    Row(
        "comment",
        "post",
        lambda c: f"/blog/reageren/{c.w.post}/",
        "L D O O O O",
        data=lambda c: {"body": "Een nieuwe reactie uit de matrix."},
        done=lambda c: Comment.objects.filter(body="Een nieuwe reactie uit de matrix.").exists(),
        ok_status=302,
    ),
    Row(
        "reply",
        "post",
        lambda c: f"/blog/reageren/{c.w.post}/",
        "L D O O O O",
        data=lambda c: {"body": "Een antwoord uit de matrix.", "parent": c.w.public_comment},
        done=lambda c: Comment.objects.filter(body="Een antwoord uit de matrix.", parent_id=c.w.public_comment).exists(),
        ok_status=302,
    ),
    Row("comment-edit-own", "get", lambda c: _comment(c, c.own_comment()) + "bewerken/", "L D O O O O"),
    Row(
        "comment-edit-own",
        "post",
        lambda c: _comment(c, c.own_comment()) + "bewerken/",
        "L D O O O O",
        data=lambda c: {"body": "Bewerkte tekst uit de matrix."},
        done=lambda c: Comment.objects.filter(body="Bewerkte tekst uit de matrix.").exists(),
        ok_status=302,
    ),
    Row("comment-edit-other", "get", lambda c: _comment(c, c.w.public_comment) + "bewerken/", "L D D D D D"),
    Row(
        "comment-edit-other",
        "post",
        lambda c: _comment(c, c.w.public_comment) + "bewerken/",
        "L D D D D D",
        data=lambda c: {"body": "Overgenomen tekst."},
        done=lambda c: Comment.objects.filter(body="Overgenomen tekst.").exists(),
    ),
    Row(
        "comment-withdraw-own",
        "post",
        lambda c: _comment(c, c.own_comment()) + "intrekken/",
        "L O O O O O",
        done=lambda c: comment_status(c.own_comment()) == Comment.Status.WITHDRAWN,
        ok_status=302,
    ),
    Row(
        "comment-withdraw-other",
        "post",
        lambda c: _comment(c, c.w.public_comment) + "intrekken/",
        "L D D D D D",
        done=lambda c: comment_status(c.w.public_comment) == Comment.Status.WITHDRAWN,
    ),
    Row("comment-report", "get", lambda c: _comment(c, c.w.public_comment) + "melden/", "L D O O O O"),
    Row(
        "comment-report",
        "post",
        lambda c: _comment(c, c.w.public_comment) + "melden/",
        "L D O O O O",
        data=lambda c: {"reason": "Ongepast"},
        done=lambda c: CommentReport.objects.filter(comment_id=c.w.public_comment).exists(),
        ok_status=302,
    ),
    Row("comment-report-pending", "get", lambda c: _comment(c, c.w.pending) + "melden/", "L N N N N N"),
    Row("comment-permalink", "get", lambda c: _comment(c, c.w.public_comment), "O O O O O O", ok_status=302),
    Row(
        "follow",
        "post",
        lambda c: f"/blog/volgen/{c.w.post}/",
        "L D O O O O",
        done=lambda c: PostFollow.objects.filter(page_id=c.w.post).exists(),
        ok_status=302,
    ),
    Row(
        "count-view",
        "post",
        lambda c: f"/blog/weergave/{c.w.post}/",
        "O O O O O O",
        before=lambda c: view_count(c.w.post),
        done=lambda c: view_count(c.w.post) == c.before + 1,
        ok_status=204,
        headers={"User-Agent": BROWSER_UA},
    ),
    Row("profile", "get", lambda c: "/profiel/", "L O O O O O"),
    Row("profile-export", "get", lambda c: "/profiel/export/", "L O O O O O"),
    Row("profile-delete", "get", lambda c: "/profiel/verwijderen/", "L O O D D D"),
    Row(
        "profile-delete",
        "post",
        lambda c: "/profiel/verwijderen/",
        "L O O D D D",
        data=lambda c: {"confirm": "on"},
        done=lambda c: c.user is not None and not get_user_model().objects.filter(pk=c.user.pk).exists(),
        ok_status=302,
    ),
    # allauth account pages ------------------------------------------------------------------------------
    Row("account-email", "get", lambda c: "/account/email/", "L O O O O O"),
    Row("account-password", "get", lambda c: "/account/password/change/", "L O O O O O"),
    # Wagtail admin: pages -------------------------------------------------------------------------------
    Row("dashboard", "get", lambda c: "/admin/", "A A A O O O", reveals={"pending": {"moderator"}}),
    Row("explorer", "get", lambda c: "/admin/pages/", "A A A O O O"),
    Row("explorer-blogs", "get", lambda c: f"/admin/pages/{c.w.index}/", "A A A O O O"),
    Row("blog-add", "get", lambda c: f"/admin/pages/add/blog/blogpage/{c.w.index}/", "A A A O O O"),
    Row(
        "blog-add",
        "post",
        lambda c: f"/admin/pages/add/blog/blogpage/{c.w.index}/",
        "A A A O O O",
        data=lambda c: blog_form(
            c.w.blog_draft,
            title="Nieuw concept",
            slug="nieuw-concept-matrix",
            authors=inline_formset([{"person": own_author(c.user).pk}] if c.user else []),
        ),
        done=lambda c: BlogPage.objects.filter(slug="nieuw-concept-matrix").exists(),
        ok_status=302,
    ),
    Row("blog-edit-own", "get", lambda c: f"/admin/pages/{c.own_post()}/edit/", "A A A O O O"),
    Row("blog-edit-other", "get", lambda c: f"/admin/pages/{c.w.blog_draft}/edit/", "A A A D O O", reveals={"blog-draft": {"moderator", "editor"}}),
    Row(
        "blog-publish-own",
        "post",
        lambda c: f"/admin/pages/{c.own_post()}/edit/",
        "A A A S O O",
        data=lambda c: blog_form(c.own_post(), **{"action-publish": "publish"}),
        done=lambda c: is_live(c.own_post()),  # a blogger's publish is saved as a draft ("S")
        ok_status=302,
    ),
    Row(
        "blog-publish-other",
        "post",
        lambda c: f"/admin/pages/{c.w.blog_draft}/edit/",
        "A A A D O O",
        data=lambda c: blog_form(c.w.blog_draft, **{"action-publish": "publish"}),
        done=lambda c: is_live(c.w.blog_draft),
        ok_status=302,
    ),
    Row("blog-delete", "get", lambda c: f"/admin/pages/{c.w.blog_draft}/delete/", "A A A D O O"),
    Row("page-add", "get", lambda c: f"/admin/pages/add/home/standardpage/{c.w.home}/", "A A A D D O"),
    Row(
        "page-add",
        "post",
        lambda c: f"/admin/pages/add/home/standardpage/{c.w.home}/",
        "A A A D D O",
        data=lambda c: standard_form("Matrixpagina", "matrixpagina"),
        done=lambda c: StandardPage.objects.filter(slug="matrixpagina").exists(),
        ok_status=302,
    ),
    Row("page-edit", "get", lambda c: f"/admin/pages/{c.w.page_draft}/edit/", "A A A D D O", reveals={"page-draft": {"editor"}}),
    Row(
        "page-publish",
        "post",
        lambda c: f"/admin/pages/{c.w.page_draft}/edit/",
        "A A A D D O",
        data=lambda c: standard_form("Nieuwe werkwijze", "nieuwe-werkwijze", **{"action-publish": "publish"}),
        done=lambda c: is_live(c.w.page_draft),
        ok_status=302,
    ),
    Row(
        "workflow-approve-blog",
        "post",
        lambda c: f"/admin/pages/workflow/action/{c.w.blog_review}/approve/{c.w.blog_task_state}/",
        "A A A D O D",
        data=lambda c: {"comment": ""},
        done=lambda c: is_live(c.w.blog_review),
        ok_status=302,
    ),
    Row(
        "workflow-approve-page",
        "post",
        lambda c: f"/admin/pages/workflow/action/{c.w.page_review}/approve/{c.w.page_task_state}/",
        "A A A D D O",
        data=lambda c: {"comment": ""},
        done=lambda c: is_live(c.w.page_review),
        ok_status=302,
    ),
    Row("translate", "get", lambda c: f"/admin/localize/submit/page/{c.w.page_draft}/", "A A A D D O"),
    Row(
        "translate",
        "post",
        lambda c: f"/admin/localize/submit/page/{c.w.page_draft}/",
        "A A A D D O",
        data=lambda c: {"locales": [c.w.en]},
        done=lambda c: Page.objects.get(pk=c.w.page_draft).get_translations().filter(locale_id=c.w.en).exists(),
        ok_status=302,
    ),
    # Wagtail admin: comment moderation (blog/wagtail_hooks.py, blog/admin_panels.py) ------------------
    Row("comment-queue", "get", lambda c: "/admin/snippets/blog/comment/?status=pending", "A A A D O D", reveals={"pending": {"moderator"}}),
    Row("comment-moderate", "get", lambda c: f"/admin/snippets/blog/comment/edit/{c.w.pending}/", "A A A D O D", reveals={"pending": {"moderator"}}),
    Row(
        "comment-moderate",
        "post",
        lambda c: f"/admin/snippets/blog/comment/edit/{c.w.pending}/",
        "A A A D O D",
        data=lambda c: {"status": "approved"},
        done=lambda c: comment_status(c.w.pending) == Comment.Status.APPROVED,
        ok_status=302,
    ),
    Row(
        "comment-bulk-approve",
        "get",
        lambda c: f"/admin/bulk/blog/comment/approve_comments/?id={c.w.pending}",
        "A A A D O D",
        reveals={"pending": {"moderator"}},
    ),
    Row(
        "comment-bulk-approve",
        "post",
        lambda c: f"/admin/bulk/blog/comment/approve_comments/?id={c.w.pending}",
        "A A A D O D",
        done=lambda c: comment_status(c.w.pending) == Comment.Status.APPROVED,
        ok_status=302,
    ),
    Row(
        "comment-bulk-delete",
        "get",
        lambda c: f"/admin/bulk/blog/comment/delete/?id={c.w.pending}",
        "A A A D O D",
        reveals={"pending": {"moderator"}},
    ),
    Row(
        "comment-bulk-delete",
        "post",
        lambda c: f"/admin/bulk/blog/comment/delete/?id={c.w.pending}",
        "A A A D O D",
        done=lambda c: not Comment.objects.filter(pk=c.w.pending).exists(),
        ok_status=302,
    ),
    Row("member-profiles", "get", lambda c: "/admin/snippets/blog/memberprofile/", "A A A D O D"),
    # Wagtail admin: snippets, settings, redirects, promotions, reports ----------------------------------
    Row("person-list", "get", lambda c: "/admin/snippets/home/person/", "A A A O O O"),
    Row(
        "person-add",
        "post",
        lambda c: "/admin/snippets/home/person/add/",
        "A A A D D O",
        data=lambda c: {"name": "Matrix Persoon", "role": "Adviseur", "email": "", "bio": "", "organisation": ""},
        done=lambda c: Person.objects.filter(name="Matrix Persoon").exists(),
        ok_status=302,
    ),
    Row("organisation-list", "get", lambda c: "/admin/snippets/home/organisation/", "A A A D D O"),
    Row(
        "organisation-add",
        "post",
        lambda c: "/admin/snippets/home/organisation/add/",
        "A A A D D O",
        data=lambda c: {"name": "Matrix Organisatie", "abbreviation": "MO", "website": ""},
        done=lambda c: Organisation.objects.filter(name="Matrix Organisatie").exists(),
        ok_status=302,
    ),
    Row("theme-list", "get", lambda c: "/admin/snippets/home/theme/", "A A A O O O"),
    Row("sector-list", "get", lambda c: "/admin/snippets/home/sector/", "A A A D D O"),
    Row("site-settings", "get", lambda c: f"/admin/settings/home/sitesettings/{c.w.site_id}/", "A A A D D O"),
    Row("comment-settings", "get", lambda c: f"/admin/settings/blog/commentsettings/{c.w.site_id}/", "A A A D D D"),
    Row("redirects", "get", lambda c: "/admin/redirects/", "A A A D D O"),
    Row("promotions", "get", lambda c: "/admin/searchpicks/", "A A A D D O"),
    Row("promotion-add", "get", lambda c: "/admin/searchpicks/add/", "A A A D D O"),
    Row("search-report", "get", lambda c: "/admin/reports/zoekopdrachten/", "A A A D D O", reveals={"query": {"editor"}}),
    Row("search-report-csv", "get", lambda c: "/admin/reports/zoekopdrachten/?export=csv", "A A A D D O", reveals={"query": {"editor"}}),
    Row("images", "get", lambda c: "/admin/images/", "A A A O O O"),
    Row("documents", "get", lambda c: "/admin/documents/", "A A A D D O"),
    Row("locales", "get", lambda c: "/admin/locales/", "A A A D D O"),
    # Wagtail admin: administrators only -----------------------------------------------------------------
    Row("users", "get", lambda c: "/admin/users/", "A A A D D D"),
    Row("user-edit", "get", lambda c: f"/admin/users/edit/{c.w.bram}/", "A A A D D D"),
    Row("groups", "get", lambda c: "/admin/groups/", "A A A D D D"),
    Row("workflows", "get", lambda c: "/admin/workflows/list/", "A A A D D D"),
    Row("sites", "get", lambda c: "/admin/sites/", "A A A D D D"),
]

CASES = [pytest.param(row, role, id=f"{row.method}-{row.name}-{role}") for row in ROWS for role in ROLES]


def _no_access_message(response):
    return any(ADMIN_NO_ACCESS in str(message) for message in get_messages(response.wsgi_request))


def check_outcome(row, role, response, outcome):
    status, location = response.status_code, response.get("Location", "")
    where = f"{row.method.upper()} {row.name} as {role}: {status} {location}"
    if outcome == "O":  # allowed
        assert status == row.ok_status, where
        if row.ok_status == 302:
            assert not location.startswith(("/account/login/", "/admin/login/")), where
            assert not _no_access_message(response), where
    elif outcome == "L":
        assert status == 302 and location.startswith("/account/login/?next="), where
    elif outcome == "A":
        assert status == 302 and location.startswith("/admin/login/?next="), where
    elif outcome == "D":
        refused_by_redirect = status == 302 and location == "/admin/" and _no_access_message(response)
        assert status == 403 or refused_by_redirect, where
    elif outcome == "S":
        assert status == 302 and location == response.wsgi_request.path and not _no_access_message(response), where
    elif outcome == "N":
        assert status == 404, where
    else:
        raise ValueError(outcome)


@pytest.mark.parametrize(("row", "role"), CASES)
def test_authorization_matrix(shared_demo_site, world, row, role):
    case = Case(world, role)
    client = Client(headers=row.headers)
    if case.user is not None:
        client.force_login(case.user)
    url = row.url(case)
    case.before = row.before(case) if row.before else None
    data = row.data(case) if row.data else {}
    response = getattr(client, row.method)(url, data)
    outcome = row.expect[role]
    check_outcome(row, role, response, outcome)
    if row.done is not None:
        assert row.done(case) == (outcome == "O"), f"{row.method.upper()} {row.name} as {role}: effect {'missing' if outcome == 'O' else 'happened'}"
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = body.decode(errors="replace")
    for name, secret in SECRETS.items():
        if role not in row.reveals.get(name, ()):
            assert secret not in text, f"{row.method.upper()} {row.name} as {role} shows the {name} secret"
    for name, roles in row.reveals.items():
        if role in roles:
            assert SECRETS[name] in text, f"{row.method.upper()} {row.name} as {role} should show the {name} text"
