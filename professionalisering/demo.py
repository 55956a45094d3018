"""Demo content: Programma Innovatie Toezicht with its lines and results, and the Leertraject Strategisch Toezicht.

Built from seeds 000-002, rewritten in our own words. Idempotent: pages, documents and people are looked up
before they are created, so a second run changes nothing.
"""

import datetime

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from home.demo import child, demo_image, rich, snippet, stream, translate, translate_snippets
from home.snippets import Person

from .demo_en import ENGLISH
from .models import (
    LearningModuleDate,
    LearningModulePage,
    LearningModuleTeacher,
    LearningTrajectoryPage,
    ProgrammeLineAction,
    ProgrammeLineContact,
    ProgrammeLinePage,
    ProgrammePage,
    ResultPage,
    ResultPartner,
)

GEPLAND, GESTART, AFGEROND = (choice.value for choice in ProgrammeLineAction.Status)


def ul(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def tiny_pdf(title, lines):
    """A small but valid one-page PDF (Helvetica text), built without any PDF library."""

    def escape(text):
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1", "replace")

    text = b"BT /F1 18 Tf 72 770 Td (" + escape(title) + b") Tj /F1 11 Tf"
    for line in lines:
        text += b" 0 -20 Td (" + escape(line) + b") Tj"
    text += b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(text)).encode() + b" >>\nstream\n" + text + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def demo_document(title, filename, lines):
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    document = Document(title=title)
    document.file = ContentFile(tiny_pdf(title, lines), name=filename)
    document._set_document_file_metadata()
    document.save()
    return document


TEACHERS = [
    ("anouk", "Anouk de Vries", "Strategisch adviseur", "IGJ"),
    ("bram", "Bram Hoekstra", "Senior inspecteur", "NVWA"),
    ("carola", "Carola Jansen", "Programmamanager toezichtvernieuwing", "ILT"),
    ("daan", "Daan Visser", "Gedragsexpert", "NLA"),
    ("esther", "Esther Bakker", "Inspecteur", "IvhO"),
    ("freek", "Freek Mulder", "Senior adviseur toezicht en beleid", "IJenV"),
]


def build_teachers(context):
    teachers = {}
    for key, name, role, abbr in TEACHERS:
        teachers[key] = snippet(Person, {"name": name}, role=role, organisation=context["organisations"][abbr], email=f"{key}@example.org")
    translate_snippets(context["locale_en"], ENGLISH, *teachers.values())
    return teachers


def build(context):
    home = context["home"]
    themes, people, orgs = context["themes"], context["people"], context["organisations"]

    programme = child(
        home,
        ProgrammePage,
        "programma-innovatie-toezicht",
        title="Programma Innovatie Toezicht",
        intro="Samen sterker vernieuwen: de rijksinspecties bundelen hun krachten om het toezicht van morgen vorm te geven.",
        search_description="Het gezamenlijke programma van de rijksinspecties voor vernieuwing van het toezicht: ambitie, aanpak en programmalijnen.",
        comments_open=True,  # the old site offered login-to-comment on this page (seed 001)
        ambition=stream(
            (
                "paragraph",
                rich(
                    "Elke inspectie vernieuwt haar eigen toezicht. Het programma zet de samenwerking tussen de rijksinspecties in om die "
                    "vernieuwing te versterken: een levendig netwerk van toezichthouders dat innovatie aanjaagt en zo de maatschappelijke "
                    "waarde van toezicht vergroot.",
                    "Vernieuwen vraagt om nieuwe werkwijzen, andere professionals, ruimte om te experimenteren en lef om buiten de gebaande paden "
                    "te denken. Tegelijk gaat het dagelijkse werk gewoon door: vernieuwing en beheersing moeten opnieuw in balans komen.",
                ),
            ),
            ("quote", {"quote": "Een ecosysteem voor publieke innovatie.", "attribution": "Ambitie van het programma"}),
            (
                "paragraph",
                rich("Het programma is dienstbaar aan de inspecties. Uitwisselen, van elkaar leren en, waar dat loont, samen ontwikkelen staan centraal."),
            ),
        ),
        preconditions=ul(
            "Geef creativiteit de ruimte: werk met labs, design thinking en co-creatie.",
            "Durf te experimenteren en accepteer dat niet alles in één keer lukt.",
            "Werk in horizontale netwerken over de grenzen van inspecties heen.",
            "Leg niet te veel vooraf vast: het netwerk kiest de vorm die bij het onderwerp past.",
        ),
        process=rich(
            "Bureau Inspectieraad heeft een programmateam samengesteld. Dat team zet het programma op, werkt de programmalijnen uit en "
            "bewaakt de voortgang. De inhoud ontstaat in netwerken van mensen uit de inspecties, bestaande en nieuwe."
        ),
        themes=[themes["innovatie"], themes["professionalisering"]],
    )

    line1 = child(
        programme,
        ProgrammeLinePage,
        "maatschappelijke-dialoog",
        title="Maatschappelijke dialoog over toezicht",
        number=1,
        summary="Met beleid, wetenschap en samenleving in gesprek over wat toezicht is en wat je ervan mag verwachten.",
        intro=(
            "Nieuwe technologie, verschuivende verwachtingen en andere opvattingen over wat normaal is: ze vragen om een frisse blik "
            "op doel, rol en inzet van toezicht. Daarom zetten we het gesprek met onze maatschappelijke en bestuurlijke omgeving voort."
        ),
        search_description="Programmalijn 1: de dialoog over rol, verwachtingen en de verhouding tussen private borging en publiek toezicht.",
        body=stream(
            ("heading", {"text": "Twee onderwerpen", "level": "h2"}),
            (
                "paragraph",
                rich(
                    "<b>Rol en verwachtingen.</b> Prioriteren we op basis van objectief gemeten risico's, of op basis van wat de samenleving "
                    "verwacht? Hoe gaan inspecties om met verwachtingen die soms tegenstrijdig zijn?",
                    "<b>Private borging en publiek toezicht.</b> Wanneer zijn burgers en bedrijven zelf aan zet om publieke belangen te borgen, "
                    "en wanneer de publieke toezichthouder? Vertrouwen, eerlijkheid, kwaliteit en veiligheid spelen daarbij een hoofdrol.",
                ),
            ),
        ),
        goals=rich(
            "Een gedeeld beeld van de staat en de toekomst van het toezicht, waarin algemene inzichten en de concrete praktijk van toezichthouders samenkomen."
        ),
        organisation=rich(
            "We voeren de dialoog op twee niveaus. In algemene zin met beleidsmakers, andere toezichthouders en wetenschappers, "
            "ondersteund door publicaties en onderzoek. En concreet aan dialoogtafels over thema's als voedselveiligheid of "
            "patiëntveiligheid, waar de betrokken toezichthouders zelf aan zet zijn."
        ),
        themes=[themes["maatschappelijke-dialoog"]],
        actions=[
            ProgrammeLineAction(
                text="Strategen uit de inspecties werken het idee van creatieve dialoogtafels samen uit.", status=AFGEROND, date=datetime.date(2024, 9, 12)
            ),
            ProgrammeLineAction(
                text="Met NWO en de markttoezichthouders werken we de Wetenschapsagenda Toezicht verder uit.", status=GESTART, period="najaar 2024"
            ),
            ProgrammeLineAction(text="Bundel 'Toezicht vijf jaar na het WRR-rapport' uitgeven.", status=AFGEROND, date=datetime.date(2024, 11, 28)),
            ProgrammeLineAction(
                text="Een top van beleid en toezicht organiseren om thema's uit de dialoog te agenderen.", status=GEPLAND, period="na de eerste dialoogtafels"
            ),
            ProgrammeLineAction(
                text="Discussienotitie over vormen van private borging en wanneer die voor publiek toezicht van belang zijn.",
                status=AFGEROND,
                date=datetime.date(2024, 6, 20),
            ),
            ProgrammeLineAction(
                text="Experts uit inspecties, wetenschap en andere toezichthouders verkennen samen nieuwe vormen van private borging.",
                status=GEPLAND,
                date=datetime.date(2025, 9, 18),
            ),
        ],
        contacts=[ProgrammeLineContact(person=people["sanne"])],
    )

    line2 = child(
        programme,
        ProgrammeLinePage,
        "focus-op-innovatie",
        title="Focus op innovatie",
        number=2,
        summary="Data, technologie en nieuwe vormen van samenwerking inzetten om het toezicht zelf te vernieuwen.",
        intro=(
            "Digitalisering, robotisering en de netwerksamenleving veranderen de positie van inspecties en dagen ze uit om hun "
            "toezicht ingrijpend te vernieuwen. Wat is daarvoor nodig? Deze programmalijn kent twee deellijnen."
        ),
        search_description="Programmalijn 2: datagedreven toezicht en nieuwe vormen van interactie en samenwerking.",
        sub_lines=stream(
            (
                "sub_line",
                {
                    "letter": "a",
                    "title": "Data en technologie",
                    "intro": rich(
                        "Elke inspectie heeft haar eigen ontwikkelpad met data en technologie, maar de belangen overlappen. Het programma "
                        "Datagedreven, gestart in 2017, zorgt voor afstemming en samenwerking."
                    ),
                    "goals": rich(
                        "Inspecties werken zo vergelijkbaar met data dat ze kennis en data zo veel mogelijk kunnen delen. Voor besluiten over "
                        "structurele samenwerking is het nog te vroeg; deze lijn laat zien waar die haalbaar en wenselijk is."
                    ),
                    "organisation": rich(
                        "Een groep vertegenwoordigers van de inspecties, de 'Gideonsbende datagedreven toezicht', legt doelen en activiteiten "
                        "vast in een jaarplan rond vijf thema's: personeel, casuïstiek, juridische en ethische kaders, een gezamenlijk "
                        "datascienceplatform en inbedding in de organisatie."
                    ),
                    "activities": ul(
                        "Gezamenlijke werving en selectie van datascientists",
                        "Een opleiding tot datascience professional",
                        "Een gedeeld juridisch kader",
                        "Gezamenlijke eisen voor een datascienceplatform",
                    ),
                },
            ),
            (
                "sub_line",
                {
                    "letter": "b",
                    "title": "Nieuwe vormen van interactie en samenwerking",
                    "intro": rich(
                        "Technologische en maatschappelijke veranderingen vragen om andere werkwijzen: toezicht ontwerpen samen met de "
                        "omgeving, bijvoorbeeld in de keten waarin blockchain wordt toegepast."
                    ),
                    "goals": rich("Inspecties ondersteunen bij deze vernieuwing door uit te wisselen, van elkaar te leren en te verbinden."),
                    "organisation": rich(
                        "We sluiten aan bij bestaande netwerken, zoals het netwerk rond gedragsinterventies en de doe-coalitie CE-markering, "
                        "en brengen collega's, wetenschappers en experts samen om co-creatie en design thinking uit te proberen."
                    ),
                    "activities": ul(
                        "Sessie over het betrekken van de eindgebruiker bij het toezicht",
                        "White paper over voorwaarden voor co-creatie in het toezicht",
                    ),
                },
            ),
        ),
        themes=[themes["innovatie"], themes["data-en-technologie"]],
        actions=[
            ProgrammeLineAction(
                text="Gathering datagedreven toezicht voor datascientists van alle inspecties.", status=AFGEROND, date=datetime.date(2024, 7, 3)
            ),
            ProgrammeLineAction(text="Gezamenlijke werving en selectie van datascientists.", status=GESTART, period="doorlopend"),
            ProgrammeLineAction(
                text="Bijeenkomst waarin datascientists en inhoudelijk experts van de doe-coalitie CE-markering samen de mogelijkheden van data verkennen.",
                status=GEPLAND,
                date=datetime.date(2025, 3, 13),
            ),
            ProgrammeLineAction(text="Sessie 'Betrekken van de eindgebruiker in het toezicht'.", status=GEPLAND, period="voorjaar 2025"),
        ],
        contacts=[ProgrammeLineContact(person=people["ytzen"])],
    )

    line3 = child(
        programme,
        ProgrammeLinePage,
        "professionalisering",
        title="Professionalisering",
        number=3,
        summary="Welke vakmensen heeft het toezicht van de toekomst nodig, en hoe rusten we mensen en organisaties daarvoor toe?",
        intro=(
            "Innovatie van het toezicht vraagt veel van mensen en organisaties. Welke achtergronden zijn nodig? Hoe gaan we om met "
            "vergrijzing en werving? Hoe leer je toezicht als tweede vak? En wat kenmerkt een goede toezichtsorganisatie?"
        ),
        search_description="Programmalijn 3: een professionaliseringsagenda voor het toezicht, met behaalde resultaten.",
        goals=rich(
            "Een professionaliseringsagenda voor het toezicht, grotendeels uitgevoerd door de inspecties zelf en voor een klein deel door "
            "de Academie voor Toezicht, en een vaste structuur om het gesprek over professionalisering blijvend te voeren."
        ),
        organisation=rich(
            "We brengen mensen uit het primaire proces in gesprek met vakmensen uit leren en ontwikkelen, HRM en organisatieontwikkeling. "
            "Bureau Inspectieraad onderhoudt een netwerk van contactpersonen voor professionalisering bij de inspecties."
        ),
        themes=[themes["professionalisering"]],
        actions=[
            ProgrammeLineAction(
                text="Bijeenkomst over de professionaliseringsagenda, met een model voor strategische keuzes in leren en ontwikkelen.",
                status=AFGEROND,
                date=datetime.date(2024, 7, 5),
            ),
            ProgrammeLineAction(text="Aparte bijeenkomst over organisatieontwikkeling.", status=GEPLAND, period="na de zomer"),
            ProgrammeLineAction(
                text="Onderzoek naar het vak van de inspecteur, door antropoloog Manja Bomhoff.", status=AFGEROND, date=datetime.date(2023, 12, 1)
            ),
            ProgrammeLineAction(text="De organisatiegeschiedenis van de inspecties in kaart brengen.", status=GESTART, period="sinds de zomer van 2024"),
            ProgrammeLineAction(text="Netwerk van contactpersonen professionalisering uit alle inspecties opzetten.", status=GESTART, period="doorlopend"),
        ],
        contacts=[
            ProgrammeLineContact(person=people["ytzen"]),
            ProgrammeLineContact(person=people["sanne"]),
            ProgrammeLineContact(person=people["manja"]),
        ],
    )

    kbs_document = demo_document(
        "Kritische beroepssituaties in het toezicht",
        "kritische-beroepssituaties.pdf",
        [
            "Hoe weet je dat je het goed doet in je werk?",
            "Verhalen van inspecteurs over situaties waarin waarden botsen.",
            "Bureau Inspectieraad - demo-document",
        ],
    )
    kbs = child(
        line3,
        ResultPage,
        "kritische-beroepssituaties",
        title="Kritische beroepssituaties",
        kind=ResultPage.Kind.PUBLICATION,
        year=2020,
        summary=(
            "Wat doe je als waarden botsen en het protocol geen antwoord geeft? In gesprekken met inspecteurs uit verschillende "
            "inspecties ontleedden we zulke situaties. De verhalen zijn gebundeld in een boekje."
        ),
        search_description="Publicatie met verhalen van inspecteurs over kritische beroepssituaties, en gesprekken volgens de KBS-methode.",
        cover_image=demo_image(
            "Kritische beroepssituaties", "Illustratie: een boekje met een koperkleurige rug en vier ronde gezichten op de voorkant", "booklet"
        ),
        cover_image_alt="Getekend boekje met verhalen van inspecteurs over kritische beroepssituaties, met vier ronde gezichten op de voorkant",
        document=kbs_document,
        body=stream(
            (
                "paragraph",
                rich(
                    "Eind 2019 begon Bureau Inspectieraad met gesprekken in gemengde groepen inspecteurs. Volgens de methode van de "
                    "Kritische Beroepssituaties (KBS) analyseren we een concrete situatie: welke afwegingen over professionaliteit maak je daar?",
                    "Na 2021 zijn we doorgegaan met deze gesprekken, nu binnen één inspectie of zelfs één team.",
                ),
            ),
        ),
        support=rich("Wil je met je team of organisatie zo'n gesprek voeren? Bureau Inspectieraad begeleidt het volgens de KBS-methode."),
        support_contact=people["sanne"],
        themes=[themes["professionalisering"]],
        partners=[ResultPartner(organisation=orgs[abbr]) for abbr in ("BIR", "IGJ", "NLA", "ILT")],
    )
    works = child(
        line3,
        ResultPage,
        "aandacht-voor-wat-werkt",
        title="Aandacht voor wat werkt",
        kind=ResultPage.Kind.INSTRUMENT,
        year=2022,
        summary=(
            "Praktische instrumenten waarmee inspecteurs zelf onderzoeken wat het effect van hun toezicht is, zodat inspecties hun impact kunnen vergroten."
        ),
        search_description="Instrumenten van het Inzichtenlab om het effect van toezicht te vergroten.",
        cover_image=demo_image("Vragenwaaier", "Illustratie: een uitgespreide waaier van gekleurde kaarten", "fan"),
        cover_image_alt="Een uitgespreide waaier van kaarten, elk met een vraag over het effect van toezicht",
        body=stream(
            (
                "paragraph",
                rich(
                    "In dit project gingen inspecteurs zelf als onderzoekers aan de slag, met vragen die bij hen leven over hun werk. "
                    "Het Inzichtenlab ontwikkelde samen met de Arbeidsinspectie en de Inspectie Gezondheidszorg en Jeugd praktische "
                    "instrumenten, zoals een vragenwaaier. Ze zijn bruikbaar voor alle rijksinspecties."
                ),
            ),
        ),
        support=rich("Wil je de instrumenten gebruiken in je team? Manja Bomhoff helpt je op weg."),
        support_contact=people["manja"],
        themes=[themes["professionalisering"], themes["gedragsverandering"]],
        partners=[ResultPartner(organisation=orgs[abbr]) for abbr in ("NLA", "IGJ")],
    )
    inspectors = child(
        line3,
        ResultPage,
        "inspecteurs-over-hun-vak",
        title="Inspecteurs over hun vak",
        kind=ResultPage.Kind.RESEARCH,
        year=2023,
        summary=("Wie zijn inspecteurs eigenlijk? Een antropologisch onderzoek naar hun vak, hun drijfveren en wat zij verstaan onder een goede inspecteur."),
        search_description="Antropologisch onderzoek naar het vak van de inspecteur.",
        cover_image=demo_image("Inspecteurs over hun vak", "Illustratie: een rij getekende figuren van verschillende lengte", "people"),
        cover_image_alt="Een rij getekende inspecteurs van verschillende lengte naast elkaar: de beroepsgroep van dichtbij bekeken",
        body=stream(
            (
                "paragraph",
                rich(
                    "Op verzoek van Bureau Inspectieraad onderzocht antropoloog Manja Bomhoff de 'stam' van inspecteurs. Hoe ziet hun "
                    "werk eruit, wat houdt hen bezig en wie zien zij als rolmodel?"
                ),
            ),
        ),
        support=rich("Vragen over het onderzoek of de uitkomsten bespreken in je inspectie? Neem contact op met Manja Bomhoff."),
        support_contact=people["manja"],
        themes=[themes["professionalisering"]],
        partners=[ResultPartner(organisation=orgs["BIR"])],
    )

    trajectory, modules = build_trajectory(context)
    # In tree order: a translation needs its parent's.
    for page in (programme, line1, line2, line3, kbs, works, inspectors, trajectory, *modules):
        translate(page, context["locale_en"], ENGLISH)
    context.setdefault("main_navigation", []).extend([programme, trajectory])
    context["professionalisering"] = {"programme": programme, "lines": [line1, line2, line3], "results": [kbs], "trajectory": trajectory}


MODULES = [
    (
        "Functies van toezicht in Nederland",
        "Waar staan we nu?",
        "De laatste kaderstellende visie op toezicht is uit 2006. Hoe heeft het toezicht zich sindsdien ontwikkeld, en wat heeft het "
        "WRR-rapport over toezicht in gang gezet?",
        ("anouk", "freek"),
    ),
    (
        "Sparrow en Moore",
        "Effecten van toezicht centraal",
        "Niet handhaven om het handhaven, maar werken aan de problemen die er echt toe doen. We stellen het effect van ons handelen "
        "centraal; de instrumenten volgen daaruit.",
        ("bram", "carola"),
    ),
    (
        "Risico- en systeemanalyse",
        "Complexe vraagstukken ontleden",
        "Waarom risicogebaseerd toezicht, en hoe doe je een systeemanalyse? We denken in organisaties, belangen, factoren en actoren, "
        "en in hun invloed op de missie van je inspectie.",
        ("carola", "esther"),
    ),
    (
        "Interventiestrategie en gedrag",
        "Over wortels en stokken",
        "Inspecties werken voortdurend aan beter en effectiever toezicht, met nieuwe methoden en inzichten uit onder meer de gedragswetenschap.",
        ("daan", "anouk"),
    ),
    (
        "Maatschappelijke oriëntatie",
        "In het publieke belang",
        "Toezicht vraagt om een brede taakopvatting: aansluiten bij publieke belangen en die mee helpen benoemen en behartigen.",
        ("esther", "bram"),
    ),
    (
        "Slotbijeenkomst",
        "Over toezicht en beleid",
        "Hoe onafhankelijk is toezicht? Theorie en praktijk van de relatie tussen toezicht en beleid. En: het leren stopt hier niet. Wat neem je mee?",
        ("freek", "daan"),
    ),
]
MODULE_DATES = [
    datetime.date(2023, 9, 14),
    datetime.date(2023, 10, 12),
    datetime.date(2023, 11, 9),
    datetime.date(2023, 12, 7),
    datetime.date(2024, 1, 18),
    datetime.date(2024, 2, 15),
]


def build_trajectory(context):
    home, themes = context["home"], context["themes"]
    teachers = build_teachers(context)
    trajectory = child(
        home,
        LearningTrajectoryPage,
        "leertraject-strategisch-toezicht",
        title="Leertraject Strategisch Toezicht",
        intro=("Strategische vraagstukken over de vernieuwing van toezicht staan centraal in dit leertraject, in een maatschappij die voortdurend verandert."),
        search_description="Het Leertraject Strategisch Toezicht (LST): zes modules over betekenis, kwaliteit en vernieuwing van toezicht.",
        body=stream(
            ("heading", {"text": "Toezicht houden is een vak", "level": "h2"}),
            (
                "paragraph",
                rich(
                    "Toezicht gaat niet meer alleen over controleren en handhaven, maar over het dienen van publieke belangen: veiligheid, "
                    "gezondheid en kwaliteit. Toezichthouders richten zich meer op voorkomen dan op achteraf straffen.",
                    "Omdat vraagstukken complexer worden en belangen vaker botsen, vraagt het vak om strategisch inzicht. Het LST gaat over "
                    "de betekenis en positie, de kwaliteit en de vernieuwing van toezicht.",
                ),
            ),
        ),
        audience=rich("Toezichthouders, strategen en leidinggevenden bij de rijksinspecties die willen bijdragen aan de vernieuwing van hun toezicht."),
        start_date=datetime.date(2023, 9, 14),
        status=LearningTrajectoryPage.Status.PILOT,
        practical_info=rich(
            "In september 2023 is een pilot van het vernieuwde leertraject gestart. Informatie over de volgende groep volgt zodra de pilot is geëvalueerd."
        ),
        contact_email="info@inspectieraad.example.org",
        themes=[themes["professionalisering"]],
    )
    modules = []
    for number, (title, theme_line, description, teacher_keys) in enumerate(MODULES, start=1):
        slug = f"module-{number}"
        modules.append(
            child(
                trajectory,
                LearningModulePage,
                slug,
                title=title,
                number=number,
                theme_line=theme_line,
                description=rich(description),
                search_description=f"Module {number} van het Leertraject Strategisch Toezicht: {theme_line.lower()}.",
                teachers=[LearningModuleTeacher(person=teachers[key]) for key in teacher_keys],
                dates=[LearningModuleDate(date=MODULE_DATES[number - 1], note="13.00-17.00 uur, Den Haag")],
            )
        )
    return trajectory, modules
