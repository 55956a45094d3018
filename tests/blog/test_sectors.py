"""Sector (werkveld) names follow the visitor's language in comment profiles and on the profile form."""

import re

from django.test import Client
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

import pytest

from blog.models import BlogPage
from home.snippets import Sector

from .conftest import add_comment

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_sector(home, member):
    dutch = Sector.objects.get(name="Onderwijs")
    english = dutch.copy_for_translation(Locale.objects.get(language_code="en"))
    english.name = "Education"
    english.save()
    government = Sector.objects.create(name="Rijksoverheid", locale=Locale.get_default())
    government_english = government.copy_for_translation(Locale.objects.get(language_code="en"))
    government_english.name = "Central government"
    government_english.save()
    return english


@pytest.fixture
def english_post(post):
    english = post.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True, alias=False)
    english.save_revision().publish()
    return BlogPage.objects.get(pk=english.pk)


def test_comment_profile_shows_the_sector_in_the_pages_language(post, english_post, member, english_sector):
    add_comment(post, member, body="Reactie op de Nederlandse blog.")
    add_comment(english_post, member, body="Comment on the English post.")
    dutch_html = Client().get(post.get_url()).content.decode()
    english_html = Client().get(english_post.get_url()).content.decode()
    assert english_post.get_url().startswith("/en/")
    assert "<dd>Onderwijs</dd>" in dutch_html and "Education" not in dutch_html
    profiles = re.findall(r"<dl.*?</dl>", english_html, re.S)
    assert "<dd>Education</dd>" in english_html and "<dd>Onderwijs</dd>" not in english_html, profiles


def test_profile_form_labels_sectors_in_the_active_language(member, english_sector):
    client = Client()
    client.force_login(member)
    with translation.override("en"):
        url = reverse("blog:profile")
    html = client.get(url).content.decode()
    assert url.startswith("/en/")
    assert "Education" in html and ">Onderwijs<" not in html
    labels = re.findall(r'<label for="id_sectors_\d+">([^<]+)</label>', html)
    assert labels == ["Central government", "Education"]
    response = client.post(
        url, {"display_name": "Anna", "organisation": "IvhO", "job_title": "Inspecteur", "sectors": [english_sector.get_translation(Locale.get_default()).pk]}
    )
    assert response.status_code == 302
    assert list(member.member_profile.sectors.values_list("name", flat=True)) == ["Onderwijs"]
