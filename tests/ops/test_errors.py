"""Error pages in the site's style, and errors logged to stderr."""

import logging
import sys

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.views import defaults

SITE_NAV = 'aria-label="Main"'
NOT_MEDICAL_ADVICE = "Not medical advice."


def as_visitor(request):
    request.user = AnonymousUser()
    return request


@pytest.mark.django_db
def test_missing_page_is_a_404_in_the_site_style(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "404.html" in [t.name for t in response.templates]
    page = response.content.decode()
    assert SITE_NAV in page
    assert "We can’t find that page" in page
    assert 'href="/poses/"' in page
    assert NOT_MEDICAL_ADVICE in page


@pytest.mark.django_db
def test_missing_pose_is_a_404_in_the_site_style(client):
    response = client.get("/poses/no-such-pose/")
    assert response.status_code == 404
    assert "We can’t find that page" in response.content.decode()


@pytest.mark.django_db
def test_unknown_host_is_a_400_in_the_site_style(client):
    response = client.get("/", headers={"host": "attacker.example"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "We couldn’t understand that request" in page
    assert SITE_NAV in page


@pytest.mark.django_db
def test_permission_denied_is_a_403_in_the_site_style(rf):
    response = defaults.permission_denied(as_visitor(rf.get("/admin/")), PermissionDenied())
    assert response.status_code == 403
    page = response.content.decode()
    assert "You can’t do that here" in page
    assert SITE_NAV in page
    assert 'href="/accounts/login/?next=/admin/"' in page


def test_server_error_page_renders_without_database_or_context(rf):
    # No db fixture: any query here would raise, as it would when the database is down.
    response = defaults.server_error(rf.get("/"))
    assert response.status_code == 500
    page = response.content.decode()
    assert "Something went wrong on our side" in page
    assert f"{settings.STATIC_URL}css/site.css" in page
    assert f"{settings.STATIC_URL}vendor/bootstrap/bootstrap.min.css" in page
    assert "site-header" in page and NOT_MEDICAL_ADVICE in page


@pytest.fixture
def request_log(caplog):
    # django.request does not propagate to the root logger, where caplog listens.
    logger = logging.getLogger("django.request")
    logger.addHandler(caplog.handler)
    yield caplog
    logger.removeHandler(caplog.handler)


@pytest.mark.django_db
@pytest.mark.urls("tests.ops.urls_failing")
def test_a_failing_view_answers_500_and_logs_the_traceback(client, request_log):
    client.raise_request_exception = False
    response = client.get("/failing/")
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()
    [record] = [r for r in request_log.records if r.name == "django.request"]
    assert record.levelno == logging.ERROR
    assert record.getMessage() == "Internal Server Error: /failing/"
    assert record.exc_info[0] is RuntimeError


def test_django_errors_go_to_a_stderr_handler():
    handlers = logging.getLogger("django.request").handlers
    assert any(
        isinstance(h, logging.StreamHandler) and h.stream is sys.stderr and h.level <= logging.ERROR
        for h in handlers
    )
