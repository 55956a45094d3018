"""The admin form of blog posts: a blogger starts with their own author profile and names only free persons."""

from django.utils.translation import gettext as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale

from home.snippets import Person

from .roles import is_blogger


def own_author(user):
    """The blogger's author profile (Person linked to the account), created on first use."""
    person = Person.objects.filter(user=user, locale=Locale.get_default()).order_by("pk").first()
    if person is None:
        name = user.get_full_name().strip() or user.get_username().split("@")[0]
        person = Person.objects.create(name=name, user=user, locale=Locale.get_default())
    return person


class BlogPageForm(WagtailAdminPageForm):
    def __init__(self, data=None, files=None, *args, **kwargs):
        user, instance = kwargs.get("for_user"), kwargs.get("instance")
        if data is None and user is not None and instance is not None and instance.pk is None and is_blogger(user) and not instance.authors.all():
            from .models import BlogPageAuthor

            instance.authors.add(BlogPageAuthor(person=own_author(user), sort_order=0))
        super().__init__(data, files, *args, **kwargs)

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("authors")
        if formset is None or not formset.is_valid():
            return cleaned_data
        rows = [(form, form.cleaned_data["person"]) for form in formset.forms if form.cleaned_data.get("person") and not form.cleaned_data.get("DELETE")]
        if not rows:
            formset._non_form_errors.append(_("Kies ten minste één auteur."))
            return cleaned_data
        if self.for_user is not None and is_blogger(self.for_user):
            for form, person in rows:
                if person.user_id not in (None, self.for_user.pk):
                    form.add_error(
                        "person",
                        _("%(name)s is gekoppeld aan een ander beheeraccount. U kunt alleen uzelf of personen zonder beheeraccount als auteur toevoegen.")
                        % {"name": person.name},
                    )
            if not any(person.user_id == self.for_user.pk for _form, person in rows):
                formset._non_form_errors.append(_("Zet uzelf bij de auteurs: als blogger staat u bij elke blog die u schrijft of bewerkt."))
        return cleaned_data
