from django.apps import AppConfig


class PosesConfig(AppConfig):
    name = "poses"
