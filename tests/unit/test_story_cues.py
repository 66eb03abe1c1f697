"""The words that give a story its level (bot/stories/cues.py), in the ways people tell them, and
a story told without naming anyone (bot/stories/levels.py). Each sentence written for this test."""

from __future__ import annotations

import pytest

from bot.content.loader import load_content
from bot.stories import Level, read_cues
from bot.stories.tools import reader_for

READER = reader_for(load_content())


@pytest.mark.parametrize(
    "text",
    [
        "knelt by the bath for half an hour and my foot died on me",
        "woke up with no feelin in my left leg",
        "his feet feel like they belong to someone else",
        "an hour of yoga on the mat, both feet dead after",
        "my niece said her legs felt funny after sitting on them",
        "she's slowly losing feeling in her left shin",
    ],
)
def test_numbness_in_other_words(text: str) -> None:
    assert read_cues(text).numbness


@pytest.mark.parametrize(
    "text",
    [
        "sat on my foot through the film, stood up and by then it had gone",
        "crossed my legs in the meeting, foot numb, walked, fine",
        "long coach trip, numb calves, stomped about, ok",
        "my foot went numb in the cinema, and by the time I'd walked to the car the feeling was "
        "back",
        "knelt weeding the beds, leg numb, shook it and it was totally normal",
        "sat on my leg in an odd position and it was fine a couple of minutes later",
    ],
)
def test_numbness_that_passed_told_briefly(text: str) -> None:
    cues = read_cues(text)
    assert cues.passed
    assert cues.temporary


@pytest.mark.parametrize(
    "text",
    [
        "travelling by rail all afternoon and my shins went numb",
        "held the pedal in one position for hours and my right foot went numb",
        "practised the organ on a hard bench all morning and my legs tingled",
        "his leg lay on top of mine all night and it went numb",
        "after long hours at the wheel my right foot goes numb",
        "watching telly with one leg over the other and it went to sleep",
        "lay under the car with my legs bent awkwardly and my calf went numb",
        "six hours in the cab without a break and my feet went numb",
    ],
)
def test_positions_in_other_words(text: str) -> None:
    assert read_cues(text).position


@pytest.mark.parametrize(
    "text",
    [
        "my thigh has been numb for two months, it doesn't improve when I get up and walk",
        "numb heels for weeks, it doesn't go when I take my trainers off",
    ],
)
def test_passing_denied_is_no_passing(text: str) -> None:
    assert not read_cues(text).passed


def test_how_long_someone_sat_is_no_time_the_numbness_lasts() -> None:
    text = (
        "he sat on his foot on the arm of the sofa watching the match for ages, numb for a minute"
    )
    assert "lasting-days" not in read_cues(text).reasons


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("dad's toes have gone numb over the last month", "lasting-days"),
        ("it crept in slowly, took about half a year to reach my ankles", "lasting-days"),
        (
            "her numbness used to be only in her heels and now it's the whole sole",
            "worsening-spreading",
        ),
        ("the numb patch on my shin keeps getting bigger", "worsening-spreading"),
        ("my feet are numb and he's finding the stairs hard", "daily-activities"),
        ("numb soles, walking is getting harder", "daily-activities"),
        ("the numbness is making my morning jog a real struggle", "daily-activities"),
        ("numb for like 3 weeks now", "lasting-days"),
        ("both soles numb since the new pills, always there", "lasting-days"),
        ("his toes have been numb for a good while", "lasting-days"),
        ("lately the numbness has got in the way of her everyday life", "daily-activities"),
        ("numb soles since xmas and it's nearly march", "lasting-days"),
        ("the tingling has been going on a while now", "lasting-days"),
        ("numb calves keeping me up at night", "daily-activities"),
        ("numb toes ruining my walks", "daily-activities"),
        ("at first only my heel, now after a few weeks the whole sole", "worsening-spreading"),
        ("the numb patch was coin sized in spring, it's bigger now", "worsening-spreading"),
        ("left foot numb for weeks, right fine", "one-side"),
        ("my shin has gone numb over weeks, just that leg", "one-side"),
        ("numb soles, so she has stopped her evening walks", "daily-activities"),
        ("the numbness prevents me from walking far", "daily-activities"),
        ("numb feet, I've had to pull out of the darts team", "daily-activities"),
        ("slowly over this month my heel went numb", "lasting-days"),
        ("my soles have been like this a good while", "lasting-days"),
        ("numb toes since autumn", "lasting-days"),
        ("so numb at night she can't get off to sleep", "daily-activities"),
        ("numb feet, can't manage my shifts", "daily-activities"),
        ("numb soles, work is getting awkward", "daily-activities"),
        ("I can't feel the ladder rungs with these numb feet", "daily-activities"),
        ("the numbness has gone from 2 out of 10 to 5", "worsening-spreading"),
        ("right calf numb on the side, but not the left one", "one-side"),
    ],
)
def test_reasons_to_book_in_other_words(text: str, reason: str) -> None:
    assert reason in read_cues(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "numb thigh after the lecture, should i just buy bigger jeans",  # clothes, not spreading
        "my leg went numb on the plane but it came back in a minute",
    ],
)
def test_what_is_no_reason_to_book(text: str) -> None:
    assert not read_cues(text).reasons


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("foot numb from kneeling at church, gone once I stood. normal?", Level.SELF_CARE),
        ("calf numb after the long drive, walked it off in a minute, ok?", Level.SELF_CARE),
        ("numb toes for 3 weeks now, should that worry anyone?", Level.APPOINTMENT),
    ],
)
def test_a_story_told_without_naming_anyone_is_a_story(text: str, level: Level) -> None:
    """Told with what gives its level, a question asks about what happened."""
    story = READER.read(text)
    assert story is not None
    assert story.level is level


@pytest.mark.parametrize(
    "text",
    [
        "why does a leg go numb after sitting for long?",
        "can numbness be a sign of something serious?",
    ],
)
def test_a_question_about_numbness_in_general_is_no_story(text: str) -> None:
    assert READER.read(text) is None


def test_an_injury_denied_is_no_hurt() -> None:
    assert not read_cues("my right thigh has gone numb over weeks, no back injury, no pain").hurt
    assert read_cues("my right thigh went numb after a back injury").hurt


def test_a_story_that_worsens_told_without_naming_anyone_is_a_story() -> None:
    story = READER.read("tingling used to be only at night, now most of the day, worse every week")
    assert story is not None
    assert story.level is Level.APPOINTMENT


def test_one_leg_tucked_under_is_a_position_not_a_side() -> None:
    cues = read_cues("sat with one leg tucked under the other and my foot went numb")
    assert cues.position
    assert "one-side" not in cues.reasons


def test_numbness_that_came_right_passed() -> None:
    assert read_cues("his leg went numb gaming, he hobbled about and it came right").passed


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("my foot was gone after the long meeting, came back when I walked", "numbness"),
        ("woke up with a dead foot this morning", "numbness"),
        ("after the movie my leg went sleep for a bit", "numbness"),
        ("getting up felt like walking on sponges for a minute", "numbness"),
        ("the soles of my feet have felt kind of dull for weeks", "numbness"),
        ("lying still on my front at the dentist, my leg tingled after", "position"),
        ("pins and needles after the match in the stadium seats", "position"),
        ("legs numb after the bus ride, a short walk sorted it", "passed"),
        ("foot tingled after kneeling, five minutes of walking and she was fine", "passed"),
        ("toes numb in the car, stretched, then normal", "passed"),
        ("got up from the piano stool and my leg was pure static", "numbness"),
        ("knelt on my heels weeding for an hour", "position"),
        ("foot asleep on the coach, by the time we got off it was right as rain", "passed"),
        ("walked up and down the platform for 2 minutes and finish", "passed"),
    ],
)
def test_more_ways_to_tell_numbness_a_position_and_its_passing(text: str, field: str) -> None:
    assert getattr(read_cues(text), field)


@pytest.mark.parametrize(
    "text",
    [
        "she was fine until last week, now her feet are numb all day",
        "I was okay before the operation, since then my shin is numb",
        "my feet tingle and I worry the old treatment is coming back to bite me",
    ],
)
def test_well_until_something_and_a_cause_coming_back_are_no_passing(text: str) -> None:
    assert not read_cues(text).passed


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("the tingling in my toes started at new year and is still here in april", "lasting-days"),
        ("my knee has had a numb patch since about mid-june", "lasting-days"),
        ("numbness began last tuesday and it's still there", "lasting-days"),
        ("my heel has felt numb the last while", "lasting-days"),
        ("my feet go numb so I can't really do the school run any more", "daily-activities"),
        ("dad can't go to the shops alone now, his legs are numb", "daily-activities"),
        ("the numb patch on my shin has doubled since the summer", "worsening-spreading"),
        ("every week the tingling is a bit higher up her leg", "worsening-spreading"),
        ("week three of numb toes now", "lasting-days"),
    ],
)
def test_more_reasons_to_book_in_other_words(text: str, reason: str) -> None:
    assert reason in read_cues(text).reasons


def test_a_fall_feared_is_no_hurt() -> None:
    assert not read_cues("her legs are numb for weeks and she is scared she'll fall").hurt
    assert read_cues("her legs are numb since she fell down the stairs").hurt
