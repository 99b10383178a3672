"""Template tags for shared fragments (core/fragments.py).

    {% fragment "catalogue-filters" request.get_full_path %}...{% endfragment %}
    {% pose_cards poses as cards %}  {# then, per card: card.head, the member's part, card.tail #}

The first of them to render in a page fetches every fragment the page names in one get_many;
keys whose parts are only known inside a loop are fetched on their own.
"""

from contextlib import suppress
from dataclasses import dataclass

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from core import fragments

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
    pose: object
    head: str
    tail: str


class PoseCardsNode(template.Node):
    def __init__(self, poses, embedded, target):
        self.poses, self.embedded, self.target = poses, embedded, target

    def card_keys(self, context):
        embedded = bool(self.embedded and self.embedded.resolve(context))
        poses = list(self.poses.resolve(context) or [])
        return poses, embedded, [fragments.fragment_key("pose-card", p.pk, embedded) for p in poses]

    def keys(self, context):
        return self.card_keys(context)[2] if fragments.enabled() else []

    def render(self, context):
        poses, embedded, keys = self.card_keys(context)
        found = page_fragments(context, keys) if fragments.enabled() else {}
        cards = []
        for pose, key in zip(poses, keys, strict=True):
            html = found.get(key)
            if html is None:
                html = render_to_string(
                    "includes/pose_card.html",
                    {"pose": pose, "embedded": embedded, "member_slot": mark_safe(MEMBER_SLOT)},
                )
                if fragments.enabled():
                    fragments.store(key, html)
            head, tail = html.split(MEMBER_SLOT)
            cards.append(Card(pose, mark_safe(head), mark_safe(tail)))
        context[self.target] = cards
        return ""


def page_fragments(context, keys):
    """The fragments of this page: on the first call, every key the page's template names is
    fetched at once; later keys not fetched yet cost a get_many of their own."""
    render_context = context.render_context
    if not hasattr(render_context, "_fragments"):
        named = []
        for node_type in (FragmentNode, PoseCardsNode):
            for node in context.template.nodelist.get_nodes_by_type(node_type):
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
