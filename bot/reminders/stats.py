"""Adherence in the user's own calendar: breaks done versus sent, foot checks, streaks.

Pure: deliveries in, numbers out. Weeks run Monday to Sunday in the user's zone, and a foot-check
streak counts consecutive local days with a completed check, still alive until the end of today
(today's check may not be due yet).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

WEEKS_SHOWN = 5  # this week and the last four


@dataclass(frozen=True)
class DeliveryFact:
    kind: str  # "movement" | "foot"
    due_at: datetime
    sent: bool  # reached the user (sent, done, or sent and then snoozed), not merely skipped
    done: bool
    first: bool = True  # the reminder itself, not a snooze of it: a snoozed break counts once


@dataclass(frozen=True)
class WeekStats:
    monday: date
    breaks_sent: int
    breaks_done: int
    foot_sent: int
    foot_done: int


@dataclass(frozen=True)
class Streaks:
    current: int
    best: int


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def stats_window(now: datetime, zone: str) -> tuple[datetime, datetime]:
    """The UTC range covering the weeks shown: from the Monday four weeks ago to now."""
    tz = ZoneInfo(zone)
    first_monday = week_start(now.astimezone(tz).date()) - timedelta(weeks=WEEKS_SHOWN - 1)
    start = datetime.combine(first_monday, time(0, 0), tzinfo=tz)
    return start.astimezone(now.tzinfo), now + timedelta(seconds=1)


def weekly(facts: Iterable[DeliveryFact], now: datetime, zone: str) -> list[WeekStats]:
    """This week first, then each earlier week."""
    tz = ZoneInfo(zone)
    this_monday = week_start(now.astimezone(tz).date())
    mondays = [this_monday - timedelta(weeks=n) for n in range(WEEKS_SHOWN)]
    counts = {monday: [0, 0, 0, 0] for monday in mondays}
    for fact in facts:
        monday = week_start(fact.due_at.astimezone(tz).date())
        if monday not in counts:
            continue
        offset = 0 if fact.kind == "movement" else 2
        counts[monday][offset] += int(fact.first and (fact.sent or fact.done))
        counts[monday][offset + 1] += int(fact.done)
    return [WeekStats(monday, *counts[monday]) for monday in mondays]


def has_history(weeks: Iterable[WeekStats]) -> bool:
    return any(week.breaks_sent or week.foot_sent or week.breaks_done for week in weeks)


FORGIVEN_EVERY_DAYS = 7
"""One missed day in seven does not break a streak: a streak that ends with one forgotten
evening says "start over" to someone who checked their feet six days out of seven."""


def foot_streaks(done_due_times: Iterable[datetime], now: datetime, zone: str) -> Streaks:
    """Days with a foot check done in a row, in the user's calendar. A single missed day is
    forgiven when no other forgiven day lies within the `FORGIVEN_EVERY_DAYS` days before it;
    a streak counts the days done. Today not done yet does not end it, nor does yesterday when
    it could be forgiven."""
    tz = ZoneInfo(zone)
    days = sorted({instant.astimezone(tz).date() for instant in done_due_times})
    best = 0
    run: list[date] = []  # the days done of the streak that ends at the latest day so far
    forgiven: date | None = None
    for day in days:
        previous = run[-1] if run else None
        if previous is None or day - previous > timedelta(days=2):
            run, forgiven = [], None
        elif day - previous == timedelta(days=2):
            missed = previous + timedelta(days=1)
            if not _forgivable(missed, forgiven, day):
                # Too close to the last forgiven day: the streak now starts after that one.
                assert forgiven is not None
                run = [done for done in run if done > forgiven]
            forgiven = missed
        run.append(day)
        best = max(best, len(run))
    today = now.astimezone(tz).date()
    last = run[-1] if run else None
    alive = last is not None and (
        today - last <= timedelta(days=1)
        or (
            today - last == timedelta(days=2)
            and _forgivable(today - timedelta(days=1), forgiven, today)
        )
    )
    return Streaks(current=len(run) if alive else 0, best=best)


def _forgivable(missed: date, last_forgiven: date | None, next_day: date) -> bool:
    """`missed` is the only day between two days done, and no forgiven day is near it."""
    if next_day - missed != timedelta(days=1):
        return False
    return last_forgiven is None or missed - last_forgiven >= timedelta(days=FORGIVEN_EVERY_DAYS)
