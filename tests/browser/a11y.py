"""axe-core in the page: fail on any serious or critical violation."""

from axe_playwright_python.sync_playwright import Axe

BLOCKING = {"serious", "critical"}
_axe = Axe()


def blocking_violations(page):
    results = _axe.run(page)
    found = []
    for violation in results.response["violations"]:
        if violation["impact"] in BLOCKING:
            targets = [", ".join(node["target"]) for node in violation["nodes"]][:5]
            found.append(
                f"{violation['id']} ({violation['impact']}): {violation['help']} {targets}"
            )
    return found


def assert_accessible(page):
    violations = blocking_violations(page)
    assert not violations, "axe found serious or critical violations:\n" + "\n".join(violations)


def assert_no_horizontal_overflow(page):
    scroll_width, inner_width = page.evaluate(
        "[document.documentElement.scrollWidth, window.innerWidth]"
    )
    assert scroll_width <= inner_width, f"page overflows: {scroll_width}px > {inner_width}px"
