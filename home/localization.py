"""Translatable objects shown in a given language.

Pages keep pointing at the Dutch (source) snippets; what a visitor sees is the snippet's translation in the page's
language where one exists. `in_locale` is the one way to look those up.
"""

from wagtail.models import Locale, Page

from .shared_memo import shared


def _locale_id(locale):
    if locale is None:
        return Locale.get_active().pk
    return locale if isinstance(locale, int) else locale.pk


def in_locale(objects, locale=None, *, select_related=(), queryset=None):
    """`objects` (translatable snippets or pages; None allowed) in `locale`, each falling back to itself.

    `locale` is a Locale, a locale id, or None for the active language. The order is kept. One query per model
    that needs translating; none when everything is already in the locale. `queryset` (a callable taking the
    model) narrows the translations looked up, e.g. to live pages.
    """
    objects = list(objects)
    if not any(obj is not None for obj in objects):
        return objects
    locale_id = _locale_id(locale)
    keys_by_model = {}
    for obj in objects:
        if obj is not None and obj.locale_id != locale_id:
            keys_by_model.setdefault(obj.get_translation_model(), set()).add(obj.translation_key)
    translations = {}
    for model, keys in keys_by_model.items():
        if queryset is None and not issubclass(model, Page):
            # Snippets: every translation in the locale, shared until the next content change (home.shared_memo).
            labels = ",".join(select_related)
            in_target = shared(f"snippets:{model._meta.label}:{locale_id}:{labels}", lambda model=model: _all_in_locale(model, locale_id, select_related))
            translations.update(((model, key), in_target[key]) for key in keys if key in in_target)
            continue
        found = queryset(model) if queryset is not None else model._default_manager.all()
        if select_related:
            found = found.select_related(*select_related)
        translations.update(((model, obj.translation_key), obj) for obj in found.filter(locale_id=locale_id, translation_key__in=keys))
    return [obj if obj is None or obj.locale_id == locale_id else translations.get((obj.get_translation_model(), obj.translation_key), obj) for obj in objects]


def _all_in_locale(model, locale_id, select_related):
    found = model._default_manager.filter(locale_id=locale_id)
    if select_related:
        found = found.select_related(*select_related)
    return {obj.translation_key: obj for obj in found}
