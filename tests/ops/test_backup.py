"""The documented backup and restore: dumpdata to a file, loaddata into an empty database."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from accounts.models import Profile
from articles.models import Article, Comment, Rating
from poses.models import Pose, PoseContraindication, Severity
from routines.models import Routine, Visibility
from tests.factories import make_category, make_condition, make_muscle, make_pose, mark
from tests.security.helpers import make_routine, make_site

# The README's backup command; tables left out are rebuilt by migrate or are throwaway state.
DUMP_ARGS = [
    "--natural-foreign",
    "--natural-primary",
    "--exclude=contenttypes",
    "--exclude=auth.permission",
    "--exclude=sessions",
    "--exclude=admin.logentry",
    "--exclude=axes",
]


def to_milliseconds(moment):
    # Django's JSON serializer keeps times to the millisecond.
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def snapshot():
    """The site's content keyed by what people see, not by primary keys."""
    users = get_user_model().objects.order_by("username")
    poses = Pose.objects.order_by("slug").prefetch_related(
        "steps", "categories", "muscles_stretched", "muscles_strengthened", "counterposes"
    )
    routines = Routine.objects.order_by("owner__username", "title").prefetch_related("steps__pose")
    return {
        "users": [
            (u.username, u.email, u.password, u.is_staff, [g.name for g in u.groups.all()])
            for u in users
        ],
        "profiles": [
            (p.user.username, p.experience_level, sorted(c.slug for c in p.conditions.all()))
            for p in Profile.objects.order_by("user__username")
        ],
        "poses": [
            (
                p.slug,
                p.english_name,
                p.sanskrit_name,
                p.search_text,
                [s.instruction for s in p.steps.all()],
                sorted(c.slug for c in p.categories.all()),
                sorted(m.slug for m in p.muscles_stretched.all()),
                sorted(m.slug for m in p.muscles_strengthened.all()),
                sorted(c.slug for c in p.counterposes.all()),
            )
            for p in poses
        ],
        "cautions": sorted(
            (pc.pose.slug, pc.contraindication.slug, pc.severity, pc.guidance)
            for pc in PoseContraindication.objects.select_related("pose", "contraindication")
        ),
        "routines": [
            (
                r.owner.username,
                r.title,
                r.visibility,
                r.share_token,
                r.is_starter,
                r.copied_from.title if r.copied_from else None,
                [(s.position, s.pose.slug, s.hold_seconds, s.side, s.note) for s in r.steps.all()],
            )
            for r in routines
        ],
        "articles": [
            (a.slug, a.title, a.body, a.status, to_milliseconds(a.published_at), a.author.username)
            for a in Article.objects.order_by("slug").select_related("author")
        ],
        "comments": sorted(
            (c.article.slug, c.author.username, c.body, c.is_approved)
            for c in Comment.objects.select_related("article", "author")
        ),
        "ratings": sorted(
            (r.article.slug, r.user.username, r.score) for r in Rating.objects.select_related()
        ),
    }


def populate():
    site = make_site()
    knee = make_condition("Knee injury")
    hip, psoas = make_category("Hip opener"), make_muscle("Psoas major")
    hero = make_pose("Reclined hero", sanskrit_name="Supta Vīrāsana", categories=[hip])
    hero.muscles_stretched.set([psoas])
    hero.counterposes.set(site["poses"][:1])
    mark(hero, knee, Severity.AVOID, "Skip it.")
    profile = Profile.objects.create(user=site["member"], experience_level="some")
    profile.conditions.set([knee])
    copy = make_routine(
        site["member"], [hero, *site["poses"]], title="Copied", copied_from=site["starter"]
    )
    copy.visibility = Visibility.UNLISTED
    copy.save()


@pytest.mark.django_db(transaction=True)
def test_dump_and_load_into_an_empty_database_restores_the_same_content(tmp_path):
    populate()
    before = snapshot()
    backup = tmp_path / "backup.json"

    call_command("dumpdata", *DUMP_ARGS, output=str(backup), verbosity=0)
    call_command("flush", interactive=False, verbosity=0)
    assert not Routine.objects.exists() and not get_user_model().objects.exists()
    call_command("loaddata", str(backup), verbosity=0)

    after = snapshot()
    assert after == before
    assert len(after["routines"]) == 3 and after["comments"] and after["profiles"]
