import io

import pytest
from django.core.management import CommandError, call_command

from poses import safety
from poses.models import Pose, Trait
from tests.factories import make_condition, make_pose, mark

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("trait", "condition"),
    [(trait, condition) for trait, conditions in safety.RULES.items() for condition in conditions],
)
def test_each_rule_finds_a_missing_note_and_a_note_clears_it(trait, condition):
    pose = make_pose("Ruled pose", traits=[trait])
    for other in safety.RULES[trait]:
        if other != condition:
            mark(pose, make_condition(other.replace("-", " ").capitalize()), "caution")

    findings = safety.lint([pose])
    assert [(f.trait, f.condition) for f in findings] == [(trait, condition)]

    mark(pose, make_condition(condition.replace("-", " ").capitalize()), "modify")
    assert safety.lint([pose]) == []


def test_every_trait_has_a_rule():
    assert set(safety.RULES) == set(Trait.values)


def test_a_note_without_guidance_does_not_count():
    pose = make_pose("Prone pose", traits=[Trait.PRONE])
    mark(pose, make_condition("Pregnancy"), "avoid", guidance="")
    assert len(safety.lint([pose])) == 1


def test_lint_safety_command_fails_on_findings_and_passes_without():
    pose = make_pose("Camel pose", slug="camel", traits=[Trait.KNEELING])
    with pytest.raises(CommandError, match="1 safety finding"):
        call_command("lint_safety", stdout=io.StringIO())

    mark(pose, make_condition("Knee injury"), "modify", "Pad the knees.")
    out = io.StringIO()
    call_command("lint_safety", stdout=out)
    assert "No safety findings" in out.getvalue()


def test_new_poses_start_as_drafts():
    pose = Pose.objects.create(english_name="Draft pose", slug="draft-pose", summary="S.")
    assert not pose.is_published
