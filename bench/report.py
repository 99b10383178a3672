"""BENCHMARKS.md from one run's numbers, keeping the hand-written analysis between runs."""

import os
import platform
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import django

from bench import builder, members

ANALYSIS_START = "<!-- analysis:start (kept when make bench rewrites this file) -->"
ANALYSIS_END = "<!-- analysis:end -->"
ANALYSIS_PLACEHOLDER = "_To be written: why each missed target is missed and what would fix it._"
P99_LIMIT_MS = 50
SEARCH_GROWTH_LIMIT = 3
SEARCH_MEDIAN_LIMIT_MS = 10
VISITOR_PAGES = (
    "home",
    "catalogue",
    "catalogue-filtered",
    "catalogue-search",
    "catalogue-safe",
    "pose",
    "article",
    "starters",
)
# (pages, share of the ceiling's requests/s each must reach, what they are)
SHARE_TARGETS = (
    (VISITOR_PAGES, 0.85, "visitors' cached pages"),
    (
        (
            "member-catalogue",
            "member-catalogue-filtered",
            "member-catalogue-safe",
            "member-pose",
            "member-article",
        ),
        0.5,
        "members' catalogue, pose and article pages",
    ),
    (
        ("routine-list", "routine", "builder", "practice", "history"),
        0.2,
        "members' routine list, routine page, builder, player and history",
    ),
)


def cpu_model():
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return platform.processor() or "unknown"
    match = re.search(r"^model name\s*:\s*(.+)$", text, re.MULTILINE)
    return match.group(1).strip() if match else "unknown"


def ram_gib():
    try:
        text = Path("/proc/meminfo").read_text()
    except OSError:
        return None
    match = re.search(r"^MemTotal:\s*(\d+) kB", text, re.MULTILINE)
    return int(match.group(1)) / 1024**2 if match else None


def load_average():
    return " / ".join(f"{value:.2f}" for value in os.getloadavg())


def machine(wrk_version, server, load_before):
    ram = ram_gib()
    return [
        ("Cores", str(os.cpu_count())),
        ("CPU", cpu_model()),
        ("RAM", f"{ram:.1f} GiB" if ram else "unknown"),
        ("OS", platform.platform()),
        ("Python", platform.python_version()),
        ("Django", django.get_version()),
        ("SQLite", sqlite3.sqlite_version),
        ("Server", server),
        ("Load tool", wrk_version),
        # Other work on the machine skews every number; this shows whether there was any.
        ("Load average (1/5/15 min) before the run", load_before),
        ("Load average after the run", load_average()),
    ]


def kept_analysis(path):
    """The lead's analysis from the previous BENCHMARKS.md, if any."""
    if not path.exists():
        return ANALYSIS_PLACEHOLDER
    match = re.search(
        re.escape(ANALYSIS_START) + r"\n(.*?)\n" + re.escape(ANALYSIS_END),
        path.read_text(),
        re.DOTALL,
    )
    return match.group(1).strip() if match else ANALYSIS_PLACEHOLDER


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def ms(value):
    return f"{value:.1f}"


def page_rows(pages, loads, facts, in_process, rendered, ceiling_rps):
    rows = []
    for page in pages:
        load = loads.get(page.key)
        fact = facts.get(page.key)
        if load is None:
            rows.append([page.label, f"`{page.path or '—'}`", page.note or "—", *["—"] * 11])
            continue
        rows.append(
            [
                page.label,
                f"`{page.path}`",
                f"{load.rps:.0f}",
                ms(load.p50_ms),
                ms(load.p95_ms),
                ms(load.p99_ms),
                load.non2xx + load.socket_errors,
                f"{load.rps / ceiling_rps:.0%}",
                fact.queries if fact else "—",
                fact.repeat_queries if fact else "—",
                f"{fact.size / 1024:.0f}" if fact else "—",
                *(
                    (ms(in_process[page.key].median_ms), ms(in_process[page.key].cpu_median_ms))
                    if page.key in in_process
                    else ("—", "—")
                ),
                ms(rendered[page.key].cpu_median_ms) if page.key in rendered else "—",
            ]
        )
    return rows


def search_list(paths):
    return "\n".join(f"- {label}: `{path}`" for label, path in paths.items())


# The search timings' columns, in bench/main.py SEARCH_MODES order; the targets use the first.
SEARCH_MODES = {
    "search uncached": "results not shared (`REMEMBER_RESULTS=0`) and a unique parameter that "
    "misses the page cache, so the search runs on every request; rendered fragments (pose "
    "cards, the filter form) on, as in production. **The targets are judged on this column.**",
    "everything cold": "page cache, fragments and shared results all off (`PAGE_CACHE_SECONDS=0`)"
    ": the search and the whole page's rendering on every request.",
}
TARGET_MODE = "search uncached"


def search_rows(growth):
    labels = list(next(iter(growth.values()))["paths"])
    header = [
        "poses",
        "matches",
        *(f"{label}, {mode}: median / p90 ms" for label in labels for mode in SEARCH_MODES),
    ]
    rows = [
        [
            f"{size:,}",
            f"{row['matches']:,}",
            *(
                f"{ms(timings[mode]['median'])} / {ms(timings[mode]['p90'])}"
                for timings in row["paths"].values()
                for mode in SEARCH_MODES
            ),
        ]
        for size, row in growth.items()
    ]
    return header, rows


def search_method(run):
    """What the search tables measured, in words."""
    modes = "\n".join(f"- *{mode}*: {meaning}" for mode, meaning in SEARCH_MODES.items())
    return (
        f"{run['search_count']} sequential requests per search, size and column through "
        f"gunicorn (after {run['search_warmup']} warm-up requests), each with a unique extra "
        "parameter. Two columns per search:\n\n"
        f"{modes}\n\nMatches (of the catalogue search, counted exactly here; the pages stop "
        "counting at 1,000) grow with the catalogue, since generated poses are variations of the "
        "demo poses."
    )


def search_section(growth):
    """The two search tables alone, for `BENCH_ONLY=search`."""
    header = ["poses", "index MB", "bytes per pose", "re-index one pose ms"]
    return f"{table(*search_rows(growth))}\n\n{table(header, index_rows(growth))}"


def index_rows(growth):
    return [
        [
            f"{size:,}",
            f"{row['index']['bytes'] / 2**20:.1f}",
            f"{row['index']['bytes_per_pose']:,.0f}",
            ms(row["index"]["write_ms"]),
        ]
        for size, row in growth.items()
    ]


def verdict(met, detail):
    return f"**{'met' if met else 'MISSED'}**: {detail}"


def share_targets(pages, loads, ceiling_rps):
    labels = {page.key: page.label for page in pages}
    lines = []
    for keys, share, what in SHARE_TARGETS:
        shares = {key: loads[key].rps / ceiling_rps for key in keys if key in loads}
        short = [f"{labels[key]} {value:.0%}" for key, value in shares.items() if value < share]
        detail = f"{what} at ≥ {share:.0%} of the ceiling's requests/s"
        if short:
            detail += f"; short: {', '.join(short)}"
        lines.append(verdict(bool(shares) and not short, detail))
    return "\n- ".join(lines)


def p99_target(pages, loads):
    over = [(page.label, loads[page.key].p99_ms) for page in pages if page.key in loads]
    slow = [
        f"{label} {ms(p99)} ms (+{ms(p99 - P99_LIMIT_MS)})"
        for label, p99 in over
        if p99 >= P99_LIMIT_MS
    ]
    worst = max(loads.values(), key=lambda load: load.p99_ms)
    detail = f"every page's p99 < {P99_LIMIT_MS} ms at c=8; worst {ms(worst.p99_ms)} ms"
    return verdict(not slow, detail + (f"; over: {', '.join(slow)}" if slow else ""))


def errors_target(loads):
    bad = sum(load.non2xx + load.socket_errors for load in loads.values())
    total = sum(load.requests for load in loads.values())
    return verdict(not bad, f"zero non-2xx: {bad} of {total:,} responses")


def search_target(growth):
    sizes = sorted(growth)
    lines = []
    for label in growth[sizes[0]]["paths"]:
        first, middle, last = (
            growth[size]["paths"][label][TARGET_MODE]["median"] for size in sizes
        )
        ratio = last / first
        lines.append(
            verdict(
                middle < SEARCH_MEDIAN_LIMIT_MS and ratio < SEARCH_GROWTH_LIMIT,
                f"{label} ({TARGET_MODE}): median {ms(middle)} ms at {sizes[1]:,} poses "
                f"(< {SEARCH_MEDIAN_LIMIT_MS} ms); {ratio:.1f}× at {sizes[-1]:,} poses "
                f"against {sizes[0]:,} (< {SEARCH_GROWTH_LIMIT}×)",
            )
        )
    return "\n- ".join(lines)


def builder_target(timings):
    missed = [f"{t.label} {t.median_ms:.1f} ms" for t in timings if not t.met]
    detail = (
        f"builder < {builder.PAGE_TARGET_MS} ms and each partial update < "
        f"{builder.PARTIAL_TARGET_MS} ms in-process (median)"
    )
    return verdict(not missed, detail + (f"; over: {', '.join(missed)}" if missed else ""))


def write(path, run):
    """`run` holds everything measured: see main.benchmark() and main.main()."""
    loads, facts, pages = run["loads"], run["facts"], run["pages"]
    ceiling_rps = max(loads[page.key].rps for page in pages if page.static)
    text = f"""# Benchmarks

Written by `make bench` (bench/run.py) on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; \
the whole run took {run["total_seconds"] / 60:.1f} minutes. Numbers are from that one run on \
the machine below: compare runs on the same machine only.

## How it was measured

- Command: `make bench` (runs `.venv/bin/python bench/run.py`).
- Production settings (`psoas_project.settings`, DEBUG off, page cache on as deployed) on a
  separate SQLite database in a temporary folder, deleted afterwards; plain HTTP on 127.0.0.1.
- {run["server"]}, WhiteNoise for static files, on the same machine as the load tool.
- Load: `wrk -t{run["threads"]} -c{run["connections"]} -d{run["seconds"]}s --latency` per page
  after a {run["warmup"]} s warm-up, one page at a time; p95 and the non-2xx count come from a
  small Lua script. Every page is driven in {run["passes"]} passes over all the pages: its
  req/s is its better pass, as for the ceiling; its latencies are the worse of its passes,
  and its non-2xx count is of all of them. Members' pages send the bench member's session and
  CSRF cookies, as their browser would after any page with a form.
- Ceiling: the catalogue page's own HTML ({facts["catalogue"].size:,} bytes) saved as a static
  file and served by WhiteNoise through the same gunicorn, driven first and last; the ratios
  use the better of the two ({ceiling_rps:.0f} req/s).
- In-process ms: the median of {members.RENDERS} renders of the page (at least \
{members.MIN_RENDERS}, fewer than {members.RENDERS} only when they take over \
{members.BUDGET_SECONDS} s) through Django's test
  client in the bench's own process, signed in for members' pages (`bench/members.py`): the
  server's own time, without gunicorn, sockets or wrk; the CPU column is this process's own
  time, steadier than wall time when other work shares the machine. After the first, a
  member's page comes from their own page cache; "rendered CPU ms" is the same page with that
  cache off (`MEMBER_PAGE_CACHE_SECONDS=0`), built by the view each time from the shared
  fragments, as on a member's first visit after any change.
- Queries: counted in-process with Django's CaptureQueriesContext on an empty cache (first
  visit) and straight after (repeat: 0 means the page came from the visitors' page cache; 1
  for a member's page from theirs: the session).

## Machine

{table(["", ""], run["machine"])}

## Data

{table(["rows", "count"], [[name, f"{count:,}"] for name, count in run["sizes"].items()])}

## Pages at concurrency {run["connections"]}

{
        table(
            [
                "page",
                "URL",
                "req/s",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "non-2xx",
                "of ceiling",
                "queries",
                "repeat queries",
                "KB",
                "in-process ms",
                "in-process CPU ms",
                "rendered CPU ms",
            ],
            page_rows(pages, loads, facts, run["in_process"], run["rendered"], ceiling_rps),
        )
    }

## Search as the catalogue grows

{search_list(run["search_paths"])}

{search_method(run)}

{table(*search_rows(run["growth"]))}

### What the search index costs

Disk: the search entries, the FTS5 tables (one with a column per ranking tier, and \
trigrams for matches inside a word) with their shadow tables and the vocabulary of \
"Did you mean" (SQLite's `dbstat`). Write: re-indexing one pose as saving it does (median of \
{next(iter(run["growth"].values()))["index"]["sample"]} poses, each in its own transaction).

{table(["poses", "index MB", "bytes per pose", "re-index one pose ms"], index_rows(run["growth"]))}

## The routine builder in-process

The bench member's 12-step builder and each partial update htmx makes on it (`bench/builder.py`),
{builder.ROUNDS} rounds each after {builder.WARMUP} warm-up requests, through \
Django's test client in this process with the same production settings, so no gunicorn, socket or \
wrk time is included. Every edit is real, at the routine's current revision, and form-encoded as \
htmx sends it. Wall time includes \
waiting for a CPU; the CPU column is this process's own time. Other work on the machine shows \
in both.

{table(builder.HEADER, builder.rows(run["builder"]))}

## Targets

- {share_targets(pages, loads, ceiling_rps)}
- {p99_target(pages, loads)}
- {errors_target(loads)}
- {search_target(run["growth"])}
- {builder_target(run["builder"])}

## Analysis

{ANALYSIS_START}
{kept_analysis(path)}
{ANALYSIS_END}

## Phase timings

{table(["phase", "seconds"], [[name, f"{seconds:.1f}"] for name, seconds in run["phases"]])}
"""
    path.write_text(text)
