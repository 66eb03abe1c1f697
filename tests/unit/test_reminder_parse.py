"""What people type after /move, /feet and /pause: accepted forms and every refusal.

A refusal must say what is wrong and carry a command that works, so each error case checks both.
"""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.reminders.parse import (
    DEFAULT_FOOT_TIME,
    InputError,
    MoveSettings,
    parse_feet_args,
    parse_move_args,
    parse_pause,
)
from bot.reminders.schedule import Window

BERLIN = ZoneInfo("Europe/Berlin")
WORKDAYS = (0, 1, 2, 3, 4)


def windows(days, start, end) -> tuple[Window, ...]:
    return tuple(Window(day, start, end) for day in days)


def attempt(parse, *args):
    """(result, None) or (None, the InputError): fuzz tests accept either, never a crash."""
    try:
        return parse(*args), None
    except InputError as error:
        return None, error


def move(text: str) -> MoveSettings:
    result = parse_move_args(text.split())
    assert isinstance(result, MoveSettings)
    return result


# --- /move ----------------------------------------------------------------------------------------


def test_move_defaults():
    assert parse_move_args([]) == MoveSettings(45, windows(WORKDAYS, time(9), time(17)))


def test_move_full_example():
    assert move("45 09:00-17:30 mon-fri") == MoveSettings(
        45, windows(WORKDAYS, time(9), time(17, 30))
    )


@pytest.mark.parametrize(
    "text",
    ["30 9-17 weekdays", "weekdays 9-17 30", "9-17 30", "30", "30m 9:00-17:00", "30 min 9am-5pm"],
)
def test_move_parts_in_any_order_and_subset(text):
    result = move(text)
    assert result.interval_minutes == 30
    assert result.windows == windows(WORKDAYS, time(9), time(17))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("9-17", time(9), time(17)),
        ("9:00-17:30", time(9), time(17, 30)),
        ("0900-1730", time(9), time(17, 30)),
        ("9am-5pm", time(9), time(17)),
        ("9 am - 5 pm", time(9), time(17)),
        ("9 a.m. to 5 p.m.", time(9), time(17)),
        ("9:30am-6:15pm", time(9, 30), time(18, 15)),
        ("12pm-8pm", time(12), time(20)),
        ("9.30-17.30", time(9, 30), time(17, 30)),
        ("9h30-17h30", time(9, 30), time(17, 30)),
        ("09:00–17:00", time(9), time(17)),  # an en dash, as phones type it
        ("9-5", time(9), time(17)),  # a working day, never 09:00 to 05:00
        ("8:30-4:30", time(8, 30), time(16, 30)),
        ("22:00-06:00", time(22), time(6)),  # a night shift crosses midnight
        ("22-6", time(22), time(6)),
        ("10pm-6am", time(22), time(6)),
        ("18:00-24:00", time(18), time(0)),
        ("from 9 to 17", time(9), time(17)),
    ],
)
def test_move_time_ranges(text, start, end):
    assert move(text).windows == windows(WORKDAYS, start, end)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("mon-fri", WORKDAYS),
        ("mon,wed,fri", (0, 2, 4)),
        ("mon, wed, fri", (0, 2, 4)),
        ("mon wed fri", (0, 2, 4)),
        ("sat-sun", (5, 6)),
        ("weekends", (5, 6)),
        ("weekdays", WORKDAYS),
        ("daily", tuple(range(7))),
        ("every day", tuple(range(7))),
        ("everyday", tuple(range(7))),
        ("fri-mon", (0, 4, 5, 6)),
        ("Monday-Thursday", (0, 1, 2, 3)),
        ("tues,thurs", (1, 3)),
        ("on mondays and fridays", (0, 4)),
    ],
)
def test_move_days(text, days):
    assert move(f"45 9-17 {text}").windows == windows(days, time(9), time(17))


def test_move_interval_bounds_and_hours():
    assert move("15").interval_minutes == 15
    assert move("120").interval_minutes == 120
    assert move("1h").interval_minutes == 60
    assert move("2 hours").interval_minutes == 120
    assert move("every 30 minutes").interval_minutes == 30


def test_move_off():
    assert parse_move_args(["off"]) == "off"
    assert parse_move_args(["OFF"]) == "off"


def test_move_describe():
    assert move("45 09:00-17:30 mon-fri").describe() == (
        "every 45 min, 09:00-17:30, Mon, Tue, Wed, Thu, Fri"
    )


def assert_refused(error: InputError, *fragments: str, example: str) -> None:
    for fragment in fragments:
        assert fragment in error.message
    assert error.example == example
    assert error.text == f"{error.message} Example: {example}"
    assert str(error) == error.text


MOVE_EXAMPLE = "/move 45 09:00-17:30 mon-fri"


@pytest.mark.parametrize(
    ("args", "fragments", "example"),
    [
        (["5"], ["The interval must be between 15 and 120 minutes."], "/move 45"),
        (["121"], ["between 15 and 120 minutes"], "/move 45"),
        (["0"], ["between 15 and 120 minutes"], "/move 45"),
        (["3h"], ["between 15 and 120 minutes"], "/move 45"),
        (["45", "25:00-17:00"], ['"25:00" is not a time of day.'], MOVE_EXAMPLE),
        (["45", "09:00-17:99"], ['"17:99" is not a time of day.'], MOVE_EXAMPLE),
        (["45", "09:00-25:00"], ['"25:00" is not a time of day.'], MOVE_EXAMPLE),
        (["13pm-5pm"], ['"13pm" is not a time of day.'], MOVE_EXAMPLE),
        (["24:00-08:00"], ['"24:00" is not a time of day.'], MOVE_EXAMPLE),
        (["09:00-09:00"], ["start and end at the same time"], MOVE_EXAMPLE),
        (["9am-09:00"], ["start and end at the same time"], MOVE_EXAMPLE),
        (["9:00"], ['"9:00" is only one time', "start and the end"], MOVE_EXAMPLE),
        (["9-"], ['"9-" is not a range of hours'], MOVE_EXAMPLE),
        (["9-12-17"], ['"9-12-17" is not a range of hours'], MOVE_EXAMPLE),
        (["fry"], ['I don\'t understand "fry"', "mon-fri"], MOVE_EXAMPLE),
        (["45", "lunch"], ['I don\'t understand "lunch"'], MOVE_EXAMPLE),
        (["45x"], ['I don\'t understand "45x"'], MOVE_EXAMPLE),
        (["mon-funday"], ['I don\'t understand "mon-funday"'], MOVE_EXAMPLE),
        (["45", "30"], ["two intervals (45 and 30)"], "/move 45"),
        (["9-17", "10-18"], ["two time ranges"], MOVE_EXAMPLE),
        (["off", "45"], ['"off" turns movement breaks off'], "/move off"),
        (["45", "09:00-09:20"], ["shorter than the 45-minute interval"], MOVE_EXAMPLE),
    ],
)
def test_move_refusals(args, fragments, example):
    with pytest.raises(InputError) as caught:
        parse_move_args(args)
    assert_refused(caught.value, *fragments, example=example)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=12), max_size=4))
def test_move_never_crashes_on_arbitrary_input(args):
    result, error = attempt(parse_move_args, args)
    if error is not None:
        assert error.message
        assert error.example.startswith("/move")
    else:
        assert result == "off" or 15 <= result.interval_minutes <= 120


# --- /feet ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], None),
        (["21:00"], time(21)),
        (["9pm"], time(21)),
        (["9", "pm"], time(21)),
        (["2130"], time(21, 30)),
        (["7:05"], time(7, 5)),
        (["off"], "off"),
        (["Off"], "off"),
        (["24:00"], time(0)),
    ],
)
def test_feet_args(args, expected):
    assert parse_feet_args(args) == expected


def test_feet_default_is_documented():
    assert time(21) == DEFAULT_FOOT_TIME


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["25:00"], '"25:00" is not a time of day.'),
        (["21:60"], '"21:60" is not a time of day.'),
        (["evening"], '"evening" is not a time of day.'),
        (["21:00", "22:00"], "more than one time"),
    ],
)
def test_feet_refusals(args, fragment):
    with pytest.raises(InputError) as caught:
        parse_feet_args(args)
    assert_refused(caught.value, fragment, example="/feet 21:00")


# --- /pause ---------------------------------------------------------------------------------------

NOW = datetime(2026, 6, 10, 14, 20, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("text", "elapsed"),
    [
        ("30m", timedelta(minutes=30)),
        ("2h", timedelta(hours=2)),
        ("90 min", timedelta(minutes=90)),
        ("1h30m", timedelta(minutes=90)),
        ("1h 30m", timedelta(minutes=90)),
        ("1.5h", timedelta(minutes=90)),
        ("2 hours", timedelta(hours=2)),
        ("for 2 hours", timedelta(hours=2)),
        ("3d", timedelta(days=3)),
        ("1w", timedelta(days=7)),
        ("30d", timedelta(days=30)),
        ("720h", timedelta(days=30)),
        ("4 weeks", timedelta(days=28)),
    ],
)
def test_pause_durations(text, elapsed):
    assert parse_pause(text, NOW) == NOW.astimezone(UTC) + elapsed


def test_pause_returns_utc():
    assert parse_pause("2h", NOW).tzinfo is UTC


def test_pause_today_ends_at_the_next_local_midnight():
    assert parse_pause("today", NOW) == datetime(2026, 6, 10, 22, 0, tzinfo=UTC)  # 00:00 CEST
    assert parse_pause("Today", NOW) == parse_pause("for today", NOW)
    late = datetime(2026, 6, 10, 23, 59, tzinfo=BERLIN)
    assert parse_pause("today", late) == datetime(2026, 6, 10, 22, 0, tzinfo=UTC)


def test_pause_days_keep_the_local_clock_across_dst():
    before_switch = datetime(2026, 3, 27, 10, 0, tzinfo=BERLIN)  # CET; CEST from Sunday
    end = parse_pause("3d", before_switch)
    assert end.astimezone(BERLIN).replace(tzinfo=None) == datetime(2026, 3, 30, 10, 0)
    assert end - before_switch.astimezone(UTC) == timedelta(days=3, hours=-1)
    assert parse_pause("72h", before_switch) - before_switch == timedelta(hours=72)


PAUSE_HINT = "give a duration up to 30 days, like 30m, 2h, today or 3d."


@pytest.mark.parametrize(
    ("text", "fragments", "example"),
    [
        ("forever", [f"A pause always ends by itself: {PAUSE_HINT}"], "/pause 2h"),
        ("Forever", ["A pause always ends by itself"], "/pause 2h"),
        ("indefinitely", ["A pause always ends by itself"], "/pause 2h"),
        ("0m", ['A pause of "0m" would end at once', "at least 1 minute"], "/pause 2h"),
        ("0h 0m", ["would end at once"], "/pause 2h"),
        ("-5m", ['"-5m" is negative'], "/pause 2h"),
        ("31d", ['"31d" is longer than 30 days'], "/pause 3d"),
        ("5w", ['"5w" is longer than 30 days'], "/pause 3d"),
        ("721h", ["longer than 30 days"], "/pause 3d"),
        ("30", ['"30" has no unit', "30m"], "/pause 2h"),
        ("abc", ['"abc" is not a duration', PAUSE_HINT], "/pause 2h"),
        ("2 parsecs", ['"2 parsecs" is not a duration'], "/pause 2h"),
        ("", ["Tell me how long to pause", PAUSE_HINT], "/pause 2h"),
    ],
)
def test_pause_refusals(text, fragments, example):
    with pytest.raises(InputError) as caught:
        parse_pause(text, NOW)
    assert_refused(caught.value, *fragments, example=example)


def test_pause_forever_message_exactly():
    with pytest.raises(InputError) as caught:
        parse_pause("forever", NOW)
    assert caught.value.message == (
        "A pause always ends by itself: give a duration up to 30 days, like 30m, 2h, today or 3d."
    )


def test_pause_needs_an_aware_now():
    with pytest.raises(ValueError, match="aware"):
        parse_pause("2h", datetime(2026, 6, 10, 14, 20))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20))
def test_pause_is_bounded_or_refused(text):
    end, error = attempt(parse_pause, text, NOW)
    if error is not None:
        assert error.example.startswith("/pause")
    else:
        assert NOW < end <= NOW + timedelta(days=30, hours=1)


def test_parts_not_typed_keep_the_current_plans():
    current = move("45 07:30-15:30 mon,wed,fri")
    assert parse_move_args(["20"], current) == MoveSettings(
        20, windows((0, 2, 4), time(7, 30), time(15, 30))
    )
    assert parse_move_args(["tue"], current) == MoveSettings(
        45, windows((1,), time(7, 30), time(15, 30))
    )
    assert parse_move_args(["10-12"], current) == MoveSettings(
        45, windows((0, 2, 4), time(10), time(12))
    )


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("45 17:00-09:00", True),
        ("45 22:00-06:00 overnight", False),
        ("45 9-5", False),  # read as a working day
        ("45 18:00-24:00", False),  # ends at midnight, not past it
        ("45 09:00-17:00", False),
    ],
)
def test_hours_across_midnight_ask_unless_said_in_words(text: str, asks: bool):
    assert move(text).confirm_overnight is asks
