"""The demo data files are checked before loading; a bad value names the file and the entry."""

import shutil

import pytest
import yaml
from django.core.management import CommandError, call_command

from core import demo
from poses.models import Pose


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A copy of the demo data that a test may spoil."""
    copy = tmp_path / "demo_data"
    shutil.copytree(demo.DATA_DIR, copy)
    monkeypatch.setattr(demo, "DATA_DIR", copy)
    return copy


def edit(data_dir, name, change):
    path = data_dir / name
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(rows)
    path.write_text(yaml.safe_dump(rows, allow_unicode=True), encoding="utf-8")


def pose(rows, slug):
    return next(row for row in rows if row["slug"] == slug)


def test_the_shipped_data_passes_the_check():
    content = demo.load()
    assert len(content.poses) >= 25
    assert {row["slug"] for row in content.poses} >= {"pigeon", "low-lunge", "camel"}


@pytest.mark.parametrize(
    ("name", "change", "message"),
    [
        (
            "poses.yaml",
            lambda rows: pose(rows, "camel").update(difficulty="expert"),
            "poses.yaml, entry {n} (camel), field 'difficulty': 'expert' is not one of "
            "beginner, intermediate, advanced",
        ),
        (
            "poses.yaml",
            lambda rows: pose(rows, "camel").update(default_hold_seconds=900),
            "poses.yaml, entry {n} (camel), field 'default_hold_seconds': 900 is not from 5 to 600",
        ),
        (
            "poses.yaml",
            lambda rows: pose(rows, "camel").update(default_hold_seconds="thirty"),
            "poses.yaml, entry {n} (camel), field 'default_hold_seconds': expected int",
        ),
        (
            "poses.yaml",
            lambda rows: pose(rows, "camel").pop("summary"),
            "poses.yaml, entry {n} (camel): missing field 'summary'",
        ),
        (
            "poses.yaml",
            lambda rows: pose(rows, "camel").update(colour="red"),
            "poses.yaml, entry {n} (camel): unknown field(s) colour",
        ),
        (
            "poses.yaml",
            lambda rows: pose(rows, "camel")["categories"].append("levitation"),
            "poses.yaml, pose camel: unknown category levitation",
        ),
        (
            "poses.yaml",
            lambda rows: pose(rows, "camel")["contraindications"][0].update(severity="never"),
            "poses.yaml, pose camel, caution 1, field 'severity': 'never' is not one of",
        ),
    ],
)
def test_a_bad_pose_value_names_the_file_and_entry(data_dir, name, change, message):
    slugs = [row["slug"] for row in yaml.safe_load((data_dir / name).read_text("utf-8"))]
    edit(data_dir, name, change)
    with pytest.raises(demo.DemoDataError) as error:
        demo.load()
    assert message.format(n=slugs.index("camel") + 1) in str(error.value)


def test_a_bad_starter_step_names_the_routine_and_step(data_dir):
    def change(rows):
        rows[0]["steps"][1].update(side="sideways")

    edit(data_dir, "starters.yaml", change)
    title = yaml.safe_load((data_dir / "starters.yaml").read_text("utf-8"))[0]["title"]
    with pytest.raises(demo.DemoDataError, match=f"starters.yaml, {title}, step 2, field 'side'"):
        demo.load()


def test_an_article_featuring_a_missing_pose_is_named(data_dir):
    def change(rows):
        rows[0]["featured_poses"].append("no-such-pose")

    edit(data_dir, "articles.yaml", change)
    with pytest.raises(demo.DemoDataError, match=r"articles.yaml, article .*: unknown pose"):
        demo.load()


def test_a_file_that_is_not_yaml_is_named(data_dir):
    (data_dir / "muscles.yaml").write_text("- slug: [unclosed\n", encoding="utf-8")
    with pytest.raises(demo.DemoDataError, match="muscles.yaml: not valid YAML"):
        demo.load()


@pytest.mark.django_db
def test_the_command_reports_bad_data_and_loads_nothing(data_dir):
    edit(data_dir, "poses.yaml", lambda rows: pose(rows, "camel").update(per_side="yes"))
    with pytest.raises(CommandError, match=r"poses.yaml, entry \d+ \(camel\), field 'per_side'"):
        call_command("load_demo_content")
    assert not Pose.objects.exists()
