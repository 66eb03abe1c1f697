"""Story reasons told with a count left singular, a dropped "g" or a slip of the keys, and
numbness still there days after what pressed it came off.

"Since 2 week", "maybe 3 month" (a second language), "stoppin me from doing my garden", "the
last fortnigt" and "legs went all tingely" tell the guide's reasons and numbness as surely as
the spelled-out words; "took the belt off a week ago and still numb" is numbness that stays,
not one that passed. Each case is written for this test (none is copied from an evaluation set).
"""

from __future__ import annotations

import pytest

from bot.stories import read_cues


@pytest.mark.parametrize(
    "text",
    [
        "my husband leg is numb since 3 week, he walk fine",
        "numbness in my toes maybe 2 month, no pain",
        "tingling both feet for 5 day, what I do?",
        "my feet numb the last fortnigt",
    ],
)
def test_a_count_left_singular_or_misspelled_is_a_time_it_lasts(text: str) -> None:
    assert "lasting-days" in read_cues(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "my 3 month old baby kicks a lot, is my numb leg from carrying her?",
        "just back from a 2 week holiday, legs went numb on the flight, fine now",
        "sat for 4 hours, my foot went numb, 5 minutes later fine",
    ],
)
def test_an_age_a_trip_or_a_sitting_is_no_time_numbness_lasts(text: str) -> None:
    assert "lasting-days" not in read_cues(text).reasons


def test_a_dropped_g_still_tells_daily_life() -> None:
    assert "daily-activities" in read_cues("its stoppin me from doin my shopping").reasons


def test_a_misspelled_tingle_is_numbness() -> None:
    assert read_cues("legs went all tingely in the queue").numbness


@pytest.mark.parametrize(
    "text",
    [
        "my thigh went numb from a tight belt, took it off three days ago and still numb",
        "toes numb from the new boots, a week later still tingly",
    ],
)
def test_still_numb_days_after_it_came_off_has_not_passed(text: str) -> None:
    assert not read_cues(text).passed


def test_still_numb_for_a_moment_then_fine_has_passed() -> None:
    cues = read_cues("took the boots off and still numb for a second, then fine")
    assert cues.passed


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("my soles have been numb since maybe one month", "lasting-days"),
        ("since we came home from the cruise last week my toes feel numb", "lasting-days"),
        ("my calves are numb, not worse, not better, just there", "lasting-days"),
        ("weeks of this numbness in my heels", "lasting-days"),
        ("the numbness is making my shifts at the bakery hard", "daily-activities"),
        ("climbing to my flat has turned into a struggle, my feet are numb", "daily-activities"),
        ("my feet are numb and I keep missing the last step", "daily-activities"),
    ],
)
def test_a_reason_told_in_everyday_words(text: str, reason: str) -> None:
    assert reason in read_cues(text).reasons


def test_numbness_that_has_not_gone_away_has_not_passed() -> None:
    assert not read_cues("five days now my toes are numb and it hasn't gone away").passed


def test_not_really_feeling_the_feet_is_numbness() -> None:
    assert read_cues("I can't really feel my feet on the pedals").numbness


def test_a_ride_is_a_position() -> None:
    cues = read_cues("my feet go numb on long bike rides, fine once I get off and walk")
    assert cues.position
    assert cues.passed


def test_numbness_that_stayed_has_not_passed() -> None:
    text = "usually it goes when I get off the bike, but for 9 days my right foot has stayed numb"
    assert not read_cues(text).passed


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "my shin went numb after the op last year and the feeling never came back",
            "lasting-days",
        ),
        ("toes numb on and off for most of this year", "lasting-days"),
        ("my dad's had the numbness for a long time now", "lasting-days"),
        ("over recent weeks my left calf has felt numb", "lasting-days"),
        (
            "the numbness in her feet is slowly going higher, now till the knee",
            "worsening-spreading",
        ),
        ("my numbness has moved from my feet to my lower legs", "worsening-spreading"),
        ("a numb patch on my left thigh, the right leg is unaffected", "one-side"),
    ],
)
def test_a_reason_told_in_other_everyday_words(text: str, reason: str) -> None:
    assert reason in read_cues(text).reasons


def test_sitting_for_a_long_time_is_no_time_numbness_lasts() -> None:
    text = "why does sitting for a long time make my legs numb? fine once I walk"
    assert "lasting-days" not in read_cues(text).reasons


def test_a_loss_of_sensation_is_numbness() -> None:
    assert read_cues("a gradual reduction of sensation in my left foot").numbness
