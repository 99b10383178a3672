"""The builder's steps, each rendered once and kept in the cache until something it shows changes.

Rendering a step through the template engine costs more than everything else a builder request
does. A step's HTML is a function of the values in its key, except three that change with edits
elsewhere in the routine: the routine's revision, the number of steps and the CSRF token. Those
are rendered as markers and filled in on every use, so an edit re-renders only the steps it
changed, and the plain forms keep their conflict check without JavaScript.
"""

import hashlib

from django.core.cache import caches
from django.template.loader import get_template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

TEMPLATE = "routines/includes/builder_step.html"
# Markers are safe strings with "<", so no text a member types can render as one.
REVISION = mark_safe("<!--revision-->")
STEP_COUNT = mark_safe("<!--step-count-->")
CSRF_TOKEN = mark_safe("<!--csrf-token-->")
TIMEOUT = 60 * 60 * 24


def cache():
    return caches["default"]


def step_key(step, version):
    """The key of everything the step template shows, so a changed value is a new key."""
    pose = step.pose
    shown = (
        version,
        step.pk,
        step.position,
        step.is_first,
        step.is_last,
        step.total_seconds,
        tuple(step.urls.values()),
        (pose.english_name, pose.is_published, pose.get_absolute_url(), pose.per_side),
        tuple(
            (warning.severity, warning.contraindication.name, warning.guidance)
            for warning in step.warnings
        ),
        (step.edit.hold, step.edit.breaths, step.edit.side, step.edit.note),
    )
    return "builder-step:" + hashlib.sha1(repr(shown).encode()).hexdigest()


def render_steps(steps, *, revision, csrf_token, settings):
    """Set each step's `html`, from the cache where it holds it.

    `settings` are the hold limits and side choices every step's form offers.
    """
    template = get_template(TEMPLATE)
    version = (
        get_language(),
        hashlib.sha1(template.template.source.encode()).hexdigest(),
        repr(sorted(settings.items())),
    )
    # A step showing a failed edit is rendered for this answer only.
    keys = {step.pk: step_key(step, version) for step in steps if not step.edit.errors}
    found = cache().get_many(keys.values())
    missing = {}
    filled = {REVISION: str(revision), STEP_COUNT: str(len(steps)), CSRF_TOKEN: str(csrf_token)}
    for step in steps:
        key = keys.get(step.pk)
        html = found.get(key)
        if html is None:
            context = {"step": step, "revision": REVISION, "step_count": STEP_COUNT}
            html = template.render({**context, "csrf_token": CSRF_TOKEN, **settings})
            if key:
                missing[key] = html
        for marker, value in filled.items():
            html = html.replace(marker, value)
        step.html = mark_safe(html)
    if missing:
        cache().set_many(missing, TIMEOUT)
