"""sitemap.xml: every live public page in every language, on the site's base URL, with its translations as
hreflang alternates (xhtml:link, rendered by Django's sitemap template)."""

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .metadata import base_url


class TranslatedSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=root.translation_key).values_list("path", flat=True)
        in_site = Q()
        for path in homes:
            in_site |= Q(path__startswith=path)
        # Plain Page rows: location and date need no specific fields; aliases would repeat their source.
        return Page.objects.filter(in_site, alias_of__isnull=True).live().public().select_related("locale").order_by("path")

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        locations = {}
        for item in pages:
            parts = item.get_url_parts(request=self.request)
            if parts is not None:
                locations[item.pk] = base_url() + parts[2]
        by_key = {}
        for item in pages:
            if item.pk in locations:
                by_key.setdefault(item.translation_key, []).append(item)
        urls = []
        for item in pages:
            if item.pk not in locations:
                continue
            translations = by_key[item.translation_key]
            alternates = []
            if len(translations) > 1:
                alternates = [{"lang_code": other.locale.language_code, "location": locations[other.pk]} for other in translations]
            urls.append(
                {"item": item, "location": locations[item.pk], "lastmod": item.last_published_at or item.latest_revision_created_at, "alternates": alternates}
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
