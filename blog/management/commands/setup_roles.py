from django.core.management.base import BaseCommand
from django.db import transaction

from blog.roles import setup_roles


class Command(BaseCommand):
    help = "Creates the groups Bloggers and Moderatoren and the workflow 'Blog goedkeuring' for every Blogs index. Safe to run again."

    def handle(self, *args, **options):
        with transaction.atomic():
            bloggers, moderators, workflow = setup_roles()
        self.stdout.write(self.style.SUCCESS(f"Groups '{bloggers.name}' and '{moderators.name}', workflow '{workflow.name}' are set up."))
