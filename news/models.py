"""News: one index (newest first, paginated, RSS) and news items with an editor-set date and no author."""

from datetime import date

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalManyToManyField

from blog.models.comments import CommentsFields
from home.blocks import BaseStoryBlock
from home.localization import in_locale
from home.models import BasePage, HeroImageFields
from professionalisering.models import default_locale_only

ITEMS_PER_PAGE = 10
FEED_LENGTH = 20

# Title, slug and the promote fields are text to translate; the rest is copied from the Dutch page.
PAGE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus", overridable=False),
    SynchronizedField("social_image"),
]


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The news section: live items newest first (by their own date), ten per page (?pagina=), RSS at feed/."""

    intro = models.TextField(_("introductie"), blank=True, max_length=600, help_text=_("Korte inleiding boven de lijst met nieuwsberichten."))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro", boost=2)]
    translatable_fields = PAGE_FIELDS + [TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1
    template = "pages/news/news_index_page.html"

    class Meta:
        verbose_name = _("nieuwsoverzicht")
        verbose_name_plural = _("nieuwsoverzichten")

    def get_items(self):
        """Live, public items of this index, newest first."""
        return NewsPage.objects.child_of(self).live().public().select_related("source_organisation").order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.get_items(), ITEMS_PER_PAGE)
        items = paginator.get_page(request.GET.get("pagina"))
        sources = in_locale((item.source_organisation for item in items), self.locale_id)
        for item, source in zip(items, sources, strict=True):
            item.display_source = source
        context.update(items=items, paginator=paginator)
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        from .feeds import NewsFeed

        return NewsFeed(self)(request)


class NewsPage(CommentsFields, HeroImageFields, BasePage):
    """A news item. No author field on purpose: news is published by the editors, credited at most to a source."""

    date = models.DateField(
        _("datum"),
        default=date.today,
        help_text=_("De datum van het bericht. Bepaalt de volgorde in het overzicht, de RSS-feed en de zoekresultaten."),
    )
    intro = models.TextField(
        _("introductie"), max_length=600, help_text=_("Eén of twee zinnen die het bericht samenvatten; vet boven de tekst en in overzichten.")
    )
    body = StreamField(BaseStoryBlock(), verbose_name=_("inhoud"), blank=True, help_text=_("De tekst van het bericht."))
    themes = ParentalManyToManyField(
        "home.Theme",
        verbose_name=_("thema's"),
        blank=True,
        related_name="+",
        limit_choices_to=default_locale_only,
        help_text=_("Thema's waarover het bericht gaat; bezoekers kunnen erop filteren in de zoekresultaten."),
    )
    source_organisation = models.ForeignKey(
        "home.Organisation",
        verbose_name=_("bron"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=default_locale_only,
        help_text=_("Optioneel: de organisatie waarvan het bericht afkomstig is, bijvoorbeeld de inspectie die het nieuws bracht."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        *HeroImageFields.hero_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("themes", widget=forms.CheckboxSelectMultiple), FieldPanel("source_organisation"), CommentsFields.comments_panel],
            heading=_("Thema's, bron en reacties"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("source_organisation", [index.SearchField("name"), index.SearchField("abbreviation")]),
        index.FilterField("date"),
    ]
    translatable_fields = PAGE_FIELDS + [
        TranslatableField("intro"),
        TranslatableField("body"),
        SynchronizedField("hero_image"),
        TranslatableField("hero_image_alt"),
        SynchronizedField("date", overridable=False),
        SynchronizedField("themes", overridable=False),
        SynchronizedField("source_organisation", overridable=False),
        SynchronizedField("comments_open", overridable=False),
    ]
    search_type_label = _("nieuws")

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    template = "pages/news/news_page.html"

    class Meta:
        verbose_name = _("nieuwsbericht")
        verbose_name_plural = _("nieuwsberichten")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = in_locale(self.themes.all(), self.locale_id)
        context["source"] = in_locale([self.source_organisation], self.locale_id)[0] if self.source_organisation_id else None
        context["index"] = self.get_parent()
        return context
