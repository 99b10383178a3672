"""Shared fragments (core/fragments.py): members get the cards and filters every reader shares
from the cache, with only their own parts rendered around them."""

import re

import pytest
from django.db import connection
from django.template import engines
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from accounts.models import Profile
from core import fragments, pagecache
from poses.models import Severity
from tests.articles.helpers import make_article
from tests.caches import empty_caches
from tests.factories import (
    make_category,
    make_condition,
    make_muscle,
    make_pose,
    make_user,
    mark,
)
from tests.routines.helpers import make_routine

pytestmark = pytest.mark.django_db

LIST = reverse("poses:list")


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def without_csrf_tokens(response):
    # Each render masks the token afresh; everything else must be the same.
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())


def templates_used(response):
    return {template.name for template in response.templates}


@pytest.fixture
def knee():
    return make_condition("Knee injury")


@pytest.fixture
def pigeon(knee):
    pose = make_pose("Pigeon pose", categories=[make_category("Hip opener")])
    mark(pose, knee, Severity.MODIFY, "Put a block under the front hip.")
    return pose


def member_with(username, routine_title, conditions=()):
    user = make_user(username)
    Profile.objects.create(user=user).conditions.set(conditions)
    make_routine(user, title=routine_title)
    return user


def test_a_members_second_catalogue_visit_renders_no_card_or_filter_form(pigeon):
    client = signed_in(make_user("reader"))
    first = client.get(LIST)
    assert "includes/pose_card.html" in templates_used(first)
    again = client.get(LIST)
    assert "includes/pose_card.html" not in templates_used(again)
    assert "Pigeon pose" in again.content.decode()
    assert without_csrf_tokens(again) == without_csrf_tokens(first)


def test_a_page_fetches_its_fragments_in_one_round_trip(pigeon, monkeypatch):
    make_pose("Low lunge")
    client = signed_in(make_user("reader"))
    client.get(LIST)
    fetched = []
    monkeypatch.setattr(fragments, "fetch", lambda keys: fetched.append(keys) or {})
    client.get(LIST)
    # The shared list for this query, then every fragment the page shows at once.
    assert [len(keys) for keys in fetched] == [1, 3]  # the filter form and two cards


def test_a_worker_serves_what_it_already_fetched_without_asking_the_cache(pigeon, monkeypatch):
    client = signed_in(make_user("reader"))
    first = client.get(LIST)

    def unreachable():
        raise AssertionError("the cache was asked for what this worker already had")

    monkeypatch.setattr(fragments, "pages", unreachable)
    again = client.get(LIST)
    assert "includes/pose_card.html" not in templates_used(again)
    assert without_csrf_tokens(again) == without_csrf_tokens(first)


def test_a_members_catalogue_is_the_shared_list_without_searching_again(pigeon):
    make_pose("Low lunge")
    client = signed_in(make_user("reader"))
    client.get(LIST, {"q": "pigeon"})
    with CaptureQueriesContext(connection) as queries:
        page = client.get(LIST, {"q": "pigeon"}).content.decode()
    assert "Pigeon pose" in page and "Low lunge" not in page
    sql = " ".join(query["sql"] for query in queries.captured_queries)
    assert "posesearchentry" not in sql and "COUNT(" not in sql


def test_with_results_not_shared_every_visit_searches_and_cards_stay_cached(pigeon, settings):
    # The bench's "search uncached" timing: the search runs, the rendered fragments do not.
    settings.REMEMBER_RESULTS = False
    client = signed_in(make_user("reader"))
    client.get(LIST, {"q": "pigeon"})
    with CaptureQueriesContext(connection) as queries:
        again = client.get(LIST, {"q": "pigeon"})
    assert "Pigeon pose" in again.content.decode()
    assert "posesearchentry" in " ".join(query["sql"] for query in queries.captured_queries)
    assert "includes/pose_card.html" not in templates_used(again)


def test_cached_cards_load_no_card_rows_and_a_visitor_needs_no_pose_rows(pigeon, settings):
    settings.REMEMBER_RESULTS = False
    for reader, pose_rows in ((Client(), False), (signed_in(make_user("reader")), True)):
        reader.get(LIST, {"q": "pigeon", "visit": "first"})
        with CaptureQueriesContext(connection) as queries:
            # Another parameter, as a new visitor's query: the page cache misses, the cards not.
            page = reader.get(LIST, {"q": "pigeon", "visit": "again"}).content.decode()
        assert "Pigeon pose" in page and "Hip opener" in page
        tables = " ".join(query["sql"] for query in queries.captured_queries)
        assert "poses_category" not in tables and "poses_poseimage" not in tables
        assert ('"poses_pose"."english_name_ru"' in tables) is pose_rows


def test_a_member_keeps_their_part_of_cached_cards(pigeon, knee):
    member = member_with("anna", "Anna's evening hips", conditions=[knee])
    Client().get(LIST)  # a visitor fills the shared cards
    page = signed_in(member).get(LIST).content.decode()
    assert "Put a block under the front hip." in page and "Anna&#x27;s" in page


def test_an_editors_change_reaches_members_on_the_next_request(pigeon):
    client = signed_in(make_user("reader"))
    assert "Pigeon pose" in client.get(LIST).content.decode()
    pigeon.english_name = "Sleeping pigeon"
    pigeon.save()
    assert "Sleeping pigeon" in client.get(LIST).content.decode()
    category = pigeon.categories.get()
    category.name = "Deep hip opener"
    category.save()
    assert "Deep hip opener" in client.get(LIST).content.decode()


def test_an_editors_change_reaches_an_articles_pose_cards(pigeon):
    article = make_article("Why the psoas matters")
    article.featured_poses.set([pigeon])
    client = signed_in(make_user("reader"))
    assert "Pigeon pose" in client.get(article.get_absolute_url()).content.decode()
    pigeon.summary = "A deep stretch for the front of the hip."
    pigeon.save()
    page = client.get(article.get_absolute_url()).content.decode()
    assert "A deep stretch for the front of the hip." in page


def test_no_member_sees_another_members_routines_or_condition_notes(pigeon, knee):
    anna = member_with("anna", "Anna's evening hips", conditions=[knee])
    ben = member_with("ben", "Ben's desk reset")
    for first, second in ((anna, ben), (ben, anna)):
        empty_caches("default")
        signed_in(first).get(LIST)  # fills the shared fragments
        page = signed_in(second).get(LIST).content.decode()
        own, other = ("Anna", "Ben") if second == anna else ("Ben", "Anna")
        assert f"{own}&#x27;s" in page
        assert f"{other}&#x27;s" not in page
        # Only Anna's profile ticks the knee injury, so only her cards carry its note.
        assert ("Put a block under the front hip." in page) is (second == anna)


def test_a_visitor_never_gets_a_members_card_controls(pigeon):
    anna = member_with("anna", "Anna's evening hips")
    signed_in(anna).get(LIST)
    page = Client().get(LIST).content.decode()
    assert "Anna" not in page
    assert 'name="routine"' not in page


def test_fragments_are_kept_per_language(pigeon):
    with translation.override("en"):
        english = fragments.fragment_key("pose-card", pigeon.pk, False)
    with translation.override("ru"):
        russian = fragments.fragment_key("pose-card", pigeon.pk, False)
    assert english != russian


def test_fragments_follow_the_page_cache_switch(pigeon, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client = signed_in(make_user("reader"))
    client.get(LIST)
    assert "includes/pose_card.html" in templates_used(client.get(LIST))


def test_templates_are_compiled_once_per_process():
    # Django 5.2 wraps the loaders in the cached loader whenever none are configured.
    loader = engines["django"].engine.template_loaders[0]
    assert type(loader).__module__ == "django.template.loaders.cached"


def test_a_worker_holds_the_content_version_until_it_changes_something(settings, monkeypatch):
    settings.CONTENT_VERSION_HOLD_SECONDS = 60
    pagecache.bump_content_version()
    version = pagecache.content_version()
    reads = []
    real_get = pagecache.shared().get
    monkeypatch.setattr(
        type(pagecache.shared()), "get", lambda self, *a, **k: reads.append(a) or real_get(*a, **k)
    )
    assert pagecache.content_version() == version
    assert reads == []
    make_pose("Low lunge")  # an editor's change in this worker
    assert pagecache.content_version() != version


def test_a_members_pose_page_follows_an_editors_change_and_marks_only_their_conditions(
    pigeon, knee
):
    anna = signed_in(member_with("anna", "Anna's evening hips", conditions=[knee]))
    ben = signed_in(member_with("ben", "Ben's desk reset"))
    url = pigeon.get_absolute_url()
    assert "Step 1." in anna.get(url).content.decode()
    step = pigeon.steps.get(position=1)
    step.instruction = "Slide the right knee forward behind the right wrist."
    step.save()
    for client in (anna, ben):
        assert "Slide the right knee forward" in client.get(url).content.decode()
    assert "your condition" in anna.get(url).content.decode()
    page = ben.get(url).content.decode()
    assert "your condition" not in page
    assert "Anna&#x27;s" not in page


def test_an_articles_embedded_pose_card_follows_an_editors_change(pigeon):
    article = make_article("Release the psoas", body="Try this:\n\n[[pose:pigeon-pose]]\n")
    client = signed_in(make_user("reader"))
    assert "A summary of Pigeon pose." in client.get(article.get_absolute_url()).content.decode()
    pigeon.summary = "Opens the front of the hip."
    pigeon.save()
    assert "Opens the front of the hip." in client.get(article.get_absolute_url()).content.decode()


def test_the_filter_form_is_shared_by_queries_that_differ_only_outside_the_filters(
    pigeon, monkeypatch
):
    make_muscle("Psoas major")
    client = signed_in(make_user("reader"))
    client.get(LIST, {"q": "pigeon", "utm_source": "newsletter"})
    rendered = []
    monkeypatch.setattr(fragments, "store", lambda key, html: rendered.append(key))
    page = client.get(LIST, {"q": "pigeon", "page": "1", "utm_source": "feed"}).content.decode()
    assert not any(":catalogue-filters:" in key for key in rendered)
    # The body map's links keep the search and filters, and nothing else.
    links = re.findall(r'href="(\?[^"]*muscle=[^"]*)"', page)
    assert links and all(link.startswith("?q=pigeon&amp;") for link in links)
    assert not any("utm_source" in link or "page=" in link for link in links)
