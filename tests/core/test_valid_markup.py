"""Markup details the Nu Html Checker insists on, checked quickly without a browser."""

import re
from datetime import timedelta
from itertools import pairwise

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.articles.helpers import make_article, make_comment
from tests.factories import make_pose
from tests.routines.helpers import make_routine

pytestmark = pytest.mark.django_db

# HTML allows a fraction of a second of at most three digits; Django's date:"c" writes six.
DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")


def datetimes(response):
    return re.findall(r'<time datetime="([^"]*)"', response.content.decode())


def test_article_pages_write_times_to_the_second(client, member):
    article = make_article("Breathing and the psoas")
    # A minute in the past, so the article is published whatever the clock's microseconds are.
    article.published_at = (timezone.now() - timedelta(minutes=1)).replace(microsecond=123456)
    article.save()
    make_comment(article, member)
    for url in (reverse("articles:list"), article.get_absolute_url()):
        found = datetimes(client.get(url))
        assert found
        assert all(DATETIME.match(value) for value in found), found


def test_the_starters_page_heads_its_lists_in_order(client, member, other_member):
    pose = make_pose("Low lunge")
    make_routine(member, [pose], title="Four poses", is_starter=True, visibility="public")
    make_routine(other_member, [pose], title="Evening unwind", visibility="public")
    html = client.get(reverse("routines:starters")).content.decode()
    levels = [int(level) for level in re.findall(r"<h([1-6])", html.split("<main")[1])]
    assert levels[0] == 1
    assert all(after - before <= 1 for before, after in pairwise(levels)), levels


def test_my_routines_heads_each_card_below_the_page_title(member_client, member):
    make_routine(member, [make_pose("Low lunge")], title="Morning hips")
    html = member_client.get(reverse("routines:list")).content.decode()
    levels = [int(level) for level in re.findall(r"<h([1-6])", html.split("<main")[1])]
    assert levels == [1, 2]
