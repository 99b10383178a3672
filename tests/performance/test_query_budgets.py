"""Every page's query count is fixed: the same for a small and a ten-times larger data set."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import Profile
from articles.models import Rating
from poses.models import Severity
from routines.models import Routine
from tests.articles.helpers import make_article, make_comment
from tests.factories import make_category, make_condition, make_muscle, make_pose, make_user, mark
from tests.routines.helpers import make_routine

pytestmark = pytest.mark.django_db

SIZES = (3, 30)

# Budgets: the most queries each page may make, whatever the data size.
VISITOR_PAGES = {
    "home": (lambda data: "/", 8),
    "catalogue": (lambda data: reverse("poses:list"), 10),
    "catalogue searched": (lambda data: reverse("poses:list") + "?q=pose", 10),
    "catalogue by difficulty": (lambda data: reverse("poses:list") + "?difficulty=beginner", 10),
    "catalogue by category": (lambda data: reverse("poses:list") + "?category=hip-opener", 11),
    "catalogue by muscle": (lambda data: reverse("poses:list") + "?muscle=psoas-major", 11),
    "catalogue safe for me": (
        lambda data: reverse("poses:list") + "?safe=1&conditions=knee-injury",
        11,
    ),
    "catalogue combined": (
        lambda data: (
            reverse("poses:list")
            + "?q=pose&difficulty=beginner&category=hip-opener&muscle=psoas-major"
            "&safe=1&conditions=knee-injury"
        ),
        # A search reads its page tier by tier (poses.search.Ranked): one look at the index
        # for each tier the page reaches and one read of a tier that has matches.
        15,
    ),
    "pose": (lambda data: data["pose"].get_absolute_url(), 14),
    "articles": (lambda data: reverse("articles:list"), 4),
    "article": (lambda data: data["article"].get_absolute_url(), 16),
    "starters": (lambda data: reverse("routines:starters"), 6),
    "starter routine": (lambda data: data["starter"].get_absolute_url(), 10),
    "feed": (lambda data: reverse("articles:feed"), 4),
    "sitemap": (lambda data: reverse("sitemap"), 6),
}
MEMBER_PAGES = {
    "routine list": (lambda data: reverse("routines:list"), 8),
    "routine": (lambda data: data["routine"].get_absolute_url(), 12),
    "builder": (lambda data: reverse("routines:edit", args=[data["routine"].pk]), 16),
    "player": (lambda data: reverse("routines:practice", args=[data["routine"].pk]), 10),
    # One more on a first visit than a repeat: the shared list is read, then its page's cards.
    "member catalogue": (lambda data: reverse("poses:list"), 14),
    "member pose": (lambda data: data["pose"].get_absolute_url(), 17),
    "member article": (lambda data: data["article"].get_absolute_url(), 19),
}


def build(size):
    """Add `size` poses, articles, comments, ratings, routines and steps of each to the site."""
    hip = make_category("Hip opener")
    psoas = make_muscle("Psoas major")
    knee = make_condition("Knee injury")
    poses = []
    for number in range(size):
        pose = make_pose(categories=[hip], stretches=[psoas], steps=3)
        mark(pose, knee, Severity.MODIFY if number % 2 else Severity.AVOID)
        poses.append(pose)
    pose = poses[0]
    for other in poses[1:]:
        pose.counterposes.add(other)
        pose.preparatory_poses.add(other)

    member = make_user()
    Profile.objects.create(user=member).conditions.add(knee)
    articles = [make_article(days_ago=number + 1) for number in range(size)]
    article = articles[0]
    article.featured_poses.set(poses[:4])
    for number in range(size):
        author = make_user()
        make_comment(article, author, approved=bool(number % 2))
        Rating.objects.create(article=article, user=author, score=1 + number % 5)

    steps = [(p, 30, "both") for p in poses]
    routine = make_routine(member, steps, title="Mine")
    for number in range(size):
        make_routine(member, steps[:3], title=f"Other {number}")
        make_routine(make_user(), steps[:3], title=f"Starter {number}", is_starter=True)
    starter = Routine.objects.starters().last()
    return {"pose": pose, "article": article, "routine": routine, "starter": starter}


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


def counts_at_each_size(client, pages, *, as_member):
    counts = {}
    # The larger measurement runs on top of the smaller data set: more rows everywhere.
    for size in SIZES:
        data = build(size)
        if as_member:
            client.force_login(data["routine"].owner)
        counts[size] = {name: count_queries(client, url(data)) for name, (url, _) in pages.items()}
        client.logout()
    return counts


@pytest.mark.parametrize("pages, as_member", [(VISITOR_PAGES, False), (MEMBER_PAGES, True)])
def test_every_page_has_a_fixed_query_budget(client, pages, as_member):
    counts = counts_at_each_size(client, pages, as_member=as_member)
    small, large = (counts[size] for size in SIZES)
    grew = {name: (small[name], large[name]) for name in pages if large[name] != small[name]}
    assert not grew, f"query counts grew with data size: {grew}"
    over = {
        name: (large[name], budget) for name, (_, budget) in pages.items() if large[name] > budget
    }
    assert not over, f"pages over their query budget (made, allowed): {over}"
