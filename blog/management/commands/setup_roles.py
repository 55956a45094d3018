from django.core.management.base import BaseCommand
from django.db import transaction

from blog.roles import EDITORIAL_WORKFLOW, setup_roles


class Command(BaseCommand):
    help = (
        "Creates the groups Redacteuren, Bloggers and Moderatoren, the workflow 'Blog goedkeuring' for every Blogs index "
        "and the workflow 'Redactionele controle'; renames Wagtail's English stock groups. Safe to run again."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            editors, bloggers, moderators, workflow = setup_roles()
        self.stdout.write(
            self.style.SUCCESS(
                f"Groups '{editors.name}', '{bloggers.name}' and '{moderators.name}', workflows '{workflow.name}' and '{EDITORIAL_WORKFLOW}' are set up."
            )
        )
