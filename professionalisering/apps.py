from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProfessionaliseringConfig(AppConfig):
    name = "professionalisering"
    verbose_name = _("Professionalisering")
