"""Member comments on pages: an ordinary model (not a ParentalKey), so comments stay out of page revisions and translations.

Blog posts take comments by default; programme, programme-line, result and news pages when the editor switches them
on (`CommentsFields.comments_open`)."""

from datetime import timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from home.shared_memo import SharedSiteSettingMixin

MAX_DEPTH = 2  # 0 = top level; three levels in all
MAX_LENGTH = 5000
MAX_LINKS = 3
SUBMISSION_KEY_PATTERN = r"\A[A-Za-z0-9_-]{16,64}\Z"
NOTIFY_FIELDS = {"notified_at", "notify_due_at", "notify_attempts"}


class CommentsFields(models.Model):
    """Mixin for a page type that can take member comments (listed before BasePage in the bases).

    Off by default; blog posts override the field with `default=True`. Closing keeps existing comments visible."""

    comments_open = models.BooleanField(
        _("reacties van leden"),
        default=False,
        help_text=_("Aanzetten om ingelogde leden onder deze pagina te laten reageren. Uitzetten sluit de discussie; bestaande reacties blijven zichtbaar."),
    )

    comments_closed_message = _("De reacties bij deze pagina zijn gesloten.")
    comments_panel = FieldPanel("comments_open")

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        from ..comment_tree import build_comment_context

        context = super().get_context(request, *args, **kwargs)
        context.update(build_comment_context(self, request))
        return context


def accepts_comments(page):
    """True for a page type that can take comments (whether they are open now is `page.comments_open`)."""
    return isinstance(page, CommentsFields)


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("wacht op moderatie")
        APPROVED = "approved", _("goedgekeurd")
        REJECTED = "rejected", _("afgewezen")
        SPAM = "spam", _("spam")
        WITHDRAWN = "withdrawn", _("ingetrokken")

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("pagina"), on_delete=models.CASCADE, related_name="comments", help_text=_("De pagina waarop is gereageerd.")
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("antwoord op"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
        help_text=_("De reactie waarop dit een antwoord is; leeg bij een nieuwe reactie."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auteur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="blog_comments",
        help_text=_("Het lid dat reageerde; leeg als het account is verwijderd ('verwijderd lid')."),
    )
    body = models.TextField(_("tekst"), max_length=MAX_LENGTH, help_text=_("Platte tekst; links worden automatisch klikbaar gemaakt."))
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING, db_index=True, help_text=_("Alleen goedgekeurde reacties zijn openbaar.")
    )
    depth = models.PositiveSmallIntegerField(_("niveau"), default=0, help_text=_("0 voor een reactie, 1 of 2 voor antwoorden."))
    is_reported = models.BooleanField(
        _("gemeld"), default=False, db_index=True, help_text=_("Een lid heeft de reactie gemeld; haal het vinkje weg na beoordeling.")
    )
    created_at = models.DateTimeField(_("geplaatst op"), default=timezone.now, db_index=True, help_text=_("Wanneer de reactie is geplaatst."))
    edited_at = models.DateTimeField(_("bewerkt op"), null=True, blank=True, help_text=_("Wanneer de auteur de reactie voor het laatst bewerkte."))
    notified_at = models.DateTimeField(
        _("melding verstuurd op"), null=True, blank=True, editable=False, help_text=_("Wanneer de e-mails over deze reactie zijn verstuurd.")
    )
    submission_token = models.CharField(
        _("verzendsleutel"),
        max_length=64,
        null=True,
        blank=True,
        editable=False,
        help_text=_("Willekeurige sleutel van het formulier waarmee de reactie is geplaatst; voorkomt dat één formulier twee reacties oplevert."),
    )
    notify_due_at = models.DateTimeField(
        _("melding gepland op"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Wanneer de e-mails (opnieuw) verstuurd mogen worden; leeg zolang er niets gepland is."),
    )
    notify_attempts = models.PositiveSmallIntegerField(
        _("mislukte verzendpogingen"), default=0, editable=False, help_text=_("Hoe vaak het versturen van de e-mails mislukte.")
    )

    class Meta:
        verbose_name = _("reactie")
        verbose_name_plural = _("reacties")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["page", "status", "created_at"])]
        constraints = [
            # Holds across processes and concurrent requests: one comment per member per rendered form.
            models.UniqueConstraint(fields=["author", "submission_token"], name="blog_comment_submitted_once"),
        ]

    def __str__(self):
        return self.excerpt

    @property
    def excerpt(self):
        text = " ".join(self.body.split())
        return text if len(text) <= 80 else text[:79] + "…"

    @property
    def author_name(self):
        """The member's display name, or "verwijderd lid" once the account is gone."""
        if self.author is None:
            return _("verwijderd lid")
        profile = getattr(self.author, "member_profile", None)
        return profile.display_name if profile else _("lid zonder profiel")  # never the generated username

    @property
    def is_public(self):
        return self.status == self.Status.APPROVED

    def edit_deadline(self, window_minutes):
        return self.created_at + timedelta(minutes=window_minutes)

    def can_edit(self, user, window_minutes, now=None):
        """Only the author, only while pending or approved, only inside the edit window."""
        now = now or timezone.now()
        return (
            user.is_authenticated
            and self.author_id == user.pk
            and self.status in {self.Status.PENDING, self.Status.APPROVED}
            and now < self.edit_deadline(window_minutes)
        )

    def can_withdraw(self, user):
        return user.is_authenticated and self.author_id == user.pk and self.status in {self.Status.PENDING, self.Status.APPROVED}

    def save(self, *args, **kwargs):
        if not self._state.adding and kwargs.get("update_fields") is None:
            # The mail task keeps these up to date behind the instance's back; a form saving a copy loaded
            # earlier must not write back an old value (that would send the mails twice).
            kwargs["update_fields"] = [f.name for f in self._meta.concrete_fields if not f.primary_key and f.name not in NOTIFY_FIELDS]
        with transaction.atomic():  # the queued mail commits or rolls back with the comment
            super().save(*args, **kwargs)
            if self.status == self.Status.APPROVED and self.notified_at is None and self.notify_due_at is None:
                from ..notifications import queue_notifications

                queue_notifications(self)


class CommentReport(models.Model):
    """A member's report of a comment; puts the comment in the moderation queue."""

    comment = models.ForeignKey(Comment, verbose_name=_("reactie"), on_delete=models.CASCADE, related_name="reports", help_text=_("De gemelde reactie."))
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gemeld door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Het lid dat de reactie meldde."),
    )
    reason = models.TextField(_("reden"), max_length=1000, blank=True, help_text=_("Waarom de reactie niet door de beugel kan."))
    created_at = models.DateTimeField(_("gemeld op"), auto_now_add=True, help_text=_("Wanneer de melding binnenkwam."))

    class Meta:
        verbose_name = _("melding")
        verbose_name_plural = _("meldingen")
        constraints = [models.UniqueConstraint(fields=["comment", "reporter"], name="blog_one_report_per_member")]

    def __str__(self):
        return f"{self.comment_id}: {self.reason[:40]}"


class PostFollow(models.Model):
    """A member follows a page's discussion: an e-mail on each new public comment, without commenting."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina"),
        on_delete=models.CASCADE,
        related_name="followers",
        help_text=_("De pagina waarvan de discussie wordt gevolgd."),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("lid"), on_delete=models.CASCADE, related_name="followed_posts", help_text=_("Het lid dat volgt.")
    )
    created_at = models.DateTimeField(_("gevolgd sinds"), auto_now_add=True, help_text=_("Wanneer het lid de blog ging volgen."))

    class Meta:
        verbose_name = _("gevolgde blog")
        verbose_name_plural = _("gevolgde blogs")
        constraints = [models.UniqueConstraint(fields=["page", "user"], name="blog_follow_once")]

    def __str__(self):
        return f"{self.user_id} → {self.page_id}"


@register_setting(icon="comment")
class CommentSettings(SharedSiteSettingMixin, BaseSiteSetting):
    class Moderation(models.TextChoices):
        PRE = "pre", _("Vooraf: een reactie verschijnt pas na goedkeuring")
        POST = "post", _("Achteraf: een reactie verschijnt direct; moderatoren grijpen in bij meldingen")

    moderation = models.CharField(
        _("moderatie"),
        max_length=4,
        choices=Moderation.choices,
        default=Moderation.POST,
        help_text=_("Bepaalt of nieuwe reacties eerst door een moderator moeten worden goedgekeurd."),
    )
    edit_window_minutes = models.PositiveSmallIntegerField(
        _("bewerktijd in minuten"),
        default=15,
        validators=[MaxValueValidator(1440)],
        help_text=_("Hoe lang een lid een geplaatste reactie nog kan bewerken."),
    )
    rate_limit_per_minute = models.PositiveSmallIntegerField(
        _("reacties per minuut"),
        default=5,
        validators=[MaxValueValidator(100)],
        help_text=_("Hoeveel reacties één lid per minuut mag plaatsen."),
    )

    class Meta:
        verbose_name = _("reactie-instellingen")
