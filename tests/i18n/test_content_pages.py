"""Russian content on the Russian pages, and English where it is not yet translated."""

import pytest
from django.utils import translation

from poses.translation import falls_back, is_translated
from tests.factories import make_pose

pytestmark = pytest.mark.django_db

NOTE = "translation-note"


def test_a_translated_pose_reads_in_russian_under_ru(client, pigeon):
    page = client.get("/ru/poses/pigeon/").content.decode()
    assert "<h1" in page and ">Поза голубя</h1>" in page
    assert "Капотасана" in page
    assert "Глубокое раскрытие таза." in page
    assert "Встаньте на четвереньки." in page
    assert "Раскрытие таза" in page
    assert NOTE not in page


def test_the_same_pose_reads_in_english_at_the_root(client, pigeon):
    page = client.get("/poses/pigeon/").content.decode()
    assert ">Pigeon pose</h1>" in page
    assert "Come onto all fours." in page
    assert "Поза голубя" not in page
    assert NOTE not in page


def test_an_untranslated_pose_falls_back_to_english_with_a_note(client, bridge):
    page = client.get("/ru/poses/bridge/").content.decode()
    assert NOTE in page
    assert '<h1 class="mb-1" lang="en">Bridge pose</h1>' in page
    assert '<p class="lead" lang="en">Lift the hips.</p>' in page


def test_a_partly_translated_pose_marks_only_its_english_parts(client, pigeon):
    page = client.get("/ru/poses/pigeon/").content.decode()
    # The safety note has no Russian yet: it alone is marked as English.
    assert '<span lang="en">Practise it on your back.</span>' in page
    assert '<h1 class="mb-1">Поза голубя</h1>' in page


def test_translated_means_every_english_text_has_its_russian(pigeon, bridge):
    with translation.override("ru"):
        assert not is_translated(bridge)
        assert falls_back(bridge, "summary")
        # Benefits are empty in English too: nothing to fall back to.
        assert not falls_back(pigeon, "benefits")
        assert is_translated(pigeon)
    with translation.override("en-gb"):
        assert is_translated(bridge)


def test_an_article_reads_in_russian_and_falls_back_when_untranslated(client, article):
    page = client.get("/ru/articles/why-the-psoas-matters/").content.decode()
    assert "Почему поясничная мышца важна" in page
    assert "соединяет позвоночник с бедром" in page
    assert NOTE not in page

    article.body_ru = ""
    article.save()
    page = client.get("/ru/articles/why-the-psoas-matters/").content.decode()
    assert NOTE in page
    assert 'class="article-body" lang="en"' in page
    assert "The iliopsoas joins the spine to the thigh." in page


def test_slugs_stay_english_in_russian_urls(client, pigeon):
    page = client.get("/ru/poses/").content.decode()
    assert 'href="/ru/poses/pigeon/"' in page
    assert "Поза голубя" in page


def test_the_russian_catalogue_keeps_the_english_name_order(client, pigeon, bridge):
    # Untranslated poses have no Russian name to sort by; every pose keeps one stable place.
    make_pose("Child's pose", slug="childs-pose", english_name_ru="Поза ребёнка")
    names = [pose.english_name for pose in client.get("/ru/poses/").context["poses"]]
    assert names == ["Bridge pose", "Поза ребёнка", "Поза голубя"]
