"""Throttles count per client: behind a trusted proxy the client is the address the proxy reports, not the proxy."""

from django.test import RequestFactory, override_settings

from home.middleware import TrustedProxyMiddleware


def client_address(meta, count):
    seen = {}

    def view(request):
        seen["ip"] = request.META["REMOTE_ADDR"]

    with override_settings(TRUSTED_PROXY_COUNT=count):
        TrustedProxyMiddleware(view)(RequestFactory().get("/", **meta))
    return seen["ip"]


def test_without_trusted_proxies_the_header_is_ignored():
    assert client_address({"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.9"}, 0) == "10.0.0.1"


def test_behind_one_proxy_the_address_it_appended_is_the_client():
    meta = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "198.51.100.7, 203.0.113.9"}
    # The left entry was sent by the client itself (spoofable); nginx appended the right one.
    assert client_address(meta, 1) == "203.0.113.9"


def test_a_short_header_keeps_the_socket_address():
    assert client_address({"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": ""}, 1) == "127.0.0.1"


def test_two_visitors_behind_the_proxy_have_their_own_contact_form_limit(client, settings):
    from home.throttle import Throttle

    settings.TRUSTED_PROXY_COUNT = 1
    seen = []

    def view(request):
        seen.append(Throttle("test", request, 1, 60).hit())

    for visitor in ("203.0.113.1", "203.0.113.2"):
        TrustedProxyMiddleware(view)(RequestFactory().post("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=visitor))
    assert seen == [True, True]
