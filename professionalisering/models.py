"""Programme Innovatie Toezicht: programme, lines, achieved results, and the LST module catalogue."""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalKey, ParentalManyToManyField

from blog.models.comments import CommentsFields
from home.blocks import RICH_TEXT_FEATURES
from home.localization import in_locale
from home.models import CARD_RENDITION, BasePage

from .blocks import ProgrammeStoryBlock, SubLineStreamBlock

COVER_RENDITION = CARD_RENDITION  # the card image of components/card.html, prefetched for lists of results


def default_locale_only():
    """Pages point at the default-language snippet; templates show its translation (see home.localization.in_locale)."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


class ThemeFields(models.Model):
    """Optional themes, used as a search facet."""

    themes = ParentalManyToManyField(
        "home.Theme",
        verbose_name=_("thema's"),
        blank=True,
        related_name="+",
        limit_choices_to=default_locale_only,
        help_text=_("Thema's waarop bezoekers in de zoekresultaten kunnen filteren."),
    )

    theme_panel = FieldPanel("themes", widget=forms.CheckboxSelectMultiple)

    class Meta:
        abstract = True


# Pages link the Dutch themes, persons and organisations; what they show is translated (home.localization.in_locale).
THEME_TRANSLATABLE_FIELDS = [SynchronizedField("themes", overridable=False)]
THEME_SEARCH_FIELDS = [index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")])]


class ProgrammePage(CommentsFields, ThemeFields, BasePage):
    intro = models.TextField(_("introductie"), blank=True, max_length=600, help_text=_("Korte inleiding, vet weergegeven onder de titel."))
    ambition = StreamField(
        ProgrammeStoryBlock(),
        verbose_name=_("ambitie en bijdrage"),
        blank=True,
        help_text=_("Wat wil het programma bereiken en hoe draagt het bij aan de vernieuwing van de inspecties?"),
    )
    preconditions = RichTextField(
        _("randvoorwaarden"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("De voorwaarden waaronder het programma werkt, bij voorkeur als opsomming."),
    )
    process = RichTextField(_("proces"), blank=True, features=RICH_TEXT_FEATURES, help_text=_("Wie het programma uitvoert en hoe de lijnen tot stand komen."))

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("ambition"),
        FieldPanel("preconditions"),
        FieldPanel("process"),
        ThemeFields.theme_panel,
        CommentsFields.comments_panel,
    ]
    search_fields = (
        BasePage.search_fields
        + [
            index.SearchField("intro", boost=2),
            index.SearchField("ambition"),
            index.SearchField("preconditions"),
            index.SearchField("process"),
        ]
        + THEME_SEARCH_FIELDS
    )
    translatable_fields = (
        BasePage.translatable_fields
        + [SynchronizedField("comments_open", overridable=False)]
        + [TranslatableField("intro"), TranslatableField("ambition"), TranslatableField("preconditions"), TranslatableField("process")]
        + THEME_TRANSLATABLE_FIELDS
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = ["professionalisering.ProgrammeLinePage"]
    template = "pages/professionalisering/programme_page.html"
    search_type_label = _("pagina")

    class Meta:
        verbose_name = _("programma")
        verbose_name_plural = _("programma's")

    def get_lines(self):
        return ProgrammeLinePage.objects.child_of(self).live().public().order_by("number", "path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lines"] = self.get_lines()
        context["themes"] = in_locale(self.themes.all(), self.locale_id)
        return context


class ProgrammeLinePage(CommentsFields, ThemeFields, BasePage):
    number = models.PositiveSmallIntegerField(_("nummer"), help_text=_("Het nummer van de programmalijn; het overzicht wordt hierop gesorteerd."))
    summary = models.CharField(_("samenvatting"), max_length=250, help_text=_("Eén zin voor het overzicht van programmalijnen op de programmapagina."))
    intro = models.TextField(_("introductie"), blank=True, max_length=1200, help_text=_("Waar draait het om in deze programmalijn?"))
    body = StreamField(
        ProgrammeStoryBlock(),
        verbose_name=_("toelichting"),
        blank=True,
        help_text=_("Optionele uitgebreidere toelichting onder de introductie."),
    )
    sub_lines = StreamField(
        SubLineStreamBlock(),
        verbose_name=_("deellijnen"),
        blank=True,
        help_text=_("Optioneel: deellijnen (a, b, ...) met hun eigen doelen en activiteiten."),
    )
    goals = RichTextField(_("wat willen we bereiken?"), blank=True, features=RICH_TEXT_FEATURES, help_text=_("De doelen van de programmalijn."))
    organisation = RichTextField(
        _("hoe is het georganiseerd?"), blank=True, features=RICH_TEXT_FEATURES, help_text=_("Wie doet mee en hoe wordt er samengewerkt?")
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("number"), FieldPanel("summary")], heading=_("In het overzicht")),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("sub_lines"),
        FieldPanel("goals"),
        FieldPanel("organisation"),
        ThemeFields.theme_panel,
        CommentsFields.comments_panel,
    ]
    action_panels = [
        InlinePanel("actions", heading=_("Concrete acties"), label=_("Actie")),
        InlinePanel("contacts", heading=_("Contactpersonen"), label=_("Contactpersoon")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Inhoud")),
            ObjectList(action_panels, heading=_("Acties en contact")),
            ObjectList(BasePage.promote_panels, heading=_("Promoten")),
            ObjectList(Page.settings_panels, heading=_("Instellingen")),
        ]
    )
    search_fields = (
        BasePage.search_fields
        + [
            index.SearchField("summary", boost=2),
            index.SearchField("intro", boost=2),
            index.SearchField("body"),
            index.SearchField("sub_lines"),
            index.SearchField("goals"),
            index.SearchField("organisation"),
            index.FilterField("number"),
            index.RelatedFields("actions", [index.SearchField("text")]),
        ]
        + THEME_SEARCH_FIELDS
    )
    translatable_fields = (
        BasePage.translatable_fields
        + [SynchronizedField("comments_open", overridable=False)]
        + [
            SynchronizedField("number", overridable=False),
            TranslatableField("summary"),
            TranslatableField("intro"),
            TranslatableField("body"),
            TranslatableField("sub_lines"),
            TranslatableField("goals"),
            TranslatableField("organisation"),
            TranslatableField("actions"),
            SynchronizedField("contacts", overridable=False),
        ]
        + THEME_TRANSLATABLE_FIELDS
    )

    parent_page_types = ["professionalisering.ProgrammePage"]
    subpage_types = ["professionalisering.ResultPage"]
    template = "pages/professionalisering/programme_line_page.html"
    search_type_label = _("programmalijn")

    class Meta:
        verbose_name = _("programmalijn")
        verbose_name_plural = _("programmalijnen")

    def get_results(self):
        images = get_image_model().objects.prefetch_renditions(COVER_RENDITION)
        return (
            ResultPage.objects.child_of(self)
            .live()
            .public()
            .select_related("document")
            .prefetch_related(Prefetch("cover_image", queryset=images))
            .order_by("-year", "path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["actions"] = list(self.actions.all())
        contacts = list(self.contacts.select_related("person__organisation", "person__photo"))
        people = in_locale((contact.person for contact in contacts), self.locale_id, select_related=("organisation", "photo"))
        context["contacts"] = list(zip(people, in_locale((person.organisation for person in people), self.locale_id), strict=True))
        context["results"] = self.get_results()
        context["themes"] = in_locale(self.themes.all(), self.locale_id)
        return context


class ProgrammeLineAction(TranslatableMixin, Orderable):
    class Status(models.TextChoices):
        PLANNED = "gepland", _("Gepland")
        STARTED = "gestart", _("Gestart")
        DONE = "afgerond", _("Afgerond")

    page = ParentalKey(ProgrammeLinePage, related_name="actions", on_delete=models.CASCADE)
    text = models.TextField(_("actie"), max_length=800, help_text=_("Wat gebeurt er, door wie? Eén of twee zinnen."))
    date = models.DateField(_("datum"), null=True, blank=True, help_text=_("Geplande datum, of de datum waarop de actie is afgerond."))
    period = models.CharField(
        _("periode"),
        max_length=100,
        blank=True,
        help_text=_("Als er geen vaste datum is: de geplande periode, bijvoorbeeld 'najaar 2024' of 'na de zomer'."),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PLANNED, help_text=_("Hoe ver is de actie?"))
    link = models.URLField(_("link"), blank=True, help_text=_("Optioneel: meer informatie, een verslag of een aanmeldformulier."))

    panels = [
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("date"), FieldPanel("period")]),
        FieldPanel("link"),
    ]
    translatable_fields = [
        TranslatableField("text"),
        SynchronizedField("status", overridable=False),
        SynchronizedField("date", overridable=False),
        TranslatableField("period"),
        SynchronizedField("link"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("concrete actie")
        verbose_name_plural = _("concrete acties")

    def __str__(self):
        return self.text[:80]

    @property
    def is_overdue(self):
        """Planned or started, with a date that has passed: behind schedule."""
        return self.status != self.Status.DONE and self.date is not None and self.date < timezone.localdate()

    @property
    def display_status(self):
        """The status visitors and editors see: 'Achter op planning' instead of 'Gepland'/'Gestart' once the date has passed."""
        return _("Achter op planning") if self.is_overdue else self.get_status_display()

    def clean(self):
        super().clean()
        if self.status == self.Status.DONE and not self.date:
            raise ValidationError({"date": _("Een afgeronde actie heeft een datum nodig: vul de datum in waarop de actie is afgerond.")})


class ProgrammeLineContact(Orderable):
    page = ParentalKey(ProgrammeLinePage, related_name="contacts", on_delete=models.CASCADE)
    person = models.ForeignKey(
        "home.Person",
        verbose_name=_("persoon"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Kies een persoon; naam, functie, organisatie en e-mailadres komen uit de persoonsgegevens."),
    )

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        verbose_name = _("contactpersoon")
        verbose_name_plural = _("contactpersonen")


class ResultPage(CommentsFields, ThemeFields, BasePage):
    class Kind(models.TextChoices):
        PUBLICATION = "publicatie", _("Publicatie")
        METHOD = "methode", _("Methode")
        INSTRUMENT = "instrument", _("Instrument")
        RESEARCH = "onderzoek", _("Onderzoek")

    kind = models.CharField(_("soort resultaat"), max_length=12, choices=Kind.choices, help_text=_("Wat voor resultaat is dit?"))
    summary = models.TextField(_("samenvatting"), max_length=600, help_text=_("Twee of drie zinnen; getoond in het overzicht van behaalde resultaten."))
    body = StreamField(ProgrammeStoryBlock(), verbose_name=_("inhoud"), blank=True, help_text=_("Het volledige verhaal van het resultaat."))
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("omslagafbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Bijvoorbeeld de voorkant van de publicatie."),
    )
    cover_image_alt = models.CharField(
        _("alternatieve tekst omslagafbeelding"),
        max_length=250,
        blank=True,
        help_text=_("Verplicht bij een omslagafbeelding: beschrijf wat erop staat voor wie haar niet kan zien."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Het document om te downloaden; bestandstype en grootte worden automatisch getoond."),
    )
    link = models.URLField(_("link"), blank=True, help_text=_("Optioneel: waar het resultaat elders te vinden is, bijvoorbeeld op een community."))
    year = models.PositiveSmallIntegerField(
        _("jaar"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        help_text=_("Het jaar waarin het resultaat verscheen."),
    )
    support = RichTextField(
        _("hulp en sessies"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Hoe krijgt een inspectie hulp bij het gebruik, of hoe vraagt een team een begeleide sessie aan?"),
    )
    support_contact = models.ForeignKey(
        "home.Person",
        verbose_name=_("contactpersoon voor hulp"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optioneel: bij wie je terechtkunt voor hulp of een sessie."),
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("year")], heading=_("Soort en jaar")),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("cover_image"), FieldPanel("cover_image_alt")], heading=_("Omslagafbeelding")),
        MultiFieldPanel([FieldPanel("document"), FieldPanel("link")], heading=_("Document en link")),
        FieldPanel("body"),
        InlinePanel("partners", heading=_("Partners"), label=_("Partnerinspectie")),
        MultiFieldPanel([FieldPanel("support"), FieldPanel("support_contact")], heading=_("Hulp of een sessie aanvragen")),
        ThemeFields.theme_panel,
        CommentsFields.comments_panel,
    ]
    search_fields = (
        BasePage.search_fields
        + [
            index.SearchField("summary", boost=2),
            index.SearchField("body"),
            index.SearchField("support"),
            index.FilterField("kind"),
            index.FilterField("year"),
            index.RelatedFields("partners", [index.RelatedFields("organisation", [index.SearchField("name"), index.SearchField("abbreviation")])]),
        ]
        + THEME_SEARCH_FIELDS
    )
    translatable_fields = (
        BasePage.translatable_fields
        + [SynchronizedField("comments_open", overridable=False)]
        + [
            SynchronizedField("kind", overridable=False),
            SynchronizedField("year", overridable=False),
            TranslatableField("summary"),
            SynchronizedField("cover_image"),
            TranslatableField("cover_image_alt"),
            SynchronizedField("document"),
            SynchronizedField("link"),
            TranslatableField("body"),
            SynchronizedField("partners", overridable=False),
            TranslatableField("support"),
            SynchronizedField("support_contact"),
        ]
        + THEME_TRANSLATABLE_FIELDS
    )

    parent_page_types = ["professionalisering.ProgrammeLinePage"]
    subpage_types = []
    template = "pages/professionalisering/result_page.html"
    search_type_label = _("resultaat")

    class Meta:
        verbose_name = _("behaald resultaat")
        verbose_name_plural = _("behaalde resultaten")

    # Search shows the date of a result as its year only (search/engine.py: Result.year_only).
    search_date_precision = "year"

    @property
    def search_date(self):
        """The editor's year as a date (1 January), so search's year facet and date sort use it; None without a year."""
        return datetime.date(self.year, 1, 1) if self.year else None

    @property
    def listing_meta(self):
        """'Publicatie · 2021': kind and year, as result cards show them."""
        return " · ".join(str(part) for part in (self.get_kind_display(), self.year) if part)

    def clean(self):
        super().clean()
        errors = {}
        if self.cover_image_id and not self.cover_image_alt.strip():
            errors["cover_image_alt"] = _("Vul een alternatieve tekst in voor de omslagafbeelding.")
        if self.kind == self.Kind.PUBLICATION and not self.document_id and not self.link:
            errors["document"] = _("Een publicatie heeft een document of een link nodig: kies het document of vul de link naar de publicatie in.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        partners = list(self.partners.select_related("organisation"))
        context["partners"] = in_locale((partner.organisation for partner in partners), self.locale_id)
        context["support_contact"] = in_locale([self.support_contact], self.locale_id, select_related=("organisation",))[0] if self.support_contact_id else None
        context["themes"] = in_locale(self.themes.all(), self.locale_id)
        context["line"] = self.get_parent()
        return context


class ResultPartner(Orderable):
    page = ParentalKey(ResultPage, related_name="partners", on_delete=models.CASCADE)
    organisation = models.ForeignKey(
        "home.Organisation",
        verbose_name=_("inspectie"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Een inspectie of organisatie die aan dit resultaat heeft meegewerkt."),
    )

    panels = [FieldPanel("organisation")]

    class Meta(Orderable.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")


class LearningTrajectoryPage(ThemeFields, BasePage):
    class Status(models.TextChoices):
        PREPARING = "voorbereiding", _("In voorbereiding")
        PILOT = "pilot", _("Pilot")
        REGULAR = "regulier", _("Regulier aanbod")
        PAUSED = "gepauzeerd", _("Tijdelijk geen nieuwe groepen")

    intro = models.TextField(_("introductie"), blank=True, max_length=600, help_text=_("Korte inleiding, vet weergegeven onder de titel."))
    body = StreamField(ProgrammeStoryBlock(), verbose_name=_("inhoud en doel"), blank=True, help_text=_("Waar gaat het leertraject over en wat is het doel?"))
    audience = RichTextField(_("voor wie"), blank=True, features=["bold", "italic", "link", "ul"], help_text=_("Voor wie is het leertraject bedoeld?"))
    start_date = models.DateField(_("startdatum"), null=True, blank=True, help_text=_("Wanneer start de (volgende) groep?"))
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.REGULAR, help_text=_("Loopt het leertraject als pilot of als regulier aanbod?")
    )
    practical_info = RichTextField(
        _("praktische informatie"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Aanmelden, kosten, locatie, wanneer er meer informatie volgt."),
    )
    contact_email = models.EmailField(_("e-mailadres voor vragen"), blank=True, help_text=_("Bijvoorbeeld het algemene adres van Bureau Inspectieraad."))

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("audience"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start_date"), FieldPanel("status")]), FieldPanel("practical_info"), FieldPanel("contact_email")],
            heading=_("Praktische informatie"),
        ),
        ThemeFields.theme_panel,
    ]
    search_fields = (
        BasePage.search_fields
        + [
            index.SearchField("intro", boost=2),
            index.SearchField("body"),
            index.SearchField("audience"),
            index.SearchField("practical_info"),
        ]
        + THEME_SEARCH_FIELDS
    )
    translatable_fields = (
        BasePage.translatable_fields
        + [
            TranslatableField("intro"),
            TranslatableField("body"),
            TranslatableField("audience"),
            SynchronizedField("start_date", overridable=False),
            SynchronizedField("status", overridable=False),
            TranslatableField("practical_info"),
            SynchronizedField("contact_email"),
        ]
        + THEME_TRANSLATABLE_FIELDS
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = ["professionalisering.LearningModulePage"]
    template = "pages/professionalisering/learning_trajectory_page.html"
    search_type_label = _("pagina")

    class Meta:
        verbose_name = _("leertraject")
        verbose_name_plural = _("leertrajecten")

    def get_modules(self):
        return (
            LearningModulePage.objects.child_of(self)
            .live()
            .public()
            .order_by("number", "path")
            .prefetch_related(
                Prefetch("teachers", queryset=LearningModuleTeacher.objects.select_related("person__organisation")),
                "dates",
            )
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        modules = list(self.get_modules())
        teachers = [teacher for module in modules for teacher in module.teachers.all() if teacher.person.organisation_id]
        organisations = {org.translation_key: org for org in in_locale((teacher.person.organisation for teacher in teachers), self.locale_id)}
        for module in modules:
            keys = dict.fromkeys(t.person.organisation.translation_key for t in module.teachers.all() if t.person.organisation_id)
            module.teacher_organisations = [organisations[key] for key in keys]
        context["modules"] = modules
        context["themes"] = in_locale(self.themes.all(), self.locale_id)
        return context


class LearningModulePage(ThemeFields, BasePage):
    number = models.PositiveSmallIntegerField(_("nummer"), help_text=_("Het volgnummer van de module; het overzicht wordt hierop gesorteerd."))
    theme_line = models.CharField(_("themaregel"), max_length=200, help_text=_("De kern van de module in één regel, bijvoorbeeld 'waar staan we nu?'."))
    description = RichTextField(_("omschrijving"), features=RICH_TEXT_FEATURES, help_text=_("Welke vragen komen aan bod en wat neem je mee?"))

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("number"), FieldPanel("theme_line")], heading=_("Nummer en themaregel")),
        FieldPanel("description"),
        InlinePanel("teachers", heading=_("Docenten"), label=_("Docent")),
        InlinePanel("dates", heading=_("Data"), label=_("Datum")),
        ThemeFields.theme_panel,
    ]
    search_fields = (
        BasePage.search_fields
        + [
            index.SearchField("theme_line", boost=2),
            index.SearchField("description"),
            index.FilterField("number"),
            index.RelatedFields("teachers", [index.RelatedFields("person", [index.SearchField("name")])]),
        ]
        + THEME_SEARCH_FIELDS
    )
    translatable_fields = (
        BasePage.translatable_fields
        + [
            SynchronizedField("number", overridable=False),
            TranslatableField("theme_line"),
            TranslatableField("description"),
            SynchronizedField("teachers", overridable=False),
            TranslatableField("dates"),
        ]
        + THEME_TRANSLATABLE_FIELDS
    )

    parent_page_types = ["professionalisering.LearningTrajectoryPage"]
    subpage_types = []
    template = "pages/professionalisering/learning_module_page.html"
    search_type_label = _("module")

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        teachers = list(self.teachers.select_related("person__organisation", "person__photo"))
        people = in_locale((teacher.person for teacher in teachers), self.locale_id, select_related=("organisation", "photo"))
        context["teachers"] = list(zip(people, in_locale((person.organisation for person in people), self.locale_id), strict=True))
        context["dates"] = list(self.dates.all())
        context["trajectory"] = self.get_parent()
        siblings = LearningModulePage.objects.sibling_of(self, inclusive=False).live().public().only("id", "title", "number", "url_path", "path", "depth")
        context["previous_module"] = siblings.filter(number__lt=self.number).order_by("-number").first()
        context["next_module"] = siblings.filter(number__gt=self.number).order_by("number").first()
        context["themes"] = in_locale(self.themes.all(), self.locale_id)
        return context


class LearningModuleTeacher(Orderable):
    page = ParentalKey(LearningModulePage, related_name="teachers", on_delete=models.CASCADE)
    person = models.ForeignKey(
        "home.Person",
        verbose_name=_("docent"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("De inspectie van de docent komt uit de persoonsgegevens."),
    )

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        verbose_name = _("docent")
        verbose_name_plural = _("docenten")


class LearningModuleDate(TranslatableMixin, Orderable):
    page = ParentalKey(LearningModulePage, related_name="dates", on_delete=models.CASCADE)
    date = models.DateField(_("datum"), help_text=_("De dag waarop de module (of een bijeenkomst ervan) plaatsvindt."))
    note = models.CharField(_("toelichting"), max_length=200, blank=True, help_text=_("Optioneel: tijd en plaats, bijvoorbeeld '13.00-17.00 uur, Den Haag'."))

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("note")])]
    translatable_fields = [SynchronizedField("date", overridable=False), TranslatableField("note")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("datum")
        verbose_name_plural = _("data")
