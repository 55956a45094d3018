import pytest


@pytest.fixture
def all_blocks_page(shared_demo_site):
    return build_all_blocks_page(shared_demo_site)


def build_all_blocks_page(site):
    """A published Dutch StandardPage at /alle-blokken/ whose body uses every shared block but the embed (which needs network)."""
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model

    from home.demo import demo_image, stream
    from home.models import StandardPage

    image = demo_image("Testafbeelding", "Blauw vlak met kaders")
    document = get_document_model().objects.create(title="Jaarverslag 2025", file=ContentFile(b"%PDF-1.4 test", name="jaarverslag-2025.pdf"))
    about = StandardPage.objects.get(slug="over-dit-platform", locale__language_code="nl")
    page = StandardPage(
        title="Alle blokken",
        slug="alle-blokken",
        intro="Een pagina met elk gedeeld blok.",
        body=stream(
            ("heading", {"text": "Tussenkop twee", "level": "h2"}),
            ("paragraph", "<p>Gewone <b>tekst</b> met een <a href='https://www.rijksoverheid.nl'>link</a>.</p>"),
            ("image", {"image": image.pk, "alt_text": "Blauw vlak met witte kaders", "caption": "Een voorbeeldafbeelding"}),
            ("quote", {"quote": "Toezicht is een vak.", "attribution": "Bureau Inspectieraad"}),
            ("call_to_action", {"label": "", "page": about.pk, "external_url": "", "description": "Meer weten?"}),
            ("document", {"document": document.pk, "title": ""}),
            (
                "table",
                {"caption": "Aantal inspecties per jaar", "table": {"data": [["Jaar", "Aantal"], ["2025", "12"]], "first_row_is_table_header": True}},
            ),
            ("accordion", {"heading": "Veelgestelde vragen", "items": [{"title": "Wat kost het?", "body": "<p>Niets.</p>"}]}),
        ),
    )
    site.root_page.add_child(instance=page)
    page.save_revision().publish()
    return page
