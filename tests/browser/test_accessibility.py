"""Every main page, once at phone size and once at desktop size: axe-clean, no sideways scroll."""

import pytest

from accounts.models import Profile
from poses.models import Contraindication
from routines.models import Routine
from routines.services import routine_copy
from tests.browser.a11y import assert_accessible, assert_no_horizontal_overflow, blocking_violations
from tests.browser.conftest import BROWSER_DB, login

pytestmark = BROWSER_DB

STARTER = "Four poses to release the psoas"
GUIDE = "/articles/release-your-psoas-and-iliacus/"

VISITOR_PAGES = {
    "home": "/",
    "catalogue": "/poses/",
    "catalogue-body-map": "/poses/?muscle=psoas-major",
    "catalogue-no-match": "/poses/?q=zzz",
    "search": "/search/?q=psoas",
    "search-typo": "/search/?q=pidgeon",
    "articles": "/articles/",
    "starters": "/routines/starters/",
    "login": "/accounts/login/",
    "signup": "/accounts/signup/",
}
# Seen by a member with a knee injury: the forms, highlighted cautions and safety warnings.
MEMBER_PAGES = {
    "pose": "/poses/pigeon/",
    "article": GUIDE,
    "routine-list": "/routines/",
    "routine-new": "/routines/new/",
    "builder": "/routines/{routine}/edit/?q=lunge",
    "routine": "/routines/{routine}/",
    "player": "/routines/{routine}/practice/",
    "profile": "/accounts/profile/",
    "password-change": "/accounts/password_change/",
    "account-delete": "/accounts/delete/",
}


def member_with_starter_copy(member):
    knee = Contraindication.objects.get(slug="knee-injury")
    Profile.objects.create(user=member).conditions.add(knee)
    return routine_copy(routine=Routine.objects.starters().get(title=STARTER), owner=member)


@pytest.mark.parametrize("name", VISITOR_PAGES)
def test_visitor_page(sized_page, demo, name):
    sized_page.goto(VISITOR_PAGES[name])
    assert_no_horizontal_overflow(sized_page)
    assert_accessible(sized_page)


@pytest.mark.parametrize("name", MEMBER_PAGES)
def test_member_page(sized_page, live_server, demo, member, name):
    routine = member_with_starter_copy(member)
    login(sized_page, live_server, member)
    sized_page.goto(MEMBER_PAGES[name].format(routine=routine.pk))
    assert_no_horizontal_overflow(sized_page)
    assert_accessible(sized_page)


def test_the_check_fails_when_a_label_is_removed(page):
    """Proof that the check can fail: the catalogue's search box loses its <label>."""
    page.goto("/poses/")
    assert blocking_violations(page) == []

    page.evaluate("document.querySelector('label[for=id_q]').remove()")
    assert blocking_violations(page) == [
        "unlabelled-control (serious): a form control has no <label> ['#id_q']"
    ]

    # axe itself flags a select that lost its label (the search box keeps its placeholder).
    page.evaluate("document.querySelector('label[for=id_difficulty]').remove()")
    assert any(v.startswith("select-name (critical)") for v in blocking_violations(page))
