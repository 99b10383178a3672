"""Make me a routine through the client: form, preview, practice, save, and the visitor's path."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import Profile
from poses.models import Severity
from routines.models import Routine
from tests.factories import PASSWORD, make_condition, make_pose, mark
from tests.routines.test_generator import make_catalogue

pytestmark = pytest.mark.django_db

GENERATE = reverse("routines:generate")
PLAN = f"{GENERATE}?minutes=10&focus=psoas&level=intermediate&seed=3"


@pytest.fixture
def catalogue(db):
    return make_catalogue()


def plan_names(response):
    return [step.pose.english_name for step in response.context["plan"].steps]


def test_the_form_prefills_a_members_conditions_and_level(member_client, member, catalogue):
    profile = Profile.objects.create(user=member, experience_level="some")
    profile.conditions.add(make_condition("Knee injury"))
    response = member_client.get(GENERATE)
    assert response.status_code == 200
    assert "plan" not in response.context
    form = response.context["form"]
    assert form["conditions"].value() == ["knee-injury"]
    assert form["level"].value() == "intermediate"
    html = response.content.decode()
    assert re.search(r'value="knee-injury"\s+id="id_conditions_0" checked', html)


def test_a_visitor_starts_from_beginner_with_nothing_ticked(client, catalogue):
    make_condition("Knee injury")
    form = client.get(GENERATE).context["form"]
    assert form["level"].value() == "beginner" and not form["conditions"].value()


def test_a_visitor_sees_a_plan_with_timeline_reasons_and_guidance(client, catalogue):
    knee = make_condition("Knee injury")
    mark(catalogue["low-lunge"], knee, Severity.MODIFY, "Pad the back knee with a blanket.")
    mark(catalogue["camel"], knee, Severity.AVOID)
    response = client.get(f"{PLAN}&conditions=knee-injury")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Camel" not in plan_names(response)
    assert "Low lunge" in plan_names(response)
    assert "Timeline of this plan" in html
    assert "to finish: a resting pose to let the body settle." in html
    assert "Modify for knee injury:</strong> Pad the back knee with a blanket." in html
    assert "Practise now" in html and "Another one" in html
    assert "Save to my routines" not in html  # a visitor signs up first
    assert not Routine.objects.exists()


def test_another_one_keeps_the_inputs_and_changes_the_seed(client, catalogue, settings):
    settings.PAGE_CACHE_SECONDS = 0  # the same plan again from the generator, not the cache
    response = client.get(PLAN)
    another = parse_qs(urlsplit(response.context["another_url"]).query)
    assert another["seed"] == ["4"] and another["minutes"] == ["10"]
    assert another["focus"] == ["psoas"] and another["level"] == ["intermediate"]
    again = client.get(PLAN)
    assert plan_names(again) == plan_names(response)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("minutes=100&focus=psoas&level=beginner", "Choose at most 60 minutes."),
        ("minutes=2&focus=psoas&level=beginner", "Choose at least 5 minutes."),
        ("minutes=ten&focus=psoas&level=beginner", "Enter the minutes as a whole number"),
        ("minutes=20&focus=cardio&level=beginner", "Choose one of the focuses listed."),
        ("minutes=20&focus=psoas&level=guru", "Choose beginner, intermediate or advanced."),
        ("minutes=20&focus=psoas&level=beginner&props=rope", "rope is not one."),
        ("minutes=20&focus=psoas&level=beginner&conditions=flu", "Pick conditions from the list"),
        ("minutes=20&focus=psoas&level=beginner&seed=-1", "That link is broken"),
        ("minutes=&focus=&level=", "Enter how many minutes you have."),
    ],
)
def test_bad_input_gets_a_message_on_the_form(client, catalogue, query, message):
    make_condition("Knee injury")
    response = client.get(f"{GENERATE}?{query}")
    assert response.status_code == 400
    assert message in response.content.decode()
    assert response.context["plan"] is None


def leave_out_choices(response):
    return re.findall(r'name="leave_out" value="([^"]+)"', response.content.decode())


def test_only_the_plans_poses_are_offered_to_leave_out_however_big_the_catalogue(client, catalogue):
    for number in range(30):
        make_pose(f"Extra pose {number}")
    assert leave_out_choices(client.get(GENERATE)) == []

    response = client.get(PLAN)
    offered = leave_out_choices(response)
    assert offered == list(dict.fromkeys(step.pose.slug for step in response.context["plan"].steps))

    # A pose left out stays ticked in the next round, though it is no longer in the plan.
    left_out = offered[0]
    response = client.get(f"{PLAN}&leave_out={left_out}")
    assert left_out not in [step.pose.slug for step in response.context["plan"].steps]
    assert leave_out_choices(response)[0] == left_out
    assert re.search(rf'value="{left_out}"[^>]* checked', response.content.decode())


def test_conditions_leaving_too_few_poses_say_which_ruled_out_most(client, catalogue):
    knee = make_condition("Knee injury")
    for slug in ("cat-cow", "low-lunge", "high-lunge", "camel", "childs-pose", "corpse"):
        mark(catalogue[slug], knee, Severity.AVOID)
    response = client.get(f"{PLAN}&conditions=knee-injury")
    assert response.status_code == 400
    assert "knee injury rules out 6" in response.content.decode()


def test_practise_now_plays_the_plan_without_saving_it(client, catalogue):
    plan = client.get(PLAN)
    query = PLAN.split("?", 1)[1]
    response = client.get(f"{reverse('routines:generate-practice')}?{query}")
    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "routines/practice.html"
    segments = response.context["segments"]
    assert [s.pose.english_name for s in segments if s.side_value != "left"] == plan_names(plan)
    # The player's total (holds and pauses) is the one the plan promised.
    assert response.context["total_seconds"] == plan.context["plan"].total_seconds
    assert "Start" in response.content.decode()
    assert not Routine.objects.exists()


def test_practise_with_bad_input_goes_back_to_the_form(client, catalogue):
    response = client.get(f"{reverse('routines:generate-practice')}?minutes=0")
    assert response.status_code == 302
    assert response.url.startswith(GENERATE)


def test_a_member_saves_the_plan_as_a_normal_editable_routine(member_client, member, catalogue):
    plan = member_client.get(PLAN)
    query = PLAN.split("?", 1)[1]
    response = member_client.post(f"{reverse('routines:generate-save')}?{query}")
    routine = Routine.objects.get(owner=member)
    assert response.status_code == 302 and response.url == reverse(
        "routines:edit", args=[routine.pk]
    )
    assert [s.pose.english_name for s in routine.steps.all()] == plan_names(plan)
    assert routine.description.startswith("Made with “Make me a routine”")
    builder = member_client.get(response.url)
    assert builder.status_code == 200
    assert builder.context["hints"] == []


def test_a_visitor_cannot_save_and_is_sent_to_log_in_with_the_plan(client, catalogue):
    query = PLAN.split("?", 1)[1]
    response = client.post(f"{reverse('routines:generate-save')}?{query}")
    assert response.status_code == 302
    target = parse_qs(urlsplit(response.url).query)["next"][0]
    assert target.startswith(GENERATE) and "seed=3" in target
    assert not Routine.objects.exists()


def test_saving_is_a_post(member_client, catalogue):
    query = PLAN.split("?", 1)[1]
    assert member_client.get(f"{reverse('routines:generate-save')}?{query}").status_code == 405


def test_the_visitors_plan_survives_sign_up(client, catalogue):
    before = client.get(PLAN)
    html = before.content.decode()
    signup_link = next(
        part.split('"')[0]
        for part in html.split('href="')
        if part.startswith("/accounts/signup/?next=")
    )
    plan_url = parse_qs(urlsplit(signup_link.replace("&amp;", "&")).query)["next"][0]
    signup = client.post(
        signup_link.replace("&amp;", "&"),
        {"username": "newcomer", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert signup.status_code == 302
    assert signup.url == plan_url  # back to the plan, not the profile
    after = client.get(plan_url)
    assert plan_names(after) == plan_names(before)
    assert "Save to my routines" in after.content.decode()
    query = plan_url.split("?", 1)[1]
    client.post(f"{reverse('routines:generate-save')}?{query}")
    saved = Routine.objects.get(owner__username="newcomer")
    assert [s.pose.english_name for s in saved.steps.all()] == plan_names(before)


def test_the_visitors_plan_survives_log_in(client, member, catalogue):
    before = client.get(PLAN)
    response = client.post(
        f"{reverse('login')}?next={before.context['plan_url']}",
        {"username": member.username, "password": PASSWORD, "next": before.context["plan_url"]},
    )
    assert response.status_code == 302 and response.url == before.context["plan_url"]
    assert plan_names(client.get(response.url)) == plan_names(before)


def test_the_generator_is_linked_from_home_routines_and_starters(member_client, catalogue):
    for url in (reverse("home"), reverse("routines:list"), reverse("routines:starters")):
        assert f'href="{GENERATE}"' in member_client.get(url).content.decode(), url


def test_the_plan_pages_make_as_many_queries_for_a_long_plan_as_for_a_short_one(client, catalogue):
    practice = reverse("routines:generate-practice")
    for page in (GENERATE, practice):
        counts = []
        for minutes in (5, 30):
            query = PLAN.split("?", 1)[1].replace("minutes=10", f"minutes={minutes}")
            with CaptureQueriesContext(connection) as queries:
                assert client.get(f"{page}?{query}").status_code == 200
            counts.append(len(queries))
        assert counts[0] == counts[1] <= 12, (page, counts)
