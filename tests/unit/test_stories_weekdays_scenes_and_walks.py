"""Story reasons told through weekdays, a month's dates, seasons, scenes and changes, positions
from pastimes and trades, and numbness that passed told through a short walk.

"Since last Tuesday", "since the 4th, it's the 18th now", "for most of the winter" are the
guide's numbness lasting more than a few days; "used to stop at the ankle, this month it reached
the knee", "was only in her heel at the last visit, now halfway up", "slowly gone numb" its
progressive worsening; "dropped out of the running club", "can't go to church by walking", "the
stairs are a real effort, I watch every step" numbness in the way of daily life; "confined to
my right calf" one side, never "legs tucked to one side". A long-haul flight, a drum kit's pedal,
lying under sinks, a poker game are positions; "forgot all about it", "it went.", "gone after a
little walk" tell numbness that passed. Each case is written for this test (none is copied from
an evaluation set).
"""

from __future__ import annotations

import pytest

from bot.stories import Level, read_cues
from tests.unit.story_advice import advised

# The guide's reasons to book, by the letter the parametrized cases give them.
REASONS = {
    "w": "worsening-spreading",
    "o": "one-side",
    "l": "lasting-days",
    "d": "daily-activities",
}


@pytest.mark.parametrize(
    "text",
    [
        "my heels have felt dead since last tuesday, no pain",
        "toes numb since the 4th and it's the 18th today",
        "both soles like cardboard (it started on the 2nd, it's the 16th now)",
        "my wife's calves have been numb for most of the winter",
        "toes tingly since maybe february, no other problems",
        "numb feet since like november, I can walk fine",
    ],
)
def test_a_weekday_a_month_s_dates_or_a_season_is_a_time_it_lasts(text: str) -> None:
    assert "lasting-days" in read_cues(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "my foot was numb for a minute after the 3rd lap, fine now",
        "my legs went numb since the 2nd time I sat down today, gone now",
    ],
)
def test_a_lap_or_a_time_sat_down_is_no_time_it_lasts(text: str) -> None:
    assert "lasting-days" not in read_cues(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "the numbness used to stop at my ankle, this month it has reached my knee",
        "mum's tingling was only in her heel at the last visit, now it's halfway up her calf",
        "the numb patch he had in spring now covers the front of his shin as well",
        "my right big toe has slowly gone numb",
        "gradually developing tingling in both soles, nothing else",
        "since april my toes are numb and now it go to the whole foot",
    ],
)
def test_a_change_told_from_before_or_slowly_is_worsening(text: str) -> None:
    assert "worsening-spreading" in read_cues(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "had to drop out of the running club, my feet go numb and stay numb for hours after",
        "my father's feet are numb, he cannot go to church by walking now",
        "my numb toes mean I can't feel the ball well enough to play properly",
        "the stairs to my flat are a real effort with numb feet, I watch every step",
        "as a dance teacher I can't tell where my feet land anymore, they're numb",
        "I stood on a drawing pin and didn't even notice, my soles are that numb",
    ],
)
def test_a_scene_of_daily_life_is_in_its_way(text: str) -> None:
    assert "daily-activities" in read_cues(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "a gradual numbness confined to my right calf, the left is fine",
        "tingling limited to the left foot for weeks",
    ],
)
def test_confined_to_one_side_is_one_side(text: str) -> None:
    assert "one-side" in read_cues(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "knitting with my legs tucked to one side, foot went numb, fine once I stood",
        "I sleep on the side with one leg on other, toes numb, normal after a minute of moving",
    ],
)
def test_a_way_of_sitting_or_sleeping_is_no_side(text: str) -> None:
    assert "one-side" not in read_cues(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "legs numb after a long-haul to Singapore, walked the aisle and it passed in minutes",
        "after two hours on the drum kit my right foot was numb on the pedal, paced about and "
        "it was normal quickly",
        "electrician here, lying under floors all day, legs go numb from being twisted, stretch "
        "and it's gone in a minute",
        "stood up from a long chess match and my foot had no feeling, stamped it and it was back",
        "bridesmaid in stilettos all day, toes were numb, kicked them off and they came back in "
        "a few minutes",
        "my son's feet were numb after kneeling at the lego table, he ran around for a minute and "
        "forgot all about it",
        "support stockings a bit snug, toes tingled, rolled them down and it went.",
        "a long dental appointment and my legs were numb on standing, resolved within two "
        "minutes of walking",
        "dozed off with my leg under me and cudnt feel it, shook it out and it was ok in 2 min",
        "knelt on the kitchen floor scrubbing, legs went numb, gone after a little walk",
        "sat in a four-hour board meeting, left foot went numb, walking to the lift brought "
        "normal feeling back within minutes",
    ],
)
def test_a_position_of_a_pastime_or_a_trade_that_passed_gets_self_care(text: str) -> None:
    assert advised(text) is Level.SELF_CARE


@pytest.mark.parametrize(
    "text",
    [
        "numb toes since last thursday and today is tuesday, no pain at all",
        "my grandad's feet have been numb for ages and he is afraid he'll fall on the steps, "
        "hasn't fallen yet",
        "only my left thigh has been numb for three weeks, came on slowly, no weakness, face "
        "normal",
        "since maybe january my toes are numb, now is march and numb go to all foot, both side "
        "same, no pain",
    ],
)
def test_a_date_a_fear_of_falling_or_denied_signs_keep_the_appointment(text: str) -> None:
    assert advised(text) is Level.APPOINTMENT


@pytest.mark.parametrize(
    "text",
    [
        # Standing is when the leg fails, nothing passed.
        "my dad's leg is numb and when he stand up the leg give way, he fell on the sofa",
        "my leg is numb and when I stand up it is weak and I can't lift it",
    ],
)
def test_a_leg_failing_on_standing_is_no_passing(text: str) -> None:
    assert not read_cues(text).passed
    assert advised(text) is not Level.SELF_CARE


@pytest.mark.parametrize(
    "text",
    [
        "grandma's numb feet mean she now needs the banister and takes the stairs one at a time",
        "with my numb feet I can barely manage to the shop without a rest",
        "i am builder, with numb feet now is difficult to walk on the roof, i must go slow",
        "had to drop my long rides, my feet are numb after an hour and I can't tell how my feet "
        "are landing",
    ],
)
def test_a_banister_a_rest_or_going_slow_is_daily_life(text: str) -> None:
    assert "daily-activities" in read_cues(text).reasons


def test_a_walking_stick_used_is_no_daily_life_of_its_own() -> None:
    text = "I use a walking stick. Sat on a bench too long, leg went numb, fine after a stroll."
    assert "daily-activities" not in read_cues(text).reasons
    assert advised(text) is Level.SELF_CARE


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("every few weeks the numb patch on my shins is a little bigger, now near my knees", "w"),
        ("the area of reduced feeling in my soles has gradually enlarged over two months", "w"),
        ("my right foot has been going numb bit by bit", "w"),
        ("my right leg alone is numb, from the hip to the knee, it came on slowly", "o"),
        ("left leg going numb, right one's totally chill", "o"),
        (
            "had flu in october, the tingling in my feet that started then is still hanging around",
            "l",
        ),
    ],
)
def test_a_wider_patch_one_leg_alone_or_still_hanging_around(text: str, reason: str) -> None:
    assert REASONS[reason] in read_cues(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "wore a waist trainer to the party, thighs got numb, took it off, moved about, cleared "
        "in minutes",
        "lay face down for a three hour tattoo, feet went numb, walked around and they woke up "
        "fast",
        "sat on my foot while sewing and when I got up it felt like it wasn't there, pottered "
        "about and the feeling returned within minutes",
        "elastic on my new socks was tight, toes tingled, swapped socks and the tingling "
        "disappeared within minutes",
        "scared myself this morning, my leg was numb when I woke, I'd been sleeping on it, "
        "walked around and 2 mins later totally normal",
    ],
)
def test_a_garment_a_tattoo_chair_or_a_leg_slept_on_that_passed_gets_self_care(
    text: str,
) -> None:
    assert advised(text) is Level.SELF_CARE


@pytest.mark.parametrize(
    "text",
    [
        "sat cross legged for an hour, foot went numb, walked it off in a minute, but my husband "
        "says I was mumbling at dinner",
        "knelt in the garden, legs numb, stood up and it passed, then I couldn't find my words "
        "for a bit",
        "foot went numb at my desk, walked about and it was fine, but my chest feels tight now",
    ],
)
def test_a_sign_told_beside_numbness_that_passed_keeps_the_questions(text: str) -> None:
    """The story reads as temporary numbness; the sign's own words beside it keep the red-flag
    questions (or the alarm), never self-care alone."""
    assert advised(text) is not Level.SELF_CARE


def test_denied_signs_beside_numbness_that_passed_still_get_self_care() -> None:
    text = (
        "sat on my foot, it went numb, walked around and it was normal within a minute. no "
        "slurring, face fine, no chest pain"
    )
    assert read_cues(text).told_signs == frozenset()
    assert advised(text) is Level.SELF_CARE


@pytest.mark.parametrize(
    "text",
    [
        "my shins have felt numb since the weekend before last",
        "nan says her soles feel like cotton wool every time I've visited this month",
        "around new year my toes started feeling dead, it's april now and no change",
        "tingly feet, been a month now",
        "R foot numb for 3wks, no pain",
    ],
)
def test_a_week_before_last_a_visit_a_new_year_or_wks_is_a_time_it_lasts(text: str) -> None:
    assert "lasting-days" in read_cues(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "sitting on the floor with my legs folded, when I got up my leg was totally numb, after "
        "two minutes of walking I could feel it properly again",
        "grandad sat in a deckchair all afternoon, legs numb when he got up, we walked slowly "
        "and the feeling was completely back in minutes",
        "crouched to film my son, when I stood up my leg was numb, a few minutes of strolling "
        "and it was right again",
        "I sit on floor for prayer, when I stand my leg is numb, but after walk 2 minute is ok",
        "two hour board game on the floor, stood up and my foot was total jelly, walked around "
        "and it was fine in three minutes",
    ],
)
def test_the_feeling_back_told_many_ways_gets_self_care(text: str) -> None:
    assert advised(text) is Level.SELF_CARE


@pytest.mark.parametrize(
    "text",
    [
        "when I stood up my left leg was numb, and it still is",
        "used to get numb legs in the lorry, but this time the numbness has stuck around the "
        "whole week even on holiday",
    ],
)
def test_standing_up_numb_or_numbness_that_stuck_around_is_no_passing(text: str) -> None:
    assert not read_cues(text).passed


@pytest.mark.parametrize(
    "text",
    [
        "I'm a nurse and with my numb feet I can not stand the full shift anymore, I need sit "
        "down many times",
        "my numb feet can't tell if the bathwater is too hot, it's become a real hassle",
        "I drive a bus, my feet go numb so much I must stop every hour, it is problem for my work",
        "mum holds the rail with both hands now, her feet are that numb, she's nervous on the "
        "stairs",
        "the tingling means I've quit my saturday hikes, can't trust the ground under me",
    ],
)
def test_a_shift_a_bath_a_stop_every_hour_or_a_rail_is_daily_life(text: str) -> None:
    assert "daily-activities" in read_cues(text).reasons


def test_spreadsheets_are_no_spread() -> None:
    text = "an afternoon at my desk on spreadsheets, thighs went numb, got up and it wore off"
    assert "worsening-spreading" not in read_cues(text).reasons
    assert advised(text) is Level.SELF_CARE


@pytest.mark.parametrize(
    "text",
    [
        "legs numb after camping on hard ground, fine a few minutes after stretching",
        "had my feet up on the dash for ages on a road trip, numb legs at the petrol stop, gone "
        "after a short walk",
        "leg went dead from perching on the side of the bath, walked it off in a minute",
        "held lotus for twenty minutes, stood and my feet were like wood, had to hold the wall, "
        "walked round slowly and after three minutes everything was back to normal",
    ],
)
def test_camping_a_dashboard_a_bath_s_edge_or_lotus_that_passed_gets_self_care(text: str) -> None:
    assert advised(text) is Level.SELF_CARE


def test_pins_and_needles_hanging_around_a_whole_week_is_a_time_it_lasts() -> None:
    assert "lasting-days" in read_cues("pins and needles hang around for a whole week").reasons


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("toes numb since the week before christmas and it's nearly march", "l"),
        ("feet like cotton wool since around when the clocks went back, still the same", "l"),
        ("compared with last year I can feel much less in both feet", "w"),
        ("his numb toes have slowly turned into numb feet over the winter", "w"),
        ("I can't use my bike anymore, my feet are too numb to work the pedals", "d"),
        ("one-sided, right calf numb on the outside, nothing on the other side", "o"),
    ],
)
def test_a_week_before_a_holiday_a_year_compared_or_nothing_on_the_other_side(
    text: str, reason: str
) -> None:
    assert REASONS[reason] in read_cues(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "on the combine harvester all day, leg went numb, climbed down, walked round and it "
        "returned quick",
        "new tights with really tight elastic, feet tingled, peeled them off and within minutes "
        "all good",
        "knelt under the van for half an hour, legs numb, shook them out and carried on 2 mins "
        "later",
        "sat on my wallet the whole train ride, thigh went numb, moved it, walked about, all gone "
        "quickly",
    ],
)
def test_a_tractor_tights_a_van_or_a_wallet_that_passed_gets_self_care(text: str) -> None:
    assert advised(text) is Level.SELF_CARE


def test_stairs_a_pain_now_with_weeks_of_numbness_is_the_appointment() -> None:
    text = (
        "stairs at home are a pain now, i have to watch every step cos my feet are numb, no "
        "weakness, been weeks"
    )
    assert advised(text) is Level.APPOINTMENT


@pytest.mark.parametrize(
    "text",
    [
        "the elastic on my new tights is super tight, feet tingle by evening, took them off, few "
        "minutes later normal",
        "on long calls I cross my legs and my foot goes numb, upon standing the sensation returns "
        "within approximately two minutes",
    ],
)
def test_super_tight_elastic_or_approximately_two_minutes_gets_self_care(text: str) -> None:
    assert advised(text) is Level.SELF_CARE
