"""Wrong passwords for a document collection are limited per client like page passwords; the right one still works."""

from django.core.cache import cache
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

import pytest

PASSWORD = "vertrouwelijk-2026"
LOCKED = "U heeft te vaak een verkeerd wachtwoord ingevuld."


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def restriction(db):
    collection = Collection.get_first_root_node().add_child(name="Besloten stukken")
    restriction = CollectionViewRestriction.objects.create(collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password=PASSWORD)
    document = get_document_model().objects.create(title="Verslag pilot", collection=collection, file=ContentFile(b"Vertrouwelijk verslag", name="verslag.txt"))
    return restriction, document


def attempt(client, restriction, password, address="203.0.113.7"):
    return client.post(f"/documents/authenticate_with_password/{restriction.pk}/", {"password": password, "return_url": "/"}, REMOTE_ADDR=address)


def test_wrong_document_passwords_are_limited(client, restriction):
    restriction, document = restriction
    for _number in range(5):
        response = attempt(client, restriction, "raden")
        assert response.status_code == 200
        assert LOCKED not in response.content.decode()
    response = attempt(client, restriction, PASSWORD)
    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    # Another visitor is not locked out, and the right password lets them in.
    assert attempt(client, restriction, PASSWORD, address="203.0.113.8").status_code == 302


def test_the_right_password_does_not_use_up_a_try(client, restriction):
    restriction, document = restriction
    for _number in range(10):
        assert attempt(client, restriction, PASSWORD).status_code == 302
