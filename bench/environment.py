"""Production settings for the benchmark, pointed at a throwaway folder."""

import os
import secrets
import string
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The project's own environment switches that would change what is measured.
DROPPED = {
    "DEBUG",
    "DATABASE_URL",
    "REDIS_URL",
    "PAGE_CACHE_SECONDS",
    "REMEMBER_RESULTS",
    "STATIC_ROOT",
    "MEDIA_ROOT",
    "SERVE_MEDIA",
    "DJANGO_SETTINGS_MODULE",
}


def random_secret(length=64):
    alphabet = string.ascii_letters + string.digits + "-_"
    return "".join(secrets.choice(alphabet) for _ in range(length))


def production_env(tmp: Path) -> dict[str, str]:
    """The environment for both this process and gunicorn: production, plain HTTP on loopback."""
    env = {name: value for name, value in os.environ.items() if name not in DROPPED}
    env.update(
        DJANGO_SETTINGS_MODULE="psoas_project.settings",
        SECRET_KEY=random_secret(),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        HTTPS="0",
        DATABASE_URL=f"sqlite:///{tmp / 'bench.sqlite3'}",
        STATIC_ROOT=str(tmp / "static"),
        MEDIA_ROOT=str(tmp / "media"),
        LOG_LEVEL="ERROR",
    )
    return env
