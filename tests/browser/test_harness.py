"""The browser suite's wiring: it runs with `make test`, and CI cannot silently skip it."""

import tomllib
from pathlib import Path

import pytest

from tests.browser.conftest import check_browser

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def chromium(tmp_path):
    executable = tmp_path / "chromium"
    executable.write_text("#!/bin/sh\n")
    executable.chmod(0o755)
    return str(executable)


@pytest.mark.parametrize("ci", ["", "true", "1"])
def test_a_present_chromium_runs_everywhere(chromium, ci):
    assert check_browser(chromium, {"CI": ci}).action == "run"


@pytest.mark.parametrize("ci", ["true", "TRUE", "1"])
def test_a_missing_chromium_fails_in_ci(tmp_path, ci):
    missing = str(tmp_path / "no-chromium")
    check = check_browser(missing, {"CI": ci})
    assert check.action == "fail"
    assert missing in check.reason


@pytest.mark.parametrize("environ", [{}, {"CI": ""}, {"CI": "false"}])
def test_a_missing_chromium_skips_outside_ci(tmp_path, environ):
    check = check_browser(str(tmp_path / "no-chromium"), environ)
    assert check.action == "skip"
    assert "apt-get install chromium" in check.reason


def test_make_test_collects_the_browser_suite():
    options = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    browser_folder = ROOT / "tests" / "browser"
    assert any(ROOT / path in browser_folder.parents for path in options["testpaths"])
    # Neither the default options nor `make test` deselect the marker or the folder.
    makefile_pytest = [
        line for line in (ROOT / "Makefile").read_text().splitlines() if "pytest" in line
    ]
    for command in [options.get("addopts", ""), *makefile_pytest]:
        assert "browser" not in command and " -m " not in command
