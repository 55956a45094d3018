"""Demo content for the site root: home page, service pages and site settings. Idempotent.

Other apps add their sections through their own `demo.py` with a `build(context)` function;
`load_demo_content` calls them after this one, in INSTALLED_APPS order.
"""

import io
import json

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

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


def translation(page, locale, **fields):
    """The page's translation in `locale`, created with the given fields if missing."""
    existing = page.get_translation_or_none(locale)
    if existing and not existing.alias_of_id:
        return existing.specific
    if existing:  # a wagtail-localize alias: replace it by a real translation
        existing.delete()
    copy = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return copy


def snippet(model, lookup, **fields):
    obj, _created = model.objects.get_or_create(locale=Locale.get_default(), **lookup, defaults=fields)
    return obj


def snippet_translation(obj, locale, **fields):
    existing = obj.get_translation_or_none(locale)
    if existing:
        return existing
    copy = obj.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


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
SECTORS = {
    "Rijksoverheid": "Central government",
    "Gemeentelijke overheid": "Municipal government",
    "Provinciale overheid": "Provincial government",
    "Jeugdzorg": "Youth care",
    "Onderwijs": "Education",
    "Onderzoek en advies": "Research and advice",
    "Bedrijfsleven": "Business",
    "Zorg": "Health care",
}


def build_taxonomy(context):
    en = context["locale_en"]
    context["organisations"] = {abbr: snippet(Organisation, {"abbreviation": abbr}, name=name) for name, abbr in ORGANISATIONS}
    themes = {}
    english_names = {
        "professionalisering": "Professional development",
        "innovatie": "Innovation",
        "gedragsverandering": "Behavioural change",
        "maatschappelijke-dialoog": "Public dialogue",
        "data-en-technologie": "Data and technology",
    }
    for name, slug, description in THEMES:
        theme = snippet(Theme, {"slug": slug}, name=name, description=description)
        snippet_translation(theme, en, name=english_names[slug], description="")
        themes[slug] = theme
    context["themes"] = themes
    context["sectors"] = {}
    for name, english_name in SECTORS.items():
        sector = snippet(Sector, {"name": name})
        snippet_translation(sector, en, name=english_name)
        context["sectors"][name] = sector
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

    home_en = translation(
        home,
        en,
        title="Toezichtnet",
        hero_title="Working together on tomorrow's supervision",
        hero_text="The platform of the Dutch government inspectorates for innovation, professional development and knowledge sharing.",
        hero_image_alt="A network of connected dots, the inspectorates working together, with a magnifying glass zooming in on part of it",
        intro=rich(
            "On Toezichtnet the Dutch inspectorates share what they learn about better supervision: the Innovation in Supervision "
            "programme, its results, the Strategic Supervision learning track and blogs by inspectors."
        ),
        search_description="Platform of the Dutch government inspectorates on innovation in supervision.",
    )
    translation(
        about,
        en,
        title="About this platform",
        slug="about-this-platform",
        intro="Toezichtnet is where the Dutch inspectorates learn and innovate together.",
        search_description="What Toezichtnet is, who it is for and who runs it.",
        body=stream(
            (
                "paragraph",
                rich(
                    "Toezichtnet is run by the Inspection Council office. It hosts the Innovation in Supervision programme, "
                    "its results and the professional development offer for inspectors."
                ),
            )
        ),
    )
    translation(
        accessibility,
        en,
        title="Accessibility statement",
        slug="accessibility-statement",
        search_description="How accessible Toezichtnet is and how to report a problem.",
        intro="We want everyone to be able to use this website.",
        body=stream(("paragraph", rich("Toezichtnet is designed to meet WCAG 2.1 level AA, as Dutch law requires of government websites."))),
    )
    translation(
        privacy,
        en,
        title="Privacy statement",
        slug="privacy-statement",
        search_description="How Toezichtnet handles the personal data of visitors and members.",
        intro="Which personal data Toezichtnet processes and why.",
        body=stream(
            (
                "paragraph",
                rich(
                    "We only process what we need: your e-mail address and profile if you are a member, and your comments. "
                    "We store no IP addresses and use no tracking cookies."
                ),
            )
        ),
    )
    translation(
        contact,
        en,
        title="Contact",
        slug="contact",
        search_description="Contact the Inspectieraad office.",
        intro=rich("Do you have a question? Send us a message."),
        thank_you_text=rich("Thank you for your message. We will reply within five working days."),
    )
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
