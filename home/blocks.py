"""StreamField blocks shared by every page family. Other apps compose their story blocks from these."""

import re

from django.core.exceptions import ValidationError
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock as WagtailEmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tekst"), max_length=200, help_text=_("De tekst van de tussenkop."))
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Kop 2")), ("h3", _("Kop 3")), ("h4", _("Kop 4"))],
        default="h2",
        help_text=_("Kies het niveau zo dat koppen elkaar in volgorde opvolgen (eerst kop 2, dan kop 3)."),
    )

    class Meta:
        icon = "title"
        label = _("Tussenkop")
        template = "components/streamfield/blocks/heading_block.html"
        preview_value = {"text": "Wat willen we bereiken?", "level": "h2"}
        description = _("Een tussenkop die de tekst in delen opdeelt.")

    def get_searchable_content(self, value):
        # Only the words of the heading: the level's label ("Kop 2") is editor vocabulary, not content.
        return self.child_blocks["text"].get_searchable_content(value.get("text", ""))


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        kwargs.setdefault("label", _("Tekst"))
        kwargs.setdefault("help_text", _("Lopende tekst met opmaak en links."))
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "components/streamfield/blocks/rich_text_block.html"
        preview_value = "<p>Toezicht houden is een vak. Inspecties leren van elkaar door kennis en ervaring te delen.</p>"
        description = _("Alinea's met eenvoudige opmaak.")


MEANINGLESS_ALT_TEXTS = {"", "afbeelding", "plaatje", "foto", "beeld", "illustratie", "image", "img", "picture", "photo", "alt", "alt text", "alt-tekst"}
IMAGE_FILE_NAME = re.compile(r"^[\w.-]+\.(jpe?g|png|gif|webp|svg|tiff?)$", re.IGNORECASE)


def is_meaningless_alt(text):
    """True for alt text that tells a screen-reader user nothing: empty, a generic word, or a file name.

    A lone '-' is allowed: the editor's explicit mark for a purely decorative image.
    """
    cleaned = " ".join(text.split()).strip(" .:;!").lower()
    return cleaned in MEANINGLESS_ALT_TEXTS or bool(IMAGE_FILE_NAME.match(cleaned))


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Afbeelding"))
    alt_text = blocks.CharBlock(
        label=_("Alternatieve tekst"),
        max_length=250,
        help_text=_(
            "Beschrijf wat er op de afbeelding te zien is voor wie haar niet kan zien. Verplicht; schrijf '-' alleen als de afbeelding puur decoratief is."
        ),
    )
    caption = blocks.CharBlock(label=_("Bijschrift"), required=False, max_length=250, help_text=_("Optioneel bijschrift onder de afbeelding."))

    def clean(self, value):
        value = super().clean(value)
        if is_meaningless_alt(value.get("alt_text", "")):
            raise StructBlockValidationError(
                block_errors={"alt_text": ValidationError(_("Beschrijf de inhoud van de afbeelding; 'afbeelding' of 'foto' alleen zegt niets."))}
            )
        return value

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "components/streamfield/blocks/image_block.html"
        description = _("Een afbeelding met verplichte alternatieve tekst en optioneel bijschrift.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Citaat"), max_length=1000, help_text=_("De geciteerde tekst, zonder aanhalingstekens."))
    attribution = blocks.CharBlock(label=_("Bron"), required=False, max_length=200, help_text=_("Wie zei het, bijvoorbeeld 'Muriel Smink, projectleider'."))

    class Meta:
        icon = "openquote"
        label = _("Citaat")
        template = "components/streamfield/blocks/quote_block.html"
        preview_value = {
            "quote": "Het blijft maatwerk: wat in de ene sector werkt, werkt niet vanzelf in de andere.",
            "attribution": "Projectleider Toezicht Gericht",
        }
        description = _("Een citaat met bronvermelding.")


class LinkStructValue(blocks.StructValue):
    def url(self):
        if page := self.get("page"):
            return page.localized.url
        return self.get("external_url") or ""

    def link_text(self):
        if label := self.get("label"):
            return label
        if page := self.get("page"):
            return page.localized.title
        return self.get("external_url") or ""


class CallToActionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Knoptekst"), required=False, max_length=80, help_text=_("Leeg laten om de titel van de gekozen pagina te gebruiken."))
    page = blocks.PageChooserBlock(label=_("Pagina"), required=False, help_text=_("Kies een pagina op deze site, of vul hieronder een externe link in."))
    external_url = blocks.URLBlock(label=_("Externe link"), required=False, help_text=_("Alleen invullen als de bestemming buiten deze site ligt."))
    description = blocks.TextBlock(label=_("Toelichting"), required=False, max_length=300, help_text=_("Korte zin boven de knop."))

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Kies een pagina óf vul een externe link in, niet allebei en niet geen van beide."))}
            )
        if value.get("external_url") and not value.get("label"):
            raise StructBlockValidationError(block_errors={"label": ValidationError(_("Geef een knoptekst op voor een externe link."))})
        return value

    class Meta:
        icon = "link"
        label = _("Oproep tot actie")
        template = "components/streamfield/blocks/call_to_action_block.html"
        value_class = LinkStructValue
        preview_value = {"label": "Neem contact op", "external_url": "https://www.inspectieraad.nl", "description": "Vragen over het programma?"}
        description = _("Een opvallende knop naar een pagina of externe site.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Titel"), required=False, max_length=200, help_text=_("Leeg laten om de titel van het document te gebruiken."))

    class Meta:
        icon = "doc-full"
        label = _("Document downloaden")
        template = "components/streamfield/blocks/document_block.html"
        description = _("Een downloadlink met bestandstype en -grootte.")


class EmbedBlock(blocks.StructBlock):
    embed = WagtailEmbedBlock(label=_("Link naar video of media"), help_text=_("Bijvoorbeeld een YouTube- of Vimeo-link."))
    title = blocks.CharBlock(label=_("Titel"), max_length=200, help_text=_("Verplicht: beschrijft de ingesloten media voor schermlezers."))
    transcript = blocks.TextBlock(
        label=_("Transcriptie"), required=False, help_text=_("Tekstversie van de video; nodig voor toegankelijkheid als er gesproken tekst is.")
    )

    class Meta:
        icon = "media"
        label = _("Ingesloten media")
        template = "components/streamfield/blocks/embed_block.html"
        description = _("Een video of andere media van een externe dienst, met titel en transcriptie.")


TABLE_CLASSES = [
    ("table", "utrecht-table utrecht-table--html-table"),
    ("caption", "utrecht-table__caption"),
    ("thead", "utrecht-table__header"),
    ("tbody", "utrecht-table__body"),
    ("tr", "utrecht-table__row"),
]


class TableStructValue(blocks.StructValue):
    def table_html(self):
        """The table rendered by Wagtail's table block, with our caption as its <caption>."""
        table = dict(self.get("table") or {})
        if self.get("caption"):
            table["table_caption"] = self.get("caption")
        if not table.get("data"):
            return ""
        html = str(self.block.child_blocks["table"].render(table))
        # The NL Design System table classes on the elements Wagtail's template writes without attributes.
        for tag, css in TABLE_CLASSES:
            html = html.replace(f"<{tag}>", f'<{tag} class="{css}">')
        return mark_safe(html)  # noqa: S308 - Wagtail's rendered (escaped) table with our class attributes added


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("Bijschrift"), max_length=200, help_text=_("Waar gaat de tabel over? Wordt voorgelezen door schermlezers."))
    table = WagtailTableBlock(label=_("Tabel"), table_options={"startRows": 3, "startCols": 3})

    class Meta:
        icon = "table"
        label = _("Tabel")
        template = "components/streamfield/blocks/table_block.html"
        value_class = TableStructValue
        description = _("Een tabel met bijschrift; zet de kopregel aan voor kolomkoppen.")


class AccordionItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=200)
    body = RichTextBlock()


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), required=False, max_length=200, help_text=_("Optionele kop boven de uitklapbare items."))
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Items"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Uitklapbare items")
        template = "components/streamfield/blocks/accordion_block.html"
        preview_value = {
            "heading": "Veelgestelde vragen",
            "items": [
                {"title": "Voor wie is het leertraject?", "body": "<p>Voor toezichthouders van de rijksinspecties.</p>"},
                {"title": "Wat kost het?", "body": "<p>Deelname is kosteloos voor medewerkers van rijksinspecties.</p>"},
            ],
        }
        description = _("Vragen of onderwerpen die de lezer kan openklappen.")


class BaseStoryBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = RichTextBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentBlock()
    embed = EmbedBlock()
    table = TableBlock()
    accordion = AccordionBlock()

    class Meta:
        block_counts = {}
