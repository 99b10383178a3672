"""Lists in Russian mark each English name shown for want of a translation."""

import json
import re

import pytest

from articles.models import Article, Status
from routines.models import Routine

pytestmark = pytest.mark.django_db

MARK = "translation-mark"


def card(page, slug):
    """The HTML of one pose card in a catalogue page."""
    card_html = rf'<article class="card pose-card[^"]*" id="pose-{slug}".*?</article>'
    match = re.search(card_html, page, re.S)
    assert match, slug
    return match.group(0)


@pytest.fixture
def evening(member, pigeon, bridge):
    routine = Routine.objects.create(owner=member, title="Вечер")
    routine.steps.create(pose=pigeon, position=1, hold_seconds=60)
    routine.steps.create(pose=bridge, position=2, hold_seconds=30)
    return routine


def test_a_russian_card_marks_an_untranslated_pose_and_only_that_one(client, pigeon, bridge):
    page = client.get("/ru/poses/").content.decode()
    untranslated, translated = card(page, "bridge"), card(page, "pigeon")
    assert 'lang="en">Bridge pose</a>' in untranslated
    assert '<p class="card-text small" lang="en">Lift the hips.</p>' in untranslated
    assert MARK in untranslated
    assert 'lang="en"' not in translated and MARK not in translated


def test_english_cards_carry_no_marks(client, pigeon, bridge):
    page = client.get("/poses/").content.decode()
    assert MARK not in page
    assert 'lang="en"' not in card(page, "bridge")


def test_a_routines_pages_mark_the_untranslated_pose_names(member_client, evening):
    for url in (f"/ru/routines/{evening.pk}/", f"/ru/routines/{evening.pk}/edit/"):
        page = member_client.get(url).content.decode()
        assert re.search(r'lang="en">Bridge pose</(a|span)>', page), url
        assert not re.search(r'lang="en">Поза голубя<', page), url


def test_the_player_marks_english_names_and_cues_in_its_list_and_its_data(member_client, evening):
    response = member_client.get(f"/ru/routines/{evening.pk}/practice/")
    page = response.content.decode()
    assert '<span lang="en">Bridge pose</span>' in page
    assert "<span>Поза голубя</span>" in page
    assert '<li lang="en">' in page  # the bridge's cues have no Russian
    assert "<li>Встаньте на четвереньки.</li>" in page
    data = json.loads(re.search(r'id="player-data"[^>]*>(.*?)</script>', page, re.S).group(1))
    langs = {item["title"]: item.get("titleLang") for item in data if item["kind"] == "pose"}
    assert langs == {"Поза голубя": None, "Bridge pose": "en"}


def test_the_article_list_marks_an_untranslated_article(client, article):
    Article.objects.create(
        title="Breathing into the belly",
        slug="breathing",
        summary="Slow breaths.",
        body="Breathe.",
        status=Status.PUBLISHED,
        published_at=article.published_at,
    )
    page = client.get("/ru/articles/").content.decode()
    assert 'lang="en">Breathing into the belly</a>' in page
    assert page.count(MARK) == 1
    assert "Почему поясничная мышца важна</a>" in page
