from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"

    def ready(self):
        from .pagecache import connect_content_models

        connect_content_models()
