"""Two tabs editing one routine at the same moment (PostgreSQL: real row locks)."""

import threading

import pytest
from django.db import connection, connections

from routines import services
from tests.factories import make_pose
from tests.routines.helpers import make_routine, positions

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="SQLite has no row locks to race on"
    ),
]


def test_simultaneous_edits_at_the_same_revision_apply_once(member):
    routine = make_routine(member, [make_pose(f"Pose {n}") for n in range(6)])
    steps = list(routine.steps.order_by("position"))
    barrier = threading.Barrier(4)
    outcomes = []

    def edit(step, position):
        try:
            barrier.wait()
            services.step_move(routine=routine, step_id=step.pk, revision=0, position=position)
            outcomes.append("moved")
        except services.RoutineEditError:
            outcomes.append("refused")
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=edit, args=(steps[i], position))
        for i, position in [(0, 6), (5, 1), (2, 4), (3, 2)]
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["moved", "refused", "refused", "refused"]
    routine.refresh_from_db()
    assert routine.revision == 1
    assert positions(routine) == [1, 2, 3, 4, 5, 6]
