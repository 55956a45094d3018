"""Blocks of the programme pages. General content blocks come from home.blocks."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from home.blocks import RICH_TEXT_FEATURES, BaseStoryBlock


class SubLineBlock(blocks.StructBlock):
    """A sub-line (a, b, ...) of a programme line, with its own goals and activities."""

    letter = blocks.CharBlock(label=_("Letter"), max_length=3, help_text=_("De letter van de deellijn, bijvoorbeeld 'a'."))
    title = blocks.CharBlock(label=_("Titel"), max_length=200, help_text=_("Bijvoorbeeld 'Data en technologie'."))
    intro = blocks.RichTextBlock(label=_("Inleiding"), features=RICH_TEXT_FEATURES, required=False, help_text=_("Waar gaat deze deellijn over?"))
    goals = blocks.RichTextBlock(label=_("Wat willen we bereiken?"), features=RICH_TEXT_FEATURES, required=False, help_text=_("De doelen van deze deellijn."))
    organisation = blocks.RichTextBlock(
        label=_("Hoe is het georganiseerd?"),
        features=RICH_TEXT_FEATURES,
        required=False,
        help_text=_("Wie doet mee en hoe wordt er samengewerkt?"),
    )
    activities = blocks.RichTextBlock(
        label=_("Activiteiten"), features=RICH_TEXT_FEATURES, required=False, help_text=_("Activiteiten die gestart of gepland zijn, bij voorkeur als lijst.")
    )

    class Meta:
        icon = "list-ol"
        label = _("Deellijn")
        template = "pages/professionalisering/blocks/sub_line_block.html"
        description = _("Een deellijn van de programmalijn met eigen doelen en activiteiten.")
        preview_value = {
            "letter": "a",
            "title": "Data en technologie",
            "intro": "<p>Inspecties werken samen aan datagedreven toezicht.</p>",
            "goals": "<p>Kennis en data kunnen zo makkelijk mogelijk tussen inspecties worden uitgewisseld.</p>",
            "organisation": "<p>Een groep vertegenwoordigers van de inspecties stelt jaarlijks een plan op.</p>",
            "activities": "<ul><li>Gezamenlijke werving</li><li>Opleiding datascience</li></ul>",
        }


class SubLineStreamBlock(blocks.StreamBlock):
    sub_line = SubLineBlock()

    class Meta:
        block_counts = {}


class ProgrammeStoryBlock(BaseStoryBlock):
    """Body of programme, line, result and module pages: the shared blocks."""
