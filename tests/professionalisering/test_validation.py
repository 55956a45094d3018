"""Validation explains the fix, in Dutch, both on the model and in the page editor."""

import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import translation

from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage
from professionalisering.models import ProgrammeLineAction, ProgrammeLinePage, ProgrammePage, ResultPage

from .builders import make_document, make_image

DONE_WITHOUT_DATE = "Een afgeronde actie heeft een datum nodig: vul de datum in waarop de actie is afgerond."
PUBLICATION_WITHOUT_FILE = "Een publicatie heeft een document of een link nodig: kies het document of vul de link naar de publicatie in."


class ValidationTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        root = Page.get_first_root_node()
        cls.home = root.add_child(instance=HomePage(title="Toezichtnet", slug="toezichtnet", hero_title="Toezicht"))
        Site.objects.update(root_page=cls.home)
        cls.programme = cls.home.add_child(instance=ProgrammePage(title="Programma", slug="programma"))
        cls.line = cls.programme.add_child(
            instance=ProgrammeLinePage(title="Professionalisering", slug="professionalisering", number=3, summary="Vakmanschap.")
        )
        cls.admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "x")

    def setUp(self):
        translation.activate("nl")
        self.client.force_login(self.admin)

    # Actions ------------------------------------------------------------------------------------

    def action(self, **fields):
        return ProgrammeLineAction(page=self.line, text="Bijeenkomst", **fields)

    def test_finished_action_without_date_is_refused_in_dutch(self):
        with self.assertRaises(ValidationError) as raised:
            self.action(status="afgerond").full_clean()
        self.assertEqual(raised.exception.message_dict["date"], [DONE_WITHOUT_DATE])

    def test_finished_action_with_date_and_planned_action_with_period_are_fine(self):
        self.action(status="afgerond", date=datetime.date(2024, 7, 5)).full_clean()
        self.action(status="gepland", period="na de zomer").full_clean()
        self.action(status="gestart").full_clean()

    def line_form(self, actions):
        return nested_form_data(
            {
                "title": "Professionalisering",
                "slug": "professionalisering",
                "number": 3,
                "summary": "Vakmanschap.",
                "intro": "",
                "body": streamfield([]),
                "sub_lines": streamfield([]),
                "goals": rich_text(""),
                "organisation": rich_text(""),
                "actions": inline_formset(actions),
                "contacts": inline_formset([]),
            }
        )

    def test_editor_sees_the_dutch_error_next_to_the_action(self):
        response = self.client.post(
            f"/admin/pages/{self.line.pk}/edit/",
            self.line_form([{"text": "Bijeenkomst over de agenda", "status": "afgerond", "date": "", "period": "", "link": ""}]),
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, DONE_WITHOUT_DATE)
        self.assertFalse(ProgrammeLineAction.objects.filter(page=self.line).exists())

    def test_editor_saves_a_finished_action_with_a_date(self):
        response = self.client.post(
            f"/admin/pages/{self.line.pk}/edit/",
            self.line_form([{"text": "Bijeenkomst over de agenda", "status": "afgerond", "date": "2024-07-05", "period": "", "link": ""}]),
        )
        self.assertEqual(response.status_code, 302)
        draft = ProgrammeLinePage.objects.get(pk=self.line.pk).get_latest_revision_as_object()
        self.assertEqual([(a.status, a.date) for a in draft.actions.all()], [("afgerond", datetime.date(2024, 7, 5))])

    # Results ------------------------------------------------------------------------------------

    def result(self, **fields):
        defaults = {"title": "Kritische beroepssituaties", "slug": "kbs", "kind": "publicatie", "summary": "Verhalen."}
        page = ResultPage(**(defaults | fields))
        self.line.add_child(instance=page)
        return page

    def test_publication_without_document_or_link_is_refused_in_dutch(self):
        page = ResultPage(title="Kritische beroepssituaties", slug="kbs", kind="publicatie", summary="Verhalen.")
        with self.assertRaises(ValidationError) as raised:
            self.line.add_child(instance=page)
        self.assertEqual(raised.exception.message_dict["document"], [PUBLICATION_WITHOUT_FILE])

    def test_publication_with_a_document_or_a_link_and_other_kinds_without_are_fine(self):
        self.result(slug="met-document", document=make_document())
        self.result(slug="met-link", link="https://example.org/kbs")
        self.result(slug="instrument", kind="instrument")
        self.assertEqual(ResultPage.objects.count(), 3)

    def test_cover_image_needs_alt_text(self):
        with self.assertRaises(ValidationError) as raised:
            self.result(kind="onderzoek", cover_image=make_image())
        self.assertEqual(raised.exception.message_dict["cover_image_alt"], ["Vul een alternatieve tekst in voor de omslagafbeelding."])

    def test_editor_sees_the_publication_error(self):
        data = nested_form_data(
            {
                "title": "Kritische beroepssituaties",
                "slug": "kbs",
                "kind": "publicatie",
                "year": 2020,
                "summary": "Verhalen van inspecteurs.",
                "cover_image_alt": "",
                "link": "",
                "body": streamfield([]),
                "partners": inline_formset([]),
                "support": rich_text(""),
            }
        )
        response = self.client.post(f"/admin/pages/add/professionalisering/resultpage/{self.line.pk}/", data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, PUBLICATION_WITHOUT_FILE)
        self.assertFalse(ResultPage.objects.exists())
