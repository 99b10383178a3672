"""Every main page is valid HTML by the Nu Html Checker (vnu-jar, on Debian's Java).

The pages are the ones the accessibility suite visits, fetched through the browser from the live
server as a visitor and as a member, and checked in one run of the checker.
"""

import pytest

from tests.browser.conftest import BROWSER_DB, html_errors, login
from tests.browser.test_accessibility import (
    GUIDE,
    MEMBER_PAGES,
    VISITOR_PAGES,
    member_with_starter_copy,
)

pytestmark = BROWSER_DB

# Pages a visitor sees besides the accessibility suite's list.
MORE_VISITOR_PAGES = {
    "visitor-pose": "/poses/pigeon/",
    "visitor-article": GUIDE,
    "catalogue-filtered": "/poses/?difficulty=beginner&category=hip-opener&conditions=knee-injury",
    "catalogue-page-2": "/poses/?page=2",
    "not-found": "/no-such-page/",
}


def served_html(page, url):
    """The HTML as the server sent it (not the DOM after scripts ran)."""
    response = page.goto(url)
    return response.text()


def test_every_main_page_is_valid_html(page, live_server, demo, member, vnu_jar, tmp_path):
    documents = {
        name: served_html(page, url)
        for name, url in {**VISITOR_PAGES, **MORE_VISITOR_PAGES}.items()
    }
    routine = member_with_starter_copy(member)
    login(page, live_server, member)
    for name, url in MEMBER_PAGES.items():
        documents[f"member-{name}"] = served_html(page, url.format(routine=routine.pk))

    errors = html_errors(vnu_jar, documents, tmp_path)
    assert errors == {}, "\n".join(
        f"{name}: {message}" for name, messages in errors.items() for message in messages
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('<time datetime="2026-11-24T16:04:35.201150+00:00">24 November</time>', "datetime"),
        ("<ul><div>not a list item</div></ul>", "div"),
    ],
)
def test_the_checker_fails_on_a_planted_error(vnu_jar, tmp_path, body, expected):
    valid = '<!doctype html><html lang="en"><head><title>t</title></head><body>{}</body></html>'
    assert html_errors(vnu_jar, {"ok": valid.format("<p>fine</p>")}, tmp_path) == {}
    errors = html_errors(vnu_jar, {"planted": valid.format(body)}, tmp_path)
    assert list(errors) == ["planted"]
    assert expected in " ".join(errors["planted"])
