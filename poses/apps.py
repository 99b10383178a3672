from django.apps import AppConfig


class PosesConfig(AppConfig):
    name = "poses"

    def ready(self):
        from psoas_project.pagecache import connect_content_models

        connect_content_models()
