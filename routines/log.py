"""The practice log's rules: the member's today, the streak, the calendar and the chart."""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from .models import FEELING_MAX

CALENDAR_WEEKS = 12
CHART_SESSIONS = 30
CHART_WIDTH, CHART_HEIGHT, CHART_PAD = 600, 220, 30


def member_today(member, now=None):
    """The date where the member is. Members have no time zone of their own yet, so the
    site's (settings.TIME_ZONE) stands in for it."""
    return timezone.localdate(now or timezone.now(), ZoneInfo(settings.TIME_ZONE))


def streak(days, today):
    """Days in a row with practice, ending today, or yesterday while today is still open."""
    days = set(days)
    day = today if today in days else today - datetime.timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= datetime.timedelta(days=1)
    return count


@dataclass(frozen=True)
class CalendarDay:
    date: datetime.date
    minutes: int
    is_future: bool

    @property
    def level(self):
        """0 to 3, for the colour of the square."""
        if not self.minutes:
            return 0
        return 1 if self.minutes < 10 else 2 if self.minutes < 30 else 3


def calendar_start(today, weeks=CALENDAR_WEEKS):
    """The Monday the calendar begins on."""
    return today - datetime.timedelta(days=today.weekday() + 7 * (weeks - 1))


def calendar_weeks(minutes_by_day, today, weeks=CALENDAR_WEEKS):
    """``weeks`` lists of seven CalendarDays, Monday first, the last week holding today."""
    start = calendar_start(today, weeks)
    return [
        [
            CalendarDay(day, minutes_by_day.get(day, 0), day > today)
            for day in (start + datetime.timedelta(days=7 * week + weekday) for weekday in range(7))
        ]
        for week in range(weeks)
    ]


@dataclass(frozen=True)
class ChartPoint:
    session: object
    x: float
    before_y: float | None
    after_y: float | None


def _y(feeling):
    if feeling is None:
        return None
    inner = CHART_HEIGHT - 2 * CHART_PAD
    return round(CHART_HEIGHT - CHART_PAD - feeling / FEELING_MAX * inner, 1)


def feeling_chart(sessions):
    """Points of the before/after chart for sessions in date order (oldest first)."""
    sessions = [s for s in sessions if s.feeling_before is not None or s.feeling_after is not None]
    inner = CHART_WIDTH - 2 * CHART_PAD
    step = inner / (len(sessions) - 1) if len(sessions) > 1 else 0
    points = [
        ChartPoint(
            session,
            round(CHART_PAD + (index * step if step else inner / 2), 1),
            _y(session.feeling_before),
            _y(session.feeling_after),
        )
        for index, session in enumerate(sessions)
    ]
    return {
        "points": points,
        "before_line": " ".join(f"{p.x},{p.before_y}" for p in points if p.before_y is not None),
        "after_line": " ".join(f"{p.x},{p.after_y}" for p in points if p.after_y is not None),
        "gridlines": [(value, _y(value)) for value in (0, 5, 10)],
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "left": CHART_PAD,
        "right": CHART_WIDTH - CHART_PAD,
    }
