"""The production stack of `make prodstack`, from outside, over HTTPS through nginx.

Needs PRODSTACK_URL (printed by `make prodstack`, e.g. https://127.0.0.1:8443) and the demo content. The plain-HTTP
side is PRODSTACK_HTTP_URL (default: the same host on port 8080). The certificate is self-signed: it is checked
against PRODSTACK_CA, by default the one scripts/prodstack.sh generated.
"""

import os
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import requests

from tests.browser import REPO_ROOT, missing_service

pytestmark = pytest.mark.prodstack

ONE_YEAR = 365 * 24 * 3600


class Stack:
    def __init__(self, url, http_url, session):
        self.url = url
        self.http_url = http_url
        self.session = session

    def get(self, path, **kwargs):
        kwargs.setdefault("timeout", 30)
        kwargs.setdefault("allow_redirects", False)
        return self.session.get(urljoin(self.url + "/", path.lstrip("/")), **kwargs)


@pytest.fixture(scope="module")
def stack():
    url = os.environ.get("PRODSTACK_URL", "").strip().rstrip("/")
    if not url:
        missing_service("PRODSTACK_URL is not set; start the production stack with `make prodstack`")
    parts = urlsplit(url)
    assert parts.scheme == "https", f"PRODSTACK_URL must be the HTTPS address of nginx, not {url}"
    http_url = os.environ.get("PRODSTACK_HTTP_URL", "").strip().rstrip("/") or f"http://{parts.hostname}:8080"
    ca = Path(os.environ.get("PRODSTACK_CA") or REPO_ROOT / ".services" / "prodstack" / "nginx" / "tls" / "cert.pem")
    if not ca.is_file():
        missing_service(f"the stack's certificate {ca} is missing (set PRODSTACK_CA)")
    session = requests.Session()
    session.trust_env = False  # no proxies, and REQUESTS_CA_BUNDLE must not replace the stack's certificate
    session.verify = str(ca)
    try:
        session.get(url + "/", timeout=30, allow_redirects=False)
    except requests.exceptions.SSLError:
        raise  # something answers, with the wrong certificate: a failure, not a missing service
    except requests.ConnectionError as exc:
        missing_service(f"nothing answers at PRODSTACK_URL={url}: {exc}")
    yield Stack(url, http_url, session)
    session.close()


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
