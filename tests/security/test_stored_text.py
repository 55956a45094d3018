"""Stored user text is cut to its column after normalisation, never before.

'İ'.lower() is 'i̇' (two characters): a query of 128 × 'İ' fits 255 characters when it is cut, but not after it
is lower-cased. PostgreSQL refuses such a value (a 500); SQLite, the default test database, stores it silently.
`bounded_columns` makes SQLite refuse it too, the way PostgreSQL does, so these tests fail on either database.
"""

from django.contrib.auth import get_user_model
from django.db import DataError, models
from django.db.models.signals import pre_save

import pytest

from home.text import fit
from search.models import SearchQueryStat

ATTACK = "İ" * 128
LOWERED = "i̇" * 127  # 254 characters: the 128th pair does not fit, and is not split either


@pytest.fixture
def bounded_columns():
    """Refuses, like PostgreSQL, a save that puts more characters in a CharField than its max_length."""

    def refuse_overflow(sender, instance, raw=False, **kwargs):
        for field in sender._meta.concrete_fields:
            if isinstance(field, models.CharField) and field.max_length:
                value = getattr(instance, field.attname)
                if isinstance(value, str) and len(value) > field.max_length:
                    raise DataError(f"value too long for type character varying({field.max_length}): {sender.__name__}.{field.name}")

    pre_save.connect(refuse_overflow, weak=False, dispatch_uid="tests.security.bounded_columns")
    yield
    pre_save.disconnect(dispatch_uid="tests.security.bounded_columns")


def assert_fits_and_validates(instance, field_name):
    max_length = instance._meta.get_field(field_name).max_length
    assert len(getattr(instance, field_name)) <= max_length
    instance.full_clean()  # the model's own validation (max_length) agrees


@pytest.mark.parametrize("url", ["/zoeken/", "/en/search/"])
def test_dotted_capital_i_query_is_answered_and_logged_within_its_column(client, shared_demo_site, bounded_columns, url):
    response = client.get(url, {"q": ATTACK})
    assert response.status_code == 200
    assert client.get(url, {"q": ATTACK}).status_code == 200

    stat = SearchQueryStat.objects.get()
    assert stat.query_string == LOWERED
    assert stat.searches == 2  # the second search found the same row
    assert_fits_and_validates(stat, "query_string")
    # Wagtail's own query log is no longer written per search (one log row per search, search/README.md); the
    # promotion lookup with the same fitted string answered above without an error.


def test_the_column_check_catches_a_value_cut_before_lower_casing(db, bounded_columns):
    """What the query log did before: cut to 255, then lower-case."""
    with pytest.raises(DataError):
        SearchQueryStat.objects.create(query_string=ATTACK[:255].lower(), language="nl")
    stat = SearchQueryStat(query_string=ATTACK[:255].lower(), language="nl")
    with pytest.raises(Exception, match="255"):
        stat.full_clean()


def test_fit_cuts_after_whole_characters():
    assert fit("abc", 5) == "abc"
    assert fit("abcdef", 4) == "abcd"
    # 'i' + COMBINING DOT ABOVE is one character to a reader: never keep the 'i' without its dot.
    assert fit("i̇i̇i̇", 3) == "i̇"
    assert fit("i̇i̇i̇", 4) == "i̇i̇"
    assert fit("\u0307" * 5, 3) == ""  # nothing but combining marks: nothing safe to keep


def test_signup_with_an_address_that_grows_when_lower_cased_gets_a_form_error(client, shared_demo_site, bounded_columns):
    domain = ".".join(["a" * 60] * 3) + ".org"
    email = "İ" * 64 + "@" + domain
    assert len(email) <= 254 < len(email.lower())
    response = client.post("/account/signup/", {"email": email, "password1": "Zeer-geheim-2026!", "password2": "Zeer-geheim-2026!"})
    assert response.status_code == 200
    assert "Dit e-mailadres is te lang: hoogstens 254 tekens." in response.content.decode()
    assert not get_user_model().objects.filter(email__iexact=email.lower()).exists()


@pytest.mark.parametrize("local_part", ["İ" * 20, "jİm"])
def test_signup_with_letters_mail_cannot_be_sent_to_gets_a_form_error(client, shared_demo_site, local_part):
    """Django's validator lets 'İ' through before the @ (it matches [A-Z] ignoring case); the verification mail to
    such an address failed with a 500 (a long local part) or went to a garbled address (a short one)."""
    users = get_user_model().objects.count()
    response = client.post("/account/signup/", {"email": local_part + "@example.org", "password1": "Zeer-geheim-2026!", "password2": "Zeer-geheim-2026!"})
    assert response.status_code == 200
    assert "Gebruik een e-mailadres zonder letters met accenten of andere bijzondere tekens vóór de @." in response.content.decode()
    assert get_user_model().objects.count() == users
