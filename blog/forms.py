from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Case, When
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.models import Locale

from home.localization import in_locale
from home.snippets import Sector

from .models import Comment, CommentReport, MemberProfile
from .models.comments import MAX_LENGTH, MAX_LINKS, SUBMISSION_KEY_PATTERN
from .photos import MAX_UPLOAD_BYTES, reencode_photo
from .text import count_links


class CommentBodyMixin:
    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if not body:
            raise ValidationError(_("Schrijf een reactie."))
        links = count_links(body)
        if links > MAX_LINKS:
            raise ValidationError(
                ngettext(
                    "Uw reactie bevat %(count)d link; er mag er hoogstens %(max)d in staan.",
                    "Uw reactie bevat %(count)d links; er mogen er hoogstens %(max)d in staan.",
                    links,
                )
                % {"count": links, "max": MAX_LINKS}
            )
        return body


def body_field():
    return forms.CharField(
        label=_("Uw reactie"),
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": MAX_LENGTH}),
        help_text=_("Platte tekst, hoogstens %(max)d tekens en %(links)d links. Links worden automatisch klikbaar.") % {"max": MAX_LENGTH, "links": MAX_LINKS},
        max_length=MAX_LENGTH,
        error_messages={
            "required": _("Schrijf een reactie."),
            "max_length": _("Uw reactie is te lang: hoogstens %(limit_value)d tekens (nu %(show_value)d)."),
        },
    )


class CommentForm(CommentBodyMixin, forms.Form):
    body = body_field()
    parent = forms.IntegerField(required=False, min_value=1, max_value=2**63 - 1, widget=forms.HiddenInput)
    # One random key per rendered form (templatetag comment_tags.submission_token): a second POST of the same
    # form does not store a second comment. Optional, so a form rendered before this field existed still posts.
    submission_token = forms.RegexField(
        regex=SUBMISSION_KEY_PATTERN,
        required=False,
        widget=forms.HiddenInput,
        error_messages={"invalid": _("Het formulier is beschadigd. Laad de pagina opnieuw en plaats uw reactie nog eens.")},
    )
    # Honeypot: hidden from people, filled in by naive bots.
    website = forms.CharField(required=False, label=_("Laat dit veld leeg"))

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise ValidationError(_("Uw reactie kon niet worden geplaatst."))
        return ""


class CommentEditForm(CommentBodyMixin, forms.ModelForm):
    body = body_field()

    class Meta:
        model = Comment
        fields = ["body"]


class ReportForm(forms.ModelForm):
    class Meta:
        model = CommentReport
        fields = ["reason"]
        labels = {"reason": _("Waarom meldt u deze reactie?")}
        widgets = {"reason": forms.Textarea(attrs={"rows": 3, "maxlength": 1000})}


class PhotoField(forms.ImageField):
    """Refuses an oversized file before Pillow reads it at all."""

    def to_python(self, data):
        if data is not None and getattr(data, "size", 0) > MAX_UPLOAD_BYTES:
            raise ValidationError(_("De foto is te groot: hoogstens 5 MB."))
        return super().to_python(data)


class ProfileForm(forms.ModelForm):
    sectors = forms.ModelMultipleChoiceField(
        queryset=Sector.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Werkveld"),
        help_text=_("Eén of meer werkvelden waarin u actief bent."),
    )

    class Meta:
        model = MemberProfile
        fields = ["display_name", "organisation", "job_title", "sectors", "photo", "bio", "notify_replies"]
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 4, "maxlength": 1000}),
            "photo": forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        }
        field_classes = {"photo": PhotoField}
        help_texts = {
            "photo": _(
                "Optioneel: een portretfoto (JPEG, PNG of WebP, hoogstens 5 MB). Wij verkleinen hem en halen de gegevens eruit die erin zitten, zoals plaats en camera."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        sectors = Sector.objects.filter(locale=Locale.get_default())
        source = list(sectors)
        names = {sector.pk: localized.name for sector, localized in zip(source, in_locale(source), strict=True)}
        alphabetical = sorted(names, key=lambda pk: names[pk].casefold())
        if alphabetical:
            sectors = sectors.order_by(Case(*(When(pk=pk, then=position) for position, pk in enumerate(alphabetical))))
        self.fields["sectors"].queryset = sectors
        self.fields["sectors"].label_from_instance = lambda sector: names.get(sector.pk, sector.name)
        self.fields["display_name"].error_messages["required"] = _("Vul uw naam in.")

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if photo and hasattr(photo, "size") and getattr(photo, "content_type", None):  # a new upload
            photo = reencode_photo(photo)
        return photo


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Ik begrijp dat mijn account en profiel definitief worden verwijderd."),
        error_messages={"required": _("Vink aan dat u uw account definitief wilt verwijderen.")},
    )
