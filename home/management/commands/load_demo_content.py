from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = "Builds the demo page tree from the seeds (Dutch, with English translations). Running it again changes nothing."

    def add_arguments(self, parser):
        parser.add_argument("--if-empty", action="store_true", help="Do nothing when the site already has a home page.")

    def handle(self, *args, **options):
        from home.models import HomePage

        if options["if_empty"] and HomePage.objects.exists():
            self.stdout.write("Demo content already loaded; skipped.")
            return
        context = {}
        builders = []
        for app_config in apps.get_app_configs():
            try:
                builders.append(import_module(f"{app_config.name}.demo"))
            except ModuleNotFoundError as exc:
                if exc.name != f"{app_config.name}.demo":
                    raise
        with transaction.atomic():
            for module in builders:
                module.build(context)
            for module in builders:
                if hasattr(module, "finish"):
                    module.finish(context)
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({len(builders)} sections)."))
