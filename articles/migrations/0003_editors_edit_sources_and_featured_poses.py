"""Editors edit the new inlines: pose and article sources, and the ordered featured poses."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
MODELS = (("poses", "posesource"), ("articles", "articlesource"), ("articles", "featuredpose"))
ACTIONS = ("add", "change", "delete", "view")


def codenames():
    for app_label, model in MODELS:
        for action in ACTIONS:
            yield app_label, f"{action}_{model}"


def grant(apps, schema_editor):
    # Permissions are normally made after migrate; on a fresh database make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps, using=schema_editor.connection.alias)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    db = schema_editor.connection.alias
    group, _ = Group.objects.using(db).get_or_create(name=EDITORS)
    group.permissions.add(
        *[
            Permission.objects.using(db).get(content_type__app_label=app, codename=codename)
            for app, codename in codenames()
        ]
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    db = schema_editor.connection.alias
    group = Group.objects.using(db).filter(name=EDITORS).first()
    if group:
        for app, codename in codenames():
            group.permissions.remove(
                *Permission.objects.using(db).filter(
                    content_type__app_label=app, codename=codename
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_ordered_featured_poses_and_sources"),
        ("poses", "0005_pose_safety_traits_review_sources"),
        ("poses", "0003_editors_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
