"""Bulk edits in admin carry the Russian beside the English."""

import pytest
import tablib
from django.utils import translation

from poses.models import Pose, PoseContraindication
from poses.resources import PoseContraindicationResource, PoseResource
from tests.factories import make_condition, make_pose, mark

pytestmark = pytest.mark.django_db


def test_the_pose_export_has_the_russian_columns(pigeon):
    exported = PoseResource().export(Pose.objects.filter(pk=pigeon.pk))
    row = dict(zip(exported.headers, exported[0], strict=True))
    assert row["english_name"] == "Pigeon pose"
    assert row["english_name_ru"] == "Поза голубя"
    assert row["summary_ru"] == "Глубокое раскрытие таза."


def reimport(pose, **changes):
    """Export the pose, change some columns and import the file again, as an editor would."""
    exported = PoseResource().export(Pose.objects.filter(pk=pose.pk))
    row = {**dict(zip(exported.headers, exported[0], strict=True)), **changes}
    data = tablib.Dataset([row[header] for header in exported.headers], headers=exported.headers)
    result = PoseResource().import_data(data, dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    pose.refresh_from_db()


def import_note(guidance, guidance_ru):
    """Import the one safety note of camel with new guidance; the note, refreshed."""
    note = PoseContraindication.objects.get()
    data = tablib.Dataset(
        [note.pk, "camel", "knee-injury", "modify", guidance, guidance_ru],
        headers=["id", "pose", "condition", "severity", "guidance", "guidance_ru"],
    )
    result = PoseContraindicationResource().import_data(data, dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    note.refresh_from_db()
    return note


@pytest.fixture
def camel(db):
    pose = make_pose("Camel pose", slug="camel")
    mark(pose, make_condition("Knee injury"), "modify", "Pad the knees.")
    return pose


def test_importing_a_russian_column_translates_the_pose(camel):
    reimport(camel, english_name_ru="Поза верблюда")
    assert (camel.english_name_en_gb, camel.english_name_ru) == ("Camel pose", "Поза верблюда")


def test_safety_guidance_imports_in_russian_too(camel):
    note = import_note("Pad the knees.", "Подложите плед под колени.")
    assert (note.guidance_en_gb, note.guidance_ru) == (
        "Pad the knees.",
        "Подложите плед под колени.",
    )


def test_bulk_edits_from_the_russian_admin_keep_the_english_columns_english(camel):
    with translation.override("ru"):
        exported = PoseResource().export(Pose.objects.filter(pk=camel.pk))
        assert dict(zip(exported.headers, exported[0], strict=True))["english_name"] == "Camel pose"
        reimport(camel, english_name="Camel", english_name_ru="Поза верблюда")
    assert (camel.english_name_en_gb, camel.english_name_ru) == ("Camel", "Поза верблюда")


def test_safety_guidance_imported_from_the_russian_admin_stays_english(camel):
    with translation.override("ru"):
        note = import_note("Pad both knees.", "")
    assert (note.guidance_en_gb, note.guidance_ru) == ("Pad both knees.", "")
