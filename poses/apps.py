from django.apps import AppConfig


class PosesConfig(AppConfig):
    name = "poses"

    def ready(self):
        from django_cleanup.signals import cleanup_pre_delete

        from . import images
        from .models import PoseImage

        cleanup_pre_delete.connect(
            images.delete_renditions, sender=PoseImage, dispatch_uid="pose_image_renditions"
        )
