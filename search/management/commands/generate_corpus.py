"""Generate a large Dutch corpus of standard pages for search benchmarks.

    python manage.py generate_corpus --pages 10000 [--seed 1]

Pages go under a dedicated standard page "Corpus" below the Dutch home page. They are published by
setting live=True (no revisions) with search-index signals off, then added to every configured
backend in bulk. Idempotent: nothing is created when the corpus already has enough pages.
"""

import random
import time

from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.html import escape

from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail.search.backends import get_search_backends

from home.models import HomePage, StandardPage

CORPUS_SLUG = "corpus"
BATCH = 500

# Vocabulary of the demo content and the seed pages of the old sites.
NOUNS = [
    "toezicht",
    "inspectie",
    "inspecties",
    "samenwerking",
    "organisatie",
    "programma",
    "netwerk",
    "innovatie",
    "programmalijn",
    "inspectieraad",
    "gesprek",
    "leertraject",
    "interventietoolbox",
    "inspecteur",
    "toezichthouder",
    "professional",
    "professionalisering",
    "ontwikkeling",
    "onderzoek",
    "kwaliteit",
    "adviseur",
    "activiteit",
    "verwachting",
    "omgeving",
    "interventie",
    "dialoog",
    "borging",
    "bestuur",
    "beroepssituatie",
    "transformatie",
    "situatie",
    "project",
    "markering",
    "aandacht",
    "wethouder",
    "werving",
    "werkveld",
    "vraagstuk",
    "verandering",
    "uitwisseling",
    "toekomst",
    "samenleving",
    "rijksinspectie",
    "richtlijn",
    "professionaliseringsagenda",
    "overheid",
    "medewerker",
    "jeugdzorg",
    "inzicht",
    "interactie",
    "informatie",
    "gedragsverandering",
    "digitalisering",
    "dialoogtafel",
    "deelnemer",
    "coalitie",
    "burger",
    "burgemeester",
    "bijeenkomst",
    "ambitie",
    "wetenschap",
    "werkwijze",
    "werksessie",
    "verbinding",
    "verantwoordelijkheid",
    "handhaving",
    "risico",
    "naleving",
    "zorginstelling",
    "onderwijs",
    "veiligheid",
    "privacy",
    "klacht",
    "melding",
    "rapport",
    "jaarverslag",
    "leerkring",
    "module",
    "opleiding",
    "methode",
    "casus",
    "signaal",
    "toetsingskader",
    "ketensamenwerking",
    "datagedreven-werken",
    "uitvoering",
    "regelgeving",
]
ADJECTIVES = [
    "kritische",
    "maatschappelijke",
    "publieke",
    "private",
    "professionele",
    "strategische",
    "inhoudelijke",
    "gezamenlijke",
    "sociale",
    "technologische",
    "praktische",
    "individuele",
    "bestaande",
    "belangrijke",
    "wetenschappelijke",
    "wederzijdse",
    "concrete",
    "nieuwe",
    "effectieve",
    "lerende",
    "risicogerichte",
    "onafhankelijke",
    "landelijke",
    "regionale",
]
VERBS = [
    "versterkt",
    "verkent",
    "ontwikkelt",
    "organiseert",
    "realiseert",
    "onderzoekt",
    "verbindt",
    "bespreekt",
    "evalueert",
    "verbetert",
    "ondersteunt",
    "deelt",
    "borgt",
    "toetst",
    "beoordeelt",
    "vernieuwt",
    "begeleidt",
    "stimuleert",
]
SUBJECTS = [
    "De inspectie",
    "Het programma",
    "Het netwerk",
    "De inspecteur",
    "De toezichthouder",
    "Het leertraject",
    "De werkgroep",
    "De Inspectieraad",
    "Het team",
    "De coalitie",
]


def sentence(rng):
    words = [rng.choice(SUBJECTS), rng.choice(VERBS), "de", rng.choice(ADJECTIVES), rng.choice(NOUNS)]
    if rng.random() < 0.6:
        words += [rng.choice(["voor", "met", "rond", "binnen", "tijdens"]), "de", rng.choice(NOUNS)]
    if rng.random() < 0.3:
        words += ["en", rng.choice(["het", "de"]), rng.choice(ADJECTIVES), rng.choice(NOUNS)]
    return " ".join(words).replace("-", " ") + "."


def page_text(rng):
    """(title, intro, body stream) of one page."""
    title = f"{rng.choice(ADJECTIVES).capitalize()} {rng.choice(NOUNS).replace('-', ' ')} en {rng.choice(NOUNS).replace('-', ' ')}"
    intro = " ".join(sentence(rng) for _ in range(rng.randint(1, 3)))
    paragraphs = [" ".join(sentence(rng) for _ in range(rng.randint(3, 8))) for _ in range(rng.randint(2, 5))]
    body = [("paragraph", RichText("".join(f"<p>{escape(text)}</p>" for text in paragraphs)))]
    return title, intro, body


class Command(BaseCommand):
    help = "Create N published Dutch standard pages under 'Corpus' (below the Dutch home page) for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=10000, help="Number of corpus pages (default 10000).")
        parser.add_argument("--seed", type=int, default=1, help="Random seed; the same seed gives the same text.")

    def handle(self, *args, **options):
        wanted = options["pages"]
        if wanted < 0:
            raise CommandError("--pages must be 0 or more.")
        started = time.perf_counter()
        parent = self.corpus_parent()
        existing = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).count()
        if existing >= wanted:
            self.stdout.write(f"Corpus already has {existing} pages (>= {wanted}); nothing created.")
            return
        rng = random.Random(options["seed"])
        for _ in range(existing):  # the same text for page i whatever the starting point
            page_text(rng)
        created = self.create_pages(parent, existing, wanted, rng)
        made = time.perf_counter() - started
        self.index(created)
        cache.delete_many([f"search:vocabulary:{code}" for code in Locale.objects.values_list("language_code", flat=True)])
        total = time.perf_counter() - started
        self.stdout.write(f"Created {len(created)} pages in {made:.1f} s, indexed in {total - made:.1f} s (total {total:.1f} s).")

    def corpus_parent(self):
        locale = Locale.objects.get(language_code="nl")
        home = HomePage.objects.filter(locale=locale, depth=2).first()
        if home is None:
            raise CommandError("No Dutch home page; run load_demo_content first.")
        parent = home.get_children().filter(slug=CORPUS_SLUG).first()
        if parent:
            return parent.specific
        parent = StandardPage(title="Corpus", slug=CORPUS_SLUG, intro="Gegenereerde pagina's voor zoekbenchmarks.", show_in_menus=False)
        home.add_child(instance=parent)
        parent.save_revision().publish()
        return parent

    def create_pages(self, parent, start, wanted, rng):
        now = timezone.now()
        created = []
        post_save.disconnect(post_save_signal_handler, sender=StandardPage)
        try:
            with transaction.atomic():
                parent = Page.objects.select_for_update().get(pk=parent.pk)
                last = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by("-path").first()
                position = last._get_lastpos_in_path() if last else 0
                for number in range(start + 1, wanted + 1):
                    position += 1
                    title, intro, body = page_text(rng)
                    page = StandardPage(
                        title=title,
                        slug=f"corpus-{number:05d}",
                        intro=intro,
                        body=body,
                        locale_id=parent.locale_id,
                        path=Page._get_path(parent.path, parent.depth + 1, position),
                        depth=parent.depth + 1,
                        numchild=0,
                        url_path=f"{parent.url_path}corpus-{number:05d}/",
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=now,
                        last_published_at=now,
                    )
                    page.save(clean=False)
                    created.append(page)
                children = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).count()
                Page.objects.filter(pk=parent.pk).update(numchild=children)
        finally:
            post_save.connect(post_save_signal_handler, sender=StandardPage)
        return created

    def index(self, pages):
        for backend in get_search_backends(with_auto_update=True):
            for offset in range(0, len(pages), BATCH):
                backend.add_bulk(StandardPage, pages[offset : offset + BATCH])
