"""Content-Security-Policy: every public page type sends the strict policy, and its HTML needs nothing the policy forbids.

The policy allows scripts and styles only as files from our own origin, so a page must not contain inline
<script> blocks, <style> elements, style="" attributes, on*="" event handlers or javascript: URLs: the browser
would refuse them (and an injected one would not run).
"""

from html.parser import HTMLParser

from django.test import Client

from wagtail.models import Page, PageViewRestriction

import pytest

from blog.models import BlogIndexPage, BlogPage, Comment
from tests.blog.conftest import add_comment, make_member, make_post

POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "object-src": "'none'",
    "base-uri": "'self'",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
}
# Non-executable data blocks are allowed: the browser does not run them, CSP or not.
DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}


def parse_policy(header):
    directives = {}
    for part in header.split(";"):
        name, _, value = part.strip().partition(" ")
        if name:
            directives[name] = value.strip()
    return directives


class InlineFinder(HTMLParser):
    """Collects everything in a page that a strict CSP would block."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        line = self.getpos()[0]
        if tag == "script" and not attributes.get("src") and (attributes.get("type") or "").lower() not in DATA_SCRIPT_TYPES:
            self.problems.append(f"line {line}: inline <script>")
        if tag == "style":
            self.problems.append(f"line {line}: <style> element")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"line {line}: <{tag} {name}=...> event handler")
            elif name == "style":
                self.problems.append(f"line {line}: <{tag} style={value!r}>")
            elif name in {"href", "src", "action", "formaction"} and (value or "").strip().lower().startswith("javascript:"):
                self.problems.append(f"line {line}: <{tag} {name}={value!r}>")


def inline_problems(html):
    finder = InlineFinder()
    finder.feed(html)
    finder.close()
    return finder.problems


def assert_strict(response, url):
    assert response.status_code in {200, 400, 401, 403, 404}, f"{url}: {response.status_code}"
    header = response.headers.get("Content-Security-Policy")
    assert header, f"{url} sends no Content-Security-Policy"
    directives = parse_policy(header)
    for name, value in POLICY.items():
        assert directives.get(name) == value, f"{url}: {name} is {directives.get(name)!r}, expected {value!r}"
    assert "'unsafe-inline'" not in header and "'unsafe-eval'" not in header, f"{url}: {header}"
    if response["Content-Type"].startswith("text/html"):
        problems = inline_problems(response.content.decode())
        assert not problems, f"{url}: " + "; ".join(problems)


def test_the_finder_sees_what_the_policy_blocks():
    html = (
        '<script>alert(1)</script><script src="/static/js/site.js"></script><script type="application/ld+json">{}</script>'
        '<button onclick="x()">a</button><p style="color:red">b</p><style>p{}</style><a href="javascript:x()">c</a>'
    )
    assert len(inline_problems(html)) == 5


@pytest.fixture
def private_post(shared_demo_site):
    index = BlogIndexPage.objects.live().get(slug="blogs", locale__language_code="nl")
    post = make_post(index, "besloten-blog", title="Besloten blog")
    PageViewRestriction.objects.create(page=post, restriction_type=PageViewRestriction.PASSWORD, password="geheim")
    return post


def test_every_public_page_sends_the_policy_and_has_no_inline_code(shared_demo_site):
    pages = Page.objects.live().public().exclude(depth=1).specific()
    page_types = {type(page).__name__ for page in pages}
    # The demo tree covers every page type of the site.
    assert {"HomePage", "StandardPage", "FormPage", "BlogIndexPage", "BlogPage", "ProgrammePage", "ProgrammeLinePage"} <= page_types
    assert {"ResultPage", "LearningTrajectoryPage", "LearningModulePage"} <= page_types
    client = Client()
    for page in pages:
        url = page.get_url()
        assert_strict(client.get(url), url)


@pytest.fixture
def video_page(shared_demo_site):
    """A page with a YouTube embed; the oEmbed answer is stored beforehand, so no network is needed."""
    from django.utils import timezone

    from wagtail.embeds.embeds import get_embed_hash
    from wagtail.embeds.models import Embed

    from home.demo import stream
    from home.models import StandardPage

    url = "https://www.youtube.com/watch?v=csp-test"
    Embed.objects.create(
        hash=get_embed_hash(url),
        url=url,
        type="video",
        html='<iframe width="200" height="113" src="https://www.youtube-nocookie.com/embed/csp-test" title="Toezicht in beeld" allowfullscreen></iframe>',
        width=200,
        height=113,
        provider_name="YouTube",
        thumbnail_url="",
        last_updated=timezone.now(),
    )
    page = StandardPage(title="Video", slug="video", intro="Een video.", body=stream(("embed", {"embed": url, "title": "Toezicht in beeld", "transcript": ""})))
    shared_demo_site.root_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_embedded_video_keeps_its_ratio_without_inline_style(video_page):
    url = video_page.get_url()
    response = Client().get(url)
    html = response.content.decode()
    assert 'class="responsive-object responsive-object--16-9"><iframe' in html
    assert_strict(response, url)
    assert "https://www.youtube-nocookie.com" in parse_policy(response.headers["Content-Security-Policy"])["frame-src"]


def test_site_views_send_the_policy_and_have_no_inline_code(shared_demo_site, private_post):
    index = Page.objects.live().get(slug="blogs", locale__language_code="nl").specific
    anonymous = Client()
    urls = [
        "/zoeken/?q=toezicht",
        "/zoeken/?q=toezigt",  # spelling suggestion
        "/zoeken/?q=",
        "/en/search/?q=supervision",
        f"{index.get_url()}?thema=onbekend",
        "/bestaat-niet/",
        "/account/login/",
        "/account/signup/",
        "/account/password/reset/",
        private_post.get_url(),  # the page-password form
    ]
    for url in urls:
        assert_strict(anonymous.get(url), url)

    member = make_member("cspcheck")
    post = BlogPage.objects.live().filter(locale__language_code="nl").exclude(pk=private_post.pk).first()
    comment = add_comment(post, member, "Een reactie om te bewerken.", status=Comment.Status.APPROVED)
    client = Client()
    client.force_login(member)
    for url in [
        "/profiel/",
        "/profiel/verwijderen/",
        post.get_url(),
        f"/blog/reactie/{comment.pk}/bewerken/",
        f"/blog/reactie/{comment.pk}/melden/",
        "/account/email/",
        "/account/password/change/",
    ]:
        assert_strict(client.get(url), url)


def test_the_wagtail_admin_is_left_out_of_the_policy(shared_demo_site):
    """Wagtail's admin relies on inline scripts; it keeps its own protections (login, CSRF, X-Frame-Options)."""
    response = Client().get("/admin/login/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response.headers
