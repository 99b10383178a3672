import time

import pytest

from articles.rendering import (
    embedded_pose_slugs,
    reading_minutes,
    render_markdown,
    rendered_body,
    unknown_pose_slugs,
    with_pose_cards,
    word_count,
)
from tests.articles.helpers import make_article
from tests.factories import make_pose


def html_of(body):
    return "".join(render_markdown(body).parts)


@pytest.mark.parametrize(
    "body, forbidden",
    [
        ("Hello <script>alert('x')</script> there", ["<script", "alert("]),
        ("[click](javascript:alert(1))", ['href="javascript']),
        ('<a href="javascript:alert(1)">click</a>', ["javascript:"]),
        ('<a href="JaVaScRiPt:alert(1)">click</a>', ["javascript:"]),
        ('<img src="x.png" onerror="alert(1)">', ["onerror", "alert("]),
        ('<p onclick="steal()">hi</p>', ["onclick", "steal("]),
        ('<iframe src="https://evil.example/">inside</iframe>', ["<iframe", "evil.example"]),
        ('<a href="data:text/html,<script>x</script>">x</a>', ["data:", "<script"]),
        ('<div style="background:url(x)">x</div>', ["style="]),
        ("<svg><script>alert(1)</script></svg>", ["<svg", "alert("]),
        ('<form action="/x"><input name="a"></form>', ["<form", "<input"]),
    ],
)
def test_sanitizer_strips_scripts_event_handlers_and_dangerous_links(body, forbidden):
    html = html_of(body).lower()
    for fragment in forbidden:
        assert fragment.lower() not in html


def test_sanitizer_keeps_safe_links_and_formatting():
    html = html_of(
        "**bold** and [a pose](/poses/pigeon/) and [site](https://example.com) and "
        "[mail](mailto:hi@example.com) and [section](#anatomy)\n\n![A lunge](/media/lunge.jpg)"
    )
    assert "<strong>bold</strong>" in html
    assert 'href="/poses/pigeon/"' in html
    assert 'href="https://example.com"' in html
    assert 'href="mailto:hi@example.com"' in html
    assert 'href="#anatomy"' in html
    assert '<img src="/media/lunge.jpg" alt="A lunge"' in html


def test_tables_render_with_alignment_classes_not_inline_styles():
    html = html_of("| Pose | Hold |\n|:--|--:|\n| Pigeon | 60 s |")
    assert "<table>" in html
    assert '<td class="text-end">60 s</td>' in html
    assert "style=" not in html


def test_headings_get_stable_unique_ids_and_feed_the_contents():
    body = (
        "## Where the psoas lives\n\nText.\n\n### The iliacus\n\n### Āñjaneyāsana\n\n"
        "## Where the psoas lives\n\n## Comments\n\n## !!!\n"
    )
    rendered = render_markdown(body)
    html = "".join(rendered.parts)
    assert '<h2 id="where-the-psoas-lives">' in html
    assert '<h2 id="where-the-psoas-lives-2">' in html
    assert '<h3 id="anjaneyasana">' in html
    assert '<h2 id="section">' in html
    toc = rendered.toc
    assert [entry.id for entry in toc] == [
        "where-the-psoas-lives",
        "where-the-psoas-lives-2",
        "comments",
        "section",
    ]
    assert [child.text for child in toc[0].children] == ["The iliacus", "Āñjaneyāsana"]
    assert render_markdown(body).toc == toc  # stable from one render to the next


def test_a_level_one_heading_becomes_h2_so_the_page_keeps_one_h1():
    html = html_of("# Intro\n\ntext")
    assert '<h2 id="intro">Intro</h2>' in html
    assert "<h1" not in html


def test_raw_html_cannot_take_the_pages_own_ids():
    html = html_of('<h2 id="main">Hijack</h2>\n\n<h2 id="article-comments">x</h2>')
    assert 'id="main"' not in html
    assert 'id="article-comments"' not in html


def test_embeds_are_found_only_on_their_own_line_and_not_in_code():
    body = (
        "[[pose:pigeon]]\n\nText with [[pose:inline]] inside.\n\n"
        "    [[pose:in-code]]\n\n```\n[[pose:fenced]]\n```\n\n[[pose:camel]]\n\n[[pose:pigeon]]\n"
    )
    assert embedded_pose_slugs(body) == ["pigeon", "camel"]


def test_body_text_cannot_forge_an_embed_marker():
    rendered = render_markdown("poseembed0000000000000000:pigeon: and more")
    assert rendered.pose_slugs == ()


@pytest.mark.django_db
def test_pose_embeds_render_cards_for_published_poses_and_omit_the_rest():
    make_pose("Pigeon pose", slug="pigeon", sanskrit_name="Eka Pada Rājakapotāsana")
    make_pose("Camel pose", slug="camel", is_published=False)
    rendered = render_markdown(
        "Before.\n\n[[pose:pigeon]]\n\n[[pose:camel]]\n\n[[pose:no-such-pose]]\n\nAfter."
    )
    html = with_pose_cards(rendered)
    assert html.count('class="card pose-card') == 1
    assert 'href="/poses/pigeon/"' in html
    assert "Eka Pada Rājakapotāsana" in html
    assert "Camel" not in html and "camel" not in html
    assert "no-such-pose" not in html and "[[" not in html
    assert "<p>Before.</p>" in html and "<p>After.</p>" in html


@pytest.mark.django_db
def test_unknown_pose_slugs_reports_missing_and_unpublished_poses_for_the_admin():
    make_pose("Pigeon pose", slug="pigeon")
    make_pose("Camel pose", slug="camel", is_published=False)
    body = "[[pose:pigeon]]\n\n[[pose:camel]]\n\n[[pose:typo]]\n\n[[pose:typo]]\n"
    assert unknown_pose_slugs(body) == ["camel", "typo"]
    assert unknown_pose_slugs("No embeds at all.") == []


@pytest.mark.django_db
def test_all_embeds_of_an_article_cost_the_same_few_queries(django_assert_num_queries):
    slugs = [make_pose(f"Pose {number}").slug for number in range(12)]
    few = render_markdown("\n\n".join(f"[[pose:{slug}]]" for slug in slugs[:2]))
    many = render_markdown("\n\n".join(f"[[pose:{slug}]]" for slug in slugs))
    # One query for the poses, one each for their categories and images.
    with django_assert_num_queries(3):
        assert with_pose_cards(few).count('class="card pose-card') == 2
    with django_assert_num_queries(3):
        assert with_pose_cards(many).count('class="card pose-card') == 12


@pytest.mark.django_db
def test_rendered_body_is_cached_until_the_article_is_saved_again():
    article = make_article(body="## First\n\nText.")
    first = rendered_body(article)
    article.body = "## Second\n\nText."
    # Same pk and updated_at: served from the cache, not parsed again.
    assert rendered_body(article).toc == first.toc
    assert first.toc[0].text == "First"
    time.sleep(0.001)
    article.save()
    assert rendered_body(article).toc[0].text == "Second"


@pytest.mark.parametrize(
    "body",
    [
        "word " * 200_000,
        "> " * 5_000 + "deep quote",
        "- " * 5_000 + "deep list",
        "[" * 20_000 + "]" * 3,
        "*" * 20_000,
        "<div>" * 5_000 + "unclosed",
        "| a |\n|---|\n" + "| x |\n" * 5_000,
        "```\nnever closed " * 1_000,
        "\x00\x01\ufffd <<<>>> &&& &#0; &#xD800; ]]]] [[pose:]] [[pose:x",
        "",
    ],
)
def test_long_or_malformed_markdown_renders_without_error(body):
    started = time.monotonic()
    rendered = render_markdown(body)
    assert isinstance("".join(rendered.parts), str)
    assert time.monotonic() - started < 10


@pytest.mark.parametrize(
    "words, minutes",
    [(0, 1), (50, 1), (200, 1), (450, 2), (2_000, 10)],
)
def test_reading_time_is_words_over_200_at_least_one_minute(words, minutes):
    assert reading_minutes("word " * words) == minutes


def test_reading_time_ignores_link_targets_and_embeds():
    body = "[one](/a/very/long/link/with/many/parts/) two\n\n[[pose:pigeon]]\n"
    assert word_count(body) == 2
