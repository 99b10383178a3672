"""The routine builder measured in-process: the bench member's 12-step builder and every partial
update htmx makes on it, through Django's test client with the bench's production settings.

In-process, so the numbers are the server's own time (middleware, queries, rendering) without
gunicorn, sockets or the load tool. Each edit is a real one at the routine's current revision.
The members' page cache is off while it measures (MEMBER_PAGE_CACHE_SECONDS=0): the GETs are
timed as rendered, not as a repeat visit served from that cache.

Alone (`.venv/bin/python -m bench.builder`) it builds its own throwaway database and prints the
table, for trying a change without the whole `make bench`. It measures the demo catalogue
unless `BENCH_BUILDER_POSES` grows it first (`make bench` measures at 10,000 poses).
"""

import os
import statistics
import time
from dataclasses import dataclass
from urllib.parse import urlencode

ROUNDS = int(os.environ.get("BENCH_BUILDER_ROUNDS", "60"))
POSES = int(os.environ.get("BENCH_BUILDER_POSES", "0"))
WARMUP = 5
PAGE_TARGET_MS = 5
PARTIAL_TARGET_MS = 3
HTMX = {"HTTP_HX_REQUEST": "true"}


@dataclass(frozen=True)
class Timing:
    label: str
    request: str
    median_ms: float
    p90_ms: float
    cpu_median_ms: float
    target_ms: float

    @property
    def met(self):
        return self.median_ms < self.target_ms


def _time(client, make_request, rounds):
    """Wall and CPU milliseconds of each request; `make_request(round)` -> (method, path, data)."""
    wall, cpu = [], []
    for number in range(WARMUP + rounds):
        method, path, data = make_request(number)
        started_wall, started_cpu = time.perf_counter(), time.process_time()
        # Everything but the builder page itself is an htmx request.
        headers = {} if path.endswith("/edit/") else HTMX
        if method == "post":
            # Form-encoded, as htmx and the plain forms send it: the test client's default,
            # multipart, costs the server half a millisecond of parsing no member pays.
            data = urlencode(data)
            headers = {**headers, "content_type": "application/x-www-form-urlencoded"}
        response = getattr(client, method)(path, data, **headers)
        elapsed_wall, elapsed_cpu = time.perf_counter(), time.process_time()
        if response.status_code != 200:
            raise RuntimeError(f"{method.upper()} {path} answered {response.status_code}")
        if number >= WARMUP:
            wall.append((elapsed_wall - started_wall) * 1000)
            cpu.append((elapsed_cpu - started_cpu) * 1000)
    wall.sort()
    return statistics.median(wall), wall[int(len(wall) * 0.9) - 1], statistics.median(cpu)


def measure(member, routine, rounds=ROUNDS):
    from django.test import Client, override_settings
    from django.urls import reverse

    from poses.models import Pose
    from routines.models import Routine

    client = Client(HTTP_HOST="localhost")
    client.force_login(member)

    def revision():
        return Routine.objects.values_list("revision", flat=True).get(pk=routine.pk)

    def step_ids():
        return list(routine.steps.order_by("position").values_list("pk", flat=True))

    def url(name, *args):
        return reverse(f"routines:{name}", args=[routine.pk, *args])

    extra_pose = Pose.objects.published().exclude(routine_steps__routine=routine).first()

    def save_hold(number):
        step = step_ids()[0]
        prefix = f"step-{step}-"
        data = {
            f"{prefix}revision": revision(),
            f"{prefix}hold_seconds": 40 + number % 2 * 5,
            f"{prefix}side": "both",
            f"{prefix}note": "",
        }
        return "post", url("step-update", step), data

    def move_down(number):
        return "post", url("step-move", step_ids()[0]), {"revision": revision(), "position": 2}

    def reorder(number):
        ids = step_ids()
        order = ",".join(map(str, [ids[1], ids[0], *ids[2:]]))
        return "post", url("steps-reorder"), {"revision": revision(), "order": order}

    def add_or_remove(number):
        # Alternates, so the routine keeps its 12 steps: odd rounds remove what even ones added.
        if number % 2 == 0:
            return "post", url("step-add"), {"revision": revision(), "add": extra_pose.pk}
        return "post", url("step-remove", step_ids()[-1]), {"revision": revision()}

    def get(path, params=None):
        return lambda number: ("get", path, params or {})

    cases = [
        ("Builder page, 12 steps, rendered", "GET …/edit/", get(url("edit")), PAGE_TARGET_MS),
        ("Save a step's hold", "POST …/steps/<id>/", save_hold, PARTIAL_TARGET_MS),
        ("Move a step down", "POST …/steps/<id>/move/", move_down, PARTIAL_TARGET_MS),
        ("Reorder (drag or keys)", "POST …/steps/reorder/", reorder, PARTIAL_TARGET_MS),
        (
            "Add a pose / remove a step",
            "POST …/steps/add/, …/remove/",
            add_or_remove,
            PARTIAL_TARGET_MS,
        ),
    ]
    filtered = {"browse": "1", "category": "hip-opener", "difficulty": "beginner"}
    cases += [
        (
            "Picker, first page",
            "GET …/picker/",
            get(url("picker"), {"browse": "1"}),
            PARTIAL_TARGET_MS,
        ),
        (
            "Picker, filtered",
            "GET …/picker/?category=…",
            get(url("picker"), filtered),
            PARTIAL_TARGET_MS,
        ),
    ]
    timings = []
    with override_settings(MEMBER_PAGE_CACHE_SECONDS=0):
        for label, request, make_request, target in cases:
            median, p90, cpu = _time(client, make_request, rounds)
            timings.append(Timing(label, request, median, p90, cpu, target))
    # The same page again with nothing changed, as the member's page cache serves it.
    median, p90, cpu = _time(client, get(url("edit")), rounds)
    timings.insert(
        1,
        Timing(
            "Builder page, 12 steps, served again", "GET …/edit/", median, p90, cpu, PAGE_TARGET_MS
        ),
    )
    return timings


def rows(timings):
    return [
        [
            timing.label,
            f"`{timing.request}`",
            f"{timing.median_ms:.1f}",
            f"{timing.p90_ms:.1f}",
            f"{timing.cpu_median_ms:.1f}",
            f"< {timing.target_ms}",
            "met" if timing.met else "missed",
        ]
        for timing in timings
    ]


HEADER = ["request", "path", "median ms", "p90 ms", "CPU median ms", "target ms", ""]


def main():
    import tempfile
    from pathlib import Path

    from bench import report
    from bench.environment import production_env
    from bench.main import configure_django, prepare_database

    with tempfile.TemporaryDirectory(prefix="psoas-builder-bench-") as folder:
        configure_django(production_env(Path(folder)))
        from bench import seed

        prepare_database()
        if POSES:
            seed.grow_poses(POSES)
        member, routine = seed.add_bench_member()
        print(report.table(HEADER, rows(measure(member, routine))))


if __name__ == "__main__":
    main()
