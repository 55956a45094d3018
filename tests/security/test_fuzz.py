"""Property-based fuzz of every public form and query parameter: never a 5xx, never hostile markup echoed unescaped.

Hypothesis draws arbitrary Unicode (control characters, NUL, combining marks, 'İ' that grows when lower-cased,
emoji), search-engine syntax and oversized strings. Runs derandomised so CI is repeatable; every run covers the same
examples plus the explicit hostile ones below.
"""

from django.contrib.auth import get_user_model
from django.test import Client

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from blog.models import BlogIndexPage, BlogPage, Comment
from home.models import FormPage
from tests.blog.conftest import add_comment, make_member

# Exhaustive: run once per CI run, in the pass on the production database (scripts/test.sh).
pytestmark = pytest.mark.exhaustive

MARKER = '<fz-x onmouseover="alert(1)">'
HOSTILE = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "İ" * 300,
    "ǅ" * 200,
    "x" * 5000,
    '"unbalanced AND (quote',
    "title:foo^99 OR body:/.*/ AND NOT *",
    '{"query": {"match_all": {}}}',
    "\\",
    "~~~***???",
    "🙂" * 100,
    "\u202e\u200b\ufeff",
    "\r\n\t\x0b\x0c",
    "%00%ff%",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    MARKER,
]
SETTINGS = settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
text = st.text(max_size=400)
payload = st.one_of(text, st.sampled_from(HOSTILE), st.builds(lambda a, b: a + MARKER + b, st.text(max_size=40), st.text(max_size=40)))


def check(response):
    assert response.status_code < 500, f"{response.status_code} for {response.request}"
    if "html" in response.get("Content-Type", ""):
        body = response.content.decode("utf-8", "replace")
        assert MARKER not in body, "hostile markup echoed unescaped"
        assert "<script>alert(1)</script>" not in body


@pytest.fixture
def site(shared_demo_site):
    return shared_demo_site


@pytest.fixture
def member_client(site):
    user = make_member("fuzzer")
    client = Client()
    client.force_login(user)
    return client, user


@pytest.fixture
def post(site):
    return BlogPage.objects.live().public().filter(comments_open=True).first()


@SETTINGS
@given(q=payload, kind=payload, theme=payload, year=payload, page=payload, sort=payload)
@example(q="İ" * 128, kind="", theme="", year="", page="", sort="")
def test_search_page(client, site, q, kind, theme, year, page, sort):
    for url in ("/zoeken/", "/en/search/"):
        check(client.get(url, {"q": q, "type": kind, "theme": theme, "jaar": year, "page": page, "sort": sort}))


@SETTINGS
@given(q=payload)
def test_search_suggestions(client, site, q):
    check(client.get("/zoeken/suggesties/", {"q": q}))


@SETTINGS
@given(theme=payload, tag=payload, author=payload, year=payload, page=payload)
def test_blog_index_filters(client, site, theme, tag, author, year, page):
    index = BlogIndexPage.objects.live().first()
    check(client.get(index.url, {"thema": theme, "tag": tag, "auteur": author, "jaar": year, "pagina": page}))


@SETTINGS
@given(show=payload, extra=payload)
def test_blog_post_query_parameters(client, post, show, extra):
    check(client.get(post.url, {"reacties": show, "pagina": extra}))


@SETTINGS
@given(body=payload, parent=payload, website=payload)
def test_comment_form(member_client, post, body, parent, website):
    client, user = member_client
    response = client.post(f"/blog/reageren/{post.pk}/", {"body": body, "parent": parent, "website": website})
    check(response)
    if response.status_code == 302:
        # Stored comments show escaped on the post.
        check(client.get(post.url))


@SETTINGS
@given(body=payload)
def test_comment_edit_form(member_client, post, body):
    client, user = member_client
    comment = add_comment(post, user, body="Oorspronkelijke tekst.")
    check(client.post(f"/blog/reactie/{comment.pk}/bewerken/", {"body": body}))
    check(client.get(post.url))


@SETTINGS
@given(reason=payload)
def test_comment_report_form(member_client, post, reason):
    client, _user = member_client
    author = get_user_model().objects.filter(username="auteur-fuzz").first() or make_member("auteur-fuzz")
    comment = add_comment(post, author, body="Een reactie om te melden.", status=Comment.Status.APPROVED)
    check(client.post(f"/blog/reactie/{comment.pk}/melden/", {"reason": reason}))


@SETTINGS
@given(name=payload, organisation=payload, job=payload, bio=payload, next_url=payload)
@example(name="Anna", organisation="IGJ", job="Inspecteur", bio="", next_url=":")
@example(name="Anna", organisation="IGJ", job="Inspecteur", bio="", next_url=".")
@example(name="Anna", organisation="IGJ", job="Inspecteur", bio="", next_url="/\\evil.example")
def test_profile_form(member_client, name, organisation, job, bio, next_url):
    client, _user = member_client
    response = client.post("/profiel/", {"display_name": name, "organisation": organisation, "job_title": job, "bio": bio, "next": next_url})
    check(response)
    if response.status_code == 302:
        assert response["Location"].startswith("/"), "a profile redirect leaves the site"
    check(client.get("/profiel/"))


@SETTINGS
@given(login=payload, password=payload)
def test_login_forms(client, site, login, password):
    check(client.post("/account/login/", {"login": login, "password": password}))
    check(client.post("/admin/login/", {"username": login, "password": password}))


@SETTINGS
@given(email=payload, password=payload)
def test_signup_form(client, site, email, password):
    check(client.post("/account/signup/", {"email": email, "password1": password, "password2": password}))


@SETTINGS
@given(values=st.lists(payload, min_size=8, max_size=8))
def test_contact_form(client, site, values):
    page = FormPage.objects.live().first()
    fields = [field.clean_name for field in page.get_form_fields()]
    data = dict(zip(fields, values, strict=False))
    check(client.post(page.url, data))


@SETTINGS
@given(path=payload)
def test_arbitrary_paths(client, site, path):
    check(client.get("/" + path.replace("?", "").replace("#", "")))
