"""The pages driven under load, with URLs looked up from the running project."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import NoReverseMatch, Resolver404, resolve, reverse

from articles.models import Article

SEARCH_TERM = "pigeon"
SITE_SEARCH_TERM = "hip flexors"
TYPO_TERM = "pidgeon"
POSE_SLUG = "pigeon"
CEILING_PATH = "bench/ceiling.html"
# A plan of the generator's: its inputs and seed reproduce it.
GENERATOR_QUERY = {"minutes": "20", "focus": "psoas", "level": "beginner", "seed": "1"}


@dataclass(frozen=True)
class Page:
    key: str
    label: str
    path: str | None  # None: the page does not exist in this version of the project
    member: bool = False
    static: bool = False  # the ceiling: no queries to count

    @property
    def note(self):
        return "" if self.path else "not built yet: skipped"


def url(name, args=(), *, fallback, query=None):
    """reverse(name), else the documented path if it resolves, else None."""
    try:
        path = reverse(name, args=args)
    except NoReverseMatch:
        path = fallback
        try:
            resolve(path)
        except Resolver404:
            return None
    return f"{path}?{urlencode(query, doseq=True)}" if query else path


def catalogue(query=None):
    return url("poses:list", fallback="/poses/", query=query)


def search_paths():
    """{label: path} of the searches timed as the catalogue grows, the catalogue's first."""
    return {
        "Catalogue search": catalogue({"q": SEARCH_TERM}),
        "Catalogue search, typo": catalogue({"q": TYPO_TERM}),
        "Site-wide search": url(
            "search:results", fallback="/search/", query={"q": SITE_SEARCH_TERM}
        ),
    }


def build_pages(routine, static_url):
    """Every page of the benchmark, in report order; `routine` is the bench member's."""
    article = Article.objects.published().order_by("-published_at").first()
    article_slug = article.slug if article else "missing"
    ceiling = f"{static_url}{CEILING_PATH}"
    # The ceiling is driven first and last: the better of the two is the reference, so a burst
    # of other work on the machine during one of them does not flatter every page's ratio.
    return [
        Page("ceiling-first", "Static file (ceiling), first", ceiling, static=True),
        Page("home", "Home", url("home", fallback="/")),
        Page("catalogue", "Catalogue", catalogue()),
        Page(
            "catalogue-filtered",
            "Catalogue, filtered",
            catalogue({"difficulty": "beginner", "category": "hip-opener"}),
        ),
        Page("catalogue-search", "Catalogue, searched", catalogue({"q": SEARCH_TERM})),
        Page(
            "catalogue-safe",
            "Catalogue, safe for me",
            catalogue({"conditions": "knee-injury", "safe": "1"}),
        ),
        Page(
            "pose", "Pose detail", url("poses:detail", [POSE_SLUG], fallback=f"/poses/{POSE_SLUG}/")
        ),
        Page(
            "article",
            "Article detail",
            url("articles:detail", [article_slug], fallback=f"/articles/{article_slug}/"),
        ),
        Page(
            "starters", "Starter routines", url("routines:starters", fallback="/routines/starters/")
        ),
        *member_pages(routine, article_slug),
        Page("ceiling-last", "Static file (ceiling), last", ceiling, static=True),
    ]


def member_pages(routine, article_slug):
    """What a signed-in member sees: the shared pages with their header and profile, and their
    own routines. The bench member's profile has one condition, so the plain catalogue URL is
    "safe for me" pre-ticked; `safe=1` is the catalogue with nothing ticked."""
    routine_url = f"/routines/{routine.pk}/"
    return [
        Page("member-catalogue", "Member: catalogue", catalogue({"safe": "1"}), member=True),
        Page(
            "member-catalogue-filtered",
            "Member: catalogue, filtered",
            catalogue({"safe": "1", "difficulty": "beginner", "category": "hip-opener"}),
            member=True,
        ),
        Page(
            "member-catalogue-safe",
            "Member: catalogue, safe for me (profile)",
            catalogue(),
            member=True,
        ),
        Page(
            "member-pose",
            "Member: pose detail",
            url("poses:detail", [POSE_SLUG], fallback=f"/poses/{POSE_SLUG}/"),
            member=True,
        ),
        Page(
            "member-article",
            "Member: article detail",
            url("articles:detail", [article_slug], fallback=f"/articles/{article_slug}/"),
            member=True,
        ),
        Page(
            "routine-list",
            "Member: routine list",
            url("routines:list", fallback="/routines/"),
            member=True,
        ),
        Page(
            "routine",
            "Member: routine page",
            url("routines:detail", [routine.pk], fallback=routine_url),
            member=True,
        ),
        Page(
            "builder",
            "Member: builder",
            url("routines:edit", [routine.pk], fallback=f"{routine_url}edit/"),
            member=True,
        ),
        Page(
            "practice",
            "Member: practice player",
            url("routines:practice", [routine.pk], fallback=f"{routine_url}practice/"),
            member=True,
        ),
        Page(
            "history",
            "Member: practice history",
            url("routines:history", fallback="/routines/history/"),
            member=True,
        ),
        Page(
            "generator",
            "Member: routine generator",
            url("routines:generate", fallback="/routines/generate/", query=GENERATOR_QUERY),
            member=True,
        ),
    ]
