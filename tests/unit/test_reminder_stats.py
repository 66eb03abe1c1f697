"""Adherence figures: weeks in the user's own calendar, and foot-check streaks."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from bot.reminders.stats import DeliveryFact, Streaks, foot_streaks, stats_window, weekly

SYDNEY = "Australia/Sydney"


def at(zone: str, *args: int) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(zone)).astimezone(UTC)  # type: ignore[misc]


def test_weeks_follow_the_users_calendar_not_utc() -> None:
    now = at(SYDNEY, 2026, 3, 9, 8, 0)  # Monday morning in Sydney, still Sunday in UTC
    facts = [
        DeliveryFact("movement", at(SYDNEY, 2026, 3, 9, 7, 30), sent=True, done=True),
        DeliveryFact("movement", at(SYDNEY, 2026, 3, 8, 15, 0), sent=True, done=False),
        DeliveryFact("foot", at(SYDNEY, 2026, 3, 8, 21, 0), sent=True, done=True),
    ]
    this_week, last_week, *_ = weekly(facts, now, SYDNEY)
    assert this_week.monday == date(2026, 3, 9)
    assert (this_week.breaks_done, this_week.breaks_sent) == (1, 1)
    assert (last_week.breaks_done, last_week.breaks_sent) == (0, 1)
    assert (last_week.foot_done, last_week.foot_sent) == (1, 1)


def test_five_weeks_are_shown_and_older_facts_ignored() -> None:
    now = at("UTC", 2026, 3, 11, 12, 0)
    old = DeliveryFact("foot", now - timedelta(weeks=6), sent=True, done=True)
    weeks = weekly([old], now, "UTC")
    assert len(weeks) == 5
    assert all(week.foot_sent == 0 for week in weeks)
    start, end = stats_window(now, "UTC")
    assert start == at("UTC", 2026, 2, 9, 0, 0)
    assert end > now


def test_streak_counts_consecutive_local_days_and_survives_until_tonight() -> None:
    zone = "America/New_York"
    done = [at(zone, 2026, 3, day, 21, 0) for day in (1, 2, 3, 6, 7, 8, 9)]
    assert foot_streaks(done, at(zone, 2026, 3, 10, 12, 0), zone) == Streaks(current=4, best=4)
    assert foot_streaks(done, at(zone, 2026, 3, 11, 12, 0), zone) == Streaks(current=4, best=4)
    assert foot_streaks(done, at(zone, 2026, 3, 12, 12, 0), zone) == Streaks(current=0, best=4)
    assert foot_streaks([], at(zone, 2026, 3, 10, 12, 0), zone) == Streaks(current=0, best=0)


def test_one_missed_day_in_seven_does_not_break_a_streak_and_two_do() -> None:
    zone = "Europe/Berlin"
    forgiven = [at(zone, 2026, 3, day, 21, 0) for day in (1, 2, 3, 5, 6, 7, 8, 9, 10, 12, 13)]
    # 4 March is forgiven; 11 March is seven days later, so it is forgiven too.
    assert foot_streaks(forgiven, at(zone, 2026, 3, 13, 22, 0), zone) == Streaks(11, 11)
    twice = [at(zone, 2026, 3, day, 21, 0) for day in (1, 2, 3, 5, 6, 8, 9)]
    # 4 and 7 March are three days apart: the streak now starts after 4 March (5, 6, 8, 9).
    assert foot_streaks(twice, at(zone, 2026, 3, 9, 22, 0), zone) == Streaks(4, 5)


def test_a_dst_change_does_not_break_a_streak() -> None:
    zone = "Europe/Berlin"  # clocks go forward on 29 March 2026
    done = [at(zone, 2026, 3, day, 21, 0) for day in range(27, 32)]
    assert foot_streaks(done, at(zone, 2026, 3, 31, 22, 0), zone) == Streaks(current=5, best=5)


@given(st.sets(st.integers(min_value=0, max_value=60), max_size=40))
def test_best_streak_is_the_longest_run_with_misses_at_least_a_week_apart(days: set[int]) -> None:
    start = at("UTC", 2026, 1, 1, 21, 0)
    done = [start + timedelta(days=day) for day in days]
    ordered = sorted(days)

    def valid(run: list[int]) -> bool:
        gaps = [b - a for a, b in itertools.pairwise(run)]
        missed = [a + 1 for a, b in itertools.pairwise(run) if b - a == 2]
        close = any(b - a < 7 for a, b in itertools.pairwise(missed))
        return all(gap <= 2 for gap in gaps) and not close

    # Greedy from each start: a run that is broken stays broken, so the first valid prefix
    # that cannot grow is that start's best.
    best = 0
    for i in range(len(ordered)):
        for j in range(i, len(ordered)):
            if not valid(ordered[i : j + 1]):
                break
            best = max(best, j - i + 1)
    now = start + timedelta(days=61)
    assert foot_streaks(done, now, "UTC").best == best


def test_a_snoozed_break_counts_once_as_sent_and_its_done_counts():
    now = at("UTC", 2026, 3, 4, 12, 0)
    facts = [
        DeliveryFact("movement", at("UTC", 2026, 3, 4, 9, 0), sent=True, done=False, first=True),
        DeliveryFact("movement", at("UTC", 2026, 3, 4, 9, 10), sent=True, done=True, first=False),
    ]
    this_week = weekly(facts, now, "UTC")[0]
    assert (this_week.breaks_done, this_week.breaks_sent) == (1, 1)


def test_the_weekly_chart_is_a_png_of_every_week():
    from bot.ui.stats_chart import weekly_chart

    now = at("UTC", 2026, 3, 4, 12, 0)
    facts = [DeliveryFact("foot", at("UTC", 2026, 3, 3, 21, 0), sent=True, done=True)]
    png = weekly_chart(weekly(facts, now, "UTC"))
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(png) < 200_000
