"""Rendering and the editor round trip of the home app's page types."""

from django.core.exceptions import ValidationError

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from home.demo import demo_image
from home.models import FormPage, HomePage, StandardPage


@pytest.mark.usefixtures("_module_demo_tree")  # the demo tree, built once per process (tests/conftest.py)
class DemoPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePage.objects.get(locale__language_code="nl")
        cls.about = StandardPage.objects.get(slug="over-dit-platform", locale__language_code="nl")
        cls.contact = FormPage.objects.get(slug="contact", locale__language_code="nl")

    def setUp(self):
        self.login()

    def test_demo_pages_are_renderable(self):
        for page in (self.home, self.about, self.contact, HomePage.objects.get(locale__language_code="en")):
            self.assertPageIsRenderable(page)

    def test_standard_page_preview_renders(self):
        post_data = nested_form_data(
            {
                "title": "Over dit platform",
                "slug": "over-dit-platform",
                "intro": "Nieuwe introductie.",
                "hero_image_alt": "",
                "body": streamfield([("paragraph", rich_text("<p>Concepttekst.</p>"))]),
            }
        )
        self.assertPageIsPreviewable(self.about, post_data=post_data)

    def test_editor_creates_a_standard_page_in_the_admin(self):
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Werken bij de inspecties",
                    "slug": "werken-bij",
                    "intro": "Vacatures en stages bij de rijksinspecties.",
                    "hero_image_alt": "",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Vacatures", "level": "h2"}),
                            ("paragraph", rich_text("<p>Bekijk de vacatures op werkenvoornederland.nl.</p>")),
                        ]
                    ),
                }
            ),
        )
        page = StandardPage.objects.get(slug="werken-bij")
        self.assertEqual(page.get_parent().specific, self.home)
        self.assertEqual(page.body[0].value["text"], "Vacatures")

    def test_editor_creates_a_form_page_in_the_admin(self):
        self.assertCanCreate(
            self.about,
            FormPage,
            nested_form_data(
                {
                    "title": "Aanmelden nieuwsbrief",
                    "slug": "nieuwsbrief",
                    "intro": rich_text("<p>Meld u aan.</p>"),
                    "thank_you_text": rich_text("<p>Dank u.</p>"),
                    "from_address": "",
                    "to_address": "",
                    "subject": "",
                    "form_fields": inline_formset([{"label": "E-mailadres", "field_type": "email", "required": "on", "help_text": ""}]),
                }
            ),
        )
        self.assertEqual(FormPage.objects.get(slug="nieuwsbrief").form_fields.get().clean_name, "e_mailadres")


@pytest.mark.django_db
def test_hero_image_without_alt_text_is_refused_in_dutch():
    image = demo_image("Heldenbeeld", "Blauw vlak")
    page = StandardPage(title="Zonder alt", slug="zonder-alt", hero_image=image, hero_image_alt="  ")
    with pytest.raises(ValidationError) as raised:
        page.clean()
    assert raised.value.message_dict["hero_image_alt"] == ["Vul een alternatieve tekst in voor de hoofdafbeelding."]
