from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"

    def ready(self):
        from . import checks  # noqa: F401  (registers the deploy checks)
        from .pagecache import connect_content_models, connect_member_models

        connect_content_models()
        connect_member_models()
