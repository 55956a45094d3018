"""The production stack of `make prodstack`, from outside, over HTTPS through nginx (fixtures: conftest.py).

These tests change only content (a member, a comment, a page title); the outages are in test_outages.py, run last.
"""

import io
import os
import re
import time
from urllib.parse import urlsplit

import pytest
from PIL import Image

from .conftest import LogTail, form_fields, notification_mails, post_comment, require_console_mail

pytestmark = pytest.mark.prodstack

ONE_YEAR = 365 * 24 * 3600


@pytest.fixture(scope="module")
def home(stack):
    response = stack.get("/")
    assert response.status_code == 200, response.text[:500]
    return response


def hsts_seconds(response):
    header = response.headers.get("Strict-Transport-Security", "")
    match = re.search(r"max-age=(\d+)", header)
    return int(match.group(1)) if match else 0


def test_home_page_over_https_with_hsts(home):
    assert "text/html" in home.headers["Content-Type"]
    assert "<title>" in home.text and "Toezichtnet" in home.text
    assert hsts_seconds(home) >= ONE_YEAR
    assert home.headers["X-Content-Type-Options"] == "nosniff"


def test_cookies_are_secure(stack, home):
    # The home page sets no cookie for an anonymous visitor; the login form sets the CSRF cookie.
    login = stack.get("/account/login/")
    assert login.status_code == 200
    cookies = [*home.raw.headers.getlist("Set-Cookie"), *login.raw.headers.getlist("Set-Cookie")]
    assert any(cookie.startswith("csrftoken=") for cookie in cookies), cookies
    for cookie in cookies:
        assert "; Secure" in cookie, cookie


def test_plain_http_redirects_to_https(stack):
    response = stack.session.get(stack.http_url + "/zoeken/?q=toezicht", timeout=30, allow_redirects=False)
    assert response.status_code == 301
    assert response.headers["Location"] == stack.url + "/zoeken/?q=toezicht"


def test_hashed_static_file_is_cached_for_a_year(stack, home):
    css = re.search(r'href="(/static/[^"]+\.[0-9a-f]{12}\.css)"', home.text)
    assert css, "no hashed stylesheet on the home page (ManifestStaticFilesStorage)"
    response = stack.get(css.group(1), headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/css")
    cache_control = response.headers["Cache-Control"]
    assert "public" in cache_control and "immutable" in cache_control
    assert int(re.search(r"max-age=(\d+)", cache_control).group(1)) >= ONE_YEAR
    assert response.headers.get("Content-Encoding") == "gzip"  # the pre-compressed copy (gzip_static)
    assert "Set-Cookie" not in response.headers


def test_image_rendition_is_served(stack, home):
    rendition = re.search(r'src="(/media/images/[^"]+)"', home.text)
    assert rendition, "no image rendition on the home page of the demo content"
    response = stack.get(rendition.group(1))
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("image/")
    assert len(response.content) == int(response.headers["Content-Length"]) > 100


def find_document_link(stack):
    """The first /documents/ link on a page of the sitemap."""
    sitemap = stack.get("/sitemap.xml")
    assert sitemap.status_code == 200
    for page_url in re.findall(r"<loc>([^<]+)</loc>", sitemap.text):
        page = stack.get(urlsplit(page_url).path)
        if page.status_code == 200 and (link := re.search(r'href="(/documents/\d+/[^"]+)"', page.text)):
            return link.group(1)
    pytest.fail("no page of the demo content links a document")


def test_document_download(stack):
    link = find_document_link(stack)
    response = stack.get(link)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert len(response.content) == int(response.headers["Content-Length"])
    # Sent by nginx after Wagtail's serve view: the view's protective headers survive the hand-over.
    assert response.headers["Content-Security-Policy"] == "default-src 'none'"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert hsts_seconds(response) >= ONE_YEAR
    # The file itself is not public: documents may be private, only the serve view checks that.
    filename = link.rsplit("/", 1)[1]
    assert stack.get(f"/media/documents/{filename}").status_code == 404
    assert stack.get(f"/_protected_media/documents/{filename}").status_code == 404


# The page cache, members and the worker ------------------------------------------------------------------------


def cached_anonymous_page(stack, session, path):
    """The page as an anonymous visitor gets it once it is in the shared page cache (the second request is a hit)."""
    first = stack.get(path, session)
    assert first.status_code == 200, first.text[:500]
    second = stack.get(path, session)
    assert second.status_code == 200
    assert second.headers.get("X-Page-Cache") == "hit", f"the anonymous page {path} was not served from the page cache: {dict(second.headers)}"
    return second


def title_of(html):
    return re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1).strip()


def test_published_change_is_shown_to_the_next_anonymous_visitor(stack, django_shell, blog_post):
    visitor = stack.new_session()
    before = cached_anonymous_page(stack, visitor, blog_post["path"])
    new_title = f"{blog_post['title'].split(' - bijgewerkt ')[0]} - bijgewerkt {os.urandom(3).hex()}"
    assert new_title not in before.text

    # An editor publishes a new title (a revision, published: what the admin's "Publiceren" does).
    django_shell.run(
        "from blog.models import BlogPage\n"
        f"post = BlogPage.objects.get(pk={blog_post['pk']})\n"
        f"post.title = {new_title!r}\n"
        "post.save_revision().publish()\n"
        "result = post.title"
    )
    published = time.monotonic()
    after = stack.get(blog_post["path"], visitor)
    seen_after = time.monotonic() - published
    assert after.status_code == 200
    # The very next request, however soon: no stale copy in between (the time is the render of the new page).
    assert title_of(after.text) == new_title, f"the first request {seen_after:.2f} s after publishing got the old page"
    assert after.headers.get("X-Page-Cache") == "miss"
    again = stack.get(blog_post["path"], visitor)
    assert again.headers.get("X-Page-Cache") == "hit" and title_of(again.text) == new_title


def test_member_photo_is_served(stack, member_session):
    """A photo uploaded on the profile page over HTTPS is stored re-encoded and served by nginx from the media."""
    page = stack.get("/profiel/", member_session)
    assert page.status_code == 200
    _action, fields = form_fields(page.text, "form.profile-form")
    fields["notify_replies"] = "on"
    upload = io.BytesIO()
    Image.new("RGB", (300, 200), "teal").save(upload, "PNG")
    response = member_session.post(
        stack.absolute("/profiel/"),
        data=fields,
        files={"photo": ("portret-van-mij.png", upload.getvalue(), "image/png")},
        headers={"Referer": stack.absolute("/profiel/")},
        timeout=30,
        allow_redirects=False,
    )
    assert response.status_code in (200, 302), response.text[:1000]
    link = re.search(r'"(/media/leden/[^"]+)"', stack.get("/profiel/", member_session).text)
    assert link, "the profile page shows no stored photo"
    assert "portret" not in link.group(1)  # a random name, not the uploaded one
    photo = stack.get(link.group(1), stack.new_session())  # public media: any visitor, no session
    assert photo.status_code == 200
    assert photo.headers["Content-Type"] == "image/jpeg"
    assert len(photo.content) == int(photo.headers["Content-Length"])
    with Image.open(io.BytesIO(photo.content)) as image:
        assert (image.format, image.size) == ("JPEG", (96, 96))  # blog.photos.PHOTO_SIZE: twice the 48 px shown


def test_member_never_gets_the_cached_anonymous_page(stack, blog_post, member_account, member_session):
    visitor = stack.new_session()
    for path in ("/", blog_post["path"]):
        anonymous = cached_anonymous_page(stack, visitor, path)
        assert "Uitloggen" not in anonymous.text and "Inloggen" in anonymous.text

        page = stack.get(path, member_session)
        assert page.status_code == 200
        # The member's own page, rendered for them: their account links, never the stored anonymous copy.
        assert "X-Page-Cache" not in page.headers
        assert "Uitloggen" in page.text and "Mijn profiel" in page.text and "Inloggen" not in page.text
        assert "private" in page.headers["Cache-Control"]
        member_tokens = set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text))
        assert member_tokens, "the member's page has no logout form with a CSRF token"

        # And the anonymous visitor after the member: nothing of the member's page.
        after = stack.get(path, visitor)
        assert after.status_code == 200
        assert after.headers.get("X-Page-Cache") == "hit"
        assert "Uitloggen" not in after.text and "Mijn profiel" not in after.text
        secrets_of_member = member_tokens | {member_session.cookies["csrftoken"], member_session.cookies["sessionid"]}
        for secret in secrets_of_member:
            assert secret not in after.text
        assert member_account["name"] not in after.text

    # The member's post page offers the comment form (their state), which the anonymous page does not.
    assert 'id="reageren"' in stack.get(blog_post["path"], member_session).text


def test_comment_notification_is_mailed_by_the_worker(stack, operator, blog_post, member_session):
    require_console_mail()
    logs = LogTail("worker.log", "web1.log", "web2.log")
    marker, comment_pk = post_comment(stack, member_session, blog_post, "werkt de e-mail via de worker?")
    # django-tasks' db_worker polls every second; under load give it a while.
    notification_mails(stack, logs, marker, blog_post, comment_pk, timeout=30)
    # Sent by the worker, not in the member's request.
    for name in ("web1.log", "web2.log"):
        assert marker not in logs.new(name)
