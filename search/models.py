from django.db import IntegrityError, connection, models, transaction
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
    total_clicks = models.PositiveIntegerField(_("klikken"), default=0, help_text=_("Hoe vaak bezoekers op een resultaat klikten."))

    class Meta:
        verbose_name = _("zoekopdracht")
        verbose_name_plural = _("zoekopdrachten")
        constraints = [models.UniqueConstraint(fields=["query_string", "language"], name="search_querystat_unique_query_language")]
        ordering = ["-zero_result_searches", "-searches"]

    def __str__(self):
        return self.query_string

    @classmethod
    def record(cls, query, language, result_count):
        """The one log write of a search: one statement (an UPDATE of the row for the query and language, an upsert the
        first time, which also covers a concurrent first search)."""
        query_string = logged_query_string(query)
        zero = 1 if result_count == 0 else 0
        table = connection.ops.quote_name(cls._meta.db_table)
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        counted = f"searches = {table}.searches + 1, zero_result_searches = {table}.zero_result_searches + %s, last_result_count = %s, last_searched_at = %s"
        # Only the model's own quoted table name is formatted into the SQL; every value is a parameter.
        with connection.cursor() as cursor:
            cursor.execute(f"UPDATE {table} SET {counted} WHERE query_string = %s AND language = %s", [zero, result_count, now, query_string, language])  # noqa: S608
            if cursor.rowcount:
                return
            cursor.execute(
                f"INSERT INTO {table} (query_string, language, searches, zero_result_searches, last_result_count, last_searched_at, total_clicks)"  # noqa: S608
                f" VALUES (%s, %s, 1, %s, %s, %s, 0) ON CONFLICT (query_string, language) DO UPDATE SET {counted}",
                [query_string, language, zero, result_count, now, zero, result_count, now],
            )

    @classmethod
    def add_counts(cls, rows):
        """Add searches counted elsewhere (search.querylog): rows of (query string, language, searches, zero-result
        searches, last result count, last searched at), in one round trip."""
        table = connection.ops.quote_name(cls._meta.db_table)
        adapt = connection.ops.adapt_datetimefield_value
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} (query_string, language, searches, zero_result_searches, last_result_count, last_searched_at, total_clicks)"  # noqa: S608
                " VALUES (%s, %s, %s, %s, %s, %s, 0) ON CONFLICT (query_string, language) DO UPDATE SET"
                f" searches = {table}.searches + excluded.searches, zero_result_searches = {table}.zero_result_searches + excluded.zero_result_searches,"
                " last_result_count = excluded.last_result_count, last_searched_at = excluded.last_searched_at",
                [(query_string, language, searches, zero, count, adapt(at)) for query_string, language, searches, zero, count, at in rows],
            )

    def click_positions(self):
        """'1 (5×), 3 (1×)': result positions visitors clicked, most clicked first (0: an editor's promotion)."""
        clicks = sorted(self.clicks.all(), key=lambda click: (-click.clicks, click.position))
        return ", ".join(f"{_('aanbevolen') if click.position == 0 else click.position} ({click.clicks}×)" for click in clicks)


class SearchClick(models.Model):
    """How often visitors clicked the result at a position for a query (recorded without IP address or cookie)."""

    stat = models.ForeignKey(SearchQueryStat, on_delete=models.CASCADE, related_name="clicks", verbose_name=_("zoekopdracht"))
    position = models.PositiveIntegerField(_("positie"), help_text=_("Plaats van het resultaat in de lijst; 0 voor een aanbevolen pagina."))
    clicks = models.PositiveIntegerField(_("aantal klikken"), default=0)
    last_clicked_at = models.DateTimeField(_("laatst geklikt"), default=timezone.now)

    class Meta:
        verbose_name = _("klik op zoekresultaat")
        verbose_name_plural = _("klikken op zoekresultaten")
        constraints = [models.UniqueConstraint(fields=["stat", "position"], name="search_click_unique_stat_position")]

    def __str__(self):
        return f"{self.stat} #{self.position}"

    @classmethod
    def record(cls, query, language, position):
        """Count a click; only for a query that was searched in this language (returns whether it counted)."""
        stat = SearchQueryStat.objects.filter(query_string=logged_query_string(query), language=language).first()
        if stat is None:
            return False
        now = timezone.now()
        if not cls.objects.filter(stat=stat, position=position).update(clicks=F("clicks") + 1, last_clicked_at=now):
            try:
                with transaction.atomic():
                    cls.objects.create(stat=stat, position=position, clicks=1, last_clicked_at=now)
            except IntegrityError:
                cls.objects.filter(stat=stat, position=position).update(clicks=F("clicks") + 1, last_clicked_at=now)
        SearchQueryStat.objects.filter(pk=stat.pk).update(total_clicks=F("total_clicks") + 1)
        return True


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


class SynonymGroup(models.Model):
    """Words or phrases that mean the same on the search page of one language (applied at query time, see search.synonyms)."""

    locale = models.ForeignKey(
        "wagtailcore.Locale",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("taal"),
        help_text=_("De taal van de zoekpagina waarop deze synoniemen gelden."),
    )
    terms = models.TextField(
        _("termen"),
        help_text=_(
            "Woorden of woordgroepen met dezelfde betekenis, gescheiden door komma's, bijvoorbeeld 'toezicht, inspectie'. "
            "Wie op één ervan zoekt, vindt ook pagina's met de andere. Werkt direct, zonder herindexering."
        ),
    )

    class Meta:
        verbose_name = _("synoniemengroep")
        verbose_name_plural = _("synoniemen")
        ordering = ["locale", "terms"]

    def __str__(self):
        return fit(self.terms, 80)

    def clean(self):
        from .synonyms import validate_terms

        self.terms = validate_terms(self.terms)
