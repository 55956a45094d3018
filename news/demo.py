"""Demo content for the news section: the index and the old site's news item on the interventietoolbox (seed 004,
in our own words), dated as on the old site, credited to no author, with an English translation. Idempotent."""

from datetime import date

from home.demo import child, demo_image, rich, stream, translate

from .demo_en import ENGLISH
from .models import NewsIndexPage, NewsPage

TOOLBOX_DATE = date(2019, 3, 5)


def build(context):
    home, en = context["home"], context["locale_en"]
    themes = context["themes"]
    index = child(
        home,
        NewsIndexPage,
        "nieuws",
        title="Nieuws",
        intro="Nieuws uit het Programma Innovatie Toezicht en de inspecties.",
        search_description="Nieuws over innovatie en professionalisering in het toezicht.",
    )
    toolbox = index.get_children().filter(slug="kijkje-achter-de-schermen-de-interventietoolbox").first()
    if toolbox is None:
        toolbox = NewsPage(
            slug="kijkje-achter-de-schermen-de-interventietoolbox",
            title="Kijkje achter de schermen: de interventietoolbox",
            date=TOOLBOX_DATE,
            search_description="Hoe een interventietoolbox inspecteurs helpt eerst de oorzaak van een probleem te zoeken.",
            intro="Welke interventie werkt voor welke doelgroep? Een toolbox helpt inspecteurs eerst naar de oorzaak van een probleem te kijken.",
            hero_image=demo_image("Interventietoolbox", "Illustratie: een open gereedschapskist met vijf instrumenten erin", "toolbox"),
            hero_image_alt="Een open gereedschapskist met vijf verschillende instrumenten: de interventietoolbox voor inspecteurs",
            source_organisation=context["organisations"]["NLA"],
            body=stream(
                (
                    "paragraph",
                    rich(
                        "Voorspellen welke aanpak bij een doelgroep het meeste effect heeft, is voor inspecties lastig. Daarom ontwikkelden de "
                        "Inspectie SZW, het CCV en een adviesbureau samen een interventietoolbox. Wat doet dat instrument, en waarom helpt het om "
                        "maatschappelijk effect te bereiken?"
                    ),
                ),
                ("heading", {"text": "Slim kiezen met beperkte capaciteit", "level": "h2"}),
                (
                    "paragraph",
                    rich(
                        "Inspecties halen hun doelen, maar willen meer effect. De samenleving verwacht steeds meer en mensen en middelen zijn "
                        "beperkt. Dat vraagt om risicogericht en resultaatgericht werken in een wendbare organisatie, met programma's en projecten "
                        "en met evaluatie van wat inspecties opleveren."
                    ),
                ),
                ("heading", {"text": "Eerst de oorzaak, dan de interventie", "level": "h2"}),
                (
                    "paragraph",
                    rich(
                        "De toolbox leidt in drie stappen van een probleem naar een passende actie. Nieuw is vooral de tweede stap: nadenken over "
                        "de oorzaak. Inspecteren heeft weinig zin als mensen de regels niet kennen, en een folder helpt niet als ze de regels wel "
                        "kennen maar ze niet naleven."
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": "Het blijft maatwerk: wat in de ene sector werkt, kan in een andere juist problemen geven.",
                        "attribution": "Projectleider Toezicht Gericht",
                    },
                ),
                ("heading", {"text": "Een databank die blijft groeien", "level": "h2"}),
                (
                    "paragraph",
                    rich(
                        "De toolbox is nooit af. De interne website wordt steeds aangevuld met voorbeelden uit inspectieprogramma's en groeit uit "
                        "tot een verzameling strategieën, hulpmiddelen en praktijkvoorbeelden over gedragsverandering, gedeeld met andere inspecties."
                    ),
                ),
            ),
        )
        toolbox.themes.set([themes["gedragsverandering"], themes["innovatie"]])
        index.add_child(instance=toolbox)
        toolbox.save_revision().publish()
    else:
        toolbox = toolbox.specific
    translate(index, en, ENGLISH)
    translate(toolbox, en, ENGLISH)
    context.setdefault("main_navigation", []).append(index)
    context["news_index"], context["news_items"] = index, [toolbox]
