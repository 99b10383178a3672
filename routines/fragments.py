"""The builder's steps, its summary (totals, what needs attention, balance hints), picker cards
and picker menus, each rendered once and kept in the cache until something it shows changes.

Rendering through the template engine costs more than everything else a builder request does.
An item's HTML is a function of its key: everything the template shows of it, the templates'
source and the language. What changes with edits elsewhere in the routine (its revision, the
number of steps, a step's position and so whether it has Up and Down), the CSRF token and a
step's id and addresses are rendered as markers and filled in on every use. So an edit re-renders
only the steps it changed, a move or a removal none; a step shares its HTML with every step of
the same pose, hold, side and note (a pose just added usually finds it kept); and the plain forms
keep their conflict check without JavaScript.
"""

import functools
import hashlib
import json
import re
from dataclasses import replace
from types import SimpleNamespace

from django.template.loader import get_template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from poses.forms import SEARCH_MAX_LENGTH

from .models import HOLD_MAX_BREATHS, HOLD_MAX_SECONDS, HOLD_MIN_SECONDS, Side

STEP_TEMPLATE = "routines/includes/builder_step.html"
CARD_TEMPLATE = "routines/includes/picker_card.html"
PICKER_FILTERS_TEMPLATE = "routines/includes/picker_filters.html"
SUMMARY_TEMPLATE = "routines/includes/builder_summary_body.html"
# The templates each one includes: a change to any of them is a new key too.
INCLUDED = {
    STEP_TEMPLATE: ["routines/includes/step_warnings.html"],
    CARD_TEMPLATE: [
        "includes/pose_picture.html",
        "includes/responsive_image.html",
        "includes/pose_figure.html",
    ],
    PICKER_FILTERS_TEMPLATE: [],
    SUMMARY_TEMPLATE: [
        "routines/includes/plan_summary.html",
        "routines/includes/attention.html",
        "routines/includes/balance_hints.html",
    ],
}
# Markers are safe strings with "<", so no text a member types can render as one. A step's
# Up button sits between "up" and "up_end", cut from the first step; Down likewise from the last.
STEP_MARKERS = {
    name: mark_safe(f"<!--{name}-->")
    for name in (
        "revision",
        "step_count",
        "csrf_token",
        "step_id",
        "move_url",
        "remove_url",
        "update_url",
        "position",
        "up_to",
        "down_to",
        "up",
        "up_end",
        "down",
        "down_end",
    )
}
# Where a summary's link names its step (render_summary).
STEP_REF = mark_safe("<!--step_ref-->")
MARKER = re.compile("<!--(" + "|".join(map(re.escape, STEP_MARKERS)) + ")-->")
# What every step's form offers, the same for all steps.
STEP_SETTINGS = {
    "sides": Side.choices,
    "hold_min": HOLD_MIN_SECONDS,
    "hold_max": HOLD_MAX_SECONDS,
    "breaths_max": HOLD_MAX_BREATHS,
}
TIMEOUT = 60 * 60 * 24


# Routines may not import core: the wiring (routines/urls.py) hands over how shared content is
# kept (core.fragments): keys under the site's content version and the language, for the
# builder's plans (routines.plans); `remembered`, for the picker's listings and menus; and the
# store itself, which each worker keeps copies of in memory. Unwired, nothing is kept.
_shared = None


def use_shared_content(make_key, remember, fetch, store_many):
    """Keep shared content under `make_key(name, *parts)` (None when the version cannot be
    read: then nothing is kept), values by `remember(name, parts, compute)`, and any kept value
    by `fetch(keys)` -> {key: value} and `store_many({key: value}, timeout)`."""
    global _shared
    _shared = SimpleNamespace(
        make_key=make_key, remember=remember, fetch=fetch, store_many=store_many
    )


def content_key(name, *parts):
    return _shared.make_key(name, *parts) if _shared else None


def remembered(name, parts, compute):
    """compute()'s value, kept under the content version for `parts` once the wiring allows."""
    return _shared.remember(name, parts, compute) if _shared else compute()


def kept(keys):
    """{key: value} of what is kept under `keys`. Values are shared: never change one."""
    return _shared.fetch(keys) if _shared else {}


def keep(values):
    """Keep each {key: value} for a day."""
    if _shared:
        _shared.store_many(values, TIMEOUT)


def _digest(value):
    return hashlib.sha1(repr(value).encode()).hexdigest()


@functools.lru_cache(maxsize=64)
def _version(template_name, language, sources, common):
    # Once per worker: the sources are the cached templates' own strings, which hash once. The
    # markers' pattern is part of what the HTML looks like.
    return _digest((template_name, language, sources, common, MARKER.pattern))


@functools.lru_cache(maxsize=4096)
def _key(version, shown):
    # Once per worker for each thing shown: a dozen steps' keys took as long as filling them.
    return f"fragment:{_digest((version, shown))}"


def row(instance):
    """A model instance's stored values, for a key."""
    return tuple(getattr(instance, field.attname) for field in instance._meta.concrete_fields)


def render_each(items, template_name, *, shown, context, fill=None, common=""):
    """Set each item's `html`: the template rendered with `context(item)`.

    `shown(item)` is everything the template shows of the item (a tuple, of tuples, strings and
    numbers), or None when the HTML must not be kept (a step showing a failed edit); `common`,
    a string, what it shows the same for every item. `fill(item, html)` fills in this answer's
    values.
    """
    template = get_template(template_name)
    sources = tuple(
        get_template(name).template.source for name in [template_name, *INCLUDED[template_name]]
    )
    version = _version(template_name, get_language(), sources, common)
    keys = {}
    for item in items:
        values = shown(item)
        if values is not None:
            keys[id(item)] = _key(version, values)
    found = kept(keys.values())
    missing = {}
    for item in items:
        key = keys.get(id(item))
        html = found.get(key)
        if html is None:
            html = template.render(context(item))
            if key:
                missing[key] = html
        item.html = mark_safe(fill(item, html) if fill else html)
    keep(missing)


def _warnings(warnings):
    return tuple((w.severity, w.contraindication.name, w.guidance) for w in warnings)


def _cut(html, start, end):
    """`html` without the part from marker `start` to marker `end`."""
    head, _, rest = html.partition(start)
    return head + rest.partition(end)[2]


@functools.lru_cache(maxsize=1024)
def _step_pieces(html, is_first, is_last):
    """A kept step's HTML split at its markers: (text, marker name, text, …, text), without its
    Up button if it is the first step and its Down button if the last. Made once per worker
    for each, so filling a step in is one join: a `format_map` of the whole HTML took ten
    times as long."""
    if is_first:
        html = _cut(html, STEP_MARKERS["up"], STEP_MARKERS["up_end"])
    if is_last:
        html = _cut(html, STEP_MARKERS["down"], STEP_MARKERS["down_end"])
    return tuple(MARKER.split(html))


def _filled(pieces, values):
    """The pieces joined, each marker name replaced by its value (a string) in `values`."""
    return _interleaved(pieces[0::2], map(values.__getitem__, pieces[1::2]))


def _interleaved(texts, values):
    """texts[0] + values[0] + texts[1] + … + texts[-1]: one value (a string) between each two."""
    parts = [""] * (2 * len(texts) - 1)
    parts[0::2] = texts
    parts[1::2] = values  # refuses a count that does not fit
    return "".join(parts)


@functools.lru_cache(maxsize=16)
def _offered(language):
    """STEP_SETTINGS as text in `language`, for the steps' keys: a lazily translated label's
    repr differs between processes."""
    return json.dumps(STEP_SETTINGS, default=str, sort_keys=True)


def render_steps(steps, *, revision, step_count, csrf_token):
    """Set each builder step's `html`; `step_count` is how many steps the routine has."""

    def shown(step):
        if step.edit.errors:
            return None
        pose = step.pose
        return (
            step.total_seconds,
            # The slug stands for the pose's URL: the language, its only other part, is in
            # every key.
            (step.pose_name, pose.is_published, pose.slug, pose.per_side),
            _warnings(step.warnings),
            # str: a step just added has Side.BOTH, one read back "both"; same HTML, same key.
            (step.edit.hold, step.edit.breaths, str(step.edit.side), step.edit.note),
        )

    def context(step):
        return {"step": step, **STEP_MARKERS, **STEP_SETTINGS}

    shared = {"revision": str(revision), "step_count": str(step_count), "csrf_token": csrf_token}
    shared.update(up="", up_end="", down="", down_end="")

    def fill(step, html):
        position = step.position
        values = {**shared, "step_id": str(step.pk), "position": str(position)}
        values.update(up_to=str(position - 1), down_to=str(position + 1))
        values.update((f"{action}_url", url) for action, url in step.urls.items())
        return _filled(_step_pieces(html, step.is_first, step.is_last), values)

    render_each(
        steps,
        STEP_TEMPLATE,
        shown=shown,
        context=context,
        fill=fill,
        common=_offered(get_language()),
    )


def render_cards(poses):
    """Set each picker card's `html` (poses flagged with `warnings`, images prefetched)."""

    def shown(pose):
        image = pose.main_image
        return (
            # The difficulty's label is its value in the key's language.
            (pose.pk, pose.english_name, pose.sanskrit_name, pose.difficulty),
            row(image) if image else repr(pose.figure),
            _warnings(pose.warnings),
        )

    render_each(poses, CARD_TEMPLATE, shown=shown, context=lambda pose: {"pose": pose})


def render_once(template_name, shown, context):
    """One piece's HTML: the template rendered with `context`, or as cached for `shown`."""
    piece = SimpleNamespace()
    render_each([piece], template_name, shown=lambda _: shown, context=lambda _: context)
    return piece.html


def render_summary(pose_count, total_seconds, attention, hints):
    """The builder's totals, "needs your attention" summary (safety.attention_summary) and
    balance hints: an edit that changes none of them, like most saves, renders nothing.

    The steps its links go to are filled in on each use, so it is kept by what it says: adding
    a pose makes a step with a new id every time, which the last step's hint links to."""
    step_ids = [str(step_id) for item in attention for step_id, _text in item.links]
    unlinked = [
        replace(item, links=[(STEP_REF, text) for _step_id, text in item.links])
        for item in attention
    ]
    shown = (
        pose_count,
        total_seconds,
        tuple((item.label, tuple(item.links)) for item in unlinked),
        tuple(str(hint) for hint in hints),
    )
    context = {
        "pose_count": pose_count,
        "total_seconds": total_seconds,
        "attention": unlinked,
        "hints": hints,
    }
    html = render_once(SUMMARY_TEMPLATE, shown, context)
    return mark_safe(_interleaved(html.split(STEP_REF), step_ids))


def render_picker_filters(form, routine):
    """The picker's search box and menus (the same for every member until a menu changes)."""
    menus = form.filter_menus(remembered("picker-menus", (), form.menu_choices))
    options = tuple(
        (
            field.name,
            str(field.label),
            tuple((value, str(label), chosen) for value, label, chosen in items),
        )
        for field, items in menus
    )
    shown = (routine.pk, form["q"].value(), SEARCH_MAX_LENGTH, options)
    return render_once(
        PICKER_FILTERS_TEMPLATE, shown, {"routine": routine, "picker_form": form, "menus": menus}
    )
