"""Story reasons told through dates, seasons, comparisons and scenes, and numbness that passed
told through a move.

"Continuously since 2 October", "since the clocks went back", "all of the summer holidays" and
"a numb feeling that never really goes" are the guide's numbness lasting more than a few days;
"before, only the small toe ... now all the foot", "just a bit tingly at Christmas, now numb to
the knee" and "worse every time I visit" its progressive worsening; "I've stopped taking the
stairs", "makes the job much harder" and "I keep stubbing them" numbness in the way of daily
life; "right side fine" and "only the outside of my left shin" one side. "Shook it out and
fine", "stood up, stomped a bit, gone" and "pins & needles" tell numbness that passed as
plainly as "it went away"; a ride, stirrups and a turbo trainer are positions. Each case is
written for this test (none is copied from an evaluation set).
"""

from __future__ import annotations

import pytest

from bot.stories import Level, read_cues
from tests.unit.story_advice import advised


@pytest.mark.parametrize(
    "text",
    [
        "my toes have tingled without a break since 14 March",
        "numb soles since the 3rd of june, no pain",
        "feet numb since the clocks changed",
        "both shins numb since half term, otherwise well",
        "legs have felt like cardboard all of the easter holidays",
        "there's a dull numbness in my heel that never really goes",
        "my toes went numb since we moved flats, that was back in april",
        "soles tingling since the kids went back to school",
        "calves numb pretty much nonstop",
        "my feet numb, not pain. some months.",
        "numb soles, cant feel the gas pedal, weeks",
        "toes numb sinse early february",
        "my shins have been numb for close to a month",
        "I hoped the tingling would settle. Still there every single day.",
        "from last month my feet feel like sleeping all the time",
        "shins numb since around halloween, no pain",
    ],
)
def test_a_date_a_season_or_never_going_is_a_time_it_lasts(text: str) -> None:
    assert "lasting-days" in read_cues(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "my foot never goes numb when I sit, only my hands",
        "it was numb for a minute after the recital, fine now",
    ],
)
def test_never_going_numb_or_a_minute_is_no_time_it_lasts(text: str) -> None:
    assert "lasting-days" not in read_cues(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "before, only my big toe was numb. now the whole front of the foot",
        "previously just the heel tingled, now it is the entire sole",
        "my wife's feet were just a bit tingly in the summer, now both legs are numb to the shin",
        "grandad's numb feet seem worse each visit, now he says it's reaching his knees",
        "a numb patch on my thigh that is getting gradually bigger",
        "mum's numbness started in her toes last spring and this year it's up to her shins",
        "my heels went numb months ago and it has been creeping gradually up my legs",
        "the numbness has gone from just my toes in spring to both feet right up to the ankle",
    ],
)
def test_a_before_and_now_or_a_slow_growth_is_worsening(text: str) -> None:
    assert "worsening-spreading" in read_cues(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "my feet were just numb after the long drive and now they're fine",
        "before, only after sitting, now all fine again",
    ],
)
def test_a_before_and_now_that_is_well_is_no_worsening(text: str) -> None:
    assert "worsening-spreading" not in read_cues(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "since my feet went numb I've stopped taking the stairs at the office",
        "I'm a courier and the numb feet make the rounds much harder than last year",
        "my toes are numb and I keep bumping them on the bed frame",
        "numb feet, I don't notice cuts until I see blood on my sock",
        "my feet are numb and my wife says I walk funny now",
        "stairs are a real problem since my feet went numb",
        "numb feet keep me up three times a night",
        "I cannot stand the whole shift anymore, my feet are numb",
        "numb feet have, over some weeks, made getting in and out of the bath difficult",
        "my numb feet mean I've quit pilates",
        "I shuffle round the shops holding the trolley now, feet numb",
        "I can't get through a full work day on my feet any more, soles numb",
    ],
)
def test_a_scene_of_daily_life_is_its_reason(text: str) -> None:
    assert "daily-activities" in read_cues(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "numb strip on my right shin, slowly growing, left side fine",
        "only the outer side of my left calf has gone numb over the past weeks",
    ],
)
def test_a_side_told_fine_or_a_part_of_one_side_is_one_sided(text: str) -> None:
    assert "one-side" in read_cues(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "knitting on the sofa with my legs tucked up, one foot went numb, shook it out and fine",
        "pins & needles in my calf after a long film, stood up, stomped about, gone",
        "rode my cousin's pony this morning, calves tingly from the stirrups, walked about and "
        "they were normal in minutes",
        "an hour on the turbo trainer and my toes tingle, clip out, walk around, gone in a few "
        "minutes",
        "knelt weeding the borders all morning, stood up and my shins were dead, stamped about "
        "and they were back",
        "sat in the stands for the whole match, feet went fuzzy, walked to the bus and they were "
        "fine",
        "the cat slept on my legs all film, couldn't feel my foot, a minute of stretching, "
        "totally normal",
        "drum kit practice with my foot pressed on the kick pedal for an hour, foot went numb, "
        "fine shortly after",
        "sat on the nursery floor building blocks, stood up and couldn't feel the floor for a "
        "minute, hopped about and it came back",
        "drove the van through the night, left foot numb at the services, did a lap of the car "
        "park, fine after a few minutes",
        "half an hour of kneeling in prayer, couldn't feel my feet, took a couple of minutes of "
        "walking to get them back",
        "leg went numb resting it on the footstool all evening, feeling came back within minutes",
    ],
)
def test_a_move_that_ends_it_is_self_care(text: str) -> None:
    assert advised(text) is Level.SELF_CARE


@pytest.mark.parametrize(
    "text",
    [
        "my dad keeps losing his slippers because he can't feel them fall off, feet numb for "
        "months",
        "mum's feet were only a little tingly at new year, now numb up to her knees, nothing "
        "else, she's well",
    ],
)
def test_a_slipper_that_falls_off_or_a_slow_spread_gets_the_appointment(text: str) -> None:
    assert advised(text) is Level.APPOINTMENT


def test_passing_only_expected_has_not_passed() -> None:
    assert not read_cues("I thought my numb heel would settle, it hasn't, weeks now").passed


def test_a_cup_knocked_over_is_no_hurt() -> None:
    assert not read_cues("the dog knocked my tea over and I barely felt it, numb feet").hurt


def test_numbness_that_stays_after_a_move_has_not_passed() -> None:
    assert not read_cues("stood up and stamped about but my foot is still numb a week on").passed


def test_a_slipper_falling_off_is_no_hurt() -> None:
    assert not read_cues("he can't feel his slippers fall off, numb feet for weeks").hurt


def test_a_fall_off_a_ladder_is_still_a_hurt() -> None:
    assert read_cues("he fell off the ladder and his feet are numb").hurt
