"""The demo's English for the news section, as an editor would translate it in wagtail-localize's editor
(Dutch string -> English string)."""

ENGLISH = {
    "Nieuws": "News",
    "nieuws": "news",
    "Nieuws over innovatie en professionalisering in het toezicht.": "News about innovation and professional development in supervision.",
    "Nieuws uit het Programma Innovatie Toezicht en de inspecties.": "News from the Innovation in Supervision Programme and the inspectorates.",
    "Kijkje achter de schermen: de interventietoolbox": "Behind the scenes: the intervention toolbox",
    "kijkje-achter-de-schermen-de-interventietoolbox": "behind-the-scenes-the-intervention-toolbox",
    "Hoe een interventietoolbox inspecteurs helpt eerst de oorzaak van een probleem te zoeken.": (
        "How an intervention toolbox helps inspectors find the cause of a problem first."
    ),
    "Welke interventie werkt voor welke doelgroep? Een toolbox helpt inspecteurs eerst naar de oorzaak van een probleem te kijken.": (
        "Which intervention works for which group? A toolbox helps inspectors look for the cause of a problem first."
    ),
    "Een open gereedschapskist met vijf verschillende instrumenten: de interventietoolbox voor inspecteurs": (
        "An open toolbox holding five different instruments: the intervention toolbox for inspectors"
    ),
    "Voorspellen welke aanpak bij een doelgroep het meeste effect heeft, is voor inspecties lastig. Daarom ontwikkelden de Inspectie "
    "SZW, het CCV en een adviesbureau samen een interventietoolbox. Wat doet dat instrument, en waarom helpt het om maatschappelijk "
    "effect te bereiken?": (
        "Predicting which approach will work best for a group is hard for inspectorates. The Inspectorate SZW, the CCV and a "
        "consultancy therefore developed an intervention toolbox together. What does it do, and why does it help to achieve an effect "
        "in society?"
    ),
    "Slim kiezen met beperkte capaciteit": "Choosing wisely with limited capacity",
    "Inspecties halen hun doelen, maar willen meer effect. De samenleving verwacht steeds meer en mensen en middelen zijn beperkt. Dat "
    "vraagt om risicogericht en resultaatgericht werken in een wendbare organisatie, met programma's en projecten en met evaluatie van "
    "wat inspecties opleveren.": (
        "Inspectorates meet their targets but want more effect. Society expects more and more, while people and means are limited. That "
        "calls for risk-based and result-oriented work in an agile organisation, with programmes and projects and with evaluation of "
        "what inspectorates achieve."
    ),
    "Eerst de oorzaak, dan de interventie": "First the cause, then the intervention",
    "De toolbox leidt in drie stappen van een probleem naar een passende actie. Nieuw is vooral de tweede stap: nadenken over de "
    "oorzaak. Inspecteren heeft weinig zin als mensen de regels niet kennen, en een folder helpt niet als ze de regels wel kennen maar "
    "ze niet naleven.": (
        "The toolbox leads in three steps from a problem to a fitting action. What is new is mainly the second step: thinking about the "
        "cause. Inspecting makes little sense when people do not know the rules, and a leaflet does not help when they know the rules "
        "but do not follow them."
    ),
    "Het blijft maatwerk: wat in de ene sector werkt, kan in een andere juist problemen geven.": (
        "It remains a matter of tailoring: what works in one sector can cause problems in another."
    ),
    "Projectleider Toezicht Gericht": "Project leader, Targeted Supervision",
    "Een databank die blijft groeien": "A database that keeps growing",
    "De toolbox is nooit af. De interne website wordt steeds aangevuld met voorbeelden uit inspectieprogramma's en groeit uit tot een "
    "verzameling strategieën, hulpmiddelen en praktijkvoorbeelden over gedragsverandering, gedeeld met andere inspecties.": (
        "The toolbox is never finished. The internal website keeps growing with examples from inspection programmes into a collection "
        "of strategies, tools and practical examples of behavioural change, shared with other inspectorates."
    ),
}
