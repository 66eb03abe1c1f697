"""The diary's rules: which of the guide's reasons a run of entries shows, and saying each once."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.content import load_content
from bot.diary.commands import parse_log_args
from bot.diary.entries import DayEntry, places_from, places_text, toggle
from bot.diary.notices import reasons_shown, to_say
from bot.reminders.parse import InputError

RULES = load_content().diary.notices
TODAY = date(2026, 3, 8)


def days(
    *levels: int, sides: tuple[str | None, ...] = (), places: tuple[str, ...] = ()
) -> list[DayEntry]:
    """Entries ending today, oldest first."""
    start = TODAY - timedelta(days=len(levels) - 1)
    return [
        DayEntry(
            start + timedelta(days=i),
            level,
            places_from(places[i] if i < len(places) else ""),
            sides[i] if i < len(sides) else None,
        )
        for i, level in enumerate(levels)
    ]


def test_four_numb_days_in_a_row_show_lasting_days_and_three_do_not() -> None:
    assert reasons_shown(days(1, 1, 1, 1), TODAY, RULES) == ["lasting-days"]
    assert reasons_shown(days(0, 1, 1, 1), TODAY, RULES) == []
    gap = [e for e in days(1, 1, 1, 1, 1) if e.day != TODAY - timedelta(days=2)]
    assert "lasting-days" not in reasons_shown(gap, TODAY, RULES)


def test_a_level_above_the_weeks_first_or_a_new_place_shows_worsening() -> None:
    assert reasons_shown(days(1, 2), TODAY, RULES) == ["worsening-spreading"]
    assert reasons_shown(days(2, 1), TODAY, RULES) == []
    spread = days(1, 1, places=("feet", "feet,calves"))
    assert reasons_shown(spread, TODAY, RULES) == ["worsening-spreading"]
    old = days(1, 0, 0, 0, 0, 0, 0, 0, 2)  # the mild day is more than a week back
    assert reasons_shown(old, TODAY, RULES) == []


def test_three_entries_on_the_same_single_side_show_one_side() -> None:
    assert reasons_shown(days(1, 0, 1, 1, sides=("left", None, "left", "left")), TODAY, RULES) == [
        "one-side"
    ]
    assert reasons_shown(days(1, 1, 1, sides=("left", "right", "left")), TODAY, RULES) == []
    assert reasons_shown(days(1, 1, 1, sides=("both", "both", "both")), TODAY, RULES) == []


def test_nothing_is_shown_on_a_day_without_numbness_or_without_an_entry() -> None:
    assert reasons_shown(days(1, 1, 1, 1, 0), TODAY, RULES) == []
    assert reasons_shown(days(1, 1, 1, 1)[:-1], TODAY, RULES) == []


@given(
    levels=st.lists(st.integers(min_value=0, max_value=3), min_size=1, max_size=28),
    sides=st.lists(st.sampled_from([None, "left", "right", "both"]), max_size=28),
)
def test_reasons_never_depend_on_entries_after_today(
    levels: list[int], sides: list[str | None]
) -> None:
    entries = days(*levels, sides=tuple(sides))
    later = [DayEntry(TODAY + timedelta(days=n), 3, frozenset({"thighs"}), "left") for n in (1, 2)]
    shown = reasons_shown(entries, TODAY, RULES)
    assert reasons_shown(entries + later, TODAY, RULES) == shown
    assert set(shown) <= {rule.criterion for rule in RULES}
    if levels[-1] == 0:
        assert shown == []


@given(st.integers(min_value=0, max_value=40))
def test_a_reason_is_said_once_then_not_for_the_quiet_days(gap: int) -> None:
    said_on = TODAY - timedelta(days=gap)
    again = to_say(["one-side"], {"one-side": said_on}, TODAY, 14)
    assert again == (["one-side"] if gap >= 14 else [])
    assert to_say(["one-side"], {}, TODAY, 14) == ["one-side"]


def test_places_toggle_and_round_trip() -> None:
    places = toggle(frozenset(), "feet")
    places = toggle(places, "calves")
    assert places_text(places) == "calves,feet"
    assert places_from(places_text(toggle(places, "feet"))) == {"calves"}
    assert places_from("") == frozenset()


@pytest.mark.parametrize(
    ("args", "action"),
    [([], "ask"), (["off"], "off"), (["ON"], "on"), (["20:00"], "daily"), (["8pm"], "daily")],
)
def test_log_arguments(args: list[str], action: str) -> None:
    assert parse_log_args(args).action == action


def test_log_note_and_bad_arguments() -> None:
    assert parse_log_args(["note", "numb", "after", "the", "bus"]).note == "numb after the bus"
    for bad in (["note"], ["at", "quarter", "past"], ["25:99"]):
        with pytest.raises(InputError):
            parse_log_args(bad)
