"""Wagtail's English stock groups ("Editors", "Moderators") become Redacteuren; its "Moderators approval"
workflow and task get Dutch names. `setup_roles` then gives Redacteuren their full rights."""

from django.conf import settings
from django.db import migrations


def retire_stock_roles(apps, schema_editor):
    from blog.roles import retire_stock_roles

    retire_stock_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0002_comment_submission_token"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        # Every Wagtail migration that creates the stock groups, workflow and task or gives them permissions.
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]

    # The old names are not restored: nothing depends on them.
    operations = [migrations.RunPython(retire_stock_roles, migrations.RunPython.noop)]
