"""Content for the security and operations tests, built only from the apps' models."""

from django.utils import timezone

from articles.models import Article, Comment, Rating, Status
from routines.models import Routine, RoutineStep
from tests.factories import make_pose, make_user


def make_article(title="Why the psoas matters", *, author=None, poses=(), **fields):
    fields.setdefault("slug", title.lower().replace(" ", "-"))
    fields.setdefault("summary", f"A summary of {title}.")
    fields.setdefault("body", "## Anatomy\n\nThe psoas joins the spine to the thigh.")
    fields.setdefault("status", Status.PUBLISHED)
    fields.setdefault("published_at", timezone.now() - timezone.timedelta(days=1))
    article = Article.objects.create(title=title, author=author, **fields)
    article.featured_poses.set(poses)
    return article


def make_routine(owner, poses, *, title="Evening release", **fields):
    routine = Routine.objects.create(owner=owner, title=title, **fields)
    RoutineStep.objects.bulk_create(
        RoutineStep(routine=routine, pose=pose, position=position, hold_seconds=30 + position)
        for position, pose in enumerate(poses, start=1)
    )
    return routine


def make_site():
    """A small site: poses, an editor's starter, a member's private routine, an article."""
    editor = make_user("editor", is_staff=True)
    member = make_user("member")
    poses = [make_pose("Pigeon pose"), make_pose("Low lunge"), make_pose("Child's pose")]
    starter = make_routine(editor, poses, title="Four poses", is_starter=True)
    private = make_routine(member, poses[:2], title="My hips")
    article = make_article(author=editor, poses=poses[:2])
    Comment.objects.create(article=article, author=member, body="Lovely.", is_approved=True)
    Comment.objects.create(article=article, author=member, body="Pending.", is_approved=False)
    Rating.objects.create(article=article, user=member, score=4)
    return {
        "editor": editor,
        "member": member,
        "poses": poses,
        "starter": starter,
        "private": private,
        "article": article,
    }
