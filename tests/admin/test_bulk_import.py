"""Bulk edits through django-import-export: bad rows are reported and nothing is written."""

import io

import openpyxl
import pytest
import tablib

from poses.models import Pose, PoseContraindication, Trait
from poses.resources import PoseContraindicationResource, PoseResource
from tests.admin.helpers import admin_url
from tests.factories import make_condition, make_pose, mark

pytestmark = pytest.mark.django_db

CAUTION_HEADERS = ["id", "pose", "condition", "severity", "guidance"]


def caution_rows(*rows):
    return tablib.Dataset(*rows, headers=CAUTION_HEADERS)


def row_errors(result):
    """{row number: messages} for every invalid or failed row."""
    errors = {row.number: " ".join(map(str, row.error.messages)) for row in result.invalid_rows}
    for number, row_errors in result.row_errors():
        errors[number] = " ".join(str(error.error) for error in row_errors)
    return errors


@pytest.fixture
def catalogue(db):
    pose = make_pose("Camel pose", slug="camel")
    make_condition("Knee injury")
    return pose


def test_bad_caution_rows_are_each_reported_and_nothing_is_written(catalogue):
    mark(catalogue, make_condition("Pregnancy"), "modify", "Keep the lift small.")
    dataset = caution_rows(
        ["", "no-such-pose", "knee-injury", "modify", "Pad the knees."],
        ["", "camel", "no-such-condition", "modify", "Pad the knees."],
        ["", "camel", "knee-injury", "sometimes", "Pad the knees."],
        ["", "camel", "knee-injury", "modify", ""],
        ["", "camel", "pregnancy", "avoid", "A second note for the same condition."],
    )

    result = PoseContraindicationResource().import_data(dataset, dry_run=True)

    errors = row_errors(result)
    assert set(errors) == {1, 2, 3, 4, 5}
    assert "no-such-pose" in errors[1]
    assert "no-such-condition" in errors[2]
    assert "sometimes" in errors[3]
    assert "blank" in errors[4]
    assert "already exists" in errors[5]
    assert PoseContraindication.objects.count() == 1


def test_a_caution_row_that_would_leave_a_published_pose_with_findings_is_refused(catalogue):
    catalogue.traits = [Trait.KNEELING]
    catalogue.save()
    note = mark(catalogue, make_condition("Knee injury"), "modify", "Pad the knees.")
    make_condition("Neck injury")
    dataset = caution_rows([note.pk, "camel", "neck-injury", "caution", "Keep the head up."])

    result = PoseContraindicationResource().import_data(dataset, dry_run=True)

    assert "safety findings" in row_errors(result)[1]
    note.refresh_from_db()
    assert note.contraindication.slug == "knee-injury"


def pose_rows(**row):
    base = {
        "slug": "bow",
        "english_name": "Bow pose",
        "summary": "A prone backbend.",
        "difficulty": "intermediate",
        "default_hold_seconds": 30,
        "per_side": 0,
        "traits": "prone",
        "is_published": 1,
        "safety_waiver": "",
        "sources": "",
    }
    base.update(row)
    return tablib.Dataset(list(base.values()), headers=list(base))


def test_a_pose_row_that_would_publish_with_findings_is_refused(db):
    result = PoseResource().import_data(pose_rows(), dry_run=True)
    assert "needs a note for pregnancy" in row_errors(result)[1]
    assert not Pose.objects.exists()


def test_a_pose_row_as_a_draft_or_with_a_waiver_imports(db):
    result = PoseResource().import_data(pose_rows(is_published=0), dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    result = PoseResource().import_data(
        pose_rows(slug="locust", safety_waiver="Reviewed: note coming."), dry_run=False
    )
    assert not result.has_validation_errors()
    assert Pose.objects.get(slug="locust").is_published


def test_source_urls_must_be_web_addresses_and_unknown_traits_are_named(db):
    result = PoseResource().import_data(
        pose_rows(
            is_published=0,
            traits="prone|upside-down",
            sources="A study | javascript:alert(1)",
        ),
        dry_run=True,
    )
    errors = row_errors(result)[1]
    assert "upside-down" in errors
    assert "not a web address" in errors
    assert not Pose.objects.exists()


def test_sources_are_imported_with_the_pose(db):
    PoseResource().import_data(
        pose_rows(
            is_published=0,
            sources="A teacher | https://example.org/a\nA study | https://example.org/b",
        ),
        dry_run=False,
    )
    pose = Pose.objects.get(slug="bow")
    assert list(pose.sources.values_list("title", "url")) == [
        ("A teacher", "https://example.org/a"),
        ("A study", "https://example.org/b"),
    ]


def xlsx_upload(dataset):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(dataset.headers)
    for row in dataset:
        sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    buffer.name = "cautions.xlsx"
    return buffer


def test_admin_dry_run_of_a_spreadsheet_shows_row_errors_and_writes_nothing(
    editor_client, catalogue
):
    url = admin_url(PoseContraindication, "import")
    page = editor_client.get(url)
    formats = dict((label, value) for value, label in page.context["form"].fields["format"].choices)
    upload = xlsx_upload(caution_rows(["", "camel", "knee-injury", "sometimes", "Pad them."]))

    response = editor_client.post(url, {"import_file": upload, "format": formats["xlsx"]})

    assert response.status_code == 200
    html = response.content.decode()
    assert "sometimes" in html and "is not a valid choice" in html
    assert response.context["result"].has_validation_errors()
    assert response.context.get("confirm_form") is None  # no "Confirm import" button
    assert PoseContraindication.objects.count() == 0
