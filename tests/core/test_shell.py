"""The header, footer and language links are rendered once per view, language and kind of
reader, then filled in for each page: no page may show another page's addresses, another
reader's links or a CSRF token that does not work."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import make_pose, make_user

pytestmark = pytest.mark.django_db


def switcher_targets(response):
    return re.findall(r'<input type="hidden" name="next" value="([^"]*)">', response.text)


def alternates(response):
    return re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', response.text)


def test_each_page_of_one_view_links_to_itself_in_the_other_language(client, settings):
    make_pose("Pigeon pose", slug="pigeon")
    make_pose("Camel pose", slug="camel")
    assert switcher_targets(client.get("/poses/pigeon/")) == ["/ru/poses/pigeon/"] * 2
    camel = client.get("/poses/camel/?tab=steps&q=a%22b")
    assert switcher_targets(camel) == ["/ru/poses/camel/?tab=steps&amp;q=a%22b"] * 2
    assert ("ru", f"{settings.SITE_URL}/ru/poses/camel/?tab=steps&amp;q=a%22b") in alternates(camel)


def test_an_address_holding_a_marker_is_shown_as_it_is(client):
    make_pose("Pigeon pose", slug="pigeon")
    client.get("/poses/pigeon/")
    page = client.get("/poses/pigeon/?x=@@csrf-token@@")
    assert switcher_targets(page) == ["/ru/poses/pigeon/?x=@@csrf-token@@"] * 2


def test_visitors_members_and_editors_each_get_their_own_header(client, member):
    make_pose("Pigeon pose", slug="pigeon")
    editor = make_user("editor", is_staff=True)
    member_page = Client()
    member_page.force_login(member)
    editor_page = Client()
    editor_page.force_login(editor)

    assert "My routines" in member_page.get("/poses/pigeon/").text
    visitor = client.get("/poses/pigeon/").text
    assert "My routines" not in visitor and "Log in" in visitor
    assert "Admin" not in member_page.get("/poses/pigeon/").text
    assert "Admin" in editor_page.get("/poses/pigeon/").text


def test_the_current_section_is_marked_on_each_view(member_client):
    member_client.get(reverse("routines:starters"))
    page = member_client.get(reverse("routines:list")).text
    assert re.findall(r'class="nav-link active"[^>]*aria-current="page">([^<]+)</a>', page) == [
        "My routines"
    ]


def test_the_header_forms_carry_a_token_that_works(member):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(member)
    browser.get(reverse("routines:list"))  # the same view's header, kept by now
    page = browser.get(reverse("routines:list")).text
    assert "@@" not in page
    logout = re.search(
        r'action="/accounts/logout/"[^>]*>\s*<input type="hidden" name="csrfmiddlewaretoken" '
        r'value="([^"]+)">',
        page,
    )
    response = browser.post("/accounts/logout/", {"csrfmiddlewaretoken": logout.group(1)})
    assert response.status_code == 302
    assert "_auth_user_id" not in browser.session


def test_a_russian_page_gets_the_russian_header(client):
    make_pose("Pigeon pose", slug="pigeon")
    client.get("/poses/pigeon/")
    russian = client.get("/ru/poses/pigeon/").text
    assert "Позы" in russian.split("</header>")[0]
    assert switcher_targets(client.get("/ru/poses/pigeon/")) == ["/poses/pigeon/"] * 2
