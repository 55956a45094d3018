"""The demo's English: every Dutch text of the home section and the shared snippets, as an editor would translate it
in wagtail-localize's editor (Dutch string -> English string). `home.demo.translate` fails on a missing one."""

ENGLISH = {
    # Home page
    "Toezichtnet": "Toezichtnet",
    "home": "home-en",
    "Platform van de samenwerkende rijksinspecties over innovatie en professionalisering van het toezicht.": (
        "Platform of the Dutch government inspectorates on innovation and professional development in supervision."
    ),
    "Een netwerk van verbonden punten, de samenwerkende inspecties, met een vergrootglas dat op een deel ervan inzoomt": (
        "A network of connected dots, the inspectorates working together, with a magnifying glass zooming in on part of it"
    ),
    "Samen werken aan het toezicht van morgen": "Working together on tomorrow's supervision",
    "Het platform van de rijksinspecties voor innovatie, professionalisering en kennisdeling in het toezicht.": (
        "The platform of the Dutch government inspectorates for innovation, professional development and knowledge sharing."
    ),
    "Op Toezichtnet delen de rijksinspecties wat ze leren over beter toezicht: het Programma Innovatie Toezicht, behaalde resultaten, "
    "het Leertraject Strategisch Toezicht en blogs van toezichthouders.": (
        "On Toezichtnet the Dutch inspectorates share what they learn about better supervision: the Innovation in Supervision "
        "programme, its results, the Strategic Supervision learning track and blogs by inspectors."
    ),
    # About
    "Over dit platform": "About this platform",
    "over-dit-platform": "about-this-platform",
    "Wat Toezichtnet is, voor wie het bedoeld is en wie het beheert.": "What Toezichtnet is, who it is for and who runs it.",
    "Toezichtnet is de plek waar de rijksinspecties samen leren en vernieuwen.": "Toezichtnet is where the Dutch inspectorates learn and innovate together.",
    "Toezichtnet wordt beheerd door Bureau Inspectieraad. Hier vindt u het Programma Innovatie Toezicht, de resultaten daarvan en het "
    "aanbod voor professionalisering van toezichthouders.": (
        "Toezichtnet is run by the Inspection Council office. It hosts the Innovation in Supervision programme, its results and the "
        "professional development offer for inspectors."
    ),
    "Voor wie": "Who it is for",
    "Voor inspecteurs, analisten, beleidsmakers en iedereen die beroepsmatig met toezicht te maken heeft. Leden kunnen reageren op "
    "blogs en hun profiel bijhouden.": (
        "For inspectors, analysts, policy makers and everyone whose work involves supervision. Members can comment on blogs and keep their profile up to date."
    ),
    "Toezicht houden is een vak dat je samen beter maakt.": "Supervision is a profession you improve together.",
    "Bureau Inspectieraad": "Inspection Council office",
    # Accessibility
    "Toegankelijkheidsverklaring": "Accessibility statement",
    "toegankelijkheidsverklaring": "accessibility-statement",
    "Hoe toegankelijk Toezichtnet is en hoe u een probleem meldt.": "How accessible Toezichtnet is and how to report a problem.",
    "Wij willen dat iedereen deze website kan gebruiken.": "We want everyone to be able to use this website.",
    "Toezichtnet is ontworpen volgens de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA, zoals het Besluit digitale "
    "toegankelijkheid overheid voorschrijft.": (
        "Toezichtnet is designed to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, as the Dutch decree on the "
        "digital accessibility of government websites requires."
    ),
    "Probleem melden": "Report a problem",
    "Kunt u iets op deze website niet gebruiken? Laat het ons weten via het contactformulier. We reageren binnen vijf werkdagen.": (
        "Is there something on this website you cannot use? Let us know through the contact form. We reply within five working days."
    ),
    # Privacy
    "Privacyverklaring": "Privacy statement",
    "privacyverklaring": "privacy-statement",
    "Hoe Toezichtnet omgaat met persoonsgegevens van bezoekers en leden.": "How Toezichtnet handles the personal data of visitors and members.",
    "Welke persoonsgegevens Toezichtnet verwerkt en waarom.": "Which personal data Toezichtnet processes and why.",
    "We verwerken alleen gegevens die nodig zijn: uw e-mailadres en profiel als u lid bent, en uw reacties. We slaan geen IP-adressen "
    "op bij reacties of paginabezoeken en gebruiken geen trackingcookies.": (
        "We only process what we need: your e-mail address and profile if you are a member, and your comments. We store no IP "
        "addresses with comments or page visits and use no tracking cookies."
    ),
    "Uw rechten": "Your rights",
    "U kunt uw gegevens op elk moment downloaden of uw account verwijderen via uw profielpagina.": (
        "You can download your data or delete your account at any time on your profile page."
    ),
    # Contact
    "Contact": "Contact",
    "contact": "contact",
    "Neem contact op met Bureau Inspectieraad.": "Get in touch with the Inspection Council office.",
    "Heeft u een vraag over het programma, het leertraject of deze website? Stuur ons een bericht.": (
        "Do you have a question about the programme, the learning track or this website? Send us a message."
    ),
    "Bedankt voor uw bericht. We reageren binnen vijf werkdagen.": "Thank you for your message. We will reply within five working days.",
    "Nieuw bericht via Toezichtnet": "New message through Toezichtnet",
    # Organisations
    "Inspectie Gezondheidszorg en Jeugd": "Health and Youth Care Inspectorate",
    "Nederlandse Arbeidsinspectie": "Netherlands Labour Authority",
    "Nederlandse Voedsel- en Warenautoriteit": "Netherlands Food and Consumer Product Safety Authority",
    "Inspectie Leefomgeving en Transport": "Human Environment and Transport Inspectorate",
    "Inspectie van het Onderwijs": "Inspectorate of Education",
    "Inspectie Justitie en Veiligheid": "Inspectorate of Justice and Security",
    # Themes
    "Professionalisering": "Professional development",
    "Vakmanschap en ontwikkeling van toezichthouders.": "Craftsmanship and development of inspectors.",
    "Innovatie": "Innovation",
    "Nieuwe werkwijzen, data en technologie in het toezicht.": "New ways of working, data and technology in supervision.",
    "Gedragsverandering": "Behavioural change",
    "Interventies die gedrag van ondertoezichtstaanden veranderen.": "Interventions that change the behaviour of those under supervision.",
    "Maatschappelijke dialoog": "Public dialogue",
    "Het gesprek over rol en verwachtingen van toezicht.": "The conversation about the role of supervision and what to expect from it.",
    "Data en technologie": "Data and technology",
    "Datagedreven toezicht en digitale middelen.": "Data-driven supervision and digital tools.",
    # Sectors
    "Rijksoverheid": "Central government",
    "Gemeentelijke overheid": "Municipal government",
    "Provinciale overheid": "Provincial government",
    "Jeugdzorg": "Youth care",
    "Onderwijs": "Education",
    "Onderzoek en advies": "Research and advice",
    "Bedrijfsleven": "Business",
    "Zorg": "Health care",
    # People
    "Programmamanager professionalisering": "Programme manager, professional development",
    "Adviseur professionalisering": "Adviser, professional development",
    "Antropoloog, leider Inzichtenlab": "Anthropologist, head of the Insights Lab",
    "Manja onderzoekt als antropoloog het vak van de inspecteur en ontwikkelt met inspecties praktische tools om het effect van toezicht te vergroten.": (
        "As an anthropologist, Manja studies the inspector's profession and develops practical tools with inspectorates to increase the effect of supervision."
    ),
}
