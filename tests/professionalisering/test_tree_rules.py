"""The page tree cannot be built wrong: every type has its place."""

from django.contrib.auth import get_user_model
from django.test import Client

from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage
from professionalisering.models import LearningModulePage, LearningTrajectoryPage, ProgrammeLinePage, ProgrammePage, ResultPage


class TreeRulesTests(WagtailPageTestCase):
    def test_allowed_parents(self):
        self.assertAllowedParentPageTypes(ProgrammePage, {HomePage})
        self.assertAllowedParentPageTypes(LearningTrajectoryPage, {HomePage})
        self.assertAllowedParentPageTypes(ProgrammeLinePage, {ProgrammePage})
        self.assertAllowedParentPageTypes(ResultPage, {ProgrammeLinePage})
        self.assertAllowedParentPageTypes(LearningModulePage, {LearningTrajectoryPage})

    def test_allowed_children(self):
        self.assertAllowedSubpageTypes(ProgrammePage, {ProgrammeLinePage})
        self.assertAllowedSubpageTypes(ProgrammeLinePage, {ResultPage})
        self.assertAllowedSubpageTypes(LearningTrajectoryPage, {LearningModulePage})
        self.assertAllowedSubpageTypes(ResultPage, set())
        self.assertAllowedSubpageTypes(LearningModulePage, set())

    def test_result_page_only_under_a_programme_line(self):
        self.assertCanCreateAt(ProgrammeLinePage, ResultPage)
        for parent in (HomePage, StandardPage, ProgrammePage, LearningTrajectoryPage, LearningModulePage, ResultPage):
            self.assertCanNotCreateAt(parent, ResultPage)

    def test_lines_and_modules_stay_with_their_parent(self):
        self.assertCanNotCreateAt(HomePage, ProgrammeLinePage)
        self.assertCanNotCreateAt(LearningTrajectoryPage, ProgrammeLinePage)
        self.assertCanNotCreateAt(ProgrammePage, LearningModulePage)
        self.assertCanNotCreateAt(HomePage, LearningModulePage)

    def test_admin_refuses_a_result_page_under_the_programme_page(self):
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title="Toezichtnet", slug="toezichtnet", hero_title="Toezicht"))
        Site.objects.update(root_page=home)
        programme = home.add_child(instance=ProgrammePage(title="Programma", slug="programma"))
        line = programme.add_child(instance=ProgrammeLinePage(title="Lijn", slug="lijn", number=1, summary="Samenvatting"))
        admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "x")
        client = Client()
        client.force_login(admin)

        # Wagtail answers a refused admin view with a redirect to the dashboard and an error message.
        refused = client.get(f"/admin/pages/add/professionalisering/resultpage/{programme.pk}/")
        self.assertRedirects(refused, "/admin/", fetch_redirect_response=False)
        posted = client.post(f"/admin/pages/add/professionalisering/resultpage/{programme.pk}/", {"title": "Resultaat", "slug": "resultaat"})
        self.assertRedirects(posted, "/admin/", fetch_redirect_response=False)
        self.assertFalse(ResultPage.objects.exists())
        allowed = client.get(f"/admin/pages/add/professionalisering/resultpage/{line.pk}/")
        self.assertEqual(allowed.status_code, 200)
        # "Add child page" under the programme has one choice, so Wagtail goes straight to the line form.
        choices = client.get(f"/admin/pages/{programme.pk}/add_subpage/")
        self.assertRedirects(choices, f"/admin/pages/add/professionalisering/programmelinepage/{programme.pk}/", fetch_redirect_response=False)
