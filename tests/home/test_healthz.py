"""/healthz reports the database and the search backend: 200 when both work, 503 otherwise."""

from unittest import mock

from django.db import OperationalError, connections

import pytest

pytestmark = pytest.mark.django_db


def test_healthz_is_200_and_reports_each_check(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    data = response.json()
    assert data["status"] == "ok"
    assert data["checks"]["database"]["status"] == "ok"
    assert data["checks"]["database"]["vendor"] == connections["default"].vendor
    assert data["checks"]["search"]["status"] == "ok"


def test_healthz_is_503_when_the_database_is_unreachable(client):
    with mock.patch.object(connections["default"], "cursor", side_effect=OperationalError("could not connect to server")):
        response = client.get("/healthz")
    assert response.status_code == 503
    data = response.json()
    assert data["status"] == "error"
    assert data["checks"]["database"] == {"status": "error", "detail": "OperationalError"}
    assert "could not connect" not in response.content.decode()  # details go to the log, not to the world


def test_healthz_is_503_when_the_search_engine_is_down(client):
    class DeadClient:
        class cluster:  # noqa: N801
            @staticmethod
            def health(**kwargs):
                raise ConnectionError("connection refused")

    backend = mock.Mock(spec=["client"], client=DeadClient())
    with mock.patch("home.health.get_search_backend", return_value=backend):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["search"]["status"] == "error"
    assert response.json()["checks"]["database"]["status"] == "ok"


def test_healthz_refuses_post(client):
    assert client.post("/healthz").status_code == 405
