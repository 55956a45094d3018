from django.core.exceptions import ValidationError
from django.db import models
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Locale, Orderable, Page, Revision, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalKey

from .blocks import BaseStoryBlock, CallToActionBlock
from .forms import LimitedFormBuilder
from .localization import in_locale
from .shared_memo import SharedSiteSettingMixin, shared, view_restrictions
from .snippets import Organisation, Person, Sector, Theme
from .throttle import Throttle

# The image of a card in a list (site/templates/components/card.html), prefetched with the pages
CARD_RENDITION = "fill-640x360|format-webp"
HERO_RENDITION = "fill-720x405|format-webp"  # the home page hero (pages/home_page.html)


__all__ = [
    "BasePage",
    "FormField",
    "FormPage",
    "HomePage",
    "HomePageFeaturedItem",
    "Organisation",
    "Person",
    "Sector",
    "SiteSettings",
    "StandardPage",
    "Theme",
]


# What wagtail-localize translates (text) and copies from the Dutch page (everything else). Every page type spells
# out its list; tests/home/test_translatable_fields.py checks that no field is left out.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus", overridable=False),
]
SOCIAL_TRANSLATABLE_FIELDS = [SynchronizedField("social_image")]
HERO_TRANSLATABLE_FIELDS = [SynchronizedField("hero_image"), TranslatableField("hero_image_alt")]


class SocialFields(models.Model):
    """Open Graph image; title and description come from the page's promote fields."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding voor sociale media"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Getoond als de pagina wordt gedeeld (Open Graph). Leeg laten om geen afbeelding mee te sturen."),
    )

    promote_panels = [FieldPanel("social_image")]

    class Meta:
        abstract = True


class HeroImageFields(models.Model):
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hoofdafbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Grote afbeelding bovenaan de pagina."),
    )
    hero_image_alt = models.CharField(
        _("alternatieve tekst hoofdafbeelding"),
        max_length=250,
        blank=True,
        help_text=_("Verplicht bij een hoofdafbeelding: beschrijf wat erop staat voor wie haar niet kan zien."),
    )

    hero_panels = [MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Hoofdafbeelding"))]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_image_alt.strip():
            raise ValidationError({"hero_image_alt": _("Vul een alternatieve tekst in voor de hoofdafbeelding.")})


class LastUpdateMixin:
    @cached_property
    def last_update(self):
        """(datetime, public name) of the revision visitors see, or None; one query with its author."""
        revision_id = self.live_revision_id or self.latest_revision_id
        if revision_id is None:
            return None
        revision = shared(f"revision:{revision_id}", lambda: Revision.objects.select_related("user").filter(pk=revision_id).first())
        if revision is None:
            return None
        return revision.created_at, display_name(revision.user)

    def get_view_restrictions(self):
        """Wagtail's restrictions on this page and its ancestors; one query instead of two when home.routing found
        the ancestors on the way here (none of them an alias, whose source's restrictions would count)."""
        ancestors = getattr(self, "_route_ancestors", None)
        if ancestors is None or self.alias_of_id or any(ancestor.alias_of_id for ancestor in ancestors):
            return super().get_view_restrictions()
        ids = {self.pk, *(ancestor.pk for ancestor in ancestors)}
        return [restriction for restriction in view_restrictions() if restriction.page_id in ids or restriction.page.depth == 1]


class BasePage(LastUpdateMixin, SocialFields, Page):
    """Every content page: meta fields, social image, and 'last updated by' from its revisions."""

    promote_panels = Page.promote_panels + SocialFields.promote_panels
    search_fields = Page.search_fields + [index.SearchField("search_description", boost=1.5)]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + SOCIAL_TRANSLATABLE_FIELDS

    class Meta:
        abstract = True


def display_name(user):
    """A person's public name; never an e-mail address."""
    if user is None:
        return _("de redactie")
    full_name = user.get_full_name().strip()
    if full_name:
        return full_name
    if user.username and "@" not in user.username:
        return user.username
    return _("de redactie")


class HomePageFeaturedItem(TranslatableMixin, Orderable):
    page = ParentalKey("home.HomePage", related_name="featured_items", on_delete=models.CASCADE)
    featured_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("De pagina die op de homepage wordt uitgelicht."),
    )
    summary = models.CharField(
        _("samenvatting"),
        max_length=250,
        blank=True,
        help_text=_("Eén zin die uitnodigt om te klikken; leeg laten om de zoekomschrijving van de pagina te gebruiken."),
    )

    panels = [PageChooserPanel("featured_page"), FieldPanel("summary")]
    translatable_fields = [SynchronizedField("featured_page", overridable=False), TranslatableField("summary")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("uitgelicht item")
        verbose_name_plural = _("uitgelichte items")


class HomePage(HeroImageFields, BasePage):
    hero_title = models.CharField(_("titel in de banner"), max_length=200, help_text=_("De hoofdboodschap bovenaan de homepage."))
    hero_text = models.TextField(_("tekst in de banner"), blank=True, max_length=500, help_text=_("Eén of twee zinnen onder de titel."))
    intro = RichTextField(_("introductie"), blank=True, features=["bold", "italic", "link"], help_text=_("Korte introductie van het platform."))
    blog_index = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("blogoverzicht"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("De pagina waarvan de nieuwste blogs op de homepage worden getoond."),
    )
    body = StreamField(BaseStoryBlock(), verbose_name=_("inhoud"), blank=True, help_text=_("Optionele extra inhoud onder de uitgelichte items."))

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_text")], heading=_("Banner")),
        *HeroImageFields.hero_panels,
        FieldPanel("intro"),
        InlinePanel("featured_items", label=_("Uitgelichte items"), max_num=6),
        PageChooserPanel("blog_index"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("hero_text"), index.SearchField("intro")]
    translatable_fields = (
        BasePage.translatable_fields
        + HERO_TRANSLATABLE_FIELDS
        + [
            TranslatableField("hero_title"),
            TranslatableField("hero_text"),
            TranslatableField("intro"),
            TranslatableField("featured_items"),
            SynchronizedField("blog_index", overridable=False),
            TranslatableField("body"),
        ]
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "home.FormPage",
        "professionalisering.ProgrammePage",
        "professionalisering.LearningTrajectoryPage",
        "blog.BlogIndexPage",
        "news.NewsIndexPage",
    ]
    max_count_per_parent = 1
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("homepage")
        verbose_name_plural = _("homepages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The sections depend on published content and the language only: computed once per content change
        # (home.shared_memo) and shared by every process and every visitor, logged in or not. Previews compute theirs.
        locale = Locale.get_active()
        if getattr(request, "is_preview", False):
            sections = self.sections(locale)
        else:
            sections = shared(f"home-sections:{self.pk}:{self.live_revision_id}:{locale.pk}", lambda: self.sections(locale))
        if sections["hero_image"] is not None:
            self.hero_image = sections["hero_image"]
        context.update({name: value for name, value in sections.items() if name != "hero_image"})
        return context

    def sections(self, locale):
        featured = list(self.featured_items.select_related("featured_page"))
        for item, target in zip(featured, in_locale((item.featured_page for item in featured), locale), strict=True):
            item.target = target  # the featured page in the active language (one query for all)
        sections = {"featured_items": featured, "latest_posts": self.latest_posts()}
        sections["programme"], sections["programme_lines"] = self.programme_and_lines()
        sections["latest_results"] = self.latest_results()
        sections["trajectory"] = self.trajectory()
        sections["news_index"], sections["latest_news"] = self.latest_news()
        sections["blog_index"] = self.localized_blog_index()
        # With the hero image and its rendition (HERO_RENDITION: as in the template).
        attach_card_images([self, *sections["latest_posts"], *sections["latest_results"], *sections["latest_news"]], specs=(CARD_RENDITION, HERO_RENDITION))
        sections["hero_image"] = self.hero_image if self.hero_image_id else None
        return sections

    # The home page shows a slice of every section. Each list is one query; view restrictions are read once
    # (Wagtail's .public() reads them again for every queryset) and the card images of all lists are loaded together.

    @cached_property
    def _restricted_paths(self):
        return [restriction.page.path for restriction in view_restrictions()]

    def _public(self, queryset):
        for path in self._restricted_paths:
            queryset = queryset.exclude(path__startswith=path)
        return queryset.live()

    def localized_blog_index(self):
        """The chosen blog index in the active language (or None)."""
        if not self.blog_index_id:
            return None
        return shared(f"localized:{self.blog_index_id}:{Locale.get_active().pk}", lambda: self.blog_index.localized)

    def latest_posts(self, limit=3):
        """The newest posts of the chosen blog index (in this page's language), by their publication date."""
        if not self.blog_index_id:
            return []
        from blog.models import BlogPage

        posts = self._public(BlogPage.objects.child_of(self.localized_blog_index()))
        return list(posts.order_by("-publication_date", "-first_published_at", "-pk")[:limit])

    def latest_news(self, limit=3):
        """(news index, its newest items by their date): the news section below this home page, if there is one."""
        from news.models import NewsIndexPage, NewsPage  # news builds on home; imported when used

        index_page = self._public(NewsIndexPage.objects.child_of(self)).first()
        if index_page is None:
            return None, []
        items = self._public(NewsPage.objects.child_of(index_page)).select_related("source_organisation").order_by("-date", "-pk")
        return index_page, list(items[:limit])

    def programme_and_lines(self):
        from professionalisering.models import ProgrammeLinePage, ProgrammePage

        programme = self._public(ProgrammePage.objects.child_of(self)).first()
        if programme is None:
            return None, []
        return programme, list(self._public(ProgrammeLinePage.objects.child_of(programme)).order_by("number", "path"))

    def latest_results(self, limit=3):
        from professionalisering.models import ResultPage

        results = self._public(ResultPage.objects.descendant_of(self))
        return list(results.order_by("-year", "-first_published_at", "-pk")[:limit])

    def trajectory(self):
        from professionalisering.models import LearningTrajectoryPage

        return self._public(LearningTrajectoryPage.objects.child_of(self)).first()


def attach_card_images(pages, fields=("hero_image", "cover_image"), specs=(CARD_RENDITION,)):
    """Load the card images of these pages (with their card rendition, or `specs`) in two queries for all of them."""
    wanted = {getattr(page, f"{name}_id", None) for page in pages for name in fields} - {None}
    if not wanted:
        return
    images = {image.pk: image for image in get_image_model().objects.filter(pk__in=wanted).prefetch_renditions(*specs)}
    for image in images.values():
        # Missing renditions made now and added to the prefetched ones: a stored copy of these pages (home.shared_memo)
        # must not make the template render the image again on every request.
        image.get_renditions(*specs)
    for page in pages:
        for name in fields:
            image = images.get(getattr(page, f"{name}_id", None))
            if image is not None:
                setattr(page, name, image)


class StandardPage(HeroImageFields, BasePage):
    intro = models.TextField(_("introductie"), blank=True, max_length=600, help_text=_("Korte inleiding, vet weergegeven boven de tekst."))
    body = StreamField(BaseStoryBlock(), verbose_name=_("inhoud"), blank=True, help_text=_("De inhoud van de pagina."))

    content_panels = Page.content_panels + [FieldPanel("intro"), *HeroImageFields.hero_panels, FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("intro", boost=2), index.SearchField("body")]
    translatable_fields = BasePage.translatable_fields + HERO_TRANSLATABLE_FIELDS + [TranslatableField("intro"), TranslatableField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.FormPage"]
    template = "pages/standard_page.html"

    class Meta:
        verbose_name = _("standaardpagina")
        verbose_name_plural = _("standaardpagina's")


class FormField(AbstractFormField):
    page = ParentalKey("home.FormPage", related_name="form_fields", on_delete=models.CASCADE)


class FormPage(LastUpdateMixin, AbstractEmailForm):
    # Accepted submissions per client (all form pages together) per hour.
    SUBMISSION_LIMIT = 5
    SUBMISSION_WINDOW = 60 * 60

    form_builder = LimitedFormBuilder

    intro = RichTextField(_("introductie"), blank=True, features=["bold", "italic", "link"], help_text=_("Uitleg boven het formulier."))
    thank_you_text = RichTextField(_("bedankttekst"), blank=True, features=["bold", "italic", "link"], help_text=_("Getoond na het versturen."))

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Formuliervelden")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
        SynchronizedField("form_fields", overridable=False),
        TranslatableField("thank_you_text"),
        SynchronizedField("from_address"),
        SynchronizedField("to_address"),
        TranslatableField("subject"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    template = "pages/form_page.html"
    landing_page_template = "pages/form_page_landing.html"

    class Meta:
        verbose_name = _("formulierpagina")
        verbose_name_plural = _("formulierpagina's")

    def get_submissions_list_view_class(self):
        from .spreadsheets import SafeSubmissionsListView  # admin views: imported only when used

        return SafeSubmissionsListView

    def serve(self, request, *args, **kwargs):
        """Wagtail's serve, plus a per-client limit: a refused submission is neither stored nor mailed."""
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        status = 200
        if form.is_valid():
            if Throttle("form-page", request, self.SUBMISSION_LIMIT, self.SUBMISSION_WINDOW).hit():
                submission = self.process_form_submission(form)
                return self.render_landing_page(request, submission, *args, **kwargs)
            form.add_error(None, _("U heeft in korte tijd veel berichten verstuurd. Probeer het over een uur opnieuw."))
            status = 429
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)


@register_setting(icon="cog")
class SiteSettings(SharedSiteSettingMixin, BaseSiteSetting):
    organisation_name = models.CharField(_("naam organisatie"), max_length=200, default="Inspectieraad", help_text=_("Getoond in de voettekst."))
    main_navigation = StreamField(
        [("link", CallToActionBlock())],
        verbose_name=_("hoofdnavigatie"),
        blank=True,
        help_text=_("De links in het hoofdmenu, in volgorde. Bij een pagina wordt automatisch de vertaalde titel gebruikt."),
    )
    footer_links = StreamField(
        [("link", CallToActionBlock())],
        verbose_name=_("links in de voettekst"),
        blank=True,
        help_text=_("Bijvoorbeeld toegankelijkheidsverklaring, privacyverklaring en contact."),
    )
    contact_email = models.EmailField(_("e-mailadres contact"), blank=True, help_text=_("Algemeen e-mailadres, getoond in de voettekst."))
    contact_phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True, help_text=_("Bijvoorbeeld 070 123 45 67."))
    contact_address = models.TextField(_("postadres"), blank=True, max_length=300, help_text=_("Postadres, één regel per adresregel."))

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("main_navigation"),
        FieldPanel("footer_links"),
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("contact_address")], heading=_("Contactgegevens")),
    ]

    class Meta:
        verbose_name = _("site-instellingen")
