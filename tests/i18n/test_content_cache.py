"""Cached pages are kept per language: nobody is served a page in the other language."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


@pytest.mark.parametrize(
    "english, russian",
    [
        ("/poses/pigeon/", "/ru/poses/pigeon/"),
        ("/poses/", "/ru/poses/"),
        ("/search/?q=pigeon", "/ru/search/?q=pigeon"),
    ],
)
def test_each_language_has_its_own_cached_page(client, pigeon, english, russian):
    for _ in range(2):  # the second round comes from the cache
        assert "Поза голубя" not in client.get(english).content.decode()
        assert "Поза голубя" in client.get(russian).content.decode()
    for _ in range(2):
        assert "Поза голубя" in client.get(russian).content.decode()
        assert "Pigeon pose" in client.get(english).content.decode()


def test_suggestions_are_kept_per_language(client, pigeon):
    for _ in range(2):
        assert client.get("/search/suggest/?q=pigeon").json()["suggestions"][0]["name"] == (
            "Pigeon pose"
        )
        assert client.get("/ru/search/suggest/?q=pigeon").json()["suggestions"][0]["name"] == (
            "Поза голубя"
        )


def test_a_new_translation_retires_the_cached_russian_page(client, pigeon):
    assert "Глубокое раскрытие таза." in client.get("/ru/poses/pigeon/").content.decode()
    pigeon.summary_ru = "Раскрывает таз и вытягивает сгибатели бедра."
    pigeon.save()
    assert "Раскрывает таз" in client.get("/ru/poses/pigeon/").content.decode()
