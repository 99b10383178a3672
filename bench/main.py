"""The phases of `make bench`, in order: database, data, search growth, load, report."""

import io
import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench import builder, load, members, report
from bench.environment import DROPPED, REPO, production_env
from bench.server import Gunicorn, describe, exit_on_sigterm

SEARCH_SIZES = (1_000, 10_000, 100_000)
MAIN_POSES = 10_000
MEMBERS = 2_000
ROUTINES = 20_000
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))  # per page; lower it only to try the script
WARMUP_SECONDS = 2
# BENCH_ONLY=search runs only the search growth phases and prints their rows, not BENCHMARKS.md.
ONLY = os.environ.get("BENCH_ONLY", "")
SEARCH_COUNT = 50
SEARCH_WARMUP = 10
OUTPUT = REPO / "BENCHMARKS.md"
LOG_TAIL_BYTES = 4000


class Phases:
    """Times each phase and prints it as it goes, so a slow run shows where."""

    def __init__(self):
        self.timings = []

    @contextmanager
    def __call__(self, name):
        print(f"→ {name}", flush=True)
        started = time.perf_counter()
        yield
        elapsed = time.perf_counter() - started
        self.timings.append((name, elapsed))
        print(f"  {elapsed:.1f} s", flush=True)


@dataclass
class PageFacts:
    queries: int
    repeat_queries: int
    size: int
    slowest_query_ms: float
    content: bytes


def configure_django(env):
    for name in DROPPED:
        os.environ.pop(name, None)
    os.environ.update(env)
    import django

    django.setup()


def prepare_database():
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_demo_content", stdout=io.StringIO())
    call_command("collectstatic", interactive=False, verbosity=0)


def serve(env, tmp, **overrides):
    from django.db import connections

    # This process's connection must hold no lock or open read while gunicorn runs.
    connections.close_all()
    return Gunicorn({**env, **overrides}, tmp / "gunicorn.log")


# How each search is timed (bench/report.py SEARCH_MODES says what each means).
SEARCH_MODES = {
    # The search runs on every request: no shared results, and the unique parameter misses the
    # page cache; rendered fragments (cards, the filter form) stay on.
    "search uncached": {"REMEMBER_RESULTS": "0"},
    # Page cache, fragments and shared results all off: the whole page is built every time.
    "everything cold": {"PAGE_CACHE_SECONDS": "0"},
}


def measure_search(env, tmp, paths):
    """{label: {mode: timings}} for each search path and SEARCH_MODES, and the index's cost."""
    from bench.pages import SEARCH_TERM
    from bench.seed import search_index_cost
    from poses.models import Pose

    results = {label: {} for label in paths}
    for mode, overrides in SEARCH_MODES.items():
        with serve(env, tmp, **overrides) as server:
            for label, path in paths.items():
                timings = load.time_sequential(
                    server.base_url + path, count=SEARCH_COUNT, warmup=SEARCH_WARMUP
                )
                results[label][mode] = timings
                print(f"  {label}, {mode}: median {timings['median']:.1f} ms", flush=True)
    matches = Pose.objects.published().search(SEARCH_TERM).count()
    index = search_index_cost()
    print(
        f"  {matches:,} matches; index {index['bytes'] / 2**20:.1f} MB, "
        f"re-indexing a pose {index['write_ms']:.1f} ms",
        flush=True,
    )
    return {"matches": matches, "paths": results, "index": index}


def inspect_page(client, path):
    """Queries on a first (uncached) and a repeated visit, in this process."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cache.clear()
    with CaptureQueriesContext(connection) as first:
        response = client.get(path)
    if response.status_code != 200:
        raise load.PageError(f"{path} answered {response.status_code} in-process")
    with CaptureQueriesContext(connection) as repeat:
        client.get(path)
    slowest = max((float(query["time"]) for query in first.captured_queries), default=0.0)
    return PageFacts(
        queries=len(first),
        repeat_queries=len(repeat),
        size=len(response.content),
        slowest_query_ms=slowest * 1000,
        content=response.content,
    )


def inspect_pages(pages, member):
    """Facts per page, and the member's cookies for wrk: the session and, as a browser holds
    it after any page with a form, the CSRF cookie (a member's page is kept only with one)."""
    from django.conf import settings
    from django.test import Client
    from django.urls import reverse

    visitor = Client(HTTP_HOST="localhost")
    signed_in = Client(HTTP_HOST="localhost")
    signed_in.force_login(member)
    signed_in.get(reverse("routines:list"))  # for the CSRF cookie, as any page with a form
    facts = {}
    for page in pages:
        if page.path and not page.static:
            facts[page.key] = inspect_page(signed_in if page.member else visitor, page.path)
            fact = facts[page.key]
            print(
                f"  {page.label}: {fact.queries} queries ({fact.repeat_queries} repeated), "
                f"slowest {fact.slowest_query_ms:.1f} ms, {fact.size:,} bytes",
                flush=True,
            )
    names = (settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME)
    return facts, "; ".join(f"{name}={signed_in.cookies[name].value}" for name in names)


def write_ceiling(content):
    """The catalogue's own bytes as a static file, before gunicorn starts so WhiteNoise sees it."""
    from django.conf import settings

    from bench.pages import CEILING_PATH

    path = Path(settings.STATIC_ROOT) / CEILING_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)


# Every page is driven this many times, in passes over all pages: a burst of other work on the
# machine during one pass then moves a page's figure no more than the ceiling's.
PASSES = 2


def drive(env, tmp, pages, cookie):
    """wrk against every existing page through one gunicorn with production settings, in
    PASSES passes; each page keeps its better pass's requests/s, with the worse latencies and
    the non-2xx responses of all its passes (report.combined)."""
    lua = load.write_lua(tmp)
    passes = {}
    with serve(env, tmp) as server:
        runnable = [page for page in pages if page.path]
        for page in runnable:
            load.check_ok(server.base_url + page.path, cookie if page.member else None)
        for number in range(1, PASSES + 1):
            for page in runnable:
                options = {"lua": lua, "cookie": cookie if page.member else None}
                url = server.base_url + page.path
                load.wrk(url, seconds=WARMUP_SECONDS, **options)
                result = load.wrk(url, seconds=SECONDS, **options)
                passes.setdefault(page.key, []).append(result)
                print(
                    f"  pass {number}, {page.label}: {result.rps:.0f} req/s, "
                    f"p50 {result.p50_ms:.1f} ms, p99 {result.p99_ms:.1f} ms, "
                    f"non-2xx {result.non2xx + result.socket_errors}",
                    flush=True,
                )
    return {key: load.combined(results) for key, results in passes.items()}


def benchmark(tmp, phases):
    env = production_env(tmp)
    configure_django(env)
    from django.conf import settings

    from bench import seed
    from bench.pages import build_pages, search_paths

    with phases("migrate, demo content, collectstatic"):
        prepare_database()
    paths = search_paths()
    growth = {}
    with phases(f"grow the catalogue to {SEARCH_SIZES[0]:,} poses"):
        seed.grow_poses(SEARCH_SIZES[0])
    with phases(f"search at {SEARCH_SIZES[0]:,} poses"):
        growth[SEARCH_SIZES[0]] = measure_search(env, tmp, paths)
    with phases(f"seed {MAIN_POSES:,} poses, {MEMBERS:,} members, {ROUTINES:,} routines"):
        seed.grow_poses(MAIN_POSES)
        owners = seed.add_members(MEMBERS)
        seed.add_routines(ROUTINES - seed.BENCH_ROUTINES, owners)
        member, routine = seed.add_bench_member()
    sizes = seed.data_sizes()
    with phases(f"search at {SEARCH_SIZES[1]:,} poses"):
        growth[SEARCH_SIZES[1]] = measure_search(env, tmp, paths)
    pages = build_pages(routine, settings.STATIC_URL)
    with phases("query counts in-process"):
        facts, cookie = inspect_pages(pages, member)
        write_ceiling(facts["catalogue"].content)
    with phases(f"every page in-process, median of {members.RENDERS} renders"):
        in_process, rendered = members.measure(pages, member)
    with phases(f"builder and its partial updates in-process, {builder.ROUNDS} rounds each"):
        builder_timings = builder.measure(member, routine)
    with phases(f"load: {SECONDS} s per page, {PASSES} passes"):
        loads = drive(env, tmp, pages, cookie)
    with phases(f"grow the catalogue to {SEARCH_SIZES[2]:,} poses"):
        seed.grow_poses(SEARCH_SIZES[2])
    with phases(f"search at {SEARCH_SIZES[2]:,} poses"):
        growth[SEARCH_SIZES[2]] = measure_search(env, tmp, paths)
    return {
        "pages": pages,
        "loads": loads,
        "facts": facts,
        "sizes": sizes,
        "growth": growth,
        "search_paths": paths,
        "builder": builder_timings,
        "in_process": in_process,
        "rendered": rendered,
    }


def search_only(tmp, phases):
    """`BENCH_ONLY=search`: the search growth phases alone, printed as BENCHMARKS.md rows."""
    env = production_env(tmp)
    configure_django(env)
    from bench import seed
    from bench.pages import search_paths

    with phases("migrate, demo content, collectstatic"):
        prepare_database()
    paths = search_paths()
    growth = {}
    for size in SEARCH_SIZES:
        with phases(f"grow the catalogue to {size:,} poses"):
            seed.grow_poses(size)
        with phases(f"search at {size:,} poses"):
            growth[size] = measure_search(env, tmp, paths)
    print(report.search_method({"search_count": SEARCH_COUNT, "search_warmup": SEARCH_WARMUP}))
    print(report.search_section(growth))
    print("- " + report.search_target(growth))


def print_server_log(tmp):
    log = tmp / "gunicorn.log"
    if log.exists() and log.stat().st_size:
        print("--- end of gunicorn's log ---")
        print(log.read_bytes()[-LOG_TAIL_BYTES:].decode(errors="replace"))


def main():
    exit_on_sigterm()
    started = time.perf_counter()
    load_before = report.load_average()
    phases = Phases()
    with phases("wrk"):
        load.ensure_wrk()
    tmp = Path(tempfile.mkdtemp(prefix="psoas-bench-"))
    if ONLY == "search":
        try:
            search_only(tmp, phases)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return 0
    try:
        run = benchmark(tmp, phases)
    except BaseException:
        print_server_log(tmp)
        raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    run.update(
        machine=report.machine(load.wrk_version(), describe(), load_before),
        server=describe(),
        phases=phases.timings,
        total_seconds=time.perf_counter() - started,
        threads=load.THREADS,
        connections=load.CONNECTIONS,
        seconds=SECONDS,
        warmup=WARMUP_SECONDS,
        passes=PASSES,
        search_count=SEARCH_COUNT,
        search_warmup=SEARCH_WARMUP,
    )
    report.write(OUTPUT, run)
    print(f"Wrote {OUTPUT.relative_to(REPO)} in {run['total_seconds'] / 60:.1f} minutes.")
    return 0
