"""A topic watched or read that ends where a relative's sign begins, a turn after a dated clause,
all-clear notes told in the teller's own words, a gouty toe, and reasons to book told plainly.

"We watched a film about a stroke and my dad's face started drooping" tells the face: the film's
topic ends at the "and". "My cast came off last month, but the new splint is so tight ..." turns
from the history to now. A note that ends "all is well" or "I think we're good" after a list of
denials is an all clear, and denied trouble on the stairs is no reason to book. A big toe
swollen and red is gout's, no clot's calf, unless a leg is told swollen with it. "Must stop and
sit many times", "a touch bigger than last month", "the other one's fine", "came on slowly
rather than all at once" and "this time it just hasn't gone" are the guide's reasons to book.
After a dated event ("when I was pregnant I had a clot"), a sign told in the present is now.
A message that says of itself it is not medical ("not medical, nobody hurt") only asks.
"I have no air" and "he cannot speak good" are the breathing and speech signs in a second
language. Each class has guards. Every case is written for this test (none is copied from an
evaluation set); the model is the real one.
"""

from __future__ import annotations

import pytest

from bot.stories import Level
from bot.stories.cues import read_cues
from bot.triage import Screen
from tests.unit.story_advice import SCREEN, advised


@pytest.mark.parametrize(
    "text",
    [
        "we watched a film about a stroke and my dad's face started drooping, his leg numb",
        "we watched a film about a stroke and halfway through my dad's face started drooping, "
        "his leg numb",
        "I was reading about DVT and my calf is swollen, hot and red, foot numb",
        "I read about strokes and my husband's speech is slurred and his leg numb",
        "i was watching a video about clots and my calf is swollen red and hot, toes numb",
        "I read about cauda equina and I can't pee and my saddle is numb",
        "mum was watching a programme about strokes and her face dropped on one side and her "
        "leg's numb",
        "reading about blood clots on my flight and my calf is swollen and hot and my foot tingles",
        "my cast came off last month, but the new splint is so tight, the pain is unbearable and "
        "my foot is numb",
        "he had a back operation years ago, but the new brace is so tight the pain is unbearable "
        "and his toes are numb",
    ],
)
def test_a_sign_told_after_a_topic_or_a_turn_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        # The story's own person: a stranger's stroke, asked about at most.
        "saw a documentary about a pilot who had a stroke and his face drooped",
        "I read about strokes and how the face droops",
        # A history listed on after its date.
        "last year I had a heart attack, chest pain and numb legs, went to hospital, all good "
        "since",
        # All clear, in the teller's own words.
        "Looked in on my mum at lunch: face even, she's chatting normally, arms and legs moving "
        "fine, no tingling she can feel. Just letting you know all is well.",
        "Quick update: no numb feet this week at all, no trouble on the stairs, no weakness in "
        "my ankles. My husband says my speech and smile look normal. I think we're good.",
        # A carved face.
        "the carved pumpkin's face is drooping on one side after the rain, bin it?",
    ],
)
def test_stories_topics_and_all_clears_do_not_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "she says she's fine, no chest pain, no headache, but her face is drooping and her leg "
        "is numb",
        "no chest pain, no headache, all is well except her face droops on one side and her leg "
        "is numb",
        "he thinks he's good, no chest pain, no breathing trouble, but he can't lift his foot "
        "and it's numb",
    ],
)
def test_an_all_clear_with_a_sign_told_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    ("text", "daily_life"),
    [
        ("no trouble with the stairs, no difficulty walking, just a numb toe", False),
        ("without any trouble walking, my feet are numb for three weeks", False),
        ("my feet are numb and I have trouble with the stairs now", True),
        ("numb feet, can't walk far any more", True),
    ],
)
def test_trouble_denied_is_no_daily_life_reason(text: str, daily_life: bool) -> None:
    assert ("daily-activities" in read_cues(text).reasons) is daily_life


@pytest.mark.parametrize(
    "text",
    [
        "my big toe went red, hot and swollen overnight, is that gout? what should I eat",
        "gout again in my left big toe, swollen and throbbing, how do I calm it fast",
    ],
)
def test_a_gouty_toe_is_no_clot(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my leg and toes are swollen, red and hot, and numb",
        "his calf and big toe swelled up red and hot, his foot is numb",
        "my big toe is swollen and red and my calf is hot and swollen, foot numb",
        "my toes are swollen and numb and my leg is red and hot",
        "mum's ankle and toes are swollen and red, her foot is numb, she's been in bed for a week",
        "after my hip operation my other calf is big and warm and painful, and my toes are numb",
    ],
)
def test_a_leg_swollen_with_its_toes_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "I work in a shop on my feet all day, my feet are so numb I must stop and sit many times, "
        "is it a doctor thing?",
        "just noting that the numb patch on both soles is a bit bigger than last month",
        "for about a month only my right calf has been numb, left leg completely normal, it came "
        "on slowly rather than all at once. should it be checked?",
        "since early April the sole of my left foot feels duller than the right and I can't feel "
        "the floor properly on that side. the right is perfectly normal. who do I see?",
        "my right foot has been kinda numb for a while, came on slow, the other one's fine. do I "
        "book someone?",
        "my legs usually go dead after a long shift driving but it's gone once I walk. This time "
        "I've been off a whole week and the tingling in my feet just hasn't gone.",
    ],
)
def test_reasons_to_book_told_plainly_get_the_appointment_advice(text: str) -> None:
    assert advised(text) is Level.APPOINTMENT


@pytest.mark.parametrize(
    "text",
    [
        "I have no air, legs numb",
        "my grandma has no air and her feet are numb",
        "she has no more air since ten minutes, her legs are numb",
        "husband tongue is heavy he cannot speak good, leg numb",
        "my mum cant walk good and her face is drooping, leg numb",
    ],
)
def test_breath_and_speech_told_in_a_second_language_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "i have no air conditioning at work and my legs go numb at my desk",
        "we have no air in the flat, legs numb after sitting but fine after walking",
    ],
)
def test_air_that_is_a_room_s_is_no_breathing_sign(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "the bookshelf's leg gave way and everything collapsed haha. not medical, nobody hurt",
        "my laptop screen droops on the left since the update. Nothing to do with health, just "
        "annoyed",
        "the car stereo keeps slurring the songs lol wrong bot probably",
        "deadline at the stroke of midnight and I can't breathe with all this work, okay not "
        "medical, just stressed",
    ],
)
def test_a_message_that_says_it_is_not_about_health_only_asks(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "I'm not medical, but my dad's face is drooping and his leg is numb",
        "not medically trained, my husband can't lift his leg and it's numb",
        "nothing to do with my legs, but my face is drooping on one side since lunch and my arm "
        "is weak",
        "Not a medical question but my wife can't breathe and her legs are numb",
        "it's nothing to do with health lol, my chest is crushing and my legs are numb",
    ],
)
def test_a_teller_who_is_no_medic_or_turns_to_a_sign_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "When I was pregnant I had a clot, my calf is swollen hot and red and my foot is numb",
        "when I was 30 I had a slipped disc, I cant feel my bladder and my legs are numb",
    ],
)
def test_a_present_sign_after_a_dated_event_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


def test_a_sign_told_in_the_past_after_a_dated_event_only_asks() -> None:
    text = "when I was pregnant I had a clot, my calf was swollen and red and my foot was numb"
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        # Voice typing: "num", "tinkly", "calve"; a drink running out of one side of the mouth;
        # "he says he's fine" says so of him, not of what came before it.
        "got off the plane from Dubai last night and um my right calve is swollen red and hot "
        "and hurts and my toes are all tinkly",
        "my wife's feet went num an hour ago and her coffee keeps running out the left side of her "
        "mouth",
        "dad's foot is tingling since breakfast and water keeps coming out the corner of his mouth "
        "when he drinks he says he's fine",
        # A leg told numb for weeks that now drags: "it" is the leg.
        "my left leg has been numb for a month and now it drags when I walk",
        # The pain under a cast told without its name.
        "her arm and leg are in plaster since the crash and she's sobbing that it's agony, her "
        "toes are numb",
    ],
)
def test_voice_typing_and_a_mouth_that_spills_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my leg went numb on the coach, the journey was long and it drags on forever",
        "my leg is numb after sitting through the film, it drags so much",
    ],
)
def test_a_journey_or_a_film_that_drags_is_no_leg(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


def test_a_bathroom_floor_is_no_bladder() -> None:
    text = (
        "my nan's feet have been so numb these weeks she can't feel the bathroom floor and is "
        "nervous to get in the shower on her own"
    )
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY
    assert advised(text) is Level.APPOINTMENT


@pytest.mark.parametrize(
    "text",
    [
        "woke up and my leg was totally dead, couldn't feel it, rolled over and rubbed it and in a "
        "couple of minutes it was normal again, is that ok",
        "my feet go a bit numb after long drives but it's gone a few mins after I get out and "
        "stretch",
        "sat on the floor doing a jigsaw for ages and my leg went num but after walking round for "
        "a minute or two it came back",
    ],
)
def test_positions_told_by_voice_or_by_waking_get_self_care(text: str) -> None:
    assert advised(text) is Level.SELF_CARE


@pytest.mark.parametrize(
    "text",
    [
        "I play tennis on Sundays and for the past while my feet feel sort of num and I can't "
        "control the ball properly",
    ],
)
def test_a_while_past_and_a_sport_given_up_get_an_appointment(text: str) -> None:
    assert advised(text) is Level.APPOINTMENT


@pytest.mark.parametrize(
    "text",
    [
        # A sport's own words, the numbness passed.
        "pins and needles in my foot on the rowing machine but gone in a minute, coach says my "
        "stroke rate is too high anyway",
        "our striker completely choked in the shootout haha, my foot fell asleep in the stands "
        "but was fine once I walked out",
        "my running pack's hydration bladder split and soaked my back, toes tingled in the wet "
        "socks but fine once I changed",
        # Nothing happening to anyone.
        "just wondering, not happening to me: after a back injury in rugby, how numb is too numb?",
    ],
)
def test_a_sport_s_words_and_a_question_about_nobody_do_not_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my rowing partner had a stroke on the erg and his leg is numb",
        "he choked on his food and can't breathe, his legs are numb",
        "I can't feel my bladder and my legs are numb",
        "my water bottle leaked and I wet myself without noticing and my legs are numb",
        "not happening to me, it's my dad: his face is drooping and his leg is numb",
    ],
)
def test_the_same_words_told_of_someone_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "5 hour ranked grind, stood up and my leg was pure static, walked to the kitchen and it "
        "was back in a couple of mins",
        "leg numb after the xbox marathon, gone after a walk",
    ],
)
def test_a_gaming_session_is_a_position(text: str) -> None:
    assert advised(text) is Level.SELF_CARE
