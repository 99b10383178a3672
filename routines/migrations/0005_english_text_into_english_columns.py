from django.db import migrations
from django.db.models import F

# The texts that existed before Russian: they become the English version.
FIELDS = ("title", "description")


def copy_into_english(apps, schema_editor):
    Routine = apps.get_model("routines", "Routine")
    Routine.objects.update(**{f"{field}_en_gb": F(field) for field in FIELDS})


def copy_back(apps, schema_editor):
    Routine = apps.get_model("routines", "Routine")
    Routine.objects.exclude(title_en_gb=None).update(
        **{field: F(f"{field}_en_gb") for field in FIELDS}
    )


class Migration(migrations.Migration):
    dependencies = [("routines", "0004_russian_beside_english")]

    operations = [migrations.RunPython(copy_into_english, copy_back)]
