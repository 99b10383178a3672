"""The index follows the catalogue: every way a pose's words change is searchable at once."""

import pytest
from django.urls import reverse

from poses.models import Pose, PoseSearchEntry, PoseStep
from poses.search import canonical_words, index_poses
from tests.factories import make_category, make_muscle, make_pose

pytestmark = pytest.mark.django_db

CATALOGUE = reverse("poses:list")


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    # bulk_create below changes data without the signals that retire cached pages.
    settings.PAGE_CACHE_SECONDS = 0


def found(client, query):
    return [pose.english_name for pose in client.get(CATALOGUE, {"q": query}).context["poses"]]


def test_words_are_folded_the_same_way_on_both_sides():
    assert canonical_words("Child's Pose") == canonical_words("childs pose")
    assert canonical_words("Uṣṭrāsana") == canonical_words("Ushtrasana")
    assert canonical_words("Vṛkṣāsana") == canonical_words("vriksasana")
    assert canonical_words("low-lunge") == canonical_words("Low lunges")


def test_renaming_a_pose_reindexes_it(client):
    pose = make_pose("Sphinx pose", summary="Lie on your front.")
    pose.english_name = "Seal pose"
    pose.save()
    assert found(client, "seal") == ["Seal pose"]
    assert found(client, "sphinx") == []


def test_a_new_step_and_a_removed_step_reindex_the_pose(client):
    pose = make_pose("Bridge pose", steps=0)
    step = PoseStep.objects.create(pose=pose, position=1, instruction="Squeeze a yoga block.")
    assert found(client, "block") == ["Bridge pose"]
    step.delete()
    assert found(client, "block") == []


def test_linking_and_renaming_a_category_or_muscle_reindexes_its_poses(client):
    pose = make_pose("Bridge pose")
    glutes = make_muscle("Glutes")
    pose.muscles_strengthened.add(glutes)
    assert found(client, "glute") == ["Bridge pose"]
    glutes.name = "Gluteal muscles"
    glutes.save()
    assert found(client, "gluteal") == ["Bridge pose"]
    backbend = make_category("Backbend")
    backbend.poses.add(pose)  # from the other side of the link
    assert found(client, "backbend") == ["Bridge pose"]


def test_deleting_a_pose_deletes_its_entry(client):
    pose = make_pose("Bridge pose")
    pose.delete()
    assert not PoseSearchEntry.objects.exists()
    assert found(client, "bridge") == []


def test_bulk_created_poses_are_found_once_indexed(client):
    Pose.objects.bulk_create(
        [Pose(english_name="Fish pose", slug="fish", summary="Fish.", is_published=True)]
    )
    assert found(client, "fish") == []
    assert index_poses(Pose.objects.all()) == 1
    assert found(client, "fish") == ["Fish pose"]
