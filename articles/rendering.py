"""Article bodies: Markdown to sanitised HTML, a table of contents, pose cards and reading time.

The Markdown is parsed once per article version and cached; pose cards are filled in on every
view (one query for all of an article's embeds), so renaming or unpublishing a pose shows at once.
"""

import re
import secrets
from dataclasses import dataclass, field

import nh3
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from markdown_it import MarkdownIt

from poses.bodymap import body_map
from poses.models import Muscle, Pose

# Bump when the rendering changes, so cached bodies from older code are not served.
RENDER_VERSION = 2
CACHE_SECONDS = 7 * 24 * 3600
WORDS_PER_MINUTE = 200

# Ids the article page uses itself; a heading called "Comments" must not steal them.
PAGE_IDS = frozenset(
    {"main", "main-nav", "article-contents", "article-poses", "article-rating", "article-comments"}
)

POSE_EMBED_LINE = re.compile(r"^\[\[pose:([A-Za-z0-9_-]+)\]\]\s*$")
# `[[muscles:psoas-major,iliacus]]`: the body map with those muscles highlighted, as a figure.
MUSCLES_EMBED_LINE = re.compile(r"^\[\[muscles:([a-z0-9-]+(?:,[a-z0-9-]+)*)\]\]\s*$")
MUSCLES_REF = "muscles="

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "dl", "dt", "em", "figcaption",
    "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "kbd", "li", "ol", "p", "pre", "s",
    "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "ol": {"start"},
    **{f"h{level}": {"id"} for level in range(2, 7)},
}
TABLE_ALIGNMENT = {
    "text-align:left": "text-start",
    "text-align:center": "text-center",
    "text-align:right": "text-end",
}
ALIGN_CLASSES = set(TABLE_ALIGNMENT.values())
# Dropped with everything inside them, not just unwrapped into text.
REMOVED_WITH_CONTENT = {
    "script", "style", "iframe", "object", "embed", "noscript", "template", "textarea", "select",
    "svg", "math",
}  # fmt: skip
URL_SCHEMES = {"http", "https", "mailto"}


@dataclass(frozen=True)
class TocEntry:
    id: str
    text: str
    children: list["TocEntry"] = field(default_factory=list)


@dataclass(frozen=True)
class RenderedBody:
    """Sanitised HTML split around pose embeds: parts[0], slug, parts[1], slug, parts[2]..."""

    parts: tuple[str, ...]
    toc: tuple[TocEntry, ...]

    @property
    def pose_slugs(self):
        return tuple(ref for ref in self.parts[1::2] if not ref.startswith(MUSCLES_REF))


# --- Markdown extensions -------------------------------------------------------------------


def _pose_embed_rule(state, start_line, end_line, silent):
    """`[[pose:slug]]` or `[[muscles:a,b]]` alone on a line becomes a pose_embed token."""
    if state.is_code_block(start_line):
        return False
    line = state.src[state.bMarks[start_line] + state.tShift[start_line] : state.eMarks[start_line]]
    pose, muscles = POSE_EMBED_LINE.match(line), MUSCLES_EMBED_LINE.match(line)
    if not (pose or muscles):
        return False
    if silent:
        return True
    state.line = start_line + 1
    token = state.push("pose_embed", "", 0)
    token.meta = {"slug": pose.group(1) if pose else MUSCLES_REF + muscles.group(1)}
    token.map = [start_line, state.line]
    return True


def _render_pose_embed(renderer, tokens, idx, options, env):
    return f"\n{env['embed_marker']}{tokens[idx].meta['slug']}:\n"


def _unique_id(text, used):
    base = slugify(text) or "section"
    candidate, number = base, 1
    while candidate in used:
        number += 1
        candidate = f"{base}-{number}"
    used.add(candidate)
    return candidate


def _heading_ids_and_toc(state):
    """Give every heading a stable id and collect h2/h3 into the table of contents.

    The article title is the page's h1, so a `#` heading in the body is shown as an h2.
    """
    used = set(PAGE_IDS)
    toc = state.env.setdefault("toc", [])
    tokens = state.tokens
    for index, token in enumerate(tokens):
        if token.type != "heading_open":
            continue
        if token.tag == "h1":
            token.tag = tokens[index + 2].tag = "h2"
        text = "".join(
            child.content
            for child in tokens[index + 1].children or []
            if child.type in ("text", "code_inline")
        ).strip()
        token.attrSet("id", _unique_id(text, used))
        entry = TocEntry(id=token.attrGet("id"), text=text)
        if token.tag == "h2" or (token.tag == "h3" and not toc):
            toc.append(entry)
        elif token.tag == "h3":
            toc[-1].children.append(entry)


def _table_alignment_classes(state):
    """Table alignment as classes: the Content-Security-Policy forbids style attributes."""
    for token in state.tokens:
        if token.type in ("th_open", "td_open") and "style" in token.attrs:
            alignment = TABLE_ALIGNMENT.get(token.attrs.pop("style"))
            if alignment:
                token.attrSet("class", alignment)


def _markdown():
    md = MarkdownIt("commonmark").enable("table")
    md.block.ruler.before("paragraph", "pose_embed", _pose_embed_rule, {"alt": ["paragraph"]})
    md.add_render_rule("pose_embed", _render_pose_embed)
    md.core.ruler.push("heading_ids", _heading_ids_and_toc)
    md.core.ruler.push("table_alignment", _table_alignment_classes)
    return md


MARKDOWN = _markdown()


# --- Public functions ---------------------------------------------------------------------


def _keep_attribute(tag, attribute, value):
    # Raw HTML in a body may set heading ids; never let it take one the page itself uses.
    if attribute == "id" and value in PAGE_IDS:
        return None
    return value


def sanitize(html):
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags=REMOVED_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_keep_attribute,
        allowed_classes={"th": ALIGN_CLASSES, "td": ALIGN_CLASSES},
        url_schemes=URL_SCHEMES,
        set_tag_attribute_values={"img": {"loading": "lazy"}},
    )


def render_markdown(body):
    """Parse and sanitise a Markdown body; pose embeds are left as slugs between the parts."""
    # A fresh marker per call: text in the body can never forge a pose embed.
    env = {"embed_marker": f"poseembed{secrets.token_hex(8)}:"}
    html = sanitize(MARKDOWN.render(body or "", env))
    parts = re.split(rf"{env['embed_marker']}([A-Za-z0-9_=,-]+):", html)
    return RenderedBody(parts=tuple(parts), toc=tuple(env.get("toc", ())))


def rendered_body(article):
    """The article's rendered body, parsed once per saved version of the article."""
    key = f"articles:body:v{RENDER_VERSION}:{article.pk}:{article.updated_at.timestamp()}"
    rendered = cache.get(key)
    if rendered is None:
        rendered = render_markdown(article.body)
        cache.set(key, rendered, CACHE_SECONDS)
    return rendered


def embedded_pose_slugs(body):
    """Slugs of the `[[pose:slug]]` lines in a body, in order, without repeats."""
    return list(dict.fromkeys(render_markdown(body).pose_slugs))


def unknown_pose_slugs(body):
    """Embedded slugs that will not show a card: no such pose, or the pose is unpublished."""
    slugs = embedded_pose_slugs(body)
    known = set(Pose.objects.published().filter(slug__in=slugs).values_list("slug", flat=True))
    return [slug for slug in slugs if slug not in known]


def with_pose_cards(rendered):
    """The body HTML with each embed replaced by its pose card; unknown ones are left out."""
    slugs = set(rendered.pose_slugs)
    poses = {}
    if slugs:
        poses = {
            pose.slug: pose for pose in Pose.objects.published().for_cards().filter(slug__in=slugs)
        }
    html = []
    for index, part in enumerate(rendered.parts):
        if index % 2 == 0:
            html.append(part)
        elif part.startswith(MUSCLES_REF):
            html.append(muscle_figure(part.removeprefix(MUSCLES_REF).split(",")))
        elif part in poses:
            html.append(
                render_to_string("articles/includes/pose_embed.html", {"pose": poses[part]})
            )
    # Safe: the parts were sanitised by nh3 and the cards come from an auto-escaping template.
    return mark_safe("".join(html))


def muscle_figure(slugs):
    """The body map as a figure, with the given muscles highlighted; unknown slugs are skipped."""
    found = {muscle.slug: muscle for muscle in Muscle.objects.filter(slug__in=slugs)}
    muscles = [found[slug] for slug in slugs if slug in found]
    if not muscles:
        return ""
    names = " and ".join(muscle.name.lower() for muscle in muscles)
    context = body_map(muscles, selected=[muscle.slug for muscle in muscles])
    context.update(
        title=f"Where the {names} lie",
        description=f"Outline of the body from the front and the back, with the {names} "
        "highlighted.",
        mode="article",
        caption=f"The {names}, highlighted on the body map.",
    )
    return render_to_string("articles/includes/muscle_figure.html", context)


def word_count(body):
    """Words a reader reads: link targets, tags and pose embeds are not counted."""
    text = re.sub(r"^\s*\[\[(pose|muscles):[^\]]*\]\]\s*$", " ", body or "", flags=re.MULTILINE)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"<[^>]*>", " ", text)
    return len(re.findall(r"\w[\w'’-]*", text))


def reading_minutes(body):
    return max(1, round(word_count(body) / WORDS_PER_MINUTE))
