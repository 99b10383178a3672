"""The practice log: saving a session, refusing bad input, the streak and the history page."""

import datetime
import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.services import export_data
from routines.log import calendar_weeks, member_today, streak
from routines.models import PracticeSession
from tests.factories import make_pose
from tests.routines.helpers import make_routine

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 3, 10)


def days(*offsets):
    return [TODAY - datetime.timedelta(days=offset) for offset in offsets]


@pytest.fixture
def routine(member):
    # 5 s lead-in + 2 × 60 s on each side + 5 s switch = 130 s, so 3 minutes at most + 60.
    return make_routine(member, [(make_pose("Pigeon", per_side=True), 60, "both")], title="Hips")


def log_url(routine):
    return reverse("routines:practice-log", args=[routine.pk])


def entry(**fields):
    data = {
        "practised_on": "2026-03-01",
        "minutes": "12",
        "completed": "on",
        "feeling_before": "3",
        "feeling_after": "7",
        "note": "Left hip tighter.",
        "token": str(uuid.uuid4()),
    }
    data.update(fields)
    return {key: value for key, value in data.items() if value is not None}


def test_member_saves_a_session_and_sees_it_in_the_history(member_client, member, routine):
    response = member_client.post(log_url(routine), entry(minutes="3"), follow=True)
    assert response.redirect_chain[-1][0] == reverse("routines:history")
    session = PracticeSession.objects.get()
    assert (session.member, session.routine, session.routine_title) == (member, routine, "Hips")
    assert (session.minutes, session.completed, session.feeling_before) == (3, True, 3)
    page = response.content.decode()
    assert "Saved your practice of “Hips”." in page
    assert "Left hip tighter." in page and "hips 3 → 7" in page


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("feeling_before", "11", "Rate how your hips feel from 0 to 10."),
        ("feeling_after", "-1", "Rate how your hips feel from 0 to 10."),
        ("minutes", "-1", "Enter from 0 to 63 minutes"),
        ("minutes", "64", "Enter from 0 to 63 minutes"),
        ("minutes", "ten", "Enter the minutes as a whole number, e.g. 12."),
        ("practised_on", "2999-01-01", "That date is in the future"),
        ("practised_on", "yesterday", "Enter the date as YYYY-MM-DD"),
    ],
)
def test_bad_input_gets_a_message_and_saves_nothing(member_client, routine, field, value, message):
    response = member_client.post(log_url(routine), entry(**{field: value}))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert "Your practice was not saved yet" in response.content.decode()
    assert not PracticeSession.objects.exists()


def test_feelings_and_note_are_optional(member_client, routine):
    member_client.post(log_url(routine), entry(feeling_before="", feeling_after="", note=""))
    session = PracticeSession.objects.get()
    assert (session.feeling_before, session.feeling_after) == (None, None)


def test_a_double_submit_saves_once(member_client, routine):
    data = entry()
    member_client.post(log_url(routine), data)
    response = member_client.post(log_url(routine), data, follow=True)
    assert PracticeSession.objects.count() == 1
    assert "This practice was already saved" in response.content.decode()


def test_another_members_routine_cannot_be_logged(member_client, other_member):
    private = make_routine(other_member, [make_pose("Bridge")])
    unlisted = make_routine(other_member, [make_pose("Cobra")], visibility="unlisted")
    for routine in [private, unlisted]:
        assert member_client.post(log_url(routine), entry()).status_code == 404
    shared = reverse("routines:shared-practice-log", args=[unlisted.share_token])
    member_client.post(shared, entry(minutes="1"))
    assert list(PracticeSession.objects.values_list("routine", flat=True)) == [unlisted.pk]
    # Listed, but not linked: the routine opens only through its share link.
    page = member_client.get(reverse("routines:history")).content.decode()
    assert "My routine" in page and f'href="/routines/{unlisted.pk}/"' not in page


def test_a_visitor_is_invited_to_sign_up(client, routine):
    routine.visibility = "public"
    routine.save()
    page = client.get(reverse("routines:practice", args=[routine.pk])).content.decode()
    assert "to keep a log of your practice" in page
    assert "data-log-form" not in page
    response = client.post(log_url(routine), entry())
    assert response.status_code == 302 and "login" in response.url
    assert not PracticeSession.objects.exists()


def test_a_deleted_routine_leaves_its_sessions(member_client, member, routine):
    member_client.post(log_url(routine), entry())
    routine.delete()
    session = PracticeSession.objects.get()
    assert (session.routine, session.routine_title) == (None, "Hips")
    page = member_client.get(reverse("routines:history")).content.decode()
    assert 'Hips <span class="small text-body-secondary">(routine deleted)</span>' in page


def test_sessions_are_exported_and_deleted_with_the_account(member_client, member, routine):
    member_client.post(log_url(routine), entry())
    (exported,) = export_data(member)["practice_sessions"]
    assert exported == {
        "routine": "Hips",
        "date": "2026-03-01",
        "minutes": 12,
        "completed": True,
        "feeling_before": 3,
        "feeling_after": 7,
        "note": "Left hip tighter.",
    }
    member.delete()
    assert not PracticeSession.objects.exists()


def test_streak_counts_days_in_a_row_up_to_today_or_yesterday():
    assert streak(days(0, 1, 2, 4), TODAY) == 3
    assert streak(days(1, 2), TODAY) == 2  # today is not over yet
    assert streak(days(2, 3), TODAY) == 0
    assert streak(days(0, 0, 1), TODAY) == 2  # two sessions on one day count once
    assert streak([], TODAY) == 0


def test_the_day_turns_over_in_the_members_time_zone(settings, member):
    settings.TIME_ZONE = "Pacific/Auckland"  # UTC+13 in March
    late_utc = datetime.datetime(2026, 3, 9, 11, 30, tzinfo=datetime.UTC)
    assert member_today(member, late_utc) == datetime.date(2026, 3, 10)
    settings.TIME_ZONE = "America/New_York"
    assert member_today(member, late_utc) == datetime.date(2026, 3, 9)
    early_utc = datetime.datetime(2026, 3, 10, 3, 0, tzinfo=datetime.UTC)
    assert member_today(member, early_utc) == datetime.date(2026, 3, 9)


def test_calendar_is_twelve_weeks_monday_first_ending_this_week():
    weeks = calendar_weeks({TODAY: 25}, TODAY)  # a Tuesday
    assert len(weeks) == 12 and all(len(week) == 7 for week in weeks)
    assert weeks[0][0].date == datetime.date(2025, 12, 22) and weeks[0][0].date.weekday() == 0
    assert weeks[-1][1].date == TODAY and weeks[-1][1].level == 2
    assert weeks[-1][2].is_future


def test_history_shows_totals_streak_calendar_and_chart(member_client, member, other_member):
    today = member_today(member)
    for offset, minutes, before, after in [(0, 10, 2, 6), (1, 20, None, 5), (3, 5, None, None)]:
        PracticeSession.objects.create(
            member=member,
            routine_title="Hips",
            practised_on=today - datetime.timedelta(days=offset),
            minutes=minutes,
            feeling_before=before,
            feeling_after=after,
            token=uuid.uuid4(),
        )
    PracticeSession.objects.create(
        member=other_member,
        routine_title="Not mine",
        practised_on=today,
        minutes=99,
        token=uuid.uuid4(),
    )
    response = member_client.get(reverse("routines:history"))
    page = response.content.decode()
    assert response.context["totals"] == {"count": 3, "minutes": 35}
    assert response.context["streak"] == 2
    assert "Not mine" not in page
    assert page.count("<polyline") == 2  # before and after lines
    assert f"{today:%a} {today.day} {today:%b}: 10 min" in page  # the calendar, in words
    chart = response.context["chart"]
    assert [point.session.feeling_after for point in chart["points"]] == [5, 6]  # oldest first


def test_history_queries_do_not_grow_with_sessions(member_client, member, routine):
    def queries():
        with CaptureQueriesContext(connection) as context:
            assert member_client.get(reverse("routines:history")).status_code == 200
        return len(context)

    PracticeSession.objects.create(
        member=member,
        routine=routine,
        routine_title="Hips",
        practised_on=TODAY,
        minutes=5,
        token=uuid.uuid4(),
    )
    few = queries()
    PracticeSession.objects.bulk_create(
        PracticeSession(
            member=member,
            routine=routine,
            routine_title="Hips",
            minutes=5,
            token=uuid.uuid4(),
            practised_on=TODAY - datetime.timedelta(days=n),
            feeling_after=n % 11,
        )
        for n in range(40)
    )
    assert queries() == few


def test_history_needs_a_login(client):
    assert client.get(reverse("routines:history")).status_code == 302
