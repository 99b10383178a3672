"""A member's pages kept in the page cache for them alone (core/pagecache.py): served without
building the page, never to anyone else, and built again after any change they would see."""

import re
from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.models import Profile
from core import pagecache
from poses.models import Severity
from routines.models import Routine
from tests.articles.helpers import make_article
from tests.factories import make_condition, make_pose, make_user, mark

pytestmark = pytest.mark.django_db

ROUTINES = reverse("routines:list")
CATALOGUE = reverse("poses:list")
TOKEN = re.compile(r'name="idempotency_token" value="([^"]+)"')
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def signed_in(user, **options):
    """A browser signed in as `user` that holds a CSRF cookie, as after any page with a form."""
    browser = Client(**options)
    browser.force_login(user)
    browser.get(ROUTINES)
    return browser


@pytest.fixture
def alice():
    return make_user("alice")


@pytest.fixture
def pose():
    return make_pose("Pigeon pose")


def test_a_members_repeat_visit_is_served_without_building_the_page(
    alice, pose, django_assert_max_num_queries, settings
):
    settings.CONTENT_VERSION_HOLD_SECONDS = 60
    browser = signed_in(alice)
    Routine.objects.create(owner=alice, title="Morning release")
    routine = Routine.objects.get(owner=alice)
    for url in [
        ROUTINES,
        CATALOGUE,
        pose.get_absolute_url(),
        reverse("routines:edit", args=[routine.pk]),
    ]:
        first = browser.get(url).content
        # The session alone: the member's version is held by the worker, like the content's.
        with django_assert_max_num_queries(1):
            again = browser.get(url)
        assert again.status_code == 200 and again.content == first


def test_no_member_ever_gets_another_members_page(alice, pose):
    Routine.objects.create(owner=alice, title="Alice flow")
    bob = make_user("bob")
    Routine.objects.create(owner=bob, title="Bob flow")
    alices, bobs = signed_in(alice), signed_in(bob)
    for _ in range(2):
        alice_page = alices.get(ROUTINES).content.decode()
        bob_page = bobs.get(ROUTINES).content.decode()
        assert "Alice flow" in alice_page and "Bob flow" not in alice_page
        assert "Bob flow" in bob_page and "Alice flow" not in bob_page
    visitor_page = Client().get(CATALOGUE).content.decode()
    alices.get(CATALOGUE)
    assert "alice" not in Client().get(CATALOGUE).content.decode()
    assert "Log out" not in visitor_page and "Log out" in alices.get(CATALOGUE).content.decode()


def test_a_members_own_write_shows_on_their_next_page(alice, pose):
    browser = signed_in(alice)
    assert "Evening flow" not in browser.get(ROUTINES).content.decode()
    page = browser.get(reverse("routines:create")).content.decode()
    response = browser.post(
        reverse("routines:create"),
        {
            "title": "Evening flow",
            "visibility": "private",
            "idempotency_token": TOKEN.search(page)[1],
            "lead_in_seconds": 10,
            "transition_seconds": 5,
            "switch_seconds": 5,
            "breath_seconds": 5,
        },
    )
    assert response.status_code == 302
    assert "Evening flow" in browser.get(ROUTINES).content.decode()


def save_hold(browser, step, seconds):
    prefix = f"step-{step.pk}-"
    return browser.post(
        reverse("routines:step-update", args=[step.routine_id, step.pk]),
        {
            f"{prefix}revision": Routine.objects.get(pk=step.routine_id).revision,
            f"{prefix}hold_seconds": seconds,
            f"{prefix}side": "both",
            f"{prefix}note": "",
        },
        HTTP_HX_REQUEST="true",
    )


def test_a_members_own_write_shows_next_even_from_a_worker_holding_their_old_version(
    alice, pose, settings
):
    settings.CONTENT_VERSION_HOLD_SECONDS = 60
    routine = Routine.objects.create(owner=alice, title="Morning release")
    step = routine.steps.create(pose=pose, position=1, hold_seconds=30)
    builder = reverse("routines:edit", args=[routine.pk])
    browser = signed_in(alice)
    assert 'value="30"' in browser.get(builder).content.decode()
    held_before = dict(pagecache._held)
    assert save_hold(browser, step, 45).status_code == 200
    # Another worker still holds the version from before the write, and the page kept with it.
    pagecache._held.update(held_before)
    page = browser.get(builder).content.decode()
    assert 'value="45"' in page and 'value="30"' not in page


def test_a_members_write_retires_their_pages_once(alice, pose, monkeypatch):
    routine = Routine.objects.create(owner=alice, title="Morning release")
    step = routine.steps.create(pose=pose, position=1)
    browser = signed_in(alice)
    written = []
    real_set = pagecache.shared().set

    def recording_set(self, key, *args, **kwargs):
        written.append(key)
        return real_set(key, *args, **kwargs)

    monkeypatch.setattr(type(pagecache.shared()), "set", recording_set)
    # The routine's revision and the step both change: still one new version for the member.
    assert save_hold(browser, step, 45).status_code == 200
    members = [key for key in written if key.startswith(pagecache.MEMBER_VERSION_KEY)]
    assert members == [pagecache._member_version_key(alice.pk)]


def test_an_editors_changes_reach_a_members_pages_on_the_next_request(alice, pose):
    routine = Routine.objects.create(owner=alice, title="Morning release")
    routine.steps.create(pose=pose, position=1)
    browser = signed_in(alice)
    builder = reverse("routines:edit", args=[routine.pk])
    for url in [CATALOGUE, pose.get_absolute_url(), builder, ROUTINES]:
        browser.get(url)

    # Content: an editor renames the pose.
    pose.english_name = "Sleeping pigeon"
    pose.save()
    for url in [CATALOGUE, pose.get_absolute_url(), builder]:
        assert "Sleeping pigeon" in browser.get(url).content.decode()

    # The member's own rows, changed by someone else (an editor in admin).
    routine.title = "Renamed by an editor"
    routine.save()
    assert "Renamed by an editor" in browser.get(ROUTINES).content.decode()

    # The member's conditions, set from admin: "safe for me" now hides the pose.
    knee = make_condition("Knee injury")
    mark(pose, knee, Severity.AVOID)
    browser.get(CATALOGUE)
    Profile.objects.create(user=alice).conditions.add(knee)
    assert "Sleeping pigeon" not in browser.get(CATALOGUE).content.decode()


def test_a_pending_message_is_shown_not_the_kept_page(alice, pose):
    routine = Routine.objects.create(owner=alice, title="Morning release")
    browser = signed_in(alice)
    browser.get(ROUTINES)
    browser.post(reverse("routines:delete", args=[routine.pk]))
    assert "Deleted “Morning release”." in browser.get(ROUTINES).content.decode()
    assert "Morning release" not in browser.get(ROUTINES).content.decode()


def test_a_kept_pages_forms_still_work_and_each_serving_has_its_own_token(alice):
    article = make_article("Why the psoas tightens")
    browser = signed_in(alice, enforce_csrf_checks=True)
    first = browser.get(article.get_absolute_url()).content.decode()
    again = browser.get(article.get_absolute_url()).content.decode()
    assert TOKEN.search(first)[1] != TOKEN.search(again)[1]

    # Two tabs of the kept page: two comments, not one resend.
    for body in ["From the first tab.", "From the second tab."]:
        page = browser.get(article.get_absolute_url()).content.decode()
        response = browser.post(
            reverse("articles:comment", args=[article.slug]),
            {
                "body": body,
                "idempotency_token": TOKEN.search(page)[1],
                "csrfmiddlewaretoken": CSRF.search(page)[1],
            },
        )
        assert response.status_code == 302
    assert article.comments.filter(author=alice).count() == 2


def test_signing_out_or_losing_access_ends_the_kept_pages(alice):
    browser = signed_in(alice)
    assert browser.get(ROUTINES).status_code == 200

    alice.set_password("a new passphrase for alice")
    alice.save()
    assert browser.get(ROUTINES).status_code == 302  # to the log-in page

    bob = make_user("bob")
    browser = signed_in(bob)
    browser.get(ROUTINES)
    bob.is_active = False
    bob.save()
    assert browser.get(ROUTINES).status_code == 302

    carol = make_user("carol")
    browser = signed_in(carol)
    browser.get(ROUTINES)
    browser.logout()
    assert browser.get(ROUTINES).status_code == 302

    dave = make_user("dave")
    browser = signed_in(dave)
    browser.get(ROUTINES)
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    assert browser.get(ROUTINES).status_code == 302


def test_a_members_pages_are_built_every_time_when_their_cache_is_off(alice, pose, settings):
    settings.MEMBER_PAGE_CACHE_SECONDS = 0
    browser = signed_in(alice)
    browser.get(CATALOGUE)
    with CaptureQueriesContext(connection) as again:
        browser.get(CATALOGUE)
    assert len(again) > 2


def test_a_members_page_built_afresh_reads_their_session_once(alice, pose):
    browser = signed_in(alice)
    with CaptureQueriesContext(connection) as built:
        assert browser.get(CATALOGUE).status_code == 200
    sessions = [query for query in built if "django_session" in query["sql"]]
    assert len(sessions) == 1


def test_deleting_a_routine_looks_up_no_owner_per_step(alice, pose):
    routine = Routine.objects.create(owner=alice, title="Long routine")
    for position in range(1, 13):
        routine.steps.create(pose=pose, position=position)
    few = Routine.objects.create(owner=alice, title="Short routine")
    few.steps.create(pose=pose, position=1)
    browser = signed_in(alice)
    assert "Long routine" in browser.get(ROUTINES).content.decode()

    with CaptureQueriesContext(connection) as twelve_steps:
        Routine.objects.get(pk=routine.pk).delete()
    with CaptureQueriesContext(connection) as one_step:
        Routine.objects.filter(pk=few.pk).delete()
    assert len(twelve_steps) <= len(one_step) + 1
    # Deleted by someone else (an editor), so the member's pages go with it.
    assert "Long routine" not in browser.get(ROUTINES).content.decode()
