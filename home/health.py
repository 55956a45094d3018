"""Readiness checks for /readyz: the database (required) and the search engine (optional: search falls back to the database)."""

import logging

from django.db import connections

from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)


def check_database():
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any driver error means "down"; the detail goes to the log
        logger.warning("Health check: database unavailable: %s", exc)
        return {"status": "error", "detail": type(exc).__name__}
    return {"status": "ok", "vendor": connections["default"].vendor}


def check_search():
    backend = get_search_backend()
    name = type(backend).__module__.rsplit(".", 1)[-1]
    client = getattr(backend, "es", None) or getattr(backend, "client", None)
    if client is None:
        return {"status": "ok", "backend": name}
    try:
        if hasattr(client, "options"):  # elasticsearch>=8 client
            health = client.options(request_timeout=2).cluster.health()
        else:  # opensearch-py
            health = client.cluster.health(request_timeout=2)
        cluster_status = health.get("status")
    except Exception as exc:  # connection refused, timeout, auth: all mean the engine is unusable
        logger.warning("Health check: search engine unavailable: %s", exc)
        return {"status": "error", "backend": name, "detail": type(exc).__name__}
    ok = cluster_status in {"green", "yellow"}
    return {"status": "ok" if ok else "error", "backend": name, "cluster": cluster_status}


def readiness_report():
    """(ready, report). Not ready without a database; a search engine that is down only degrades search."""
    database, search = check_database(), check_search()
    ready = database["status"] == "ok"
    search_state = "ok" if search["status"] == "ok" else "degraded"
    if search_state == "degraded":
        search["status"] = "degraded"
    status = "error" if not ready else search_state
    return ready, {"status": status, "database": database["status"], "search": search_state, "checks": {"database": database, "search": search}}
