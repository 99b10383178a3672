import pytest

from articles.rendering import render_markdown, with_pose_cards, word_count
from tests.articles.helpers import make_article
from tests.factories import make_muscle, make_pose

pytestmark = pytest.mark.django_db


def test_muscles_embed_shows_the_body_map_with_those_muscles_highlighted(client):
    make_muscle("Psoas major")
    make_muscle("Iliacus")
    make_pose("Low lunge", slug="low-lunge")
    article = make_article(
        body="## Anatomy\n\nText.\n\n[[muscles:psoas-major,iliacus]]\n\n[[pose:low-lunge]]\n"
    )

    html = client.get(article.get_absolute_url()).content.decode()

    assert '<figure class="article-figure article-muscle-figure">' in html
    assert "Where the psoas major and iliacus lie" in html
    assert 'data-muscle="psoas-major" data-state="selected"' in html
    assert "Choose a muscle on the map" not in html  # the catalogue filter's words


def test_muscles_embed_is_not_a_pose_and_unknown_muscles_show_nothing():
    rendered = render_markdown("[[muscles:no-such-muscle]]\n\n[[pose:camel]]\n")
    assert rendered.pose_slugs == ("camel",)
    assert "<figure" not in with_pose_cards(rendered)
    assert word_count("[[muscles:psoas-major]]\n\nTwo words.") == 2
