"""`check --deploy` refuses shared state kept per process; Sentry only with SENTRY_DSN."""

import json

import pytest

from tests.security.test_deploy import manage


@pytest.mark.parametrize(
    "backend", ["django.core.cache.backends.locmem.LocMemCache", "core.cache.WorkerCache"]
)
def test_check_deploy_fails_when_shared_state_is_per_process(tmp_path, backend):
    (tmp_path / "per_process_settings.py").write_text(
        "from psoas_project.settings import *\n"
        f"CACHES = {{**CACHES, 'shared': {{'BACKEND': '{backend}'}}}}\n"
    )
    result = manage(
        "check",
        "--deploy",
        DJANGO_SETTINGS_MODULE="per_process_settings",
        PYTHONPATH=str(tmp_path),
    )
    assert result.returncode != 0
    assert "psoas.E001" in result.stderr


def test_check_deploy_accepts_the_database_cache_and_redis():
    assert manage("check", "--deploy", "--fail-level", "WARNING").returncode == 0
    with_redis = manage("check", "--deploy", REDIS_URL="redis://127.0.0.1:1/0")
    assert with_redis.returncode == 0, with_redis.stderr


SENTRY_STATE = (
    "import json, sentry_sdk; from django.conf import settings; "
    "client = sentry_sdk.get_client(); "
    "print(json.dumps({'active': client.is_active(), "
    "'pii': client.options.get('send_default_pii'), 'release': client.options.get('release'), "
    "'integrations': sorted(client.integrations)}))"
)


def sentry_state(**env):
    result = manage("shell", "-c", SENTRY_STATE, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_sentry_is_off_without_a_dsn():
    assert sentry_state()["active"] is False


def test_sentry_reports_with_the_django_integration_and_no_personal_data():
    state = sentry_state(SENTRY_DSN="https://public@sentry.invalid/1", SENTRY_RELEASE=None)
    assert state["active"] is True
    assert state["pii"] is False
    assert "django" in state["integrations"]
    assert state["release"] and len(state["release"]) == 40  # the git commit


def test_check_fails_when_site_url_is_not_an_allowed_host():
    result = manage("check", SITE_URL="https://elsewhere.example")
    assert result.returncode != 0
    assert "psoas.E002" in result.stderr
    assert manage("check", SITE_URL="https://psoas.example").returncode == 0
