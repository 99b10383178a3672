"""Every page a member sees, timed in-process: the median of 50 renders each (fewer for a page
that takes seconds), through Django's test client with the bench's production settings (so no
gunicorn, socket or wrk time).

Members' pages are timed twice: as served (after the first, from the member's page cache) and
as rendered by the view every time (that cache off, shared fragments still on), since a member's
first visit after any change of theirs or of the content is a render.

Alone (`.venv/bin/python -m bench.members`) it builds its own throwaway database with the demo
content and the bench member, and prints the table, for trying a change without `make bench`.
"""

import os
import statistics
import time
from dataclasses import dataclass

RENDERS = int(os.environ.get("BENCH_RENDERS", "50"))
WARMUP = 3
# A page slower than this in total stops early (at least MIN_RENDERS): 50 renders of a page
# that takes seconds would hold up the whole run.
BUDGET_SECONDS = 20
MIN_RENDERS = 5


@dataclass(frozen=True)
class Render:
    median_ms: float  # wall time, waiting for a CPU included
    cpu_median_ms: float  # this process's own CPU time: steadier when the machine is busy
    renders: int


def time_renders(client, path, renders=RENDERS):
    """The median wall and CPU time of `renders` GETs of `path`, after a warm-up."""
    wall, cpu = [], []
    deadline = time.perf_counter() + BUDGET_SECONDS
    for number in range(WARMUP + renders):
        if len(wall) >= MIN_RENDERS and time.perf_counter() > deadline:
            break
        started_wall, started_cpu = time.perf_counter(), time.process_time()
        response = client.get(path)
        elapsed_wall, elapsed_cpu = time.perf_counter(), time.process_time()
        if response.status_code != 200:
            raise RuntimeError(f"GET {path} answered {response.status_code} in-process")
        if number >= WARMUP:
            wall.append((elapsed_wall - started_wall) * 1000)
            cpu.append((elapsed_cpu - started_cpu) * 1000)
    return Render(statistics.median(wall), statistics.median(cpu), len(wall))


def measure(pages, member):
    """({page key: Render} as served, {page key: Render} as rendered) for every page, members'
    pages signed in as `member`; the second only for members' pages."""
    from django.test import Client, override_settings

    visitor = Client(HTTP_HOST="localhost")
    signed_in = Client(HTTP_HOST="localhost")
    signed_in.force_login(member)
    served, rendered = {}, {}
    for page in pages:
        if not page.path or page.static:
            continue
        render = served[page.key] = time_renders(signed_in if page.member else visitor, page.path)
        line = f"  {page.label}: {render.median_ms:.1f} ms ({render.cpu_median_ms:.1f} ms CPU)"
        if page.member:
            with override_settings(MEMBER_PAGE_CACHE_SECONDS=0):
                render = rendered[page.key] = time_renders(signed_in, page.path)
            line += f", rendered {render.median_ms:.1f} ms ({render.cpu_median_ms:.1f} ms CPU)"
        print(line, flush=True)
    return served, rendered


def main():
    import tempfile
    from pathlib import Path

    from bench.environment import production_env
    from bench.main import configure_django, prepare_database

    with tempfile.TemporaryDirectory(prefix="psoas-members-bench-") as folder:
        configure_django(production_env(Path(folder)))
        from django.conf import settings

        from bench import seed
        from bench.pages import build_pages

        prepare_database()
        member, routine = seed.add_bench_member()
        measure(build_pages(routine, settings.STATIC_URL), member)


if __name__ == "__main__":
    main()
