"""Worked examples of the schedule: DST days in 2026, midnight, travel, Done and Snooze.

Each example spells out the instants in UTC and in local time, so a failure reads like a story.
2026 transitions: Europe/Berlin springs forward Sun 29 Mar 02:00 -> 03:00 and falls back
Sun 25 Oct 03:00 -> 02:00; America/New_York springs forward Sun 8 Mar 02:00 -> 03:00 and falls back
Sun 1 Nov 02:00 -> 01:00; Australia/Lord_Howe moves by 30 minutes (back Sun 5 Apr 02:00 -> 01:30,
forward Sun 4 Oct 02:00 -> 02:30).
"""

import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.reminders.schedule import (
    FootPlan,
    MovementPlan,
    Window,
    local_to_utc,
    next_foot,
    next_movement,
    spread_phase,
    validate_windows,
    window_containing,
    window_end_to_utc,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
MON, FRI, SAT, SUN = 0, 4, 5, 6
WORKDAYS = tuple(Window(day, time(9), time(17)) for day in range(5))


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def fires(plan: MovementPlan, after: datetime, until: datetime) -> list[datetime]:
    out: list[datetime] = []
    while (nxt := next_movement(plan, after)) is not None and nxt < until:
        out.append(nxt)
        after = nxt
    return out


# --- zoneinfo's fold semantics, which the schedule relies on (PEP 495) ----------------------------


def test_fold_zero_is_the_first_of_a_repeated_time():
    first = datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN)  # fold=0
    second = first.replace(fold=1)
    assert first.utcoffset() == timedelta(hours=2)  # still summer time
    assert second.utcoffset() == timedelta(hours=1)
    assert local_to_utc(date(2026, 10, 25), time(2, 30), BERLIN) == utc(2026, 10, 25, 0, 30)
    # Even a time that asks for fold=1 is read as the first occurrence: fire once, the first time.
    assert local_to_utc(date(2026, 10, 25), time(2, 30, fold=1), BERLIN) == utc(2026, 10, 25, 0, 30)


def test_fold_zero_moves_a_skipped_time_forward_by_the_gap():
    skipped = datetime(2026, 3, 29, 2, 30, tzinfo=BERLIN)  # does not exist
    assert skipped.utcoffset() == timedelta(hours=1)  # fold=0: the offset before the jump
    instant = local_to_utc(date(2026, 3, 29), time(2, 30), BERLIN)
    assert instant == utc(2026, 3, 29, 1, 30)
    assert instant.astimezone(BERLIN).time() == time(3, 30)
    # fold=1 would have moved it *back* to 01:30 CET: the schedule never uses it.
    assert skipped.replace(fold=1).astimezone(UTC) == utc(2026, 3, 29, 0, 30)


def test_a_window_end_in_the_gap_ends_at_the_jump():
    assert window_end_to_utc(date(2026, 3, 29), time(2, 30), BERLIN) == utc(2026, 3, 29, 1, 0)
    assert window_end_to_utc(date(2026, 3, 8), time(2, 15), NEW_YORK) == utc(2026, 3, 8, 7, 0)
    lord_howe = ZoneInfo("Australia/Lord_Howe")
    jump = window_end_to_utc(date(2026, 10, 4), time(2, 15), lord_howe)
    assert jump.astimezone(lord_howe).time() == time(2, 30)  # 30-minute gap


@pytest.mark.parametrize(
    "end", [time(2, 0, 1), time(2, 1), time(2, 30), time(2, 59), time(2, 59, 59)]
)
def test_every_end_in_the_gap_ends_at_the_same_jump(end):
    assert window_end_to_utc(date(2026, 3, 29), end, BERLIN) == utc(2026, 3, 29, 1, 0)


# --- movement breaks across DST -----------------------------------------------------------------


def test_spring_forward_inside_a_window_keeps_real_intervals_berlin():
    plan = MovementPlan(30, (Window(SUN, time(1), time(6)),), "Europe/Berlin")
    got = fires(plan, utc(2026, 3, 28, 12), utc(2026, 3, 30))
    # 01:00 CET is 00:00Z, 06:00 CEST is 04:00Z: four real hours, a break every 30 real minutes.
    assert got == [utc(2026, 3, 29, 0, 15) + timedelta(minutes=30 * k) for k in range(8)]
    assert [f.astimezone(BERLIN).strftime("%H:%M") for f in got[:4]] == [
        "01:15",
        "01:45",
        "03:15",
        "03:45",
    ]


def test_a_window_starting_in_the_gap_starts_after_it():
    plan = MovementPlan(60, (Window(SUN, time(2, 30), time(8)),), "Europe/Berlin")
    start, end = window_containing(plan, utc(2026, 3, 29, 3))
    assert start.astimezone(BERLIN).time() == time(3, 30)
    assert end == utc(2026, 3, 29, 6)
    assert next_movement(plan, utc(2026, 3, 29)) == utc(2026, 3, 29, 2)  # 04:00 CEST


def test_windows_around_the_gap_do_not_overlap_in_real_time():
    plan = MovementPlan(
        15, (Window(SUN, time(0), time(2, 30)), Window(SUN, time(2, 45), time(5))), "Europe/Berlin"
    )
    first = window_containing(plan, utc(2026, 3, 29, 0, 59))
    second = window_containing(plan, utc(2026, 3, 29, 1, 50))
    assert first is not None
    assert second is not None
    assert first[1] == utc(2026, 3, 29, 1, 0)  # the jump
    assert second[0] == utc(2026, 3, 29, 1, 45)  # 03:45 CEST
    assert window_containing(plan, utc(2026, 3, 29, 1, 10)) is None


def test_fall_back_inside_a_window_new_york():
    plan = MovementPlan(60, (Window(SUN, time(0), time(4)),), "America/New_York")
    got = fires(plan, utc(2026, 11, 1), utc(2026, 11, 2))
    # 00:00 EDT = 04:00Z to 04:00 EST = 09:00Z: five real hours, five breaks an hour apart.
    assert got == [utc(2026, 11, 1, 4, 30) + timedelta(hours=k) for k in range(5)]
    walls = [f.astimezone(NEW_YORK).strftime("%H:%M %Z") for f in got]
    assert walls == ["00:30 EDT", "01:30 EDT", "01:30 EST", "02:30 EST", "03:30 EST"]


def test_spring_forward_new_york_window_start():
    plan = MovementPlan(30, (Window(SUN, time(2, 10), time(5)),), "America/New_York")
    assert next_movement(plan, utc(2026, 3, 8)) == utc(2026, 3, 8, 7, 25)  # 03:10 EDT + 15


def test_a_window_ending_at_a_repeated_time_ends_at_its_first_occurrence():
    plan = MovementPlan(15, (Window(SUN, time(0), time(2, 30)),), "Europe/Berlin")
    assert window_containing(plan, utc(2026, 10, 25, 0, 29)) is not None
    assert window_containing(plan, utc(2026, 10, 25, 0, 30)) is None
    assert window_containing(plan, utc(2026, 10, 25, 1, 10)) is None  # 02:10 CET, second pass


# --- midnight, travel, Done and Snooze ----------------------------------------------------------


def test_a_window_crossing_midnight():
    plan = MovementPlan(60, (Window(FRI, time(22), time(6)),), "Europe/London")
    # Fri 5 Jun 2026 22:00 BST = 21:00Z; ends Sat 06:00 BST = 05:00Z.
    assert window_containing(plan, utc(2026, 6, 6, 2)) == (utc(2026, 6, 5, 21), utc(2026, 6, 6, 5))
    assert next_movement(plan, utc(2026, 6, 6, 2)) == utc(2026, 6, 6, 2, 30)
    assert next_movement(plan, utc(2026, 6, 6, 4, 30)) == utc(2026, 6, 12, 21, 30)
    assert window_containing(plan, utc(2026, 6, 6, 5)) is None  # the end is excluded


def test_a_traveller_gets_the_next_break_in_the_new_zone():
    plan = MovementPlan(45, WORKDAYS, "Europe/Berlin")
    monday_10_berlin = utc(2026, 6, 1, 8)
    assert next_movement(plan, monday_10_berlin) == utc(2026, 6, 1, 8, 7, 30)
    moved = replace(plan, zone="America/New_York")
    # 04:00 in New York: the window opens at 09:00 EDT = 13:00Z, first break 22.5 minutes later.
    assert next_movement(moved, monday_10_berlin) == utc(2026, 6, 1, 13, 22, 30)


def test_done_reanchors_the_grid():
    plan = MovementPlan(45, WORKDAYS, "Europe/Berlin", phase_seconds=600)
    done = utc(2026, 6, 1, 8, 7, 13)
    assert next_movement(plan, done, anchor=done) == done + timedelta(minutes=45)
    later = done + timedelta(minutes=50)
    assert next_movement(plan, later, anchor=done) == done + timedelta(minutes=90)


def test_the_anchor_itself_never_fires():
    plan = MovementPlan(45, WORKDAYS, "Europe/Berlin")
    done = utc(2026, 6, 1, 9, 0)
    just_before = done - timedelta(minutes=5)
    assert next_movement(plan, just_before, anchor=done) == done + timedelta(minutes=45)


def test_nothing_fires_at_the_end_of_a_window():
    # 09:00-10:30 every 60 minutes, phase 0: the grid is 09:30, 10:30; 10:30 is the end.
    plan = MovementPlan(60, (Window(MON, time(9), time(10, 30)),), "UTC")
    assert next_movement(plan, utc(2026, 6, 1, 9, 30)) == utc(2026, 6, 8, 9, 30)
    done = utc(2026, 6, 1, 9, 30)
    assert next_movement(plan, done, anchor=done) == utc(2026, 6, 8, 9, 30)


def test_an_anchor_from_another_occurrence_is_ignored():
    plan = MovementPlan(45, WORKDAYS, "Europe/Berlin")
    yesterday = utc(2026, 6, 1, 14, 59)
    tuesday_start = utc(2026, 6, 2, 7)
    expected = tuesday_start + timedelta(minutes=22.5)
    assert next_movement(plan, tuesday_start, anchor=yesterday) == expected
    before_window = utc(2026, 6, 2, 6, 50)
    assert next_movement(plan, tuesday_start, anchor=before_window) == expected


def test_a_snooze_near_the_end_moves_to_the_next_day():
    plan = MovementPlan(45, WORKDAYS, "Europe/Berlin")
    snoozed_fired = utc(2026, 6, 1, 14, 40)  # 16:40 CEST; the window ends 17:00
    nxt = next_movement(plan, snoozed_fired, anchor=snoozed_fired)
    assert nxt == utc(2026, 6, 2, 7, 22, 30)  # never at or after 17:00


def test_a_friday_snooze_waits_for_monday():
    plan = MovementPlan(30, WORKDAYS, "Europe/Berlin")
    late = utc(2026, 6, 5, 14, 50)
    assert next_movement(plan, late, anchor=late) == utc(2026, 6, 8, 7, 15)


def test_no_windows_never_fire_and_a_short_window_gets_one_break():
    assert next_movement(MovementPlan(45, (), "UTC"), utc(2026, 1, 1)) is None
    short = MovementPlan(60, (Window(MON, time(9), time(9, 20)),), "UTC")
    fire = next_movement(short, utc(2026, 1, 1))  # a Thursday: the next Monday's window
    assert fire is not None
    assert utc(2026, 1, 5, 9) <= fire < utc(2026, 1, 5, 9, 20)
    assert next_movement(short, fire) > utc(2026, 1, 6)  # once per occurrence


# --- foot checks ----------------------------------------------------------------------------------


def test_foot_check_daily_at_local_time():
    plan = FootPlan(time(21), "Europe/Berlin")
    assert next_foot(plan, utc(2026, 6, 1, 12)) == utc(2026, 6, 1, 19)
    assert next_foot(plan, utc(2026, 6, 1, 19)) == utc(2026, 6, 2, 19)  # strictly after


def test_foot_check_in_the_gap_moves_forward():
    plan = FootPlan(time(2, 30), "Europe/Berlin")
    assert next_foot(plan, utc(2026, 3, 28, 12)) == utc(2026, 3, 29, 1, 30)  # 03:30 CEST
    ny = FootPlan(time(2, 30), "America/New_York")
    assert next_foot(ny, utc(2026, 3, 7, 12)) == utc(2026, 3, 8, 7, 30)  # 03:30 EDT


def test_foot_check_on_a_repeated_time_fires_once():
    plan = FootPlan(time(2, 30), "Europe/Berlin")
    first = next_foot(plan, utc(2026, 10, 24, 12))
    assert first == utc(2026, 10, 25, 0, 30)  # 02:30 CEST
    assert next_foot(plan, first) == utc(2026, 10, 26, 1, 30)  # not 02:30 CET the same night
    ny = FootPlan(time(1, 30), "America/New_York")
    first_ny = next_foot(ny, utc(2026, 10, 31, 12))
    assert first_ny == utc(2026, 11, 1, 5, 30)
    assert next_foot(ny, first_ny) == utc(2026, 11, 2, 6, 30)


def test_foot_check_lord_howe_half_hour_shift():
    zone = ZoneInfo("Australia/Lord_Howe")
    forward = next_foot(FootPlan(time(2, 15), "Australia/Lord_Howe"), utc(2026, 10, 3, 12))
    assert forward.astimezone(zone).replace(tzinfo=None) == datetime(2026, 10, 4, 2, 45)
    back = FootPlan(time(1, 45), "Australia/Lord_Howe")
    first = next_foot(back, utc(2026, 4, 4, 6))
    assert first.astimezone(zone).replace(tzinfo=None) == datetime(2026, 4, 5, 1, 45)
    assert first.astimezone(zone).utcoffset() == timedelta(hours=11)
    assert next_foot(back, first).astimezone(zone).date() == date(2026, 4, 6)


# --- phase and validation -------------------------------------------------------------------------


def test_spread_phase_is_stable_and_in_range():
    # A fixed value: Python's hash() would change with PYTHONHASHSEED; this must not.
    assert spread_phase(123456789, 45) == spread_phase(123456789, 45) == 109
    assert all(0 <= spread_phase(uid, 15) < 900 for uid in range(2000))


def test_spread_phase_spreads_80000_users_over_the_interval():
    period = 45 * 60
    per_second = [0] * period
    for uid in range(100_000_000, 100_080_000):
        per_second[spread_phase(uid, 45)] += 1
    assert sum(1 for n in per_second if n) > period * 0.99
    assert max(per_second) < 60  # about 30 a second on average, Poisson spread
    halves = sum(per_second[: period // 2]), sum(per_second[period // 2 :])
    assert abs(halves[0] - halves[1]) < 1500


@pytest.mark.parametrize(
    ("windows", "message"),
    [
        ((), "at least one window"),
        ((Window(MON, time(22), time(6)), Window(1, time(5), time(9))), "overlap"),
        ((Window(SUN, time(22), time(2)), Window(MON, time(1), time(3))), "overlap"),
        ((Window(MON, time(9), time(17)), Window(MON, time(9), time(17))), "overlap"),
    ],
)
def test_validate_windows_rejects(windows, message):
    with pytest.raises(ValueError, match=message):
        validate_windows(windows)


def test_validate_windows_accepts_adjacent_windows():
    validate_windows((Window(SUN, time(22), time(6)), Window(MON, time(6), time(9))))
    validate_windows(tuple(Window(day, time(22), time(6)) for day in range(7)))


def test_window_rejects_equal_start_and_end_and_bad_days():
    with pytest.raises(ValueError, match="same time"):
        Window(MON, time(9), time(9))
    with pytest.raises(ValueError, match="weekday"):
        Window(7, time(9), time(17))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"interval_minutes": 14}, "between 15 and 120"),
        ({"interval_minutes": 121}, "between 15 and 120"),
        ({"zone": "Mars/Olympus"}, "not a known IANA time zone"),
        ({"phase_seconds": 45 * 60}, "phase"),
        ({"phase_seconds": -1}, "phase"),
        ({"windows": (Window(MON, time(9), time(17)), Window(MON, time(16), time(18)))}, "overlap"),
    ],
)
def test_movement_plan_rejects_bad_settings(kwargs, message):
    settings = {"interval_minutes": 45, "windows": WORKDAYS, "zone": "UTC", **kwargs}
    with pytest.raises(ValueError, match=message):
        MovementPlan(**settings)


def test_naive_datetimes_are_refused():
    plan = MovementPlan(45, WORKDAYS, "UTC")
    with pytest.raises(ValueError, match="timezone-aware"):
        next_movement(plan, datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="timezone-aware"):
        next_movement(plan, utc(2026, 1, 1), anchor=datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="timezone-aware"):
        next_foot(FootPlan(time(21), "UTC"), datetime(2026, 1, 1))


def test_non_utc_aware_input_is_accepted_and_output_is_utc():
    plan = FootPlan(time(21), "Europe/Berlin")
    result = next_foot(plan, datetime(2026, 6, 1, 14, tzinfo=BERLIN))
    assert result == utc(2026, 6, 1, 19)
    assert result.tzinfo is UTC


def test_the_core_imports_neither_telegram_nor_the_database():
    code = (
        "import sys\n"
        "import bot.reminders.schedule, bot.reminders.parse, bot.reminders.zones\n"
        "heavy = {'telegram', 'sqlalchemy', 'sqlmodel', 'timezonefinder'}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_a_window_as_short_as_the_interval_still_gets_a_break_for_every_user() -> None:
    from datetime import UTC, datetime, time

    from bot.reminders.schedule import MovementPlan, Window, next_movement, spread_phase

    monday = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    windows = (Window(0, time(9), time(10)),)
    for user_id in range(200):
        plan = MovementPlan(60, windows, "UTC", spread_phase(user_id, 60))
        fire = next_movement(plan, monday)
        assert fire is not None
        assert fire.date() == monday.date()
        assert time(9) <= fire.time() < time(10)
