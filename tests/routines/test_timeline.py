import re

import pytest
from django.urls import reverse

from tests.factories import make_category, make_pose
from tests.routines.helpers import make_routine

pytestmark = pytest.mark.django_db


@pytest.fixture
def routine(member):
    lunge = make_pose("Low lunge", per_side=True, categories=[make_category("Lunge")])
    rest = make_pose("Child's pose", categories=[make_category("Resting")])
    return make_routine(member, [(lunge, 30, "both"), (rest, 60, "both")])


def segment_seconds(page):
    return [
        int(seconds) for seconds in re.findall(r'class="tl-seg"[^>]*data-seconds="(\d+)"', page)
    ]


@pytest.mark.parametrize("view", ["routines:detail", "routines:practice"])
def test_routine_pages_show_the_timeline_in_play_order(member_client, routine, view):
    page = member_client.get(reverse(view, args=[routine.pk])).content.decode()
    # The per-side lunge plays left then right, then the rest.
    assert segment_seconds(page) == [30, 30, 60]
    assert 'data-category="lunge"' in page and 'data-category="resting"' in page
    labels = re.findall(r"<title>([^<]*)</title>", page)
    assert any("Low lunge" in label and "left" in label.lower() for label in labels)
    assert any("Low lunge" in label and "right" in label.lower() for label in labels)
