"""Template helpers shared by every app's pages."""

import re
from dataclasses import dataclass

from django import template
from django.conf import settings
from django.core.signals import setting_changed
from django.middleware.csrf import get_token
from django.urls import translate_url
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core.memo import WorkerMemo
from poses import translation
from poses.formatting import duration
from poses.forms import SEARCH_MAX_LENGTH

register = template.Library()


@dataclass(frozen=True)
class PageLink:
    label: str
    href: str = ""  # none for the current page and a gap
    is_current: bool = False


def page_links(page_obj, query):
    """The numbered links of a page, with gaps (…) between far-apart numbers: worked out here,
    since a template spends longer on the decisions than on the links."""
    params = query.copy()
    params.pop("page", None)
    prefix = f"?{params.urlencode()}&page=" if params else "?page="
    gap = page_obj.paginator.ELLIPSIS
    links = []
    for number in page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2):
        if number == gap:
            links.append(PageLink(gap))
        else:
            current = number == page_obj.number
            links.append(PageLink(str(number), "" if current else f"{prefix}{number}", current))
    return prefix, links


@register.inclusion_tag("includes/pagination.html", takes_context=True)
def pagination(context, page_obj):
    if not page_obj.has_other_pages():
        return {}
    prefix, links = page_links(page_obj, context["request"].GET)
    return {
        "links": links,
        "previous": page_obj.has_previous() and f"{prefix}{page_obj.previous_page_number()}",
        "next": page_obj.has_next() and f"{prefix}{page_obj.next_page_number()}",
    }


register.filter("duration", duration)


@register.filter
def iso_datetime(value):
    """For a <time datetime>: whole seconds, because HTML allows no six-digit fraction."""
    if not value:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(microsecond=0).isoformat()


@register.simple_tag
def search_max_length():
    """For search boxes written in a template, so they cap a query as the catalogue does."""
    return SEARCH_MAX_LENGTH


@register.simple_tag
def site_url(path):
    """An absolute address on this site, from SITE_URL: never the request's Host header."""
    return settings.SITE_URL + str(path)


@register.filter
def is_translated(obj):
    """Whether `obj` has its own text in the active language (poses/translation.py)."""
    return translation.is_translated(obj)


@register.filter
def fallback_lang(obj, field):
    """` lang="en"` on an element showing `field` in English for want of a translation, so
    screen readers pronounce it as English; nothing otherwise."""
    return mark_safe(' lang="en"') if translation.falls_back(obj, field) else ""


@register.filter
def shows_english(obj, fields):
    """Whether any of `fields` (names separated by spaces) shows `obj`'s English for want of a
    translation: where a list marks an item "not yet translated"."""
    return any(translation.falls_back(obj, field) for field in fields.split())


@register.filter
def html_lang(code):
    """A Django language code ("en-gb") as HTML and hreflang write it ("en-GB")."""
    language, _, region = code.partition("-")
    return f"{language}-{region.upper()}" if region else language


def page_in(request, code):
    """This page's address in language `code`, worked out once per request."""
    addresses = request.__dict__.setdefault("_page_in", {})
    if code not in addresses:
        addresses[code] = translate_url(request.get_full_path(), code)
    return addresses[code]


def _page_in(context, code):
    """page_in(), or its marker inside a {% shell %} (filled in on every page)."""
    if context.get(IN_SHELL):
        return PAGE_IN_MARKER.format(code=code)
    return page_in(context["request"], code)


@register.inclusion_tag("includes/language_alternates.html", takes_context=True)
def language_alternates(context):
    """This page in every language, for search engines: <link rel="alternate" hreflang>."""
    request = context.get("request")
    if request is None or request.resolver_match is None:
        return {}
    return {
        "alternates": [
            (html_lang(code), settings.SITE_URL + _page_in(context, code))
            for code, _name in settings.LANGUAGES
        ],
        "default_url": settings.SITE_URL + _page_in(context, settings.LANGUAGE_CODE),
    }


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context, place):
    """A form per page that switches to the other languages and lands on this same page.

    ``next`` is already the address in the chosen language: set_language runs outside the
    language prefix, in English, so it could not translate a /ru/ address itself.
    """
    request = context.get("request")
    if request is None or request.resolver_match is None:
        return {}
    current = get_language()
    return {
        "place": place,
        # Members' pages are never cached, so their switch can carry a CSRF token.
        "member": request.user.is_authenticated,
        "choices": [
            {
                "code": code,
                "lang": html_lang(code),
                "name": name,
                "next": _page_in(context, code),
            }
            for code, name in settings.LANGUAGES
            if code != current
        ],
    }


# The header, the footer and the language links in <head> are the same on every page of one
# view, in one language, for one kind of reader, but for this page's address in each language
# and the CSRF token. A worker renders each once, with markers for those, and fills them in on
# every page: they cost more to render than the rest of most pages. Only code, templates and
# translations change them, and a deploy starts new workers.
IN_SHELL = "_in_shell"
PAGE_IN_MARKER = "@@page-in:{code}@@"
CSRF_MARKER = "@@csrf-token@@"
MARKERS = re.compile(r"@@page-in:([\w-]+)@@|@@csrf-token@@")
_shells = WorkerMemo(limit=1_000)


def _forget_shells(**kwargs):
    _shells.clear()


setting_changed.connect(_forget_shells)


class ShellNode(template.Node):
    def __init__(self, name, nodelist):
        self.name, self.nodelist = name, nodelist

    def render(self, context):
        request, user = context.get("request"), context.get("user")
        # In development templates change under a running server.
        if request is None or user is None or settings.DEBUG:
            return self.nodelist.render(context)
        match = request.resolver_match
        key = (
            self.name,
            get_language(),
            match and (match.namespace, match.view_name),
            user.is_authenticated,
            user.is_staff,
        )
        html = _shells.get(key)
        if html is None:
            with context.push({IN_SHELL: True, "csrf_token": CSRF_MARKER}):
                html = _shells.keep(key, self.nodelist.render(context))
        return mark_safe(MARKERS.sub(lambda found: _filled(found, context), html))


def _filled(marker, context):
    code = marker.group(1)
    # One pass over the HTML, so an address that happens to hold a marker stays as it is.
    if code:
        return escape(page_in(context["request"], code))
    # The page's own token, which the context processor masks once per page, and only when a
    # form asks for it: a page without one stays cacheable for visitors.
    return str(context.get("csrf_token") or get_token(context["request"]))


@register.tag
def shell(parser, token):
    """{% shell "name" %}…{% endshell %}: a part of every page kept per view, language and kind
    of reader (see ShellNode)."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("{% shell %} takes one name.")
    nodelist = parser.parse(("endshell",))
    parser.delete_first_token()
    return ShellNode(bits[1], nodelist)
