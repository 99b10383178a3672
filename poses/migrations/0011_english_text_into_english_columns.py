from django.db import migrations
from django.db.models import F

# The texts that existed before Russian: they become the English version.
TRANSLATED = {
    "Category": ("name", "description"),
    "Muscle": ("name", "description"),
    "Contraindication": ("name", "description"),
    "Pose": ("english_name", "aliases", "summary", "benefits", "modifications", "props"),
    "PoseStep": ("instruction",),
    "PoseContraindication": ("guidance",),
}


def copy_into_english(apps, schema_editor):
    for model_name, fields in TRANSLATED.items():
        model = apps.get_model("poses", model_name)
        model.objects.update(**{f"{field}_en_gb": F(field) for field in fields})


def copy_back(apps, schema_editor):
    for model_name, fields in TRANSLATED.items():
        model = apps.get_model("poses", model_name)
        model.objects.exclude(**{f"{fields[0]}_en_gb": None}).update(
            **{field: F(f"{field}_en_gb") for field in fields}
        )


class Migration(migrations.Migration):
    dependencies = [("poses", "0010_russian_beside_english")]

    operations = [migrations.RunPython(copy_into_english, copy_back)]
