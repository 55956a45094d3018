"""The running `make prodstack`, seen from outside over HTTPS through nginx, and the operator's handles on it.

Needs PRODSTACK_URL (printed by `make prodstack`, e.g. https://127.0.0.1:8443) and the demo content. The plain-HTTP
side is PRODSTACK_HTTP_URL (default: the same host on port 8080). The certificate is self-signed: it is checked
against PRODSTACK_CA, by default the one scripts/prodstack.sh generated. Changes to the site (a member, a published
page) and outages (a killed instance, a stopped service) go through scripts/prodstack.sh with the stack's own
environment and state directory (PRODSTACK_DIR, default .services/prodstack).
"""

import collections
import json
import os
import queue
import re
import shutil
import subprocess
import threading
import time
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import requests
from bs4 import BeautifulSoup

from tests.browser import REPO_ROOT, missing_service

STATE = Path(os.environ.get("PRODSTACK_DIR") or REPO_ROOT / ".services" / "prodstack")
SCRIPT = REPO_ROOT / "scripts" / "prodstack.sh"
# The outage tests stop and start parts of the stack: they run after every other test.
DESTRUCTIVE_MODULE = "test_outages.py"


def pytest_collection_modifyitems(config, items):
    last = [item for item in items if item.path.name == DESTRUCTIVE_MODULE and item.path.parent == Path(__file__).parent]
    if last:
        items[:] = [item for item in items if item not in last] + last


class Stack:
    def __init__(self, url, http_url, ca):
        self.url = url
        self.http_url = http_url
        self.ca = ca
        self.session = self.new_session()

    def new_session(self):
        """A visitor of their own: own cookies, the stack's certificate, no proxies from the environment."""
        session = requests.Session()
        session.trust_env = False  # no proxies, and REQUESTS_CA_BUNDLE must not replace the stack's certificate
        session.verify = str(self.ca)
        return session

    def absolute(self, path):
        return urljoin(self.url + "/", path.lstrip("/"))

    def get(self, path, session=None, **kwargs):
        kwargs.setdefault("timeout", 30)
        kwargs.setdefault("allow_redirects", False)
        return (session or self.session).get(self.absolute(path), **kwargs)

    def post_form(self, session, path, data, referer):
        """A form POST as a browser sends it over HTTPS (Django's CSRF check wants a same-origin Referer)."""
        return session.post(self.absolute(path), data=data, headers={"Referer": self.absolute(referer)}, timeout=30, allow_redirects=False)

    # The operator's side --------------------------------------------------------------------------------------

    def script(self, *args, timeout=180, check=True):
        """scripts/prodstack.sh with this environment (the PRODSTACK_* variables that started the stack)."""
        result = subprocess.run(script_command(*args), cwd=REPO_ROOT, env=script_env(), capture_output=True, text=True, timeout=timeout)  # noqa: S603
        if check:
            assert result.returncode == 0, f"prodstack.sh {' '.join(args)} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
        return result

    def script_in_background(self, *args):
        """scripts/prodstack.sh started without waiting; .communicate() it later."""
        return subprocess.Popen(script_command(*args), cwd=REPO_ROOT, env=script_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)  # noqa: S603


def script_command(*args):
    return [shutil.which("bash") or "/bin/bash", str(SCRIPT), *args]


def script_env():
    return {**os.environ, "PRODSTACK_DIR": str(STATE)}


# Read Python lines (JSON strings) from stdin, run each, answer with one RESULT= or ERROR= line: one Django start-up
# for all the changes the tests make (a start takes seconds, more on a busy machine).
SHELL_LOOP = """
import json, sys, traceback
for _line in sys.stdin:
    _scope = {}
    try:
        exec(json.loads(_line), _scope)
        print('RESULT=' + json.dumps(_scope.get('result')), flush=True)
    except Exception:
        print('ERROR=' + json.dumps(traceback.format_exc()), flush=True)
"""


class DjangoShell:
    """`manage.py shell` with the site's environment (scripts/prodstack.sh manage), kept open."""

    def __init__(self):
        self.output = collections.deque(maxlen=40)  # the last lines other than answers (logs, tracebacks)
        command = script_command("manage", "shell", "-c", SHELL_LOOP)
        pipes = {"stdin": subprocess.PIPE, "stdout": subprocess.PIPE, "stderr": subprocess.STDOUT}
        self.process = subprocess.Popen(command, cwd=REPO_ROOT, env=script_env(), text=True, **pipes)  # noqa: S603
        self.lines = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def run(self, code, timeout=120):
        """Runs `code` (which sets `result`) in the stack's Django; returns `result` (JSON-safe)."""
        self.process.stdin.write(json.dumps(code) + "\n")
        self.process.stdin.flush()
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                pytest.fail(f"manage.py shell gave no answer within {timeout} s")
            if line is None:
                pytest.fail("manage.py shell ended:\n" + "".join(self.output))
            if line.startswith("RESULT="):
                return json.loads(line.removeprefix("RESULT="))
            if line.startswith("ERROR="):
                pytest.fail(json.loads(line.removeprefix("ERROR=")))
            self.output.append(line)

    def close(self):
        self.process.stdin.close()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.fixture(scope="session")
def stack():
    url = os.environ.get("PRODSTACK_URL", "").strip().rstrip("/")
    if not url:
        missing_service("PRODSTACK_URL is not set; start the production stack with `make prodstack`")
    parts = urlsplit(url)
    assert parts.scheme == "https", f"PRODSTACK_URL must be the HTTPS address of nginx, not {url}"
    http_url = os.environ.get("PRODSTACK_HTTP_URL", "").strip().rstrip("/") or f"http://{parts.hostname}:8080"
    ca = Path(os.environ.get("PRODSTACK_CA") or STATE / "nginx" / "tls" / "cert.pem")
    if not ca.is_file():
        missing_service(f"the stack's certificate {ca} is missing (set PRODSTACK_CA)")
    stack = Stack(url, http_url, ca)
    try:
        stack.get("/")
    except requests.exceptions.SSLError:
        raise  # something answers, with the wrong certificate: a failure, not a missing service
    except requests.ConnectionError as exc:
        missing_service(f"nothing answers at PRODSTACK_URL={url}: {exc}")
    yield stack
    stack.session.close()


@pytest.fixture(scope="session")
def operator(stack):
    """The stack's state directory: the tests that act as its operator need it (pid files, logs, environment)."""
    if not (STATE / "env").is_file():
        missing_service(f"the stack's state directory {STATE} has no env file (set PRODSTACK_DIR to the one of the running stack)")
    return stack


@pytest.fixture(scope="session")
def django_shell(operator):
    shell = DjangoShell()
    yield shell
    shell.close()


@pytest.fixture(scope="session")
def blog_post(django_shell):
    """A live, public demo blog post with open comments and an author with an e-mail address."""
    post = django_shell.run(
        "from blog.models import BlogPage\n"
        "post = BlogPage.objects.live().public().filter(comments_open=True, authors__person__email__contains='@').order_by('pk').first()\n"
        "result = post and {'pk': post.pk, 'path': post.url, 'title': post.title, 'authors': [a.person.email for a in post.authors.all()]}"
    )
    assert post, "the demo content has no public blog post with open comments and an author's e-mail address"
    return post


@pytest.fixture(scope="session")
def member_account(django_shell):
    """A member made through the stack's manage.py: verified e-mail address and a profile."""
    suffix = os.urandom(4).hex()
    account = {"email": f"stacktest-{suffix}@example.org", "password": os.urandom(12).hex(), "name": f"Stacktest Lid {suffix}"}
    django_shell.run(
        "from django.contrib.auth import get_user_model\n"
        "from allauth.account.models import EmailAddress\n"
        "from blog.models import MemberProfile\n"
        f"account = {account!r}\n"
        "user = get_user_model().objects.create_user(username=account['email'].split('@')[0], email=account['email'], password=account['password'])\n"
        "EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)\n"
        "MemberProfile.objects.create(user=user, display_name=account['name'], organisation='Toezichtnet', job_title='Tester')\n"
        "result = user.pk"
    )
    return account


@pytest.fixture(scope="module")
def member_session(stack, member_account):
    session = log_in(stack, member_account)
    yield session
    session.close()


def form_fields(html, selector):
    """The named fields of the first form that matches `selector`, as a browser would submit them, and its action."""
    form = BeautifulSoup(html, "html.parser").select_one(selector)
    assert form is not None, f"no form {selector} on the page"
    fields = {field["name"]: field.get("value", "") for field in form.select("input[name]") if field.get("type") not in ("checkbox", "radio", "submit")}
    return form.get("action"), fields


def log_in(stack, account):
    """A new browser that logs in through the member login form over HTTPS."""
    session = stack.new_session()
    page = stack.get("/account/login/", session)
    assert page.status_code == 200
    _action, fields = form_fields(page.text, "form[action='/account/login/'], main form[method=post]")
    fields.update({"login": account["email"], "password": account["password"]})
    response = stack.post_form(session, "/account/login/", fields, referer="/account/login/")
    assert response.status_code == 302, f"login answered {response.status_code}: {response.text[:1000]}"
    assert "sessionid" in session.cookies
    return session


def wait_for(check, timeout, interval=0.2, message="condition"):
    """Polls `check` until it returns something true; returns that, or fails after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"{message}: not within {timeout} s")
        time.sleep(interval)


class LogTail:
    """What the stack's logs ($PRODSTACK_DIR/logs/NAME) got after this was made."""

    def __init__(self, *names):
        self.offsets = {name: (STATE / "logs" / name).stat().st_size for name in names}

    def new(self, name):
        with (STATE / "logs" / name).open("rb") as log:
            log.seek(self.offsets[name])
            return log.read().decode("utf-8", "replace")


def console_mail():
    """The stack's mail goes to the console backend, which writes it to the worker's log (no EMAIL_HOST given)."""
    return "EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend" in (STATE / "env").read_text()


def require_console_mail():
    if not console_mail():
        missing_service("the stack delivers mail elsewhere (EMAIL_HOST set); this test reads the console backend's output in the worker's log")


def post_comment(stack, session, blog_post, question):
    """A member's comment on the blog post through its form over HTTPS; returns a marker in its text and its pk."""
    page = stack.get(blog_post["path"], session)
    action, fields = form_fields(page.text, "form#reageren")
    marker = f"stacktest{os.urandom(4).hex()}"
    fields["body"] = f"Een reactie uit de stacktest ({marker}): {question}"
    response = stack.post_form(session, action, fields, referer=blog_post["path"])
    assert response.status_code == 302, response.text[:1000]
    return marker, re.search(r"#reactie-(\d+)$", response.headers["Location"]).group(1)


def notification_mails(stack, logs, marker, blog_post, comment_pk, timeout=30):
    """The comment's notification mails, one to each author of the post, once the worker wrote them to its log."""
    wait_for(lambda: marker in logs.new("worker.log"), timeout=timeout, message="the notification mail in the worker's log")
    # The console backend writes each message followed by a dashed line.
    messages = [m for m in logs.new("worker.log").split("-" * 79) if marker in m]
    assert len(messages) == len(blog_post["authors"]), messages
    for message, address in zip(messages, blog_post["authors"], strict=True):
        assert re.search(rf"^To: {re.escape(address)}$", message, re.M), message
        # A link to the comment on the stack's public address (WAGTAILADMIN_BASE_URL), not the demo Site's localhost.
        assert re.search(rf"^Lees en beantwoord de reactie: {re.escape(stack.url)}/blog/reactie/{comment_pk}/$", message, re.M), message
    return messages
