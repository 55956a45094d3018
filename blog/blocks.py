"""Body blocks for blog posts: the shared story blocks from home/."""

from home.blocks import BaseStoryBlock


class BlogStoryBlock(BaseStoryBlock):
    """A blog post body: headings, text, images, quotes, media, tables and calls to action."""

    class Meta:
        block_counts = {}
