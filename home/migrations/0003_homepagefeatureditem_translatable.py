"""Featured items on the home page become translatable: each row takes its page's locale and a new translation key."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def fill_locale_and_key(apps, schema_editor):
    model = apps.get_model("home", "HomePageFeaturedItem")
    for row in model.objects.select_related("page").only("pk", "page__locale_id"):
        model.objects.filter(pk=row.pk).update(locale_id=row.page.locale_id, translation_key=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailcore", "0098_apitoken"),
        ("home", "0002_person_user"),
    ]

    operations = [
        migrations.AddField(
            model_name="homepagefeatureditem",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="homepagefeatureditem",
            name="locale",
            field=models.ForeignKey(
                editable=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name="+", to="wagtailcore.locale", verbose_name="locale"
            ),
        ),
        migrations.RunPython(fill_locale_and_key, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="homepagefeatureditem",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="homepagefeatureditem",
            name="locale",
            field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name="+", to="wagtailcore.locale", verbose_name="locale"),
        ),
        migrations.AlterUniqueTogether(
            name="homepagefeatureditem",
            unique_together={("translation_key", "locale")},
        ),
    ]
