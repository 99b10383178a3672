"""The Russian catalogues: complete, with Russian plural rules, and compiled in step."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "locale"
CATALOGUES = sorted(LOCALE.glob("*/LC_MESSAGES/*.po"))


def test_there_is_a_russian_catalogue_for_pages_and_for_scripts():
    assert {path.relative_to(LOCALE).as_posix() for path in CATALOGUES} >= {
        "ru/LC_MESSAGES/django.po",
        "ru/LC_MESSAGES/djangojs.po",
    }


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.name)
def test_every_message_is_translated_and_none_is_fuzzy(path):
    catalogue = polib.pofile(str(path))
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []
    assert not catalogue.metadata_is_fuzzy


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.name)
def test_russian_has_three_plural_forms(path):
    plural_forms = polib.pofile(str(path)).metadata["Plural-Forms"]
    assert plural_forms.startswith("nplurals=3;")


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.name)
def test_the_compiled_catalogue_says_what_its_source_says(path):
    """A .po edited without compiling would leave the site showing the old words."""
    compiled = path.with_suffix(".mo")
    assert compiled.exists(), f"{compiled} is missing: run manage.py compilemessages"

    def messages(catalogue):
        return {
            (entry.msgctxt, entry.msgid): entry.msgstr_plural or entry.msgstr
            for entry in catalogue
            if entry.msgid and not entry.obsolete
        }

    source = messages(polib.pofile(str(path)))
    built = messages(polib.mofile(str(compiled)))
    assert built == {
        key: {int(form): text for form, text in value.items()} if isinstance(value, dict) else value
        for key, value in source.items()
    }
