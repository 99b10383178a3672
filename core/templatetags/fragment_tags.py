"""Template tags for shared fragments (core/fragments.py).

    {% fragment "catalogue-filters" request.get_full_path %}...{% endfragment %}
    {% pose_cards poses as cards %}  {# then, per card: card.head, the reader's part if
                                        card.for_reader, card.tail #}

The first of them to render in a page fetches every fragment the page names in one get_many;
keys whose parts are only known inside a loop are fetched on their own.
"""

from contextlib import suppress
from dataclasses import dataclass

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from core import fragments
from poses.views import CardPoses

register = template.Library()

# Where a pose card's member-specific part goes: cards are cached around it.
MEMBER_SLOT = "<!--pose-card-member-->"


class FragmentNode(template.Node):
    def __init__(self, name, parts, nodelist):
        self.name, self.parts, self.nodelist = name, parts, nodelist

    def keys(self, context):
        return [fragments.fragment_key(self.name.resolve(context), *self.resolved(context))]

    def resolved(self, context):
        return [part.resolve(context) for part in self.parts]

    def render(self, context):
        if not fragments.enabled():
            return self.nodelist.render(context)
        (key,) = self.keys(context)
        found = page_fragments(context, [key])
        if key in found:
            return found[key]
        html = self.nodelist.render(context)
        fragments.store(key, html)
        return html


@dataclass(frozen=True)
class Card:
    pose: object  # None when the reader has no part of their own on it
    head: str
    tail: str

    @property
    def for_reader(self):
        """Whether the reader's own part goes between head and tail."""
        return self.pose is not None


class PoseCardsNode(template.Node):
    def __init__(self, poses, embedded, target):
        self.poses, self.embedded, self.target = poses, embedded, target

    def card_keys(self, context):
        """(poses, embedded, {pose id: key}); poses given by id (a `CardPoses`) stay unread."""
        embedded = bool(self.embedded and self.embedded.resolve(context))
        poses = self.poses.resolve(context) or []
        if isinstance(poses, CardPoses):
            ids = poses.ids
        else:
            poses = list(poses)
            ids = [pose.pk for pose in poses]
        keys = fragments.fragment_keys("pose-card", [(pk, embedded) for pk in ids])
        return poses, embedded, dict(zip(ids, keys, strict=True))

    def keys(self, context):
        return list(self.card_keys(context)[2].values()) if fragments.enabled() else []

    def render(self, context):
        poses, embedded, keys = self.card_keys(context)
        found = page_fragments(context, list(keys.values())) if fragments.enabled() else {}
        if isinstance(poses, CardPoses):
            rows = poses.rows(to_draw=[pk for pk, key in keys.items() if key not in found])
            reader_part = poses.reader_part
        else:
            rows, reader_part = {pose.pk: pose for pose in poses}, True
        cards = []
        for pk, key in keys.items():
            html, pose = found.get(key), rows.get(pk)
            if pose is None and (html is None or reader_part):
                continue  # no longer published
            if html is None:
                html = render_to_string(
                    "includes/pose_card.html",
                    {"pose": pose, "embedded": embedded, "member_slot": mark_safe(MEMBER_SLOT)},
                )
                if fragments.enabled():
                    fragments.store(key, html)
            head, tail = html.split(MEMBER_SLOT)
            cards.append(Card(pose if reader_part else None, mark_safe(head), mark_safe(tail)))
        context[self.target] = cards
        return ""


def fragment_nodes(page_template):
    """The fragment nodes of a page's template, found once per loaded template: walking the
    whole tree on every page costs more than fetching the fragments."""
    nodes = page_template.__dict__.get("_fragment_nodes")
    if nodes is None:
        nodelist = page_template.nodelist
        nodes = [
            *nodelist.get_nodes_by_type(FragmentNode),
            *nodelist.get_nodes_by_type(PoseCardsNode),
        ]
        page_template._fragment_nodes = nodes
    return nodes


def page_fragments(context, keys):
    """The fragments of this page: on the first call, every key the page's template names is
    fetched at once; later keys not fetched yet cost a get_many of their own."""
    render_context = context.render_context
    if not hasattr(render_context, "_fragments"):
        named = []
        for node in fragment_nodes(context.template):
            # A key known only inside a loop is fetched when its fragment renders.
            with suppress(template.VariableDoesNotExist, AttributeError, TypeError):
                named += node.keys(context)
        render_context._fragments = fragments.fetch(named)
        render_context._fragments_asked = set(named)
    missing = [key for key in keys if key not in render_context._fragments_asked]
    if missing:
        render_context._fragments.update(fragments.fetch(missing))
        render_context._fragments_asked.update(missing)
    return render_context._fragments


@register.tag
def fragment(parser, token):
    """{% fragment "name" part ... %}: the same for every reader given its parts."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name.")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(
        parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]], nodelist
    )


@register.tag
def pose_cards(parser, token):
    """{% pose_cards poses [embedded=True] as cards %}: each card's shared HTML, cached."""
    bits = token.split_contents()
    if len(bits) not in (4, 5) or bits[-2] != "as":
        raise template.TemplateSyntaxError("Use {% pose_cards poses [embedded=True] as cards %}.")
    embedded = None
    if len(bits) == 5:
        if not bits[2].startswith("embedded="):
            raise template.TemplateSyntaxError("pose_cards takes only embedded=...")
        embedded = parser.compile_filter(bits[2].removeprefix("embedded="))
    return PoseCardsNode(parser.compile_filter(bits[1]), embedded, bits[-1])
