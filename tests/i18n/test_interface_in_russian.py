"""Every main page in Russian, with no English interface words left.

The content these pages show is created in Cyrillic only, so any Latin word on a Russian page is
an interface string nobody marked or translated. Text inside an element whose ``lang`` says it
is another language (the switcher's "English", a Sanskrit name) is that language on purpose.
"""

import re
from html.parser import HTMLParser

import pytest
from django.utils import timezone

from accounts.models import Profile
from articles.models import Article, Status
from poses.models import Difficulty, Severity
from routines.models import Routine, RoutineStep
from tests.factories import make_category, make_condition, make_muscle, make_pose, make_user, mark

# Names of things, not words to translate: the product, and feed and file formats.
ALLOWED = {"Psoas", "RSS", "Atom", "JSON"}
# Attributes people read or hear, besides the text between tags.
SPOKEN_ATTRIBUTES = {"aria-label", "aria-description", "placeholder", "title", "alt"}
LATIN_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class EnglishFinder(HTMLParser):
    """Collects the Latin words a reader of the page sees or hears."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, exempt) for each open element
        self.found = []

    def exempt(self):
        return any(exempt for _tag, exempt in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        other_language = "lang" in attrs and not attrs["lang"].startswith("ru")
        hidden_code = tag == "html"
        exempt = other_language or tag in ("script", "style")
        if not (self.exempt() or exempt):
            for name, value in attrs.items():
                if name in SPOKEN_ATTRIBUTES or (
                    name == "content" and attrs.get("name") == "description"
                ):
                    self.note(f"{tag}[{name}]", value or "")
        if tag not in VOID and not hidden_code:
            self.stack.append((tag, exempt))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        if not self.exempt():
            self.note(self.stack[-1][0] if self.stack else "", data)

    def note(self, where, text):
        words = [w for w in LATIN_WORD.findall(text) if w not in ALLOWED and len(w) > 1]
        if words:
            self.found.append(f"{where}: {' '.join(text.split())[:120]}")


def english_on(response):
    finder = EnglishFinder()
    finder.feed(response.content.decode())
    return finder.found


@pytest.fixture
def russian_content(db):
    """A small catalogue written only in Cyrillic, with a member who has a routine and a log."""
    category = make_category("Раскрытие бёдер", slug="hip-opener")
    psoas = make_muscle("Большая поясничная мышца", slug="psoas-major")
    knee = make_condition("Травма колена", slug="knee-injury")
    pigeon = make_pose(
        "Голубь",
        slug="pigeon",
        sanskrit_name="Eka Pada Rājakapotāsana",
        summary="Глубокое раскрытие бёдер.",
        categories=[category],
        stretches=[psoas],
        difficulty=Difficulty.INTERMEDIATE,
        per_side=True,
    )
    pigeon.steps.update(instruction="Мягко опуститесь.")
    lunge = make_pose(
        "Низкий выпад", slug="low-lunge", summary="Выпад с коленом на полу.", categories=[category]
    )
    lunge.steps.update(instruction="Шагните вперёд.")
    rest = make_pose("Поза ребёнка", slug="childs-pose", summary="Поза отдыха.")
    rest.steps.update(instruction="Сядьте на пятки.")
    mark(pigeon, knee, Severity.MODIFY, guidance="Подложите блок под бедро.")
    member = make_user("марина")
    Profile.objects.create(user=member).conditions.add(knee)
    routine = Routine.objects.create(owner=member, title="Вечерний комплекс", description="Тихо.")
    for position, (pose, side, breaths) in enumerate(
        [(lunge, "right", 5), (pigeon, "both", None)], start=1
    ):
        RoutineStep.objects.create(
            routine=routine,
            pose=pose,
            position=position,
            hold_seconds=30,
            hold_breaths=breaths,
            side=side,
        )
    starter = Routine.objects.create(
        owner=make_user("редактор"), title="Четыре позы", is_starter=True, visibility="public"
    )
    RoutineStep.objects.create(routine=starter, pose=rest, position=1, hold_seconds=60)
    article = Article.objects.create(
        title="О поясничной мышце",
        slug="psoas",
        summary="Коротко о главном.",
        body="## Анатомия\n\nГлубокая мышца.",
        status=Status.PUBLISHED,
        published_at=timezone.now() - timezone.timedelta(days=3),
        is_featured=True,
    )
    article.featured_poses.set([pigeon])
    return {"member": member, "routine": routine, "starter": starter, "article": article}


VISITOR_PAGES = [
    "/ru/",
    "/ru/poses/",
    "/ru/poses/?difficulty=intermediate&avoiding=knee-injury",
    "/ru/poses/pigeon/",
    "/ru/articles/",
    "/ru/articles/psoas/",
    "/ru/search/?q=голубь",
    "/ru/routines/starters/",
    "/ru/routines/generate/",
    "/ru/accounts/login/",
    "/ru/accounts/signup/",
    "/ru/accounts/password_reset/",
    "/ru/nothing-here/",
]


@pytest.mark.parametrize("url", VISITOR_PAGES)
def test_a_visitor_page_in_russian_has_no_english_interface_words(client, russian_content, url):
    response = client.get(url)
    assert response.status_code in (200, 404)
    assert english_on(response) == []


MEMBER_PAGES = [
    "/ru/routines/",
    "/ru/routines/{routine}/",
    "/ru/routines/{routine}/edit/",
    "/ru/routines/{routine}/practice/",
    "/ru/routines/{starter}/",
    "/ru/routines/history/",
    "/ru/routines/new/",
    "/ru/accounts/profile/",
    "/ru/poses/pigeon/",
    "/ru/",
]


@pytest.mark.parametrize("url", MEMBER_PAGES)
def test_a_member_page_in_russian_has_no_english_interface_words(client, russian_content, url):
    client.force_login(russian_content["member"])
    response = client.get(
        url.format(routine=russian_content["routine"].pk, starter=russian_content["starter"].pk)
    )
    assert response.status_code == 200
    assert english_on(response) == []


def test_the_builders_answers_to_edits_in_russian_have_no_english_words(client, russian_content):
    routine = russian_content["routine"]
    first, second = routine.steps.order_by("position")
    client.force_login(russian_content["member"])
    htmx = {"HTTP_HX_REQUEST": "true"}
    reordered = client.post(
        f"/ru/routines/{routine.pk}/steps/reorder/",
        {"revision": routine.revision, "order": f"{second.pk},{first.pk}"},
        **htmx,
    )
    prefix = f"step-{first.pk}-"
    refused = client.post(
        f"/ru/routines/{routine.pk}/steps/{first.pk}/",
        {f"{prefix}revision": routine.revision + 1, f"{prefix}hold_seconds": "1"},
        **htmx,
    )
    assert "Новый порядок сохранён." in reordered.content.decode()
    assert "не сохранена" in refused.content.decode()
    assert english_on(reordered) == []
    assert english_on(refused) == []


def test_the_finder_catches_an_english_word_a_template_left_behind():
    finder = EnglishFinder()
    finder.feed(
        '<p>Поза</p><button aria-label="Close">×</button><span lang="en-GB">English</span>'
        '<p lang="sa-Latn">Bālāsana</p><p>Save</p>'
    )
    assert finder.found == ["button[aria-label]: Close", "p: Save"]
