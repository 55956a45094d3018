from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import Query

from home.text import fit


def logged_query_string(query):
    """The query as the query logs store it: normalised first (lower case can be longer), then cut to fit both logs."""
    max_length = min(SearchQueryStat._meta.get_field("query_string").max_length, Query._meta.get_field("query_string").max_length)
    return fit(normalise_query_string(query), max_length).strip()


class SearchQueryStat(models.Model):
    """What visitors searched for per language, and how often it found nothing (for the editors' report)."""

    query_string = models.CharField(_("zoekopdracht"), max_length=255, help_text=_("De zoekopdracht, in kleine letters."))
    language = models.CharField(_("taal"), max_length=8, help_text=_("De taal van de zoekpagina, bijvoorbeeld 'nl'."))
    searches = models.PositiveIntegerField(_("aantal zoekopdrachten"), default=0, help_text=_("Hoe vaak er op is gezocht."))
    zero_result_searches = models.PositiveIntegerField(
        _("zonder resultaat"), default=0, help_text=_("Hoe vaak deze zoekopdracht zonder eigen resultaten bleef.")
    )
    last_result_count = models.PositiveIntegerField(_("laatste aantal resultaten"), default=0, help_text=_("Aantal resultaten bij de laatste keer."))
    last_searched_at = models.DateTimeField(_("laatst gezocht"), default=timezone.now, help_text=_("Wanneer er het laatst op is gezocht."))

    class Meta:
        verbose_name = _("zoekopdracht")
        verbose_name_plural = _("zoekopdrachten")
        constraints = [models.UniqueConstraint(fields=["query_string", "language"], name="search_querystat_unique_query_language")]
        ordering = ["-zero_result_searches", "-searches"]

    def __str__(self):
        return self.query_string

    @classmethod
    def record(cls, query, language, result_count):
        stat, _created = cls.objects.get_or_create(query_string=logged_query_string(query), language=language)
        cls.objects.filter(pk=stat.pk).update(
            searches=F("searches") + 1,
            zero_result_searches=F("zero_result_searches") + (1 if result_count == 0 else 0),
            last_result_count=result_count,
            last_searched_at=timezone.now(),
        )


class IndexRetry(models.Model):
    """An index update the search engine missed because it was unreachable; replayed when it answers again.

    One row per object: the replay indexes the object's state at that moment (added when it still exists
    and is indexable, removed otherwise), so the last action recorded is enough.
    """

    ADD = "add"
    DELETE = "delete"
    ACTIONS = [(ADD, _("toevoegen of bijwerken")), (DELETE, _("verwijderen"))]

    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE, verbose_name=_("inhoudstype"))
    object_id = models.CharField(_("object-id"), max_length=255)
    action = models.CharField(_("actie"), max_length=10, choices=ACTIONS)
    failed_at = models.DateTimeField(_("mislukt op"), default=timezone.now)

    class Meta:
        verbose_name = _("zoekindex-wachtrij")
        verbose_name_plural = _("zoekindex-wachtrij")
        constraints = [models.UniqueConstraint(fields=["content_type", "object_id"], name="search_indexretry_unique_object")]

    def __str__(self):
        return f"{self.action} {self.content_type_id}:{self.object_id}"
