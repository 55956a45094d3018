"""Demo synonym groups: general domain knowledge of supervision in the Netherlands (not taken from the
relevance judgements). Idempotent: a group is added once per language."""

from wagtail.models import Locale

from .models import SynonymGroup

GROUPS = {
    "nl": [
        "toezicht, inspectie",
        "toezichthouder, inspecteur",
        "ai, kunstmatige intelligentie",
        "privacy, avg, gegevensbescherming",
        "onder toezicht staande, ondertoezichtstaande",
        "wetgeving, regelgeving",
    ],
    "en": [
        "supervision, oversight, inspection",
        "regulator, inspectorate, supervisory authority",
        "ai, artificial intelligence",
        "privacy, gdpr, data protection",
    ],
}


def build(context):
    for language, groups in GROUPS.items():
        locale, _created = Locale.objects.get_or_create(language_code=language)
        for terms in groups:
            SynonymGroup.objects.get_or_create(locale=locale, terms=terms)
