"""Imports run one way: read every module's imports and fail on an arrow the wrong way.

The rules are those of ARCHITECTURE.md. A failure names the module, the line and the import.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROJECT = "psoas_project"
APPS = ("poses", "routines", "articles", "accounts", "core")

# Which other apps each app's code may import.
ALLOWED = {
    "poses": set(),
    "routines": {"poses"},
    "articles": {"poses"},
    "accounts": {"poses", "routines", "articles"},
    "core": {"poses", "routines", "articles", "accounts"},
}
# Small site-wide helpers below every app: any app may use them, they use no app.
LIBRARIES = ("idempotency", "compiled")
LOCAL = {*APPS, *LIBRARIES, PROJECT}


def is_wiring(path):
    """Modules that connect an app to the site, and so may import core."""
    parts = path.relative_to(ROOT).parts
    return (
        parts[0] == PROJECT
        or parts[-1] in ("urls.py", "admin.py")
        or "templatetags" in parts
        or parts[1:3] == ("management", "commands")
    )


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return parts


def imported_modules(path):
    """(line, dotted name) for every import in the file, relative ones resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module_name(path)
    if path.name != "__init__.py":
        package = package[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module
            yield node.lineno, name


def wrong_way(path):
    """A list of 'file:line imports X' for each import this module must not make."""
    app = path.relative_to(ROOT).parts[0]
    problems = []
    for line, name in imported_modules(path):
        target = name.split(".")[0]
        if target not in LOCAL or target == app:
            continue
        if target == PROJECT:
            allowed = False  # apps read settings through django.conf, never the module
        elif target == "core":
            allowed = is_wiring(path)
        elif target in LIBRARIES:
            allowed = app not in LIBRARIES
        else:
            allowed = target in ALLOWED.get(app, set())
        if not allowed:
            problems.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    return problems


def source_files(top):
    paths = (ROOT / top).rglob("*.py")
    return sorted(path for path in paths if "migrations" not in path.relative_to(ROOT).parts)


@pytest.mark.parametrize("app", APPS)
def test_app_imports_only_what_it_may(app):
    problems = [problem for path in source_files(app) for problem in wrong_way(path)]
    assert problems == []


@pytest.mark.parametrize("library", LIBRARIES)
def test_library_imports_no_app(library):
    problems = [problem for path in source_files(library) for problem in wrong_way(path)]
    assert problems == []


def test_project_package_holds_only_settings_urls_wsgi_asgi():
    modules = {path.name for path in (ROOT / PROJECT).glob("*.py")}
    assert modules <= {"__init__.py", "settings.py", "urls.py", "wsgi.py", "asgi.py"}


def test_every_app_is_checked():
    packages = {path.parent.name for path in ROOT.glob("*/apps.py")}
    assert packages == set(APPS)


@pytest.mark.parametrize(
    ("relative_path", "source", "allowed"),
    [
        ("poses/views.py", "from accounts.models import Profile\n", False),
        ("poses/models.py", "def f():\n    from routines import models\n", False),
        ("poses/views.py", "from core.pagecache import cache_for_readers\n", False),
        ("poses/urls.py", "from core.pagecache import cache_for_readers\n", True),
        ("articles/templatetags/tags.py", "from core import views\n", True),
        ("routines/management/commands/x.py", "import core.demo\n", True),
        ("routines/models.py", "from poses.models import Pose\n", True),
        ("routines/models.py", "from articles.models import Article\n", False),
        ("articles/views.py", "from psoas_project import settings\n", False),
        ("accounts/services.py", "from routines.models import Routine\n", True),
        ("core/views.py", "from accounts.models import Profile\n", True),
        ("poses/views.py", "from .models import Pose\n", True),
        ("articles/forms.py", "import idempotency\n", True),
        ("idempotency/__init__.py", "from routines.models import Routine\n", False),
        ("poses/templatetags/pose_tags.py", "from ..models import Pose\n", True),
    ],
)
def test_rules_catch_a_planted_import(tmp_path, monkeypatch, relative_path, source, allowed):
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    planted = tmp_path / relative_path
    planted.parent.mkdir(parents=True)
    planted.write_text(source, encoding="utf-8")
    assert (wrong_way(planted) == []) is allowed
