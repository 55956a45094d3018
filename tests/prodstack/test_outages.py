"""Outages of the production stack, as an operator causes them and a visitor sees them, over HTTPS through nginx.

Each test stops or kills one part through scripts/prodstack.sh (or a signal) and starts it again, so the stack is
whole afterwards; the task worker's supervisor restarts it on its own. conftest.py runs this module after every other
test of tests/prodstack. The search engine takes longest to come back (a new node, indexed again): it restarts in the
background while the gunicorn instance is killed, and the last test waits for it.
"""

import json
import os
import re
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from .conftest import STATE, LogTail, console_mail, notification_mails, post_comment, require_console_mail, wait_for

pytestmark = pytest.mark.prodstack

SEARCH = "/zoeken/?q=toezicht"
FALLBACK_NOTICE = "De zoekmachine is tijdelijk niet bereikbaar."


def pid_of(name):
    return int((STATE / f"{name}.pid").read_text().strip())


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def assert_running(stack, *names):
    """scripts/prodstack.sh status reports these parts running (all of them when no name is given)."""
    status = stack.script("status", check=not names)
    for name in names:
        line = next((line for line in status.stdout.splitlines() if line.startswith(f"{name}:")), "")
        assert "running" in line and "not running" not in line, status.stdout
    return status


def search_results(html):
    return BeautifulSoup(html, "html.parser").select("main li a[href]")


def test_database_outage_gives_the_styled_503_and_recovers_without_restart(stack, operator, blog_post, member_session):
    web_pids = {name: pid_of(name) for name in ("web1", "web2")}
    worker_supervisor = pid_of("worker")
    logs = LogTail("worker.log")
    stack.script("stop-service", "postgres")
    try:
        response = stack.get(SEARCH)
        assert response.status_code == 503
        assert response.headers["Retry-After"].isdigit()
        assert "no-store" in response.headers["Cache-Control"]
        page = BeautifulSoup(response.text, "html.parser")
        assert page.html["lang"] == "nl"
        assert page.title.get_text(strip=True) == "Tijdelijk niet beschikbaar | Toezichtnet"
        assert page.h1.get_text(strip=True) == "Toezichtnet is tijdelijk niet beschikbaar"
        # Styled: the site's stylesheet, served by nginx without the database.
        stylesheet = page.select_one("link[rel=stylesheet]")["href"]
        css = stack.get(stylesheet)
        assert css.status_code == 200 and css.headers["Content-Type"].startswith("text/css")
        ready = stack.get("/readyz")
        assert ready.status_code == 503 and ready.json()["database"] == "error"
        # django-tasks' db_worker polls every second, cannot connect and exits (a shorter outage can pass unnoticed: it
        # reconnects, conn_health_checks). Its supervisor starts it again, and again while the outage lasts.
        exited = "supervisor: worker exited with code"
        wait_for(lambda: exited in logs.new("worker.log"), timeout=20, interval=0.5, message="db_worker exiting without its database")
    finally:
        stack.script("start-service", "postgres")

    # The same gunicorn processes reconnect on their own.
    recovered = wait_for(lambda: (r := stack.get(SEARCH)).status_code == 200 and r, timeout=15, message="search answering 200 again")
    assert search_results(recovered.text)
    assert stack.get("/readyz").json()["database"] == "ok"
    assert {name: pid_of(name) for name in web_pids} == web_pids and all(alive(pid) for pid in web_pids.values())
    # The worker is back by itself (compose: restart:), so a comment after the outage gets its mail, nobody restarting
    # anything.
    if console_mail():
        marker, comment_pk = post_comment(stack, member_session, blog_post, "komt de e-mail na een storing van de database?")
        notification_mails(stack, logs, marker, blog_post, comment_pk, timeout=60)
    assert pid_of("worker") == worker_supervisor
    wait_for(lambda: stack.script("status", check=False).returncode == 0, timeout=30, interval=1, message="status: every part running")
    assert_running(stack, "worker", "scheduler")


def test_killed_worker_is_restarted_and_sends_the_mail(stack, operator, blog_post, member_session):
    require_console_mail()
    supervisor, worker = pid_of("worker"), pid_of("worker.child")
    assert alive(supervisor) and alive(worker)
    assert b"db_worker" in Path(f"/proc/{worker}/cmdline").read_bytes()  # the worker itself, not a shell around it
    logs = LogTail("worker.log")
    os.kill(worker, signal.SIGKILL)
    wait_for(lambda: not alive(worker), timeout=5, message="db_worker gone after SIGKILL")

    # Posted while the worker is down or coming back: the mail task waits in the database for the new worker.
    marker, comment_pk = post_comment(stack, member_session, blog_post, "komt de e-mail nadat de worker werd gestopt?")
    notification_mails(stack, logs, marker, blog_post, comment_pk, timeout=60)
    log = logs.new("worker.log")
    assert re.search(r"supervisor: worker exited with code 137 \(SIGKILL\); restarting in", log), log[-3000:]
    assert re.search(r"supervisor: worker restarted \(pid \d+; restart \d+, last exit code 137\)", log), log[-3000:]
    restarted = pid_of("worker.child")
    assert pid_of("worker") == supervisor and restarted != worker and alive(restarted)
    assert_running(stack, "worker", "scheduler")

    # The operator's stop takes the supervisor and its worker, with nothing left in the worker's process group.
    stack.script("stop-service", "worker")
    assert not alive(supervisor) and not alive(restarted)
    with pytest.raises(ProcessLookupError):
        os.killpg(restarted, 0)
    assert "worker: not running" in stack.script("status", check=False).stdout
    stack.script("start-service", "worker")
    wait_for(lambda: (STATE / "worker.child.pid").exists() and alive(pid_of("worker.child")), timeout=10, message="the worker started again")
    assert_running(stack)


@pytest.fixture(scope="module")
def engine_restart(stack):
    """`start-service search` in the background, begun by the outage test; waited for by the last test (or here)."""

    class Restart:
        process = None

        def begin(self):
            if self.process is None:
                self.process = stack.script_in_background("start-service", "search")

        def wait(self):
            self.begin()
            try:
                output, _ = self.process.communicate(timeout=300)
            except subprocess.TimeoutExpired:
                self.process.kill()
                pytest.fail("the search engine did not come back within 300 s")
            assert self.process.returncode == 0, f"prodstack.sh start-service search failed:\n{output[-3000:]}"

    restart = Restart()
    yield restart
    if restart.process is not None and restart.process.returncode is None:
        restart.wait()


def test_search_engine_outage_keeps_search_answering(stack, operator, engine_restart):
    stack.script("stop-service", "search")
    try:
        response = stack.get(SEARCH)
        assert response.status_code == 200
        assert FALLBACK_NOTICE in response.text
        assert search_results(response.text), "no results from the database fallback"
        ready = stack.get("/readyz")
        assert ready.status_code == 200
        assert ready.json()["search"] == "degraded" and ready.json()["database"] == "ok"
    finally:
        engine_restart.begin()


def test_killing_one_instance_loses_no_request(stack, operator, blog_post):
    web1 = pid_of("web1")
    assert alive(web1)
    pgid = os.getpgid(web1)
    assert pgid != os.getpgid(0)  # setsid: the instance is a process group of its own, never ours
    agent = f"stacktest-failover-{os.urandom(3).hex()}"
    results, stop = [], threading.Event()

    def visitor():
        session = stack.new_session()
        session.headers["User-Agent"] = agent
        paths = ["/", blog_post["path"], "/healthz"]
        while not stop.is_set():
            path = paths[len(results) % len(paths)]
            try:
                results.append((time.monotonic(), path, stack.get(path, session, timeout=15).status_code))
            except Exception as exc:  # noqa: BLE001 - a lost request is what this test looks for
                results.append((time.monotonic(), path, repr(exc)))
        session.close()

    threads = [threading.Thread(target=visitor) for _ in range(2)]
    try:
        for thread in threads:
            thread.start()
        wait_for(lambda: len(results) >= 20, timeout=30, message="20 requests before the kill")
        killed_at = time.monotonic()
        os.killpg(pgid, signal.SIGKILL)  # the master and its workers at once, mid-request
        wait_for(lambda: not alive(web1), timeout=5, message="web1 gone after SIGKILL")
        wait_for(lambda: sum(1 for t, *_ in results if t > killed_at) >= 40, timeout=60, message="40 requests after the kill")
    finally:
        stop.set()
        for thread in threads:
            thread.join(30)
    try:
        failed = [r for r in results if r[2] != 200]
        assert not failed, f"{len(failed)} of {len(results)} requests failed: {failed[:10]}"
        # Both instances answered these requests (nginx's access log): the killed one was in use.
        lines = [json.loads(line) for line in (STATE / "logs" / "nginx-access.log").read_text().splitlines() if agent in line]
        assert len(lines) == len(results)
        assert len({entry["upstream"].split(", ")[0] for entry in lines}) == 2, {entry["upstream"] for entry in lines}
    finally:
        stack.script("start-service", "web1")
    assert alive(pid_of("web1")) and pid_of("web1") != web1
    assert_running(stack, "web1", "web2", "nginx")


def test_search_engine_comes_back(stack, operator, engine_restart):
    engine_restart.wait()
    ready = stack.get("/readyz")
    assert ready.status_code == 200 and ready.json()["search"] == "ok", ready.text
    # The site uses the engine again once its breaker (SEARCH_BREAKER_SECONDS after the last failure) closes.
    recovered = wait_for(
        lambda: (r := stack.get(SEARCH)).status_code == 200 and FALLBACK_NOTICE not in r.text and r, timeout=45, interval=2, message="search from the engine"
    )
    assert search_results(recovered.text)
    assert_running(stack)
