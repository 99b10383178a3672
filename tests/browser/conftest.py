"""Real-browser tests: Playwright driving Debian's Chromium against pytest-django's live server."""

import json
import os
import shutil
import subprocess
import tarfile
from dataclasses import dataclass
from io import StringIO
from pathlib import Path, PurePosixPath
from urllib.parse import urlparse

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from tests.admin.helpers import make_editor

# Playwright's sync API runs an event loop in this thread; the test's own ORM calls are safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
# The Nu Html Checker, fetched from npm on first use into a git-ignored cache (it is 30 MB).
VNU_VERSION = "26.9.27"
VNU_JAR = ROOT / ".cache" / "vnu" / VNU_VERSION / "vnu.jar"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}
# The group's permissions, in the order the data migrations grant them.
EDITORS_MIGRATIONS = (
    ("poses", "0003_editors_group"),
    ("articles", "0003_editors_edit_sources_and_featured_poses"),
)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]

# The live server reads committed data, so every browser test commits and is flushed after.
# (serialized_rollback cannot restore data migrations here: once Playwright runs an event loop
# in this thread, Django hands out fresh connections that lack the serialized copy.)
BROWSER_DB = pytest.mark.django_db(transaction=True)


@dataclass(frozen=True)
class BrowserCheck:
    action: str  # "run", "skip" or "fail"
    reason: str = ""


def check_browser(executable, environ):
    """Whether the browser tests can run; without Chromium, CI fails where a laptop skips."""
    if shutil.which(executable) or Path(executable).is_file():
        return BrowserCheck("run")
    if environ.get("CI", "").lower() in {"true", "1"}:
        return BrowserCheck(
            "fail",
            f"Chromium not found at {executable}; CI must run the browser tests, so install it "
            "with apt-get install chromium before make test.",
        )
    return BrowserCheck(
        "skip", f"Chromium not found at {executable}; install it with apt-get install chromium."
    )


def missing_tool(reason):
    """Without a tool the browser suite needs, CI fails where a laptop skips."""
    if os.environ.get("CI", "").lower() in {"true", "1"}:
        pytest.fail(reason)
    pytest.skip(reason)


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    check = check_browser(CHROMIUM, os.environ)
    if check.action == "fail":
        pytest.fail(check.reason)
    if check.action == "skip":
        pytest.skip(check.reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.test_failed = report.failed
    return report


class PageWatcher:
    """Collects console errors and CSP violations a page reports."""

    def __init__(self, page):
        self.errors = []
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))

    def _on_console(self, message):
        if message.type == "error":
            self.errors.append(message.text)

    def csp_violations(self):
        return [text for text in self.errors if "Content Security Policy" in text]


def _new_page(browser, request, live_server, viewport):
    context = browser.new_context(viewport=viewport, base_url=live_server.url)
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.watcher = PageWatcher(page)
    yield page
    if getattr(request.node, "test_failed", False):
        ARTIFACTS.mkdir(exist_ok=True)
        name = request.node.nodeid.replace("/", "_").replace(":", "_")
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    violations = page.watcher.csp_violations()
    context.close()
    assert not violations, f"Content Security Policy violations: {violations}"


@pytest.fixture
def page(browser, request, live_server):
    yield from _new_page(browser, request, live_server, DESKTOP)


@pytest.fixture
def phone_page(browser, request, live_server):
    yield from _new_page(browser, request, live_server, PHONE)


@pytest.fixture(params=list(VIEWPORTS))
def sized_page(browser, request, live_server):
    """The test runs twice: once at phone size, once at desktop size."""
    yield from _new_page(browser, request, live_server, VIEWPORTS[request.param])


def fetch_vnu(destination):
    """npm pack vnu-jar and keep only its jar."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    packed = subprocess.run(
        ["npm", "pack", f"vnu-jar@{VNU_VERSION}", "--pack-destination", str(destination.parent)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    tarball = destination.parent / packed.stdout.split()[-1]
    with tarfile.open(tarball) as archive:
        member = archive.extractfile("package/build/dist/vnu.jar")
        partial = destination.with_suffix(".part")
        partial.write_bytes(member.read())
    partial.rename(destination)  # only a whole jar counts as fetched
    tarball.unlink()


@pytest.fixture(scope="session")
def vnu_jar():
    if not shutil.which("java"):
        missing_tool("Java not found; the HTML checker needs it: apt-get install default-jre.")
    if not VNU_JAR.is_file():
        if not shutil.which("npm"):
            missing_tool("npm not found; it fetches the HTML checker: apt-get install npm.")
        try:
            fetch_vnu(VNU_JAR)
        except (subprocess.SubprocessError, OSError, KeyError) as error:
            missing_tool(f"Could not fetch vnu-jar {VNU_VERSION} from npm: {error}")
    return VNU_JAR


def html_errors(jar, documents, folder):
    """The Nu Html Checker's errors in each document, as {name: ["line N: message", ...]}.

    One run of the checker for all documents: starting Java is the slow part.
    """
    paths = []
    for name, html in documents.items():
        paths.append(folder / f"{name}.html")
        paths[-1].write_text(html, encoding="utf-8")
    result = subprocess.run(
        ["java", "-jar", str(jar), "--errors-only", "--format", "json", "--stdout", *paths],
        capture_output=True,
        text=True,
        timeout=300,
    )
    errors = {}
    for message in json.loads(result.stdout)["messages"]:
        # A checker failure (not an HTML error) names no document: report it as "checker".
        stem = PurePosixPath(urlparse(message.get("url", "")).path).stem
        name = stem if stem in documents else "checker"
        where = f"line {message['lastLine']}: " if "lastLine" in message else ""
        errors.setdefault(name, []).append(f"{where}{message['message']}")
    return errors


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo_content", stdout=StringIO())


def restore_editors_group():
    """Run the data migrations that define the Editors group again: flushing emptied it."""
    loader = MigrationLoader(connection)
    for migration in EDITORS_MIGRATIONS:
        (operation,) = loader.get_migration(*migration).operations
        state = loader.project_state(migration, at_end=False)
        with connection.schema_editor() as schema_editor:
            operation.code(state.apps, schema_editor)


@pytest.fixture
def editor(transactional_db):
    restore_editors_group()
    return make_editor("editor")


def login(page, live_server, user):
    """Log a user in by planting a session cookie, as a real login would leave."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server.url}]
    )
