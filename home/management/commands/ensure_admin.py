import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Creates the admin account once. Password from ADMIN_PASSWORD, or generated and printed once."

    def handle(self, *args, **options):
        User = get_user_model()
        username = os.environ.get("ADMIN_USERNAME", "admin")
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Admin account '{username}' exists.")
            return
        password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        User.objects.create_superuser(
            username=username,
            email=os.environ.get("ADMIN_EMAIL", "admin@example.org"),
            password=password,
            first_name="Beheerder",
            last_name="Toezichtnet",
        )
        if "ADMIN_PASSWORD" in os.environ:
            self.stdout.write(self.style.SUCCESS(f"Admin account '{username}' created with the password from ADMIN_PASSWORD."))
        else:
            self.stdout.write(self.style.WARNING(f"Admin account '{username}' created. Password (shown once): {password}"))
