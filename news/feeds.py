from datetime import datetime, time

from django.utils import timezone

from blog.feeds import BlogFeed

from .models import FEED_LENGTH


class NewsFeed(BlogFeed):
    """RSS 2.0 feed of the newest news items of one index, dated by each item's own date; no author."""

    def items(self):
        return self.index_page.get_items().prefetch_related("themes")[:FEED_LENGTH]

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.date, time(9, 0)))

    def item_author_name(self, item):
        return None
