"""The pose admin's figure editor and the figure problems, in Russian and still in English."""

import re
from urllib.parse import unquote

import pytest
from django.urls import reverse
from django.utils import translation

from poses.figure_widgets import ANGLE_LABELS, FigureEditorWidget
from poses.figures import JOINT_LABELS, figure_problems, geometry, problem_text
from poses.skeleton import ANGLES, JOINTS, Kind, Problem
from tests.admin.helpers import form_data
from tests.factories import make_pose

from .test_interface_in_russian import LATIN_WORD, EnglishFinder

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# The solver cannot fix these: the forearm's length keeps a hand from its own elbow, and a hip
# cannot touch the floor while the pelvis lies on a bolster.
UNSOLVABLE = {"grips": [["right_hand", "right_elbow"]]}
UNREACHABLE = {"bolsters": ["pelvis"], "contacts": ["right_hip"]}
STANDING = {"contacts": ["right_heel", "right_toe", "left_heel", "left_toe"]}


def test_every_angle_and_joint_has_words():
    assert set(ANGLE_LABELS) == set(ANGLES)
    assert set(JOINT_LABELS) == set(JOINTS)


@pytest.mark.parametrize("figure", [UNSOLVABLE, UNREACHABLE], ids=["grip", "rest"])
def test_solver_problems_are_russian_sentences(figure):
    with translation.override("ru"):
        problems = figure_problems(figure)
        drawn = geometry(figure)["problems"]
    assert problems and drawn == problems
    for problem in problems:
        assert CYRILLIC.search(problem), problem
        assert not LATIN_WORD.search(problem), problem


def test_the_grip_problem_names_both_joints_in_russian():
    with translation.override("ru"):
        (problem,) = figure_problems(UNSOLVABLE)
    assert "правая кисть и правый локоть" in problem
    assert re.search(r"\d+ см", problem)


def test_the_same_figure_is_described_in_each_language_in_turn():
    """Solutions are cached: the words must be chosen per request, not stored with them."""
    english = figure_problems(UNSOLVABLE)
    with translation.override("ru"):
        russian = figure_problems(UNSOLVABLE)
    assert figure_problems(UNSOLVABLE) == english != russian


def test_english_problems_keep_their_wording():
    (grip,) = figure_problems(UNSOLVABLE)
    assert re.fullmatch(
        r"The right hand cannot hold the right elbow: they stay \d+ cm apart\. Change the angles "
        r"so they come closer, or remove the grip\.",
        grip,
    )
    problems = figure_problems(UNREACHABLE)
    assert any(
        re.fullmatch(r"The right hip cannot reach the floor \(\d+ cm above it\)\.", problem)
        for problem in problems
    ), problems
    assert figure_problems({"knee_right": 400, "elbows": 1})[0] == (
        "“knee_right” must be between 0 and 165 degrees."
    )


@pytest.mark.parametrize(
    ("problem", "english", "russian"),
    [
        (
            Problem(Kind.FLOOR, ("left_toe",), -3.4),
            "The left toe cannot reach the floor (3 cm into it).",
            "Не ложится на пол: носок левой стопы (уходит в пол на 3 см).",
        ),
        (
            Problem(Kind.PROP, ("head",), 5.6),
            "The head cannot rest on its prop (6 cm above it).",
            "Не ложится на опору: голова (на 6 см выше опоры).",
        ),
        (
            Problem(Kind.BELOW, ("left_elbow", "right_heel")),
            "The body passes below the floor at the left elbow, right heel.",
            "Тело уходит под пол: левый локоть, правая пятка.",
        ),
        (
            Problem(Kind.BALANCE),
            "The body would fall over: its weight is not above its feet.",
            "Тело упало бы: его вес не над стопами.",
        ),
    ],
    ids=["floor", "prop", "below", "balance"],
)
def test_each_kind_of_problem_in_words(problem, english, russian):
    assert problem_text(problem) == english
    with translation.override("ru"):
        assert problem_text(problem) == russian


def test_mistyped_settings_are_russian_and_name_the_setting():
    with translation.override("ru"):
        problems = figure_problems({"knee_right": 400, "pitch": "сильно", "elbows": 1})
    assert [problem.split()[0] for problem in problems] == [
        "“knee_right”:",
        "“pitch”:",
        "“elbows”",
    ]
    for problem in problems:
        assert CYRILLIC.search(problem), problem


def test_the_russian_preview_refuses_a_mistyped_setting_in_russian(editor_client):
    """A mistyped setting is refused (400), in Russian, naming the setting first."""
    with translation.override("ru"):
        url = reverse("poses:figure-preview")
    response = editor_client.get(url, {"angles": '{"knee_right": 400}'})
    assert url.startswith("/ru/")
    assert response.status_code == 400
    assert response.content.decode().startswith("“knee_right”: ")
    assert CYRILLIC.search(response.content.decode())


def test_the_russian_preview_lists_unsolved_problems_in_readable_russian(editor_client):
    with translation.override("ru"):
        url = reverse("poses:figure-preview")
    grip = '{"grips": [["right_hand", "right_elbow"]]}'
    response = editor_client.get(url, {"angles": grip})
    assert response.status_code == 200
    problems = unquote(response["X-Figure-Problems"])
    assert "правая кисть" in problems and "?" not in problems


def test_the_editor_on_the_russian_admin_page_is_all_russian(superuser_client):
    pose = make_pose(
        "Lifted knee", english_name_ru="Поднятое колено", figure={**STANDING, "wall": "front"}
    )
    response = superuser_client.get(f"/ru/admin/poses/pose/{pose.pk}/change/")
    assert response.status_code == 200
    content = response.content.decode()
    assert '<label for="id_figure_knee_right">Сгибание правого колена</label>' in content
    assert "<legend>Левая нога</legend>" in content
    assert '<th scope="row">Левый локоть</th>' in content
    assert "правая кисть → левая кисть" in content
    assert 'aria-label="Правое колено: на блоке"' in content
    assert '<option value="front" selected>Стена спереди</option>' in content
    assert "Right knee bend" not in content


def test_saving_a_figure_that_cannot_be_solved_says_why_in_russian(superuser_client):
    pose = make_pose("Lifted knee", english_name_ru="Поднятое колено", figure=STANDING)
    url = f"/ru/admin/poses/pose/{pose.pk}/change/"
    data = form_data(superuser_client.get(url))
    data["figure_grips"] = ["right_hand|right_elbow"]  # a grip the forearm's length forbids
    response = superuser_client.post(url, data)
    assert response.status_code == 200
    assert "Хват не замыкается: правая кисть и правый локоть" in response.content.decode()
    pose.refresh_from_db()
    assert pose.figure == STANDING


def test_the_editor_widget_has_no_english_words_in_russian():
    widget = FigureEditorWidget()
    with translation.override("ru"):
        html = widget.render("figure", {**STANDING, "grips": [["right_hand", "left_hand"]]})
    finder = EnglishFinder()
    finder.feed(html)
    assert finder.found == []


def test_the_editor_keeps_its_english_labels(superuser_client):
    pose = make_pose("Lifted knee", figure=STANDING)
    content = superuser_client.get(f"/admin/poses/pose/{pose.pk}/change/").content.decode()
    assert '<label for="id_figure_knee_right">Right knee bend</label>' in content
    assert "<legend>Camera and body</legend>" in content
    assert '<th scope="row">Left elbow</th>' in content
    assert "right hand → left hand" in content
    assert 'aria-label="Right knee: on a block"' in content
    assert '<option value="back">Wall at the back</option>' in content
