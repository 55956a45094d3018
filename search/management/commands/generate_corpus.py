"""Generate a large Dutch corpus of standard pages for search benchmarks.

    python manage.py generate_corpus --pages 10000 [--seed 1] [--timings FILE]

Pages go under a dedicated standard page "Corpus" below the Dutch home page. They are published
(live=True, no revisions, no audit log or reference index entries) and inserted in bulk, BATCH rows
per INSERT without model signals, then read back in batches and added to every configured backend
(the engine and the database backend's index) in bulk. Prints, and with --timings writes as JSON,
the generation and indexing seconds. Idempotent: nothing is created when the corpus already has
enough pages.
"""

import json
import random
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connections, router, transaction
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail.search.backends import get_search_backend

from home.models import HomePage, StandardPage
from home.page_cache import new_generation

CORPUS_SLUG = "corpus"
BATCH = 2000  # pages per transaction step and per bulk indexing call (the engine client sends 500 per request)
MAX_PARAMS = 30000  # per INSERT statement (PostgreSQL allows 65535)

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


def insert_rows(model, objs, fields, using, returning=False):
    """INSERT the objects' `fields` into `model`'s own table, as few statements as the database allows (at most
    MAX_PARAMS parameters each); the primary keys of the new rows when `returning`."""
    size = max(1, min(connections[using].ops.bulk_batch_size(fields, objs), MAX_PARAMS // len(fields)))
    rows = []
    for offset in range(0, len(objs), size):
        batch = objs[offset : offset + size]
        if returning:
            rows += model._base_manager._insert(batch, fields=fields, returning_fields=model._meta.db_returning_fields, using=using)
        else:
            model._base_manager._insert(batch, fields=fields, using=using)
    return rows


class Command(BaseCommand):
    help = "Create N published Dutch standard pages under 'Corpus' (below the Dutch home page) for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=10000, help="Number of corpus pages (default 10000).")
        parser.add_argument("--seed", type=int, default=1, help="Random seed; the same seed gives the same text.")
        parser.add_argument("--timings", help="Also write the generation and indexing seconds to this JSON file.")

    def handle(self, *args, **options):
        wanted = options["pages"]
        if wanted < 0:
            raise CommandError("--pages must be 0 or more.")
        started = time.perf_counter()
        parent = self.corpus_parent()
        existing = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).count()
        timings = {"pages_wanted": wanted, "pages_existing": existing, "pages_created": 0}
        if existing >= wanted:
            self.stdout.write(f"Corpus already has {existing} pages (>= {wanted}); nothing created.")
        else:
            rng = random.Random(options["seed"])
            for _ in range(existing):  # the same text for page i whatever the starting point
                page_text(rng)
            created = self.create_pages(parent, existing, wanted, rng)
            made = time.perf_counter()
            per_backend = self.index(created)
            # No model signals fired: the page cache and the spelling vocabulary learn of the pages here.
            new_generation()
            cache.delete_many([f"search:vocabulary:{code}" for code in Locale.objects.values_list("language_code", flat=True)])
            done = time.perf_counter()
            timings.update(
                pages_created=len(created),
                generation_seconds=round(made - started, 1),
                indexing_seconds=round(done - made, 1),
                indexing_seconds_per_backend=per_backend,
                total_seconds=round(done - started, 1),
            )
            backends = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in per_backend.items())
            self.stdout.write(
                f"Created {len(created)} pages in {made - started:.1f} s, indexed in {done - made:.1f} s ({backends}); total {done - started:.1f} s."
            )
        if options["timings"]:
            output = Path(options["timings"])
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(json.dumps(timings, indent=2) + "\n", encoding="utf-8")

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
        """Ids of the pages created. Multi-table inheritance rules out bulk_create: the wagtailcore_page rows
        and the home_standardpage rows are inserted in batches with the ORM's own insert (what bulk_create uses)."""
        now = timezone.now()
        using = router.db_for_write(Page)
        page_fields = [field for field in Page._meta.local_concrete_fields if not field.primary_key]
        standard_fields = StandardPage._meta.local_concrete_fields
        created = []
        with transaction.atomic(using=using):
            parent = Page.objects.select_for_update().get(pk=parent.pk)
            last = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by("-path").first()
            position = last._get_lastpos_in_path() if last else 0
            for batch_start in range(start + 1, wanted + 1, BATCH):
                pages = []
                for number in range(batch_start, min(batch_start + BATCH, wanted + 1)):
                    position += 1
                    title, intro, body = page_text(rng)
                    pages.append(
                        StandardPage(
                            title=title,
                            draft_title=title,
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
                    )
                rows = insert_rows(Page, pages, page_fields, using, returning=True)
                for page, (pk,) in zip(pages, rows, strict=True):
                    page.pk = page.page_ptr_id = pk
                    page._state.adding = False
                    page._state.db = using
                insert_rows(StandardPage, pages, standard_fields, using)
                created += [page.pk for page in pages]
            children = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).count()
            Page.objects.filter(pk=parent.pk).update(numchild=children)
        return created

    def index(self, pks):
        """Adds the pages, read back like update_index does, to every auto-updated backend; seconds per backend."""
        seconds = {}
        for name, params in settings.WAGTAILSEARCH_BACKENDS.items():
            if not params.get("AUTO_UPDATE", True):
                continue
            backend = get_search_backend(name)
            started = time.perf_counter()
            for offset in range(0, len(pks), BATCH):
                pages = list(StandardPage.get_indexed_objects().filter(pk__in=pks[offset : offset + BATCH]).order_by("pk"))
                backend.add_bulk(StandardPage, pages)
            if hasattr(backend, "warm_up"):  # as after update_index: a cold first query can exceed the search timeout
                backend.warm_up(backend.get_index_for_model(Page).name)
            seconds[name] = round(time.perf_counter() - started, 1)
        return seconds
