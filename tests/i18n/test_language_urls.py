"""Russian under /ru/, English at the root: the switcher, alternates, plurals and dates."""

import re

import pytest
from django.utils import timezone

from articles.models import Article, Status
from poses.formatting import duration
from routines.models import Routine, RoutineStep
from tests.factories import make_muscle, make_pose, make_user


@pytest.fixture
def pigeon(db):
    return make_pose("Pigeon pose", slug="pigeon")


def test_russian_pages_live_under_ru_and_english_ones_at_the_root(client, pigeon):
    russian = client.get("/ru/poses/pigeon/")
    english = client.get("/poses/pigeon/")
    assert '<html lang="ru">' in russian.text
    assert "Как выполнять" in russian.text
    assert '<html lang="en-GB">' in english.text
    assert "How to do it" in english.text


def test_links_on_a_russian_page_stay_in_russian(client, pigeon):
    page = client.get("/ru/poses/").text
    assert 'href="/ru/poses/pigeon/"' in page
    assert 'href="/ru/articles/"' in page


def test_the_builders_forms_post_to_addresses_in_the_pages_language(client, pigeon):
    member = make_user("member")
    routine = Routine.objects.create(owner=member, title="Evening")
    RoutineStep.objects.create(routine=routine, pose=pigeon, position=1, hold_seconds=30)
    client.force_login(member)
    for prefix in ("/ru", "", "/ru"):
        page = client.get(f"{prefix}/routines/{routine.pk}/edit/").text
        actions = re.findall(r'<form method="post" action="([^"]*/steps/[^"]*)"', page)
        assert len(actions) == 4  # the step's move, remove and save, and the reorder form
        steps = f"{prefix}/routines/{routine.pk}/steps/"
        assert all(action.startswith(steps) for action in actions)


def test_every_page_names_its_other_language_versions_for_search_engines(client, pigeon, settings):
    page = client.get("/ru/poses/pigeon/?tab=steps").text
    english, russian = (
        f"{settings.SITE_URL}/poses/pigeon/?tab=steps",
        f"{settings.SITE_URL}/ru/poses/pigeon/?tab=steps",
    )
    assert f'<link rel="alternate" hreflang="en-GB" href="{english}">' in page
    assert f'<link rel="alternate" hreflang="ru" href="{russian}">' in page
    assert f'<link rel="alternate" hreflang="x-default" href="{english}">' in page


def test_the_switcher_offers_this_same_page_in_the_other_language(client, pigeon):
    english = client.get("/poses/pigeon/").text
    assert english.count('<input type="hidden" name="next" value="/ru/poses/pigeon/">') == 2
    assert 'class="btn btn-link nav-link" lang="ru">Русский</button>' in english
    russian = client.get("/ru/poses/pigeon/").text
    assert russian.count('<input type="hidden" name="next" value="/poses/pigeon/">') == 2
    assert 'lang="en-GB">English</button>' in russian
    assert 'role="group" aria-label="Язык"' in russian


def test_switching_language_lands_on_the_same_page_in_that_language(client, pigeon):
    response = client.post("/i18n/setlang/", {"language": "ru", "next": "/poses/pigeon/"})
    assert response.status_code == 302
    assert response["Location"] == "/ru/poses/pigeon/"
    assert client.get(response["Location"]).status_code == 200
    # What the Russian page's switcher sends: the English address of the same page.
    back = client.post("/i18n/setlang/", {"language": "en-gb", "next": "/poses/pigeon/"})
    assert back["Location"] == "/poses/pigeon/"


def test_the_switcher_works_on_a_cached_visitor_page_without_a_token(client, pigeon):
    """The switcher carries no CSRF token, so the page cache can keep visitors' pages."""
    client.get("/poses/pigeon/")
    cached = client.get("/poses/pigeon/")
    assert "csrfmiddlewaretoken" not in cached.text
    strict = type(client)(enforce_csrf_checks=True)
    response = strict.post("/i18n/setlang/", {"language": "ru", "next": "/poses/pigeon/"})
    assert response.status_code == 302


def test_the_switcher_never_sends_anyone_off_the_site(client, db):
    response = client.post("/i18n/setlang/", {"language": "ru", "next": "https://evil.example/"})
    assert response["Location"] == "/ru/"


@pytest.mark.parametrize(
    ("count", "words"),
    [(1, "1 поза"), (2, "2 позы"), (5, "5 поз"), (11, "11 поз"), (21, "21 поза"), (24, "24 позы")],
)
def test_pose_counts_follow_russian_plural_rules(client, db, count, words):
    for number in range(count):
        make_pose(f"Pose {number}", slug=f"pose-{number}")
    heading = client.get("/ru/poses/").text
    assert f'aria-live="polite">{words}</h2>' in heading


def test_english_pose_counts_are_unchanged(client, db):
    make_pose("Pose", slug="pose")
    assert 'aria-live="polite">1 pose</h2>' in client.get("/poses/").text


def test_durations_read_in_russian(settings):
    from django.utils import translation

    with translation.override("ru"):
        assert duration(90) == "1 мин 30 с"
    with translation.override("en-gb"):
        assert duration(90) == "1 min 30 s"


def test_article_dates_are_written_the_russian_way(client, db):
    Article.objects.create(
        title="О поясничной мышце",
        slug="psoas",
        summary="Коротко.",
        body="Текст.",
        status=Status.PUBLISHED,
        published_at=timezone.datetime(2026, 3, 2, 12, tzinfo=timezone.get_current_timezone()),
    )
    assert "2 марта 2026" in client.get("/ru/articles/").text
    assert "2 March 2026" in client.get("/articles/").text


def test_the_player_script_gets_its_words_from_the_russian_catalogue(client, db):
    catalogue = client.get("/ru/jsi18n/")
    assert catalogue.status_code == 200
    breathe_in = "Вдох".encode("unicode_escape").decode()
    assert f'"Breathe in": "{breathe_in}"' in catalogue.content.decode()
    assert breathe_in not in client.get("/jsi18n/").content.decode()


def test_a_russian_page_loads_the_catalogue_before_its_scripts(member_client, db):
    routine = Routine.objects.create(owner=make_user("anna"), title="Утро", is_starter=True)
    RoutineStep.objects.create(routine=routine, pose=make_pose("Bridge"), position=1)
    page = member_client.get(f"/ru/routines/{routine.pk}/practice/").text
    assert page.index('<script src="/ru/jsi18n/" defer>') < page.index("js/player.js")


def test_form_errors_are_in_russian(member_client):
    response = member_client.post("/ru/routines/new/", {"title": "", "visibility": "private"})
    assert "Дайте комплексу название." in response.text


def test_drawn_numbers_are_written_for_svg_not_the_russian_way(client, db):
    # Russian writes 12,5 where SVG needs 12.5: a comma breaks every label and shape it touches.
    make_pose("Low lunge", slug="low-lunge", stretches=[make_muscle("Psoas major")])
    page = client.get("/ru/poses/low-lunge/").content.decode()
    svg = page[page.index('<div class="body-map') :]
    assert re.search(r' (x|y|x1|x2|y1|y2)="-?\d+\.\d+"', svg)
    assert not re.search(r'="-?\d+,\d+"', svg)
