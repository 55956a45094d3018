from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed


class BlogFeed(Feed):
    """RSS 2.0 feed of the newest 20 posts of one blog index, in that index's language."""

    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.index_page.title} | Toezichtnet"

    def link(self):
        return self.index_page.get_url(self.request)

    def description(self):
        return self.index_page.intro or self.index_page.title

    def feed_url(self):
        return self.index_page.get_url(self.request) + "feed/"

    def items(self):
        return self.index_page.get_posts()[:20]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.publication_date, time(9, 0)))

    def item_author_name(self, item):
        return ", ".join(author.person.name for author in item.authors.all()) or None

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]
