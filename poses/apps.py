from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PosesConfig(AppConfig):
    name = "poses"
    verbose_name = _("Poses")

    def ready(self):
        from django_cleanup.signals import cleanup_pre_delete

        from . import images
        from .models import PoseImage

        cleanup_pre_delete.connect(
            images.delete_renditions, sender=PoseImage, dispatch_uid="pose_image_renditions"
        )

        from . import search

        search.connect_signals()
        post_migrate.connect(search.index_unindexed_poses, sender=self)
