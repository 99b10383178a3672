"""The Editors group: poses, articles, starter routines and comment moderation; no accounts."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
FULL = ("add", "change", "delete", "view")
EDITOR_PERMISSIONS = {
    "poses": {
        model: FULL
        for model in (
            "pose",
            "posestep",
            "posecontraindication",
            "poseimage",
            "category",
            "muscle",
            "contraindication",
        )
    },
    # "change comment" is what moderating (approving, rejecting) needs.
    "articles": {"article": FULL, "comment": FULL, "rating": ("view",)},
    # Routine admin limits editors to starter routines.
    "routines": {"routine": FULL, "routinestep": FULL},
}


def _codenames():
    for app_label, models in EDITOR_PERMISSIONS.items():
        for model, actions in models.items():
            for action in actions:
                yield app_label, f"{action}_{model}"


def create_editors(apps, schema_editor):
    # Permissions are normally made after migrate; on a fresh database make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps, using=schema_editor.connection.alias)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    db = schema_editor.connection.alias
    permissions = []
    for app_label, codename in _codenames():
        permissions.append(
            Permission.objects.using(db).get(content_type__app_label=app_label, codename=codename)
        )
    group, _ = Group.objects.using(db).get_or_create(name=EDITORS)
    group.permissions.set(permissions)


def remove_editors(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.using(schema_editor.connection.alias).filter(name=EDITORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("poses", "0002_poseimage_renditions"),
        ("routines", "0001_initial"),
        ("articles", "0001_initial"),
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editors, remove_editors)]
