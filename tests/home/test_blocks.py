"""Shared StreamField blocks refuse what would make a page inaccessible or broken, with Dutch messages."""

import re

from wagtail.blocks import StructBlockValidationError
from wagtail.models import Page

import pytest

from home.blocks import BaseStoryBlock, CallToActionBlock, ImageBlock

pytestmark = pytest.mark.django_db


@pytest.fixture
def image():
    from home.demo import demo_image

    return demo_image("Testafbeelding", "Blauw vlak met kaders")


@pytest.fixture
def page():
    return Page.objects.get(depth=2)


def block_error(block, value, child):
    with pytest.raises(StructBlockValidationError) as raised:
        block.clean(block.to_python(value) if isinstance(value, dict) else value)
    return " ".join(raised.value.block_errors[child].messages)


@pytest.mark.parametrize("alt", ["", "   ", "afbeelding", "Afbeelding", "FOTO.", "image", "IMG_2041.JPG", "plaatje"])
def test_image_block_refuses_empty_or_meaningless_alt_text(image, alt):
    block = ImageBlock()
    message = block_error(block, {"image": image.pk, "alt_text": alt, "caption": ""}, "alt_text")
    assert message in {"Dit veld is verplicht.", "Dit is een verplicht veld."} or "Beschrijf de inhoud van de afbeelding" in message


@pytest.mark.parametrize("alt", ["Drie inspecteurs bespreken een rapport aan tafel", "-"])
def test_image_block_accepts_descriptive_or_explicitly_decorative_alt(image, alt):
    block = ImageBlock()
    value = block.clean(block.to_python({"image": image.pk, "alt_text": alt, "caption": ""}))
    assert value["alt_text"] == alt


def test_decorative_image_renders_with_empty_alt(image):
    block = ImageBlock()
    html = block.render(block.to_python({"image": image.pk, "alt_text": "-", "caption": ""}))
    assert 'alt=""' in html
    html = block.render(block.to_python({"image": image.pk, "alt_text": "Blauw vlak", "caption": "Bijschrift"}))
    assert 'alt="Blauw vlak"' in html
    assert "Bijschrift" in html


def test_call_to_action_needs_a_page_or_a_url(page):
    block = CallToActionBlock()
    message = block_error(block, {"label": "Lees meer", "page": None, "external_url": "", "description": ""}, "page")
    assert message == "Kies een pagina óf vul een externe link in, niet allebei en niet geen van beide."


def test_call_to_action_refuses_both_a_page_and_a_url(page):
    block = CallToActionBlock()
    message = block_error(block, {"label": "Lees meer", "page": page.pk, "external_url": "https://www.rijksoverheid.nl", "description": ""}, "page")
    assert "niet allebei" in message


def test_call_to_action_with_external_url_needs_a_label():
    block = CallToActionBlock()
    message = block_error(block, {"label": "", "page": None, "external_url": "https://www.rijksoverheid.nl", "description": ""}, "label")
    assert message == "Geef een knoptekst op voor een externe link."


def test_call_to_action_to_a_page_uses_its_title(page):
    block = CallToActionBlock()
    value = block.clean(block.to_python({"label": "", "page": page.pk, "external_url": "", "description": ""}))
    assert value.url() == page.url
    assert value.link_text() == page.title


def test_call_to_action_to_an_external_site():
    block = CallToActionBlock()
    value = block.clean(block.to_python({"label": "Rijksoverheid", "page": None, "external_url": "https://www.rijksoverheid.nl", "description": ""}))
    assert value.url() == "https://www.rijksoverheid.nl"
    assert value.link_text() == "Rijksoverheid"


def test_story_block_renders_heading_at_the_chosen_level_and_quote_with_attribution():
    stream_block = BaseStoryBlock()
    value = stream_block.to_python(
        [
            {"type": "heading", "value": {"text": "Wat willen we bereiken?", "level": "h3"}},
            {"type": "quote", "value": {"quote": "Toezicht is een vak.", "attribution": "Bureau Inspectieraad"}},
        ]
    )
    html = stream_block.render(value)
    assert "<h3" in html and "Wat willen we bereiken?</h3>" in html
    assert "<blockquote" in html and "Toezicht is een vak." in html
    assert "Bureau Inspectieraad" in html


def test_every_shared_block_has_a_template_and_a_dutch_label():
    blocks = BaseStoryBlock().child_blocks
    for name, child in blocks.items():
        assert child.meta.template, f"block {name} has no template"
    # The labels editors pick from in the admin; Wagtail's fallback would be the English name ("Call to action").
    assert {name: str(child.label) for name, child in blocks.items()} == {
        "heading": "Tussenkop",
        "paragraph": "Tekst",
        "image": "Afbeelding",
        "quote": "Citaat",
        "call_to_action": "Oproep tot actie",
        "document": "Document downloaden",
        "embed": "Ingesloten media",
        "table": "Tabel",
        "accordion": "Uitklapbare items",
    }


def test_a_page_using_every_shared_block_renders(client, all_blocks_page):
    response = client.get(all_blocks_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'block-heading">Tussenkop twee</h2>' in html
    assert 'alt="Blauw vlak met witte kaders"' in html
    assert "<figcaption>Een voorbeeldafbeelding</figcaption>" in html
    assert (
        '<a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href="/over-dit-platform/">Over dit platform</a>'
        in html
    )
    assert "Jaarverslag 2025" in html and "(PDF," in html
    assert '<caption class="utrecht-table__caption">Aantal inspecties per jaar</caption>' in html
    assert re.search(r'<th scope="col"\s*>\s*Jaar\s*</th>', html)
    assert "<summary>Wat kost het?</summary>" in html
