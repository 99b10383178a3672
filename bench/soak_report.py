"""The soak's section of BENCHMARKS.md, replaced on every run."""

import os
import platform

START = "<!-- soak:start -->"
END = "<!-- soak:end -->"


def write_report(path, started, duration, workers, tally, results, errors):
    ok = all(passed for passed, _ in results.values()) and not tally.failures
    lines = [
        START,
        "## Soak (`make soak`)",
        "",
        f"Run {started}: gunicorn, {workers} sync workers, production settings, PostgreSQL "
        f"and Redis (both for pages and shared state), {duration} s of mixed traffic from 9 "
        "threads: 4 visitors browsing, 4 members building public routines (add, move, remove "
        "steps, then viewing the routine as a visitor would), 1 editor saving poses in admin "
        "once a second. Machine: "
        f"{os.cpu_count()} cores shared with other engineers' test runs ({platform.machine()}), "
        "so throughput here says little; the checks are the point.",
        "",
        f"- Requests: {tally.requests} ({tally.requests / duration:.0f}/s), "
        f"5xx: {tally.server_errors}, client-side failures: {len(tally.failures)}",
        "",
        "| check | result | detail |",
        "| --- | --- | --- |",
        *(
            f"| {name} | {'pass' if passed else '**FAIL**'} | {detail} |"
            for name, (passed, detail) in results.items()
        ),
        "",
        f"Overall: {'pass' if ok else '**FAIL**'}.",
    ]
    if tally.failures:
        lines += ["", "Client-side failures (first 5):", ""]
        lines += [f"- `{failure}`" for failure in tally.failures[:5]]
    if errors:
        lines += ["", "gunicorn log errors (last 10):", "", "```", *errors, "```"]
    lines.append(END)
    section = "\n".join(lines) + "\n"
    text = path.read_text() if path.exists() else ""
    if START in text and END in text:
        before, rest = text.split(START, 1)
        text = before + section + rest.split(END, 1)[1].lstrip("\n")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text)
    print(section)
    return ok
