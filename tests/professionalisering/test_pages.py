"""Each page type renders its own fields for a visitor, in reading order, with the shared layout."""

import datetime
import re
from html import unescape

from django.template.defaultfilters import filesizeformat
from django.utils import translation

import pytest

from professionalisering.models import ProgrammeLineAction, ResultPage, ResultPartner

from .builders import add, make_document, make_image, make_line, make_module, make_person, publish

pytestmark = pytest.mark.django_db


def body(response):
    assert response.status_code == 200
    html = response.content.decode()
    return unescape(html.split('<main id="main"', 1)[1].split("</main>", 1)[0])


def text_only(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def test_programme_page_shows_ambition_preconditions_process_and_lines_in_number_order(client, programme, editor):
    make_line(programme, "derde", number=3)
    make_line(programme, "eerste", number=1)
    make_line(programme, "tweede", number=2)

    html = body(client.get(programme.url))

    for heading in ("Ambitie en bijdrage van het programma", "Randvoorwaarden", "Proces", "Programmalijnen"):
        assert f">{heading}</h2>" in html
    assert "Een vitaal netwerk van toezichthouders." in html
    assert "<li>Durf te experimenteren.</li>" in html
    titles = re.findall(
        r'<h3 class="nl-heading nl-heading--level-3 line-list__title"><a href="([^"]+)"><span class="line-number">(\d+)\.</span> ([^<]+)</a></h3>', html
    )
    assert [(number, title) for _url, number, title in titles] == [
        ("1", "Programmalijn eerste"),
        ("2", "Programmalijn tweede"),
        ("3", "Programmalijn derde"),
    ]
    assert titles[0][0] == "/programma/eerste/"
    assert "Eén zin over deze programmalijn." in html
    # Revision author's display name, never the e-mail address that is their username.
    assert "Laatst bijgewerkt op" in text_only(html)
    assert "door Hadewych de Boer" in text_only(html)
    assert "hadewych@example.org" not in html


def test_unpublished_line_is_not_in_the_programme_overview(client, programme):
    line = make_line(programme, "concept")
    line.unpublish()
    assert "Programmalijn concept" not in body(client.get(programme.url))


def test_line_page_shows_actions_with_status_and_date_results_and_contacts(client, programme):
    line = make_line(programme, "professionalisering", actions=0, results=0, contacts=0, number=3)
    line.sub_lines = '[{"type": "sub_line", "value": {"letter": "a", "title": "Data en technologie", "goals": "<p>Data delen.</p>"}}]'
    line.actions = [
        ProgrammeLineAction(text="Bijeenkomst professionaliseringsagenda", status="afgerond", date=datetime.date(2024, 7, 5)),
        ProgrammeLineAction(text="Bijeenkomst organisatieontwikkeling", status="gepland", period="na de zomer", link="https://example.org/aanmelden"),
    ]
    line.contacts = [line.contacts.model(person=make_person("Ytzen Renema", "BIR", "Bureau Inspectieraad"))]
    publish(line)
    result = add(
        line,
        ResultPage(
            title="Kritische beroepssituaties",
            slug="kbs",
            kind="publicatie",
            summary="Verhalen van inspecteurs.",
            year=2020,
            document=make_document(),
            cover_image=make_image(),
            cover_image_alt="Voorkant van de publicatie",
        ),
    )

    html = body(client.get(line.url))
    text = text_only(html)

    assert "Programmalijn 3" in text
    assert '<h3 class="nl-heading nl-heading--level-3" id="sub-line-a"><span class="sub-line__letter">a.</span> Data en technologie</h3>' in html
    assert "Wat willen we bereiken?" in html and "Hoe is het georganiseerd?" in html
    assert "Bijeenkomst professionaliseringsagenda Status Afgerond Afgerond op 5 juli 2024" in text
    assert '<time datetime="2024-07-05">5 juli 2024</time>' in html
    assert "Bijeenkomst organisatieontwikkeling Status Gepland Gepland na de zomer" in text
    assert '<a href="https://example.org/aanmelden">Meer informatie' in html
    # Results come from the tree.
    assert f'<a class="rhc-card__link" href="{result.url}">Kritische beroepssituaties</a>' in html
    assert "Publicatie · 2020" in text
    assert 'alt="Voorkant van de publicatie"' in html
    # Contact person with organisation and e-mail.
    assert "Ytzen Renema" in text and "Senior inspecteur, Bureau Inspectieraad" in text
    assert "mailto:" in html


def test_result_page_shows_document_link_with_type_and_size(client, programme):
    line = make_line(programme, "lijn", results=0)
    document = make_document("Kritische beroepssituaties in het toezicht")
    support_person = make_person("Sanne Slegtenhorst", "BIR", "Bureau Inspectieraad")
    result = ResultPage(
        title="Kritische beroepssituaties",
        slug="kbs",
        kind="publicatie",
        summary="Wat doe je als waarden botsen?",
        year=2020,
        document=document,
        link="https://example.org/kbs",
        cover_image=make_image(),
        cover_image_alt="Voorkant van de publicatie",
        support="<p>Wij begeleiden een gesprek in je team.</p>",
        support_contact=support_person,
        partners=[ResultPartner(organisation=make_person("X", "IGJ").organisation)],
    )
    add(line, result)

    html = body(client.get(result.url))
    text = text_only(html)

    assert f'<a href="{document.url}" download>Kritische beroepssituaties in het toezicht</a>' in html
    assert document.url.endswith(".pdf")
    with translation.override("nl"):
        size = filesizeformat(document.file_size).replace("\xa0", " ")
    assert document.file_size > 0
    assert f"(PDF, {size})" in text
    assert "Soort Publicatie" in text
    assert "Jaar 2020" in text
    assert '<abbr title="Inspectie Gezondheidszorg en Jeugd">IGJ</abbr>' in html
    assert 'alt="Voorkant van de publicatie"' in html
    assert "Hulp nodig of een sessie aanvragen?" in html
    assert "Wij begeleiden een gesprek in je team." in html and "Sanne Slegtenhorst" in text
    assert '<a href="https://example.org/kbs">' in html
    assert f'<a href="{line.url}">Terug naar Programmalijn lijn</a>' in html


def test_trajectory_lists_modules_in_number_order_with_practical_information(client, trajectory):
    teacher = make_person("Anouk de Vries", "NVWA", "Nederlandse Voedsel- en Warenautoriteit")
    make_module(trajectory, 3, "Risico- en systeemanalyse")
    make_module(trajectory, 1, "Functies van toezicht", teachers=[teacher], dates=[datetime.date(2023, 9, 14)])
    make_module(trajectory, 2, "Sparrow en Moore")

    html = body(client.get(trajectory.url))
    text = text_only(html)

    numbers = re.findall(r'<li class="module-card" value="(\d+)">', html)
    assert numbers == ["1", "2", "3"]
    titles = re.findall(r'<span class="module-number">Module (\d+):</span> ([^<]+)</a>', html)
    assert titles == [("1", "Functies van toezicht"), ("2", "Sparrow en Moore"), ("3", "Risico- en systeemanalyse")]
    assert "Het leertraject bestaat uit 3 modules." in text
    assert "Themaregel 1" in text
    assert '<abbr title="Nederlandse Voedsel- en Warenautoriteit">NVWA</abbr>' in html
    assert '<time datetime="2023-09-14">14 september 2023</time>' in html
    assert "Status Pilot" in text
    assert "Start 14 september 2023" in text
    assert 'href="mailto:info@inspectieraad.example.org"' in html
    assert "Toezichthouders van de rijksinspecties." in html


def test_module_has_its_own_url_with_teachers_dates_and_neighbours(client, trajectory):
    teacher = make_person("Bram Hoekstra", "ILT", "Inspectie Leefomgeving en Transport")
    make_module(trajectory, 1, "Functies van toezicht")
    module = make_module(trajectory, 2, "Sparrow en Moore", teachers=[teacher], dates=[datetime.date(2023, 10, 12)])
    make_module(trajectory, 3, "Risico- en systeemanalyse")

    assert module.url == "/lst/module-2/"
    html = body(client.get(module.url))
    text = text_only(html)

    assert "Module 2 van Leertraject Strategisch Toezicht" in text
    assert 'nl-heading--level-1">Sparrow en Moore</h1>' in html
    assert "Themaregel 2" in text
    assert "Bram Hoekstra" in text and "Inspectie Leefomgeving en Transport" in text
    assert '<time datetime="2023-10-12">donderdag 12 oktober 2023</time>' in html
    assert 'rel="prev">Vorige: module 1, Functies van toezicht</a>' in html
    assert 'rel="next">Volgende: module 3, Risico- en systeemanalyse</a>' in html


def test_pages_carry_meta_description_and_open_graph(client, programme):
    line = make_line(programme, "lijn")
    line.search_description = "Programmalijn over vakmanschap."
    publish(line)
    html = client.get(line.url).content.decode()
    assert '<meta name="description" content="Programmalijn over vakmanschap.">' in html
    assert '<meta property="og:title" content="Programmalijn lijn">' in html
    assert '<nav class="breadcrumbs container utrecht-breadcrumb-nav"' in html
    assert '<a class="utrecht-breadcrumb-nav__link" href="/programma/">Programma Innovatie Toezicht</a>' in html


def test_sitemap_lists_programme_pages(client, programme, trajectory, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://toezichtnet.example"  # the base URL, not the Site record's localhost
    line = make_line(programme, "lijn")
    module = make_module(trajectory, 1, "Functies van toezicht")
    xml = client.get("/sitemap.xml").content.decode()
    for page in (programme, line, line.get_children().first(), trajectory, module):
        assert f"<loc>https://toezichtnet.example{page.url}</loc>" in xml
