"""Blog index and post pages, authors, tags and the view counter."""

import math
from datetime import date

from django import forms
from django.core.paginator import Paginator
from django.db import IntegrityError, models, transaction
from django.db.models import Count, F, Q
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PagePermissionTester
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase

from home.localization import in_locale
from home.models import HERO_TRANSLATABLE_FIELDS, BasePage, HeroImageFields
from home.shared_memo import shared
from home.snippets import Person, Theme

from ..blocks import BlogStoryBlock
from ..page_forms import BlogPageForm
from .comments import CommentsFields

WORDS_PER_MINUTE = 200
POSTS_PER_PAGE = 10


class BlogIndexPage(RoutablePageMixin, BasePage):
    """The Blogs section: newest posts first, filters in the query string, an RSS feed at feed/."""

    intro = models.TextField(_("introductie"), blank=True, max_length=600, help_text=_("Korte inleiding boven de lijst met blogs."))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro", boost=2)]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["blog.BlogPage"]
    max_count_per_parent = 1
    template = "pages/blog/blog_index_page.html"

    class Meta:
        verbose_name = _("blogoverzicht")
        verbose_name_plural = _("blogoverzichten")

    def get_posts(self):
        """Live, public posts of this index, newest first, with their approved-comment count."""
        return (
            BlogPage.objects.child_of(self)
            .live()
            .public()
            .annotate(approved_comment_count=Count("comments", filter=Q(comments__status="approved"), distinct=True))
            .prefetch_related("authors__person", "themes")
            .order_by("-publication_date", "-first_published_at", "-pk")
        )

    def filter_options(self):
        """The choices the filter form offers, taken from this index's live posts."""
        posts = BlogPage.objects.child_of(self).live().public()

        themes = Theme.objects.filter(pk__in=posts.values("themes")).order_by("name")
        tags = Tag.objects.filter(pk__in=BlogPageTag.objects.filter(content_object__in=posts).values("tag")).order_by("name")
        authors = Person.objects.filter(pk__in=BlogPageAuthor.objects.filter(page__in=posts).values("person")).order_by("name")
        years = sorted({d.year for d in posts.values_list("publication_date", flat=True) if d}, reverse=True)
        return {"themes": list(themes), "tags": list(tags), "authors": list(authors), "years": years}

    def apply_filters(self, posts, params, options):
        """Narrow `posts` by the query parameters thema, tag, auteur and jaar. Unknown values are ignored."""
        active = {}
        theme = params.get("thema", "")
        if theme in {t.slug for t in options["themes"]}:
            posts = posts.filter(themes__slug=theme)
            active["thema"] = theme
        tag = params.get("tag", "")
        if tag in {t.slug for t in options["tags"]}:
            posts = posts.filter(tags__slug=tag)
            active["tag"] = tag
        author = params.get("auteur", "")
        if author in {str(p.pk) for p in options["authors"]}:
            posts = posts.filter(authors__person_id=int(author))
            active["auteur"] = author
        year = params.get("jaar", "")
        if year in {str(y) for y in options["years"]}:
            posts = posts.filter(publication_date__year=int(year))
            active["jaar"] = year
        return posts.distinct(), active

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        options = shared(f"blog-filter-options:{self.pk}", self.filter_options)  # until the next content change
        posts, active = self.apply_filters(self.get_posts(), request.GET, options)
        paginator = Paginator(posts, POSTS_PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("pagina"))
        query = request.GET.copy()
        query.pop("pagina", None)
        # Theme names in the visitor's language, looked up once for the whole page (not per card).
        card_themes = [list(post.themes.all()) for post in page_obj]
        localized = iter(in_locale([theme for themes in card_themes for theme in themes] + options["themes"], self.locale_id))
        for post, themes in zip(page_obj, card_themes, strict=True):
            post.display_themes = [next(localized) for _theme in themes]
        options = {**options, "themes": list(localized)}
        context.update(
            posts=page_obj,
            paginator=paginator,
            filter_options=options,
            active_filters=active,
            filter_query=query.urlencode(),
        )
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        from ..feeds import BlogFeed

        return BlogFeed(self)(request)


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey("blog.BlogPage", related_name="tagged_items", on_delete=models.CASCADE)


class BlogPageAuthor(Orderable):
    page = ParentalKey("blog.BlogPage", related_name="authors", on_delete=models.CASCADE)
    person = models.ForeignKey(
        "home.Person",
        verbose_name=_("auteur"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Een auteur van deze blog; bio, organisatie en foto komen in het blok 'Over de auteur'."),
    )

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        verbose_name = _("auteur")
        verbose_name_plural = _("auteurs")


def _text_of(value):
    """All text inside a StreamField's raw data, without markup."""
    if isinstance(value, str):
        return strip_tags(value) + " "
    if isinstance(value, dict):
        return "".join(_text_of(v) for k, v in value.items() if k not in {"type", "id", "level", "page", "image", "document"})
    if isinstance(value, list | tuple):
        return "".join(_text_of(v) for v in value)
    return ""


def authored_by(user):
    """Posts that list the user as author (through Person.user, in any translation of the person)."""
    people = Person.objects.filter(user=user).values("translation_key")
    return Q(authors__person__translation_key__in=people)


class CoAuthorPermissionTester(PagePermissionTester):
    """A blogger (Wagtail 'add' permission in the section) may edit a post listing them as author, as if they owned it."""

    def can_edit(self):
        return super().can_edit() or self.is_co_author()

    def is_co_author(self):
        if not self.user.is_active or self.user.is_superuser or "add" not in self.permissions:
            return False
        if not hasattr(self, "_is_co_author"):
            self._is_co_author = BlogPage.objects.filter(authored_by(self.user), pk=self.page.pk).exists()
        return self._is_co_author


class BlogPage(CommentsFields, HeroImageFields, BasePage):
    intro = models.TextField(_("introductie"), max_length=600, help_text=_("Eén of twee zinnen die de blog samenvatten; vet boven de tekst en in overzichten."))
    body = StreamField(BlogStoryBlock(), verbose_name=_("inhoud"), blank=True, help_text=_("De tekst van de blog."))
    publication_date = models.DateField(_("publicatiedatum"), default=date.today, help_text=_("De datum die bij de blog wordt getoond."))
    themes = ParentalManyToManyField("home.Theme", verbose_name=_("thema's"), blank=True, related_name="+", help_text=_("Thema's waarover de blog gaat."))
    tags = ClusterTaggableManager(through=BlogPageTag, verbose_name=_("tags"), blank=True, help_text=_("Losse trefwoorden, gescheiden door komma's."))
    comments_open = models.BooleanField(
        _("reacties open"), default=True, help_text=_("Uitzetten om de discussie te sluiten; bestaande reacties blijven zichtbaar.")
    )
    comments_closed_message = _("De reacties bij deze blog zijn gesloten.")

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        *HeroImageFields.hero_panels,
        FieldPanel("body"),
        MultipleChooserPanel("authors", chooser_field_name="person", label=_("Auteurs")),  # at least one: BlogPageForm
        MultiFieldPanel(
            [FieldPanel("publication_date"), FieldPanel("themes", widget=forms.CheckboxSelectMultiple), FieldPanel("tags"), FieldPanel("comments_open")],
            heading=_("Publicatie en discussie"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
        index.RelatedFields("authors", [index.RelatedFields("person", [index.SearchField("name"), index.SearchField("role")])]),
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("publication_date"),
    ]
    # Authors and themes stay the Dutch snippets and are shown in the post's language; tags are shared.
    translatable_fields = (
        BasePage.translatable_fields
        + HERO_TRANSLATABLE_FIELDS
        + [
            TranslatableField("intro"),
            TranslatableField("body"),
            SynchronizedField("authors", overridable=False),
            SynchronizedField("publication_date", overridable=False),
            SynchronizedField("themes", overridable=False),
            SynchronizedField("tagged_items", overridable=False),
            SynchronizedField("comments_open", overridable=False),
        ]
    )
    search_type_label = "blog"
    base_form_class = BlogPageForm

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []
    template = "pages/blog/blog_page.html"

    class Meta:
        verbose_name = _("blog")
        verbose_name_plural = _("blogs")

    @property
    def reading_time(self):
        """Estimated minutes to read intro and body, at least 1."""
        words = len((self.intro + " " + _text_of(list(self.body.raw_data))).split())
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    @property
    def view_count(self):
        record = BlogPageViewCount.objects.filter(page_id=self.pk).values_list("count", flat=True).first()
        return record or 0

    def author_people(self):
        """The authors in the post's language, each with `display_organisation` in that language too."""
        people = in_locale(
            (author.person for author in self.authors.select_related("person__organisation", "person__photo")),
            self.locale_id,
            select_related=("organisation", "photo"),
        )
        for person, organisation in zip(people, in_locale((person.organisation for person in people), self.locale_id), strict=True):
            person.display_organisation = organisation
        return people

    def related_posts(self, limit=3, theme_ids=None):
        """Other live posts in the same language that share a theme, newest first."""
        if theme_ids is None:
            theme_ids = list(self.themes.values_list("pk", flat=True))
        if not theme_ids:
            return []
        return list(
            BlogPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, themes__in=theme_ids)
            .exclude(pk=self.pk)
            .distinct()
            .order_by("-publication_date", "-pk")[:limit]
        )

    def permissions_for_user(self, user):
        return CoAuthorPermissionTester(user, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)  # with the comments (CommentsFields)
        # Authors, themes and related posts depend on published content only: shared until the next content change
        # (home.shared_memo), except in a preview.
        if getattr(request, "is_preview", False):
            context.update(self.byline_and_related())
        else:
            context.update(shared(f"blog-post-parts:{self.pk}:{self.live_revision_id}", self.byline_and_related))
        return context

    def byline_and_related(self):
        themes = list(self.themes.all())
        return {
            "authors": self.author_people(),
            "themes": in_locale(themes, self.locale_id),
            "related_posts": self.related_posts(theme_ids=[theme.pk for theme in themes]),
        }


class BlogPageViewCount(models.Model):
    """How often a post was viewed. Kept apart from the page so counting never touches revisions; no IP or visitor data."""

    page = models.OneToOneField(
        BlogPage, verbose_name=_("blog"), on_delete=models.CASCADE, primary_key=True, related_name="view_count_record", help_text=_("De getelde blog.")
    )
    count = models.PositiveBigIntegerField(_("aantal weergaven"), default=0, help_text=_("Aantal keer dat de blog door een browser is bekeken."))

    class Meta:
        verbose_name = _("weergaveteller")
        verbose_name_plural = _("weergavetellers")

    def __str__(self):
        return f"{self.page_id}: {self.count}"

    @classmethod
    def increment(cls, page_id):
        """Add one view atomically in the database (UPDATE ... SET count = count + 1), creating the row once."""
        if cls.objects.filter(page_id=page_id).update(count=F("count") + 1):
            return
        try:
            with transaction.atomic():
                cls.objects.create(page_id=page_id, count=1)
        except IntegrityError:  # another request created it first
            cls.objects.filter(page_id=page_id).update(count=F("count") + 1)
