"""Demo content for the Blogs section: index, a post (seed 003, in our own words), members with
profiles, a threaded discussion, an English translation, the roles and the workflow. Idempotent."""

from datetime import date, datetime, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from allauth.account.models import EmailAddress

from home.demo import child, demo_image, rich, snippet, stream, translate, translate_snippets
from home.snippets import Organisation, Person

from .demo_en import ENGLISH
from .models import BlogIndexPage, BlogPage, BlogPageAuthor, Comment, MemberProfile
from .roles import setup_roles

MEMBERS = [
    # (username, display name, organisation, job title, sectors)
    (
        "demo-lid-queresta",
        "Johan Verbeek",
        "Queresta projectbureau",
        "Directeur/eigenaar",
        ["Gemeentelijke overheid", "Provinciale overheid", "Rijksoverheid", "Jeugdzorg", "Onderzoek en advies", "Bedrijfsleven"],
    ),
    (
        "demo-lid-auxanon",
        "Marieke Hofstra",
        "Ontwikkelburo Auxanon",
        "Adviseur Gezin, School & Samenleving",
        ["Gemeentelijke overheid", "Rijksoverheid", "Jeugdzorg", "Onderwijs", "Onderzoek en advies"],
    ),
    ("demo-lid-zelfstandig", "Erik Dammers", "Zelfstandig adviseur verandering en projectleiding in het sociaal domein", "Adviseur", ["Onderzoek en advies"]),
    ("demo-lid-nji", "Karlijn Stals", "Nederlands Jeugdinstituut", "Senior adviseur", ["Jeugdzorg", "Onderzoek en advies"]),
]

KARLIJN_BIO = (
    "Karlijn is orthopedagoog en promoveerde op de invoering van interventies in de jeugdzorg. Als senior adviseur en onderzoeker "
    "bij het Nederlands Jeugdinstituut zet ze zich in voor vakmanschap: ze leidt projecten over professionalisering, richtlijnen, "
    "bijscholing, hulpmiddelen voor professionals en beroepscompetenties."
)


def build(context):
    home, en = context["home"], context["locale_en"]
    nji = snippet(Organisation, {"abbreviation": "NJi"}, name="Nederlands Jeugdinstituut", website="https://www.nji.nl")
    karlijn = snippet(Person, {"name": "Karlijn Stals"}, role="Senior adviseur en onderzoeker", organisation=nji, email="k.stals@example.org", bio=KARLIJN_BIO)
    translate_snippets(en, ENGLISH, nji, karlijn)
    index = child(
        home,
        BlogIndexPage,
        "blogs",
        title="Blogs",
        intro="Toezichthouders, onderzoekers en adviseurs schrijven over hun vak. Lees mee en praat mee.",
        search_description="Blogs over toezicht, professionalisering en innovatie, met reacties van leden.",
    )
    themes = context["themes"]
    professional = _post(
        index,
        "professionele-ruimte-voed-ook-het-gemeentebestuur-op",
        title="Professionele ruimte: voed ook het gemeentebestuur op",
        search_description="Professionals moeten van fouten mogen leren. Dan moet het gemeentebestuur die fouten ook willen zien.",
        intro="Van professionals vragen we dat ze leren van fouten. Dan moet het bestuur die fouten ook willen zien.",
        publication_date=date(2015, 9, 14),
        hero=("Werksessie professionele ruimte", "Illustratie: mensen in een kring rond een tafel met tekstballonnen", "conversation"),
        hero_alt="Getekende mensen in een kring rond een tafel, met tekstballonnen boven hen: een werksessie waarin iedereen aan het woord komt",
        body=stream(
            (
                "paragraph",
                rich(
                    "Onlangs begeleidde ik een werksessie over richtlijnen en hoe ze professionals meer ruimte kunnen geven in plaats van minder. "
                    "Medewerkers van wijkteams en jeugdhulporganisaties leerden van elkaar, en twee moeders vertelden wat goede samenwerking met "
                    "ouders vraagt. Een inspirerende middag, maar één zin bleef hangen: 'Onze burgemeester wil geen fouten zien.'"
                ),
            ),
            ("heading", {"text": "Wat we van professionals vragen", "level": "h2"}),
            (
                "paragraph",
                rich(
                    "We vragen veel van professionals in jeugdhulp en jeugdbescherming. Ze moeten zich registreren, richtlijnen toepassen en "
                    "blijven leren. Voor elk gezin moeten ze opnieuw afwegen wat de beste hulp is, terwijl hun organisatie, hun gemeente en hun "
                    "regio volop veranderen. Wie zo moet wikken en wegen, maakt onvermijdelijk ook fouten."
                ),
            ),
            (
                "quote",
                {"quote": "Een bestuur dat fouten onder het tapijt veegt, neemt professionals de kans om ervan te leren.", "attribution": "Karlijn Stals"},
            ),
            ("heading", {"text": "Openstaan voor het gesprek", "level": "h2"}),
            (
                "paragraph",
                rich(
                    "De transformatie van het jeugdstelsel biedt gelukkig veel ruimte voor vernieuwing. Maar zijn we eerlijk over de resultaten? "
                    "Gemeenten lijken positiever over de wijkteams dan cliënten en zorgaanbieders. Is dat omdat het echt goed gaat, of omdat "
                    "niemand de fouten wil zien? Professionals hebben een bestuur nodig dat het gesprek aangaat."
                ),
            ),
            ("heading", {"text": "Geef professionals ruimte", "level": "h2"}),
            (
                "paragraph",
                rich(
                    "Hoe kun je als professional bijdragen aan verandering als je niet mag uitproberen wat werkt, samen met ouders en kinderen? "
                    "Als we willen dat hulpverleners hun professionele ruimte nemen, moeten we hen die ruimte ook geven: niet afrekenen op kleine "
                    "misstappen, wel vragen wat ze ervan geleerd hebben."
                ),
            ),
            ("heading", {"text": "Deel je goede voorbeelden van 'fouten'", "level": "h2"}),
            (
                "paragraph",
                rich(
                    "Ik verzamel verhalen over fouten waar iets van geleerd is. Steunde het bestuur van je gemeente of je organisatie je toen "
                    "het misging? Wat was het probleem, hoe is het opgelost en wat heb je ervan geleerd? Laat het weten in een reactie."
                ),
            ),
        ),
        authors=[karlijn],
        themes=[themes["professionalisering"], themes["maatschappelijke-dialoog"]],
        tags=["jeugdzorg", "professionele ruimte", "gemeenten"],
    )
    members = _members(context)
    _discussion(professional, members)

    index_en = translate(index, en, ENGLISH)
    translate(professional, en, ENGLISH)
    context.setdefault("main_navigation", []).append(index)
    for stale in (home, context.get("home_en")):
        # Reload: the context's instances may hold an outdated tree (numchild), and publishing would save it.
        home_page = type(stale).objects.get(pk=stale.pk) if stale is not None else None
        if home_page is not None and not home_page.blog_index_id:
            home_page.blog_index = index if home_page.locale_id == index.locale_id else index_en
            home_page.save_revision().publish()
    setup_roles([index, index_en])
    context["blog_index"], context["blog_posts"] = index, [professional]


def _post(index, slug, *, hero, hero_alt, authors, themes, tags, **fields):
    existing = index.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific
    title, description, motif = hero
    post = BlogPage(slug=slug, hero_image=demo_image(title, description, motif), hero_image_alt=hero_alt, **fields)
    for order, person in enumerate(authors):
        post.authors.add(BlogPageAuthor(person=person, sort_order=order))
    post.themes.set(themes)
    post.tags.add(*tags)
    index.add_child(instance=post)
    post.save_revision().publish()
    return post


def _members(context):
    User = get_user_model()
    members = {}
    for username, name, organisation, job_title, sectors in MEMBERS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, email=f"{username}@example.org", first_name=name.split()[0])
            user.set_unusable_password()  # demo members cannot log in; no credentials in the repository
            user.save()
            EmailAddress.objects.get_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})
        profile, created = MemberProfile.objects.get_or_create(user=user, defaults={"display_name": name, "organisation": organisation, "job_title": job_title})
        if created:
            profile.sectors.set([context["sectors"][s] for s in sectors if s in context["sectors"]])
        members[username] = user
    return members


def _discussion(post, members):
    if Comment.objects.filter(page=post).exists():
        return
    start = timezone.make_aware(datetime(2015, 9, 15, 9, 30))

    def say(author, body, parent=None, hours=0):
        return Comment.objects.create(
            page=post,
            author=members[author],
            parent=parent,
            depth=(parent.depth + 1) if parent else 0,
            body=body,
            status=Comment.Status.APPROVED,
            created_at=start + timedelta(hours=hours),
            notified_at=start + timedelta(hours=hours),  # demo comments send no e-mail
        )

    first = say("demo-lid-queresta", "Mooi verhaal, Karlijn! Herkenbaar vanuit de gemeenten waar ik werk.")
    second = say(
        "demo-lid-auxanon",
        "Dag Karlijn,\n\nMet burgemeesters, wethouders en raadsleden werk ik aan een project over wederzijds 'opvoeden': elkaar beschermen, "
        "verzorgen, sturen, volgen en verwonderen. Die vijf werkwoorden werken in het gewone leven én in het vak, en maken betrokkenheid "
        "en verantwoordelijkheid concreet. De vraag is of we ons zelf ook laten opvoeden, ook als we toevallig bestuurder zijn.\n\n"
        "Meer over de aanpak: https://www.example.org/elkaar-nog-meer-vertellen",
        hours=5,
    )
    reply = say("demo-lid-nji", "Dank je, Marieke. Mooi dat je het bestuur zelf erbij betrekt. Zullen we een keer bellen?", parent=second, hours=26)
    say("demo-lid-auxanon", "Graag! Ik stuur je een bericht.", parent=reply, hours=27)
    say(
        "demo-lid-zelfstandig",
        "Sluit aan bij mijn ervaring: wie fouten durft te bespreken, leert sneller. Dat geldt voor bestuurders ook.",
        parent=first,
        hours=30,
    )
