"""Production settings, checked the way production starts them: a fresh process."""

import os
import secrets
import subprocess
import sys

from django.conf import settings

REPO = settings.BASE_DIR
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "psoas_project.settings",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "psoas.example",
}
# A clean environment: the test process sets variables for itself (tests/settings.py, the
# browser tests' DJANGO_ALLOW_ASYNC_UNSAFE) that production must not inherit.
KEPT = {"PATH", "HOME", "LANG", "LC_ALL", "TMPDIR"}


def manage(*args, **env_changes):
    env = {key: value for key, value in os.environ.items() if key in KEPT}
    env.update(PRODUCTION_ENV)
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_check_deploy_reports_no_warnings_under_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "WARNINGS" not in output
    assert "System check identified no issues" in output


def test_production_refuses_to_start_without_secret_key():
    result = manage("check", SECRET_KEY=None)
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY is not set" in result.stderr


def test_production_refuses_a_short_secret_key():
    result = manage("check", SECRET_KEY="short-but-not-empty-key-0123456789")
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY is too weak" in result.stderr
    assert "at least 50" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = manage("check", ALLOWED_HOSTS=None)
    assert result.returncode != 0
    assert "ImproperlyConfigured: ALLOWED_HOSTS is not set" in result.stderr


def test_debug_runs_without_secret_key_or_hosts():
    result = manage("check", DEBUG="1", SECRET_KEY=None, ALLOWED_HOSTS=None)
    assert result.returncode == 0, result.stderr
