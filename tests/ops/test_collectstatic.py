"""collectstatic with production's storage, so a broken CSS reference fails here, not on deploy."""

import json
import re

import pytest
from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management import call_command

STATIC_TAG = re.compile(r"""\{%\s*static\s+['"]([^'"]+)['"]\s*%\}""")


@pytest.fixture
def production_static(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    return settings.STATIC_ROOT


def referenced_static_files():
    """Every path a template names in {% static %}."""
    return {
        match
        for template in (settings.BASE_DIR / "templates").rglob("*.html")
        for match in STATIC_TAG.findall(template.read_text())
    }


def test_collectstatic_builds_the_manifest_with_every_referenced_file(production_static):
    call_command("collectstatic", interactive=False, verbosity=0)

    assert type(staticfiles_storage._wrapped).__name__ == "CompressedManifestStaticFilesStorage"
    manifest = json.loads((production_static / "staticfiles.json").read_text())["paths"]
    missing = referenced_static_files() - manifest.keys()
    assert not missing, f"templates name static files that do not exist: {sorted(missing)}"
    assert (production_static / manifest["css/site.css"]).exists()
