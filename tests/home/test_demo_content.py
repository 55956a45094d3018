"""`load_demo_content` builds the tree once; running it again changes nothing."""

import os

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from home.models import FormField, FormPage, HomePage, SiteSettings, StandardPage


def _counts():
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "images": get_image_model().objects.count(),
        "users": get_user_model().objects.count(),
        "revisions": Revision.objects.count(),
        "form fields": FormField.objects.count(),
    }


def test_running_demo_content_twice_changes_nothing(shared_demo_site):
    before = _counts()
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert _counts() == before


def test_demo_tree_has_the_required_pages_in_both_languages(shared_demo_site):
    home = shared_demo_site.root_page.specific
    assert isinstance(home, HomePage)
    assert home.locale.language_code == "nl"
    children = {page.slug: page.specific for page in home.get_children().live()}
    for slug in ("over-dit-platform", "toegankelijkheidsverklaring", "privacyverklaring", "contact"):
        assert slug in children, f"the demo tree lacks /{slug}/"
    assert isinstance(children["contact"], FormPage)
    assert isinstance(children["toegankelijkheidsverklaring"], StandardPage)
    english = {page.specific_class for page in Page.objects.live().filter(locale__language_code="en")}
    assert {HomePage, StandardPage, FormPage} <= english


def test_demo_site_settings_fill_navigation_and_footer(shared_demo_site):
    site_settings = SiteSettings.for_site(shared_demo_site)
    assert len(site_settings.main_navigation) >= 2
    footer_titles = {block.value.link_text() for block in site_settings.footer_links}
    assert {"Toegankelijkheidsverklaring", "Privacyverklaring", "Contact"} <= footer_titles
    assert site_settings.contact_email


def test_demo_images_have_files_and_descriptions(shared_demo_site):
    images = list(get_image_model().objects.all())
    assert images
    for image in images:
        assert image.file.storage.exists(image.file.name), image.title
        assert image.description, f"demo image {image.title!r} has no description"
