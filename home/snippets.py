"""Shared taxonomy and people snippets, used by every page family."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("naam"), max_length=200, help_text=_("Volledige naam, bijvoorbeeld 'Inspectie Gezondheidszorg en Jeugd'."))
    abbreviation = models.CharField(_("afkorting"), max_length=20, blank=True, help_text=_("Gangbare afkorting, bijvoorbeeld 'IGJ'."))
    website = models.URLField(_("website"), blank=True, help_text=_("Optioneel: de homepage van de organisatie."))

    panels = [FieldPanel("name"), FieldPanel("abbreviation"), FieldPanel("website")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("abbreviation"), SynchronizedField("website")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("abbreviation")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.abbreviation})" if self.abbreviation else self.name


class Theme(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("naam"), max_length=100, help_text=_("Korte naam van het thema, bijvoorbeeld 'Gedragsverandering'."))
    slug = models.SlugField(_("slug"), max_length=100, help_text=_("Gebruikt in adressen en filters; alleen kleine letters, cijfers en streepjes."))
    description = models.TextField(_("omschrijving"), blank=True, help_text=_("Eén of twee zinnen over het thema."))

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    # One slug in every language: filters and search facets link by slug.
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug", overridable=False), TranslatableField("description")]
    search_fields = [index.SearchField("name"), index.FilterField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class Sector(TranslatableMixin, models.Model):
    name = models.CharField(_("naam"), max_length=100, help_text=_("Een werkveld dat leden in hun profiel kunnen kiezen, bijvoorbeeld 'Rijksoverheid'."))

    panels = [FieldPanel("name")]
    translatable_fields = [TranslatableField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("werkveld")
        verbose_name_plural = _("werkvelden")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Person(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("naam"), max_length=200, help_text=_("Voor- en achternaam."))
    role = models.CharField(_("functie"), max_length=200, blank=True, help_text=_("Bijvoorbeeld 'programmamanager' of 'senior adviseur'."))
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisatie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("De organisatie waar deze persoon werkt."),
    )
    email = models.EmailField(_("e-mailadres"), blank=True, help_text=_("Zakelijk e-mailadres; wordt op de site getoond."))
    bio = models.TextField(_("korte biografie"), blank=True, max_length=1500, help_text=_("Enkele zinnen voor het blok 'Over de auteur'."))
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("foto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optionele portretfoto; vul bij de afbeelding een omschrijving in."),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("beheeraccount"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Het account waarmee deze persoon in het beheer werkt. Een blogger mag dan de blogs bewerken waarbij hij of zij als auteur staat."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("email"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("user"),
    ]
    # The organisation stays the Dutch snippet; pages show it in their language (home.localization.in_locale).
    translatable_fields = [
        SynchronizedField("name"),
        TranslatableField("role"),
        SynchronizedField("organisation"),
        SynchronizedField("email"),
        TranslatableField("bio"),
        SynchronizedField("photo"),
        SynchronizedField("user", overridable=False),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("role")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("persoon")
        verbose_name_plural = _("personen")
        ordering = ["name"]

    def __str__(self):
        return self.name
