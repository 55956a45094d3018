"""Member profiles: what other members see next to a comment."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class MemberProfile(models.Model):
    """The public face of a member ("lid"). Members never get admin access: they are not staff and in no group."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="member_profile",
        help_text=_("Het account van het lid."),
    )
    display_name = models.CharField(_("naam"), max_length=100, help_text=_("Uw naam zoals andere leden hem zien bij uw reacties."))
    organisation = models.CharField(_("organisatie"), max_length=200, blank=True, help_text=_("Waar u werkt, bijvoorbeeld 'Inspectie van het Onderwijs'."))
    job_title = models.CharField(_("functie"), max_length=200, blank=True, help_text=_("Uw functie, bijvoorbeeld 'inspecteur' of 'adviseur'."))
    sectors = models.ManyToManyField(
        "home.Sector",
        verbose_name=_("werkveld"),
        blank=True,
        related_name="+",
        help_text=_("Eén of meer werkvelden waarin u actief bent."),
    )
    photo = models.ImageField(
        _("foto"),
        upload_to="leden/",
        blank=True,
        help_text=_(
            "Optioneel: een portretfoto (JPEG, PNG of WebP, hoogstens 5 MB), verkleind en zonder de gegevens die erin zaten. Wordt alleen op deze site getoond."
        ),
    )
    bio = models.TextField(_("korte bio"), max_length=1000, blank=True, help_text=_("Een paar zinnen over uzelf en uw werk."))
    notify_replies = models.BooleanField(_("e-mail bij antwoorden"), default=True, help_text=_("Stuur mij een e-mail als iemand op mijn reactie antwoordt."))
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True, help_text=_("Wanneer het profiel is aangemaakt."))
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True, help_text=_("Wanneer het profiel voor het laatst is gewijzigd."))

    class Meta:
        verbose_name = _("ledenprofiel")
        verbose_name_plural = _("ledenprofielen")
        ordering = ["display_name"]

    def __str__(self):
        return self.display_name


class AccountSession(models.Model):
    """One logged-in browser of an account: its session key, so that deleting the account can end every session.

    Django's session stores cannot be searched by user (the user id sits inside the encoded session data, and a
    cache store cannot be listed at all), so the keys are recorded here when a browser logs in or its key changes
    (blog.sessions). Sessions are ended through the SessionStore of settings.SESSION_ENGINE, so this works the
    same for database, cache and cached_db sessions. Only keys are kept: no IP address, no browser name.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="account_sessions",
        help_text=_("Het account dat in deze browser is ingelogd."),
    )
    session_key = models.CharField(_("sessiesleutel"), max_length=40, unique=True, help_text=_("De sleutel van de sessie in de sessieopslag."))
    created_at = models.DateTimeField(_("ingelogd op"), auto_now_add=True, help_text=_("Wanneer deze sessie werd vastgelegd."))

    class Meta:
        verbose_name = _("sessie")
        verbose_name_plural = _("sessies")

    def __str__(self):
        return f"{self.user_id}: {self.created_at:%Y-%m-%d %H:%M}"
