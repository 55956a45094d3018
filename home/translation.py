"""Translating a page with wagtail-localize translates the snippets it shows along.

Pages (and persons) keep linking the Dutch snippets; visitors see each snippet's translation in the page's language
where one exists (home.localization.in_locale). So that editors find those translations ready to edit, creating a
translation of a page also creates one of every linked snippet that has none in that language yet (persons, their
organisations, themes), with the Dutch text until it is translated.
"""

from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.models import Page, TranslatableMixin
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator


def _is_snippet(model):
    return model is not None and issubclass(model, TranslatableMixin) and not issubclass(model, Page)


def _snippet_foreign_keys(model):
    return [field for field in model._meta.concrete_fields if isinstance(field, models.ForeignKey) and _is_snippet(field.related_model)]


def linked_snippets(instance):
    """The translatable snippets `instance` links through its synchronised fields and child rows."""
    model = type(instance)
    found = []
    for translatable_field in get_translatable_fields(model):
        if not translatable_field.is_synchronized(instance):
            continue
        field = translatable_field.get_field(model)
        if field.many_to_many and _is_snippet(field.related_model):
            found.extend(getattr(instance, field.name).all())
        elif field.many_to_one and _is_snippet(field.related_model):
            found.append(getattr(instance, field.name))
        elif field.one_to_many:
            foreign_keys = _snippet_foreign_keys(field.related_model)
            if foreign_keys:
                for child in getattr(instance, field.get_accessor_name()).all():
                    found.extend(getattr(child, foreign_key.name) for foreign_key in foreign_keys)
    return [snippet for snippet in found if snippet is not None]


@receiver(post_save, sender=Translation)
def translate_linked_snippets(sender, instance, created, raw=False, **kwargs):
    if raw or not created or not instance.enabled:
        return
    try:
        source = instance.source.get_source_instance()
    except models.ObjectDoesNotExist:
        return
    locale = instance.target_locale
    creator = TranslationCreator(None, [locale])
    for snippet in linked_snippets(source):
        if snippet.locale_id != locale.pk and not snippet.has_translation(locale):
            creator.create_translations(snippet)
