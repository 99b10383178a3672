"""What a reader sees of the safety review: when, by what sources; and no stock filler."""

import datetime

import pytest

from poses.models import PoseSource
from tests.factories import make_condition, make_pose, mark

pytestmark = pytest.mark.django_db


def test_pose_page_shows_review_month_and_sources(client):
    pose = make_pose("Camel pose", slug="camel", safety_reviewed_on=datetime.date(2026, 3, 14))
    mark(pose, make_condition("Pregnancy"), "modify", "Keep the hands on the lower back.")
    PoseSource.objects.create(pose=pose, title="A teacher's notes", url="https://example.org/a")
    PoseSource.objects.create(pose=pose, title="A study", url="https://example.org/b")

    html = client.get(pose.get_absolute_url()).content.decode()

    assert "Safety notes last reviewed March 2026" in html
    assert 'href="https://example.org/a"' in html and "A study" in html


def test_empty_sections_are_left_out_not_filled_with_stock_phrases(client):
    pose = make_pose("Bare pose", slug="bare")
    html = client.get(pose.get_absolute_url()).content.decode()
    for phrase in ("No preparation needed", "None needed", "None in particular"):
        assert phrase not in html
    assert "Prepare with" not in html and "counterposes" not in html
    assert 'id="muscles-heading"' not in html
