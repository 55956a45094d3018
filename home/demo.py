"""Demo content for the site root: home page, service pages and site settings. Idempotent.

Other apps add their sections through their own `demo.py` with a `build(context)` function;
`load_demo_content` calls them after this one, in INSTALLED_APPS order.
"""

import io
import json
from contextlib import contextmanager

from django.core.files.images import ImageFile
from django.db.models.signals import post_save

from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from .demo_en import ENGLISH
from .models import FormField, FormPage, HomePage, HomePageFeaturedItem, SiteSettings, StandardPage
from .snippets import Organisation, Person, Sector, Theme


def rich(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def stream(*blocks):
    """StreamField raw data from (type, value) pairs."""
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


def demo_image(title, description, motif="network", size=(1200, 675)):
    """A locally drawn illustration (home/illustrations.py), created once per title.

    `description` says what it shows; pages using it give their own alt text in context.
    """
    from .illustrations import illustration

    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    slug = "".join(ch if ch.isalnum() else "-" for ch in title.lower())[:60]
    image = Image(title=title, description=description)
    image.file = ImageFile(io.BytesIO(illustration(title, motif, size)), name=f"{slug}.png")
    image.save()
    return image


def child(parent, model, slug, **fields):
    """The published child page with this slug, created (and published) if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


class MissingEnglishError(Exception):
    """The demo's English lacks a text for these Dutch strings."""


def translate(instance, locale, english):
    """`instance` (page or snippet) in `locale`, made through wagtail-localize as an editor's translation is.

    Creates the translation source and an enabled Translation, fills every string segment from `english` (Dutch
    text -> English text, the way an editor fills wagtail-localize's editor) and saves the target; a page is
    published. The translation stays syncable: editors can "Synchroniseren" it later. A segment without English
    raises MissingEnglishError, so the demo's English stays complete. An existing translation is returned as is.
    """
    source = TranslationSource.objects.get_for_instance_or_none(instance)
    if source is not None and Translation.objects.filter(source=source, target_locale=locale).exists():
        existing = instance.get_translation_or_none(locale)
        if existing is not None:
            return existing.specific if isinstance(existing, Page) else existing
    if source is None:
        source, _created = TranslationSource.get_or_create_from_instance(instance)
    segments = list(StringSegment.objects.filter(source=source).select_related("string"))
    missing = sorted({segment.string.data for segment in segments if segment.string.data not in english})
    if missing:
        raise MissingEnglishError(f"{instance!r} has Dutch strings without English: {missing}")
    StringTranslation.objects.bulk_create(
        [
            StringTranslation(
                translation_of_id=segment.string_id,
                locale=locale,
                context_id=segment.context_id,
                data=english[segment.string.data],
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
            for segment in segments
        ],
        ignore_conflicts=True,
    )
    is_page = isinstance(instance, Page)
    with _search_index_paused():  # saving a translation saves the target several times; it is indexed once, below
        translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale, defaults={"enabled": True})
        # Pages are saved as a draft and published here, not on commit: the loader runs in one transaction (and tests
        # in one that is never committed).
        translation.save_target(publish=not is_page)
        target = instance.get_translation(locale)
        if is_page:
            target.get_latest_revision().publish()
            target = target.specific
    if isinstance(target, search_index.Indexed):
        search_index.insert_or_update_object(target)
    return target


@contextmanager
def _search_index_paused():
    """The database search index is not updated on every save inside (the demo loader is the only writer then)."""
    models = [model for model in search_index.get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


def snippet(model, lookup, **fields):
    obj, _created = model.objects.get_or_create(locale=Locale.get_default(), **lookup, defaults=fields)
    return obj


ORGANISATIONS = [
    ("Bureau Inspectieraad", "BIR"),
    ("Inspectie Gezondheidszorg en Jeugd", "IGJ"),
    ("Nederlandse Arbeidsinspectie", "NLA"),
    ("Nederlandse Voedsel- en Warenautoriteit", "NVWA"),
    ("Inspectie Leefomgeving en Transport", "ILT"),
    ("Inspectie van het Onderwijs", "IvhO"),
    ("Inspectie Justitie en Veiligheid", "IJenV"),
]
THEMES = [
    ("Professionalisering", "professionalisering", "Vakmanschap en ontwikkeling van toezichthouders."),
    ("Innovatie", "innovatie", "Nieuwe werkwijzen, data en technologie in het toezicht."),
    ("Gedragsverandering", "gedragsverandering", "Interventies die gedrag van ondertoezichtstaanden veranderen."),
    ("Maatschappelijke dialoog", "maatschappelijke-dialoog", "Het gesprek over rol en verwachtingen van toezicht."),
    ("Data en technologie", "data-en-technologie", "Datagedreven toezicht en digitale middelen."),
]
SECTORS = ["Rijksoverheid", "Gemeentelijke overheid", "Provinciale overheid", "Jeugdzorg", "Onderwijs", "Onderzoek en advies", "Bedrijfsleven", "Zorg"]


def build_taxonomy(context):
    en = context["locale_en"]
    context["organisations"] = {abbr: snippet(Organisation, {"abbreviation": abbr}, name=name) for name, abbr in ORGANISATIONS}
    context["themes"] = {slug: snippet(Theme, {"slug": slug}, name=name, description=description) for name, slug, description in THEMES}
    context["sectors"] = {name: snippet(Sector, {"name": name}) for name in SECTORS}
    bir = context["organisations"]["BIR"]
    context["people"] = {
        "ytzen": snippet(Person, {"name": "Ytzen Renema"}, role="Programmamanager professionalisering", organisation=bir, email="y.renema@example.org"),
        "sanne": snippet(Person, {"name": "Sanne Slegtenhorst"}, role="Adviseur professionalisering", organisation=bir, email="s.slegtenhorst@example.org"),
        "manja": snippet(
            Person,
            {"name": "Manja Bomhoff"},
            role="Antropoloog, leider Inzichtenlab",
            organisation=bir,
            email="m.bomhoff@example.org",
            bio="Manja onderzoekt als antropoloog het vak van de inspecteur en ontwikkelt met inspecties praktische tools om het effect van toezicht te vergroten.",
        ),
    }
    translate_snippets(en, ENGLISH, *context["organisations"].values(), *context["themes"].values(), *context["sectors"].values(), *context["people"].values())


def translate_snippets(locale, english, *snippets):
    """Snippets first: a page's translation then finds the snippets it shows already translated."""
    for obj in snippets:
        translate(obj, locale, english)


def build(context):
    default_locale = Locale.get_default()
    en, _created = Locale.objects.get_or_create(language_code="en")
    context["locale_nl"], context["locale_en"] = default_locale, en
    root = Page.get_first_root_node()

    home = HomePage.objects.filter(locale=default_locale).first()
    if home is None:
        # Wagtail's install leaves a plain welcome page as the site root: replace it.
        for welcome in root.get_children().filter(content_type__model="page"):
            welcome.delete()
        hero = demo_image(
            "Samenwerkende inspecties",
            "Illustratie: een netwerk van verbonden punten met een vergrootglas erboven, in petrol en koper",
            "network",
        )
        home = HomePage(
            title="Toezichtnet",
            slug="home",
            hero_title="Samen werken aan het toezicht van morgen",
            hero_text="Het platform van de rijksinspecties voor innovatie, professionalisering en kennisdeling in het toezicht.",
            hero_image=hero,
            hero_image_alt="Een netwerk van verbonden punten, de samenwerkende inspecties, met een vergrootglas dat op een deel ervan inzoomt",
            intro=rich(
                "Op Toezichtnet delen de rijksinspecties wat ze leren over beter toezicht: het Programma Innovatie Toezicht, behaalde resultaten, "
                "het Leertraject Strategisch Toezicht en blogs van toezichthouders."
            ),
            search_description="Platform van de samenwerkende rijksinspecties over innovatie en professionalisering van het toezicht.",
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Toezichtnet")
    elif site.root_page_id != home.pk:
        site.root_page, site.site_name = home, "Toezichtnet"
        site.save()
    context["home"] = home
    context["site"] = Site.objects.get(is_default_site=True)

    build_taxonomy(context)

    about = child(
        home,
        StandardPage,
        "over-dit-platform",
        title="Over dit platform",
        intro="Toezichtnet is de plek waar de rijksinspecties samen leren en vernieuwen.",
        search_description="Wat Toezichtnet is, voor wie het bedoeld is en wie het beheert.",
        body=stream(
            (
                "paragraph",
                rich(
                    "Toezichtnet wordt beheerd door Bureau Inspectieraad. Hier vindt u het Programma Innovatie Toezicht, "
                    "de resultaten daarvan en het aanbod voor professionalisering van toezichthouders."
                ),
            ),
            ("heading", {"text": "Voor wie", "level": "h2"}),
            (
                "paragraph",
                rich(
                    "Voor inspecteurs, analisten, beleidsmakers en iedereen die beroepsmatig met toezicht te maken heeft. "
                    "Leden kunnen reageren op blogs en hun profiel bijhouden."
                ),
            ),
            ("quote", {"quote": "Toezicht houden is een vak dat je samen beter maakt.", "attribution": "Bureau Inspectieraad"}),
        ),
    )
    accessibility = child(
        home,
        StandardPage,
        "toegankelijkheidsverklaring",
        title="Toegankelijkheidsverklaring",
        intro="Wij willen dat iedereen deze website kan gebruiken.",
        search_description="Hoe toegankelijk Toezichtnet is en hoe u een probleem meldt.",
        body=stream(
            (
                "paragraph",
                rich(
                    "Toezichtnet is ontworpen volgens de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA, "
                    "zoals het Besluit digitale toegankelijkheid overheid voorschrijft."
                ),
            ),
            ("heading", {"text": "Probleem melden", "level": "h2"}),
            ("paragraph", rich("Kunt u iets op deze website niet gebruiken? Laat het ons weten via het contactformulier. We reageren binnen vijf werkdagen.")),
        ),
    )
    privacy = child(
        home,
        StandardPage,
        "privacyverklaring",
        title="Privacyverklaring",
        intro="Welke persoonsgegevens Toezichtnet verwerkt en waarom.",
        search_description="Hoe Toezichtnet omgaat met persoonsgegevens van bezoekers en leden.",
        body=stream(
            (
                "paragraph",
                rich(
                    "We verwerken alleen gegevens die nodig zijn: uw e-mailadres en profiel als u lid bent, "
                    "en uw reacties. We slaan geen IP-adressen op bij reacties of paginabezoeken en gebruiken geen trackingcookies."
                ),
            ),
            ("heading", {"text": "Uw rechten", "level": "h2"}),
            ("paragraph", rich("U kunt uw gegevens op elk moment downloaden of uw account verwijderen via uw profielpagina.")),
        ),
    )
    contact = child(
        home,
        FormPage,
        "contact",
        title="Contact",
        intro=rich("Heeft u een vraag over het programma, het leertraject of deze website? Stuur ons een bericht."),
        thank_you_text=rich("Bedankt voor uw bericht. We reageren binnen vijf werkdagen."),
        to_address="info@inspectieraad.example.org",
        from_address="noreply@toezichtnet.example.org",
        subject="Nieuw bericht via Toezichtnet",
        search_description="Neem contact op met Bureau Inspectieraad.",
    )
    if not contact.form_fields.exists():
        for order, (label, field_type, required, help_text) in enumerate(
            [
                ("Naam", "singleline", True, ""),
                ("E-mailadres", "email", True, "We gebruiken uw e-mailadres alleen om te antwoorden."),
                ("Onderwerp", "singleline", False, ""),
                ("Bericht", "multiline", True, ""),
            ]
        ):
            FormField.objects.create(page=contact, sort_order=order, label=label, field_type=field_type, required=required, help_text=help_text)
    context["service_pages"] = {"about": about, "accessibility": accessibility, "privacy": privacy, "contact": contact}

    if not home.featured_items.exists():
        HomePageFeaturedItem.objects.create(page=home, featured_page=about, sort_order=99)

    home_en = translate(home, en, ENGLISH)
    for page in (about, accessibility, privacy, contact):
        translate(page, en, ENGLISH)
    context["home_en"] = home_en
    build_settings(context)


def build_settings(context):
    site_settings = SiteSettings.for_site(context["site"])
    if not site_settings.contact_email:
        site_settings.contact_email = "info@inspectieraad.example.org"
        site_settings.contact_address = "Bureau Inspectieraad\nPostbus 16191\n2500 BD Den Haag"
        site_settings.save()


def finish(context):
    """Called after every app's build: navigation and footer point at the finished tree."""
    site_settings = SiteSettings.for_site(context["site"])
    if not site_settings.main_navigation:
        nav = [page for page in context.get("main_navigation", []) if page is not None] + [
            context["service_pages"]["about"],
            context["service_pages"]["contact"],
        ]
        site_settings.main_navigation = [("link", {"page": page, "label": "", "external_url": "", "description": ""}) for page in nav]
        pages = context["service_pages"]
        site_settings.footer_links = [
            ("link", {"page": pages[key], "label": "", "external_url": "", "description": ""}) for key in ("accessibility", "privacy", "contact")
        ]
        site_settings.save()
