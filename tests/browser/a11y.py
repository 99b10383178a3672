"""axe-core in the page: fail on any serious or critical violation, or on an unlabelled control."""

from axe_playwright_python.sync_playwright import Axe

BLOCKING = {"serious", "critical"}
_axe = Axe()

# axe accepts a placeholder as a control's name; our rule is a <label> (or an ARIA name),
# since a placeholder disappears as soon as someone types.
UNLABELLED_CONTROLS = """() => Array.from(document.querySelectorAll("input, select, textarea"))
    .filter((el) => !["hidden", "submit", "button", "reset", "image"].includes(el.type))
    .filter((el) => !el.labels.length && !el.ariaLabel && !el.getAttribute("aria-labelledby"))
    .map((el) => (el.id ? "#" + el.id : el.outerHTML.slice(0, 80)))"""


# axe reads colours as painted: a button mid-way through Bootstrap's 0.15 s hover transition
# (just clicked, pointer still on it) has half-faded text and fails contrast it passes at rest.
SETTLED = "() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null)))"


def blocking_violations(page):
    page.evaluate(SETTLED)
    results = _axe.run(page)
    found = []
    for violation in results.response["violations"]:
        if violation["impact"] in BLOCKING:
            targets = [", ".join(node["target"]) for node in violation["nodes"]][:5]
            found.append(
                f"{violation['id']} ({violation['impact']}): {violation['help']} {targets}"
            )
    unlabelled = page.evaluate(UNLABELLED_CONTROLS)
    if unlabelled:
        found.append(f"unlabelled-control (serious): a form control has no <label> {unlabelled}")
    return found


def assert_accessible(page):
    violations = blocking_violations(page)
    assert not violations, "axe found serious or critical violations:\n" + "\n".join(violations)


def assert_no_horizontal_overflow(page):
    scroll_width, inner_width = page.evaluate(
        "[document.documentElement.scrollWidth, window.innerWidth]"
    )
    assert scroll_width <= inner_width, f"page overflows: {scroll_width}px > {inner_width}px"
