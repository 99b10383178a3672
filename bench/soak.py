"""`make soak`: gunicorn (3 workers) on PostgreSQL and Redis, 60 s of mixed traffic, checks.

Visitors browse; members log in, build routines (add, move, remove steps); an editor saves poses
through admin. Afterwards: no 5xx, every routine's steps at positions 1..n, no accepted write
lost, and no worker serves a page older than the last edit. The result goes into BENCHMARKS.md.

Needs PostgreSQL (SOAK_DATABASE_URL, a role that may create databases; the database is
dropped and created afresh) and Debian's redis-server (started here on a free port).
"""

import os
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.environment import REPO, production_env  # noqa: E402
from bench.soak_clients import Browser, Tally  # noqa: E402
from bench.soak_services import Gunicorn, Redis, fresh_database, manage  # noqa: E402

DURATION = int(os.environ.get("SOAK_SECONDS", "60"))
WORKERS = 3
VISITORS, MEMBERS = 4, 4
DATABASE_URL = os.environ.get(
    "SOAK_DATABASE_URL", "postgres://psoas:psoas@127.0.0.1:5432/psoas_soak"
)
PASSWORD = "soak-Long-passw0rd"
EDITED_SUFFIX = " (soak edit {n})"
SEARCHES = ["pose", "lunge", "twist", "bridge"]


def prepare(env):
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    manage(env, "load_demo_content")
    os.environ.update(env)
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from poses.models import Pose

    users = get_user_model()
    for n in range(MEMBERS):
        users.objects.create_user(f"soak-member-{n}", f"m{n}@soak.example", PASSWORD)
    users.objects.create_user("soak-editor", "editor@soak.example", PASSWORD)
    call_command("make_editor", "soak-editor", stdout=open(os.devnull, "w"))  # noqa: SIM115
    return list(Pose.objects.published().values_list("pk", "slug"))


def visitor(base, poses, tally, stop):
    browser = Browser(base, tally)
    pages = ["/", "/poses/", "/articles/", "/routines/starters/", "/poses/?difficulty=beginner"]
    while not stop.is_set():
        if random.random() < 0.5:
            browser.get(random.choice(pages))
        else:
            browser.get(f"/poses/{random.choice(poses)[1]}/")


def member(base, n, poses, tally, stop, routines):
    browser = Browser(base, tally)
    browser.log_in(f"soak-member-{n}", PASSWORD)
    while not stop.is_set():
        if n not in routines or random.random() < 0.03:
            page = browser.submit(
                "/routines/new/",
                {"title": f"Soak {n}", "description": "", "visibility": "public"},
            )
            if page.url.rstrip("/").endswith("/edit"):
                routine = int(page.url.rstrip("/").split("/")[-2])
                routines.setdefault(n, []).append(routine)
                tally.accept("routine")
            continue
        routine = random.choice(routines[n])
        # A search, so the page carries the add-a-pose forms (and the routine's revision).
        builder = browser.get(f"/routines/{routine}/edit/?q={random.choice(SEARCHES)}")
        steps = builder.links_matching(rf"/routines/{routine}/steps/(\d+)/remove/")
        revision = builder.value_of("revision")
        action = random.random()
        if action < 0.55 or not steps:
            page = browser.post(
                f"/routines/{routine}/steps/add/",
                {
                    "pose": random.choice(builder.values_of("pose") or [poses[0][0]]),
                    "revision": revision,
                },
            )
            if "Added " in page.text:
                tally.accept("step added", routine)
        elif action < 0.8:
            step = random.choice(steps)
            page = browser.post(
                f"/routines/{routine}/steps/{step}/move/",
                {"position": random.randint(1, len(steps)), "revision": revision},
            )
            if "Moved the step" in page.text:
                tally.accept("step moved")
        else:
            page = browser.post(
                f"/routines/{routine}/steps/{random.choice(steps)}/remove/",
                {"revision": revision},
            )
            if "Removed " in page.text:
                tally.accept("step removed", routine)
        browser.get(f"/routines/{routine}/")


def editor(base, poses, tally, stop, last_edit):
    browser = Browser(base, tally)
    browser.log_in("soak-editor", PASSWORD)
    n = 0
    while not stop.is_set():
        pk, slug = random.choice(poses[:5])
        url = f"/admin/poses/pose/{pk}/change/"
        form = browser.get(url).form_fields("pose_form")
        name = form["english_name"].split(" (soak edit")[0] + EDITED_SUFFIX.format(n=n)
        page = browser.submit(url, {**form, "english_name": name, "_continue": "1"})
        if "was changed successfully" in page.text:
            tally.accept("pose saved")
            last_edit.update(slug=slug, name=name)
        else:
            tally.fail(f"editor save refused: {url}")
        n += 1
        time.sleep(1)


def run_traffic(base, poses):
    tally, stop, routines, last_edit = Tally(), threading.Event(), {}, {}
    threads = [
        threading.Thread(target=visitor, args=(base, poses, tally, stop)) for _ in range(VISITORS)
    ]
    threads += [
        threading.Thread(target=member, args=(base, n, poses, tally, stop, routines))
        for n in range(MEMBERS)
    ]
    threads.append(threading.Thread(target=editor, args=(base, poses, tally, stop, last_edit)))
    for thread in threads:
        thread.start()
    time.sleep(DURATION)
    stop.set()
    for thread in threads:
        thread.join()
    return tally, routines, last_edit


def check(base, tally, routines, last_edit):
    from django.db.models import Count

    from routines.models import Routine, RoutineStep

    results = {"no 5xx": (tally.server_errors == 0, f"{tally.server_errors} responses were 5xx")}
    mine = [pk for pks in routines.values() for pk in pks]
    bad_order = []
    for routine in Routine.objects.filter(pk__in=mine):
        positions = list(routine.steps.order_by("position").values_list("position", flat=True))
        if positions != list(range(1, len(positions) + 1)):
            bad_order.append(routine.pk)
    results["steps at 1..n"] = (not bad_order, f"{len(mine)} routines, out of order: {bad_order}")
    rows = dict(
        RoutineStep.objects.filter(routine__in=mine)
        .values_list("routine")
        .annotate(n=Count("pk"))
        .values_list("routine", "n")
    )
    lost = {
        pk: (tally.net_steps(pk), rows.get(pk, 0))
        for pk in mine
        if tally.net_steps(pk) != rows.get(pk, 0)
    }
    created = Routine.objects.filter(pk__in=mine).count()
    results["no write lost"] = (
        not lost and created == tally.count("routine"),
        f"accepted: {tally.count('routine')} routines, {tally.count('step added')} adds, "
        f"{tally.count('step removed')} removes, {tally.count('step moved')} moves, "
        f"{tally.count('pose saved')} pose saves; rows: {created} routines, "
        f"{sum(rows.values())} steps; mismatches (accepted, rows): {lost}",
    )
    visitor = Browser(base, Tally())
    stale = [
        url
        for url in (f"/poses/{last_edit['slug']}/", "/poses/") * (WORKERS * 4)
        if last_edit["name"] not in visitor.get(url).text
    ]
    results["no stale page after the last edit"] = (
        not stale,
        f"{WORKERS * 8} visitor requests after the last edit ({last_edit['name']!r}); "
        f"stale: {len(stale)}",
    )
    return results


def main():
    from bench.soak_report import write_report

    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    with tempfile.TemporaryDirectory(prefix="psoas-soak-") as folder, Redis(Path(folder)) as redis:
        env = production_env(Path(folder))
        env.update(DATABASE_URL=fresh_database(DATABASE_URL), REDIS_URL=redis.url)
        poses = prepare(env)
        with Gunicorn(env, Path(folder) / "gunicorn.log", workers=WORKERS) as server:
            tally, routines, last_edit = run_traffic(server.base_url, poses)
            results = check(server.base_url, tally, routines, last_edit)
            errors = server.log_tail()
    ok = write_report(REPO / "BENCHMARKS.md", started, DURATION, WORKERS, tally, results, errors)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
