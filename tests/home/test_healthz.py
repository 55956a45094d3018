"""/healthz is liveness (the process answers, nothing else is touched); /readyz is readiness: 503 without a
database, 200 with "search": "degraded" when only the search engine is down (search falls back to the database)."""

import importlib
import os
from unittest import mock

from django.db import OperationalError, connections

import pytest

pytestmark = pytest.mark.django_db


class DeadSearchClient:
    class cluster:  # noqa: N801
        @staticmethod
        def health(**kwargs):
            raise ConnectionError("connection refused")


def dead_search_backend():
    return mock.Mock(spec=["client"], client=DeadSearchClient())


def test_healthz_is_200_without_touching_database_or_search(client, django_assert_num_queries):
    with (
        mock.patch.object(connections["default"], "cursor", side_effect=OperationalError("could not connect to server")),
        mock.patch("home.health.get_search_backend", side_effect=AssertionError("liveness must not ask the engine")),
        django_assert_num_queries(0),
    ):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert response.json() == {"status": "ok"}


def test_readyz_is_200_and_reports_each_check(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    data = response.json()
    assert data["status"] == "ok"
    assert data["database"] == "ok" and data["search"] == "ok"
    assert data["checks"]["database"]["vendor"] == connections["default"].vendor


def test_readyz_is_503_when_the_database_is_unreachable(client):
    with mock.patch.object(connections["default"], "cursor", side_effect=OperationalError("could not connect to server")):
        response = client.get("/readyz")
    assert response.status_code == 503
    data = response.json()
    assert data["status"] == "error" and data["database"] == "error"
    assert data["checks"]["database"] == {"status": "error", "detail": "OperationalError"}
    assert "could not connect" not in response.content.decode()  # details go to the log, not to the world


def test_readyz_stays_200_degraded_when_only_the_search_engine_is_down(client):
    with mock.patch("home.health.get_search_backend", return_value=dead_search_backend()):
        response = client.get("/readyz")
    assert response.status_code == 200
    data = response.json()
    assert data["status"] == "degraded"
    assert data["search"] == "degraded"
    assert data["database"] == "ok"
    assert data["checks"]["search"]["detail"] == "ConnectionError"


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_probes_refuse_post(client, path):
    assert client.post(path).status_code == 405


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_probes_over_plain_http_are_not_redirected_in_production(client, settings, path):
    """An orchestrator probes the process over plain HTTP; SECURE_SSL_REDIRECT must not answer it with a 301."""
    env = {"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "testserver", "REDIS_URL": "redis://127.0.0.1:6379/0"}
    with mock.patch.dict(os.environ, env):
        production = importlib.import_module("config.settings.production")
        production = importlib.reload(production)
    assert production.SECURE_SSL_REDIRECT is True
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_REDIRECT_EXEMPT = production.SECURE_REDIRECT_EXEMPT
    assert client.get(path).status_code == 200
    assert client.get("/").status_code == 301  # everything else still goes to HTTPS
