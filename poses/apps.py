from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PosesConfig(AppConfig):
    name = "poses"

    def ready(self):
        from . import search

        search.connect_signals()
        post_migrate.connect(search.index_unindexed_poses, sender=self)
