"""Production-stack issue "Bad input": a full Redis or a dead one never loses a comment or blocks a page view.

Every test gets its own throwaway redis-server (only the binary is needed, not REDIS_URL, so this runs in both test
passes), configured the way production configures its cache (config.settings.base.caches_from_env) and sessions,
and then either filled until every write answers "OOM command not allowed" (maxmemory with `noeviction`) or
stopped (connection refused). The shared Redis of REDIS_URL is never touched.
"""

import itertools
import re
import shutil
import socket
import subprocess
import time

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache, caches
from django.test import Client

import pytest

from blog.drafts import SESSION_KEY as DRAFT_KEY
from blog.models import Comment
from blog.roles import BLOGGERS, setup_roles
from config.settings.base import REDIS_SESSION_ENGINE, caches_from_env
from home.page_cache import STATUS_HEADER
from tests.blog.conftest import comment_url, make_member
from tests.browser import missing_service

pytestmark = pytest.mark.redis_server

PASSWORD = "geheim-wachtwoord-123"


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ThrowawayRedis:
    """A redis-server of its own: 2 MB, `noeviction`, no persistence."""

    def __init__(self, directory):
        binary = shutil.which("redis-server")
        if binary is None:
            missing_service("redis-server not found (apt-get install redis-server; scripts/redis.sh installs it)")
        self.port = _free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        args = [binary, "--bind", "127.0.0.1", "--port", str(self.port), "--dir", str(directory), "--save", "", "--appendonly", "no"]
        args += ["--maxmemory", "2mb", "--maxmemory-policy", "noeviction"]
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # noqa: S603
        import redis

        self.client = redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=2)
        for _attempt in range(100):
            try:
                if self.client.ping():
                    return
            except redis.ConnectionError:
                time.sleep(0.05)
        self.stop()
        missing_service(f"redis-server did not answer on port {self.port}")

    def fill(self):
        """SET values, large then smaller, until Redis refuses them: "OOM command not allowed when used memory >
        'maxmemory'". Then maxmemory goes below the memory in use, or a few bytes freed later (client buffers) would
        let a small write through again."""
        import redis

        keys = itertools.count()
        for size in (64 * 1024, 4096, 256):
            for _attempt in range(10_000):
                try:
                    self.client.set(f"filler:{next(keys)}", b"x" * size)
                except redis.exceptions.OutOfMemoryError:
                    break
        self.client.config_set("maxmemory", "1mb")
        with pytest.raises(redis.exceptions.OutOfMemoryError):
            self.client.set("probe", 1)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


@pytest.fixture
def throwaway_redis(tmp_path):
    server = ThrowawayRedis(tmp_path)
    yield server
    server.stop()


class Outage:
    def __init__(self, kind, server):
        self.kind = kind
        self.server = server

    def begin(self):
        if self.kind == "full":
            self.server.fill()
        else:
            self.server.stop()


@pytest.fixture(params=["full", "down"])
def outage(request, throwaway_redis, settings, monkeypatch):
    """Django's cache and sessions as in production, on the throwaway server; `outage.begin()` fills or stops it.

    The page cache is on, as in production."""
    monkeypatch.setenv("REDIS_URL", throwaway_redis.url)
    settings.CACHES = caches_from_env()
    settings.SESSION_ENGINE = REDIS_SESSION_ENGINE
    settings.PAGE_CACHE_SECONDS = 300
    cache.set("ping", 1)
    assert throwaway_redis.client.dbsize() == 1  # Django talks to the throwaway server
    cache.delete("ping")
    yield Outage(request.param, throwaway_redis)
    caches["default"].close()


def is_logged_in(client):
    return "_auth_user_id" in client.session


def form_fields(html):
    return {
        "csrfmiddlewaretoken": re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1),
        "submission_token": re.search(r'name="submission_token" value="([^"]+)"', html).group(1),
    }


def test_anonymous_pages_and_search_are_answered(outage, home, post):
    urls = ["/", post.url, "/zoeken/?q=toezicht"]
    outage.begin()
    for url in urls:
        response = Client().get(url)
        assert response.status_code == 200, url


def test_member_logged_in_before_the_outage_posts_a_comment(outage, post):
    member = make_member("anna")
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    url = post.url
    outage.begin()
    page = client.get(url)
    assert page.status_code == 200
    fields = form_fields(page.content.decode())
    response = client.post(comment_url(post), {"body": "Geschreven terwijl Redis vol zit", **fields})
    assert response.status_code == 302
    assert Comment.objects.get(author=member).body == "Geschreven terwijl Redis vol zit"
    # The same form again (a double click) stores nothing twice, without the cache.
    client.post(comment_url(post), {"body": "Geschreven terwijl Redis vol zit", **fields})
    assert Comment.objects.filter(author=member).count() == 1


def test_anonymous_visitors_see_a_comment_posted_during_the_outage(outage, post):
    """The page cache holds the post from before; the comment must make it stale although Redis refuses the new
    generation."""
    member = make_member("anna")
    client = Client()
    client.force_login(member)
    url = post.url
    assert Client().get(url)[STATUS_HEADER] == "miss"
    assert Client().get(url)[STATUS_HEADER] == "hit"
    outage.begin()
    assert client.post(comment_url(post), {"body": "Zichtbaar voor iedereen"}).status_code == 302
    response = Client().get(url)
    assert response.get(STATUS_HEADER) != "hit"
    assert "Zichtbaar voor iedereen" in response.content.decode()


def test_comment_rate_limit_fails_open(outage, post):
    member = make_member("anna")
    client = Client()
    client.force_login(member)
    outage.begin()
    for number in range(3):
        response = client.post(comment_url(post), {"body": f"Reactie {number}"})
        assert response.status_code == 302
    assert Comment.objects.filter(author=member).count() == 3


def test_draft_of_a_member_without_profile_is_kept(outage, post):
    """The draft lives in the session; a session cached before the outage must not hide the newer one in the database."""
    member = make_member("bram", profile=False)
    client = Client()
    client.force_login(member)
    client.get(post.url)  # the session is read, and so cached, before the outage
    outage.begin()
    response = client.post(comment_url(post), {"body": "Niet kwijtraken"})
    assert response.status_code == 302
    assert client.session[DRAFT_KEY]["body"] == "Niet kwijtraken"


def test_member_logs_in(outage, home):
    member = make_member("anna")
    outage.begin()
    client = Client()
    response = client.post("/account/login/", {"login": member.email, "password": PASSWORD})
    assert response.status_code == 302
    assert is_logged_in(client)
    assert client.get("/").status_code == 200


def test_staff_logs_in_to_the_admin(outage, blog_index):
    setup_roles()
    user = get_user_model().objects.create_user("blogger", "blogger@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=BLOGGERS))
    outage.begin()
    client = Client()
    response = client.post("/admin/login/", {"username": "blogger", "password": PASSWORD})
    assert response.status_code == 302
    assert is_logged_in(client)
    assert client.get("/admin/").status_code == 200
    client.post("/admin/logout/")
    assert not is_logged_in(client)


def test_outage_is_logged_once_per_operation_without_traceback(outage, home, caplog):
    outage.begin()
    for _request in range(3):
        assert Client().get("/").status_code == 200
    records = [record for record in caplog.records if record.name == "config.cache"]
    operations = [record.args[0] for record in records]
    assert operations
    assert len(operations) == len(set(operations))
    assert not any(record.exc_info for record in records)


def test_a_healthy_redis_answers_as_djangos_backend(throwaway_redis):
    from config.cache import ResilientRedisCache

    redis_cache = ResilientRedisCache(throwaway_redis.url, {"KEY_PREFIX": "healthy"})
    assert redis_cache.add("counter", 0, 60) is True
    assert redis_cache.add("counter", 5, 60) is False
    assert redis_cache.incr("counter") == 1
    assert redis_cache.decr("counter") == 0
    with pytest.raises(ValueError):
        redis_cache.incr("missing")
    assert redis_cache.set("key", {"a": 1}) is None
    assert redis_cache.get("key") == {"a": 1}
    assert redis_cache.get_many(["key", "missing"]) == {"key": {"a": 1}}
    assert redis_cache.set_many({"b": 2}) == []
    assert redis_cache.delete("key") is True
    assert redis_cache.get("key", "default") == "default"
    redis_cache.close()
