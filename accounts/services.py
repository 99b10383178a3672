"""A member's data: the export of everything we hold about them, and deleting it."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Prefetch

from articles.models import Comment, Rating
from routines.models import PRACTICE_SETTINGS, PracticeSession, Routine, RoutineStep

from .models import Profile

EXPORT_FORMAT_VERSION = 1


def remember_language(user, language):
    """Keep a member's language on their profile, for the next time they log in."""
    Profile.objects.update_or_create(user=user, defaults={"language": language})


def language_of(user):
    """The language a member chose, or "" if they have not."""
    return Profile.objects.filter(user=user).values_list("language", flat=True).first() or ""


def _iso(moment):
    return moment.isoformat() if moment else None


def _routine_data(routine):
    return {
        "title": routine.title,
        "description": routine.description,
        "visibility": routine.visibility,
        "share_url_path": routine.get_share_url() if routine.visibility == "unlisted" else None,
        "created_at": _iso(routine.created_at),
        "updated_at": _iso(routine.updated_at),
        **{name: getattr(routine, name) for name in PRACTICE_SETTINGS},
        "steps": [
            {
                "position": step.position,
                "pose": step.pose.english_name,
                "pose_slug": step.pose.slug,
                "hold_seconds": step.hold_seconds,
                "hold_breaths": step.hold_breaths,
                "side": step.side,
                "note": step.note,
            }
            for step in routine.steps.all()
        ],
    }


def export_data(user):
    """All of the member's data as plain JSON-ready values (a fixed number of queries)."""
    profile = Profile.objects.filter(user=user).prefetch_related("conditions").first()
    routines = Routine.objects.owned_by(user).prefetch_related(
        Prefetch("steps", queryset=RoutineStep.objects.select_related("pose"))
    )
    ratings = Rating.objects.filter(user=user).select_related("article")
    comments = Comment.objects.filter(author=user).select_related("article")
    sessions = PracticeSession.objects.of_member(user)
    return {
        "format_version": EXPORT_FORMAT_VERSION,
        "account": {
            "username": user.username,
            "email": user.email,
            "date_joined": _iso(user.date_joined),
            "last_login": _iso(user.last_login),
        },
        "profile": {
            "conditions": [c.name for c in profile.conditions.all()] if profile else [],
            "experience_level": profile.experience_level if profile else None,
            "language": profile.language if profile else None,
        },
        "routines": [_routine_data(routine) for routine in routines],
        "ratings": [
            {"article": r.article.title, "article_slug": r.article.slug, "score": r.score}
            for r in ratings
        ],
        "comments": [
            {
                "article": c.article.title,
                "article_slug": c.article.slug,
                "body": c.body,
                "approved": c.is_approved,
                "created_at": _iso(c.created_at),
            }
            for c in comments
        ],
        "practice_sessions": [
            {
                "routine": s.routine_title,
                "date": s.practised_on.isoformat(),
                "minutes": s.minutes,
                "completed": s.completed,
                "feeling_before": s.feeling_before,
                "feeling_after": s.feeling_after,
                "note": s.note,
            }
            for s in sessions
        ],
    }


# Starter routines belong to the site, not to the editor who wrote them: when an editor's
# account goes, they stay published under this account, which nobody can log in to.
TEAM_USERNAME = "psoas-team"


def team_account():
    team, created = get_user_model().objects.get_or_create(
        username=TEAM_USERNAME, defaults={"first_name": "Psoas", "last_name": "team"}
    )
    if created:
        team.is_active = False
        team.set_unusable_password()
        team.save(update_fields=["is_active", "password"])
    return team


def delete_account(user):
    """Delete a member and their own data; editorial content they made stays on the site.

    Their routines, ratings and profile go with them; comments and articles stay without an
    author (SET_NULL); starter routines move to the team account.
    """
    with transaction.atomic():
        starters = list(Routine.objects.owned_by(user).starters())
        if starters:
            team = team_account()
            for routine in starters:
                routine.owner = team
                # One save each (a few rows), so the page cache sees the change.
                routine.save(update_fields=["owner"])
        user.delete()
