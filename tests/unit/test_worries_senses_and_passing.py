"""Worries read, examples asked, histories dated or come back, other senses of a sign's words,
and the words a self-care story ends on.

"WebMD basically said MS or stroke, and now I freak out every time my foot tingles" is a worry
read; "read about a guy whose numb leg turned out to be a clot" a stranger's story; "... for
example after a fall from a trailer?" and "a short list of the warning signs that mean 'call now'"
suppose; "admitted with chest pain in March" and "my heart attack was at 60" are history. A chorus
slurred on purpose is sung, knees in one's chest on a flight are a position, "in plain words" asks
for wording, a ball's bladder is the ball, a fan sounds "breathless", drains "choke", a storm will
"paralyse the city", a chess king is "paralysed" and knitted stitches are "too tight"; a mind gone
blank in an exam, "I can't breathe" at happy news, a face that "totally dropped" at a bill and a
swimmer who holds his breath tell no sign. Each of them escalated before and asks at most now. A
history that is back now ("I had chest pain in 2019 and now it's back"), breath lost "just crossing
the room" and "a stroke at 14:30 today" escalate; a calf "swollen, red and hot" is the clot rule's
pain; a fall from a hayloft is a fall from a height. "They became fine", "everything returned to
normal", "a few minutes later all was well", "it was totally back", "it eased off" and "in 1-2
minutes is good" say the numbness passed (a heel "numb when I stand" does not); sajda, a grandson
on one's knee and squatting are positions; "losing my flip flops without noticing" is a reason to
book, and so is "more big now than last month"; "my son 10 years" is an age, not a time the
numbness lasted; "sorry for disturbing" is a greeting, not a reason to book; numbness that "felt
like mine again" only asks through the model. Each class has guards: the same words told of someone
of ours, now, still escalate. Every case is written for this test (none is copied from an
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
        "google basically said diabetes or a stroke, my feet tingle when I sit long, is it "
        "harmless?",
        "webmd literally said ms or a stroke and now every tingle in my toes scares me, is it "
        "usually nothing?",
        "read about a guy whose numb leg was a clot, does that really happen?",
        "when should we call an ambulance for numb legs, for example after a fall off a ladder?",
        "which signs with numb feet mean the ER, for instance if someone can't get words out?",
    ],
)
def test_a_worry_read_or_an_example_asked_about_does_not_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "google basically said stroke and my mum's face is drooping and her leg is numb",
        "webmd said ms or stroke and now my dad can't get his words out and his leg is numb",
        "read about a guy whose numb leg was a clot and now my calf is swollen red and hot, "
        "foot numb",
        "for example after a fall from the roof this morning my legs are numb, what do i do?",
        "can a clot make the calf swollen red and hot with a numb foot? thats whats happening "
        "to me now",
        "my calf is swollen, red and hot since the flight and my foot is numb",
        "fell from the hayloft, can't feel my legs properly",
    ],
)
def test_the_same_words_told_of_someone_now_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my legs fall asleep when I sit in the loft playing games, fine after I walk",
        "i drive a tractor all day and my legs fall asleep, fine once I get down and walk",
    ],
)
def test_a_hayloft_or_a_tractor_without_a_fall_does_not_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


def test_now_completely_fine_is_passed() -> None:
    text = "sat cross legged at the temple an hour, feet numb. walked a few minutes, now totally "
    text += "fine"
    assert read_cues(text).passed
    assert advised(text) is Level.SELF_CARE
    assert not read_cues("my feet were numb, now completely fine until I sit again").passed


@pytest.mark.parametrize(
    "text",
    [
        "my numb feet have me nervous on the ladder at work lately",
        "since the numbness started I can't tell where my boots are on the scaffold",
    ],
)
def test_a_ladder_grown_frightening_is_a_daily_life_reason(text: str) -> None:
    assert "daily-activities" in read_cues(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "I was admitted with chest pain in March and have had no episodes since. Can statins "
        "cause numb legs?",
        "In January my dad had a stroke, fully recovered. can it cause numb feet?",
        "the choir piece has me slurring the last verse on purpose. can standing at rehearsals "
        "make feet numb?",
        "flew to Perth with my knees in my chest for 9 hours, feet numb, fine after a walk round "
        "the terminal",
        "can you explain in plain words which signs with numb legs mean an ambulance?",
        "our rugby ball bladder popped at training, hilarious. is rugby good for circulation?",
        "my son's football went flat and the shop says the rubber bladder inside has perished, "
        "his legs go numb on the subs bench but fine after",
        "we're making a card of the warning signs that mean call for help now for grandma's fridge",
        "no chest pain, breathing normal, my toes were numb from tight shoes but now is fine",
        "the printer fan sounds breathless and my pc keeps freezing, which desk chair is best?",
        "the gutters are choking on leaves again after the storm",
        "the news says the snow will paralyse the whole country, how do I keep moving indoors?",
        "my queen got totally paralysed behind the pawns and I lost the match, legs numb from "
        "sitting, fine after",
        "my heart attack was at 59, I'm 70 now and doing great, legs fine. is cycling good?",
        "my crochet blanket's tension is off and the stitches are too tight, any tips?",
    ],
)
def test_a_history_a_sense_or_a_request_does_not_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "I had chest pain in 2019 and now it's back, crushing, legs numb",
        "my dad had a stroke in 2018 and it's happening again, his leg is numb",
        "he had a heart attack in 2015 and now same pain again, legs numb",
        "my husband had a stroke in march and it's happening again right now, leg numb",
        "grandad had a stroke years ago and now he is doing that again, leg numb",
        "my father have stroke 2 year before, now same thing again, his leg numb",
        "I had chest pain in march and now it's back, crushing, legs numb",
        "played football then lost control of my bladder, legs numb",
        "i keep losing control of my bladder since this morning and my legs are numb",
        "he is slurring his words and his leg is numb",
        "explain in simple words please, my dad's speech is slurred and his leg is numb",
        "she pulled her knees to her chest because of the crushing pain in her chest, legs numb",
        "for about 20 minutes I've been puffing just walking to the kitchen and my feet tingle",
        "mum had a stroke at 14:30 today, leg numb",
        "he had a stroke at 10 this morning and his leg is numb",
        "watching tv my dad is gasping and his legs are numb",
        "i was knitting and my cast is too tight, the pain is awful and toes numb",
    ],
)
def test_a_history_back_now_or_a_sign_beside_another_sense_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my mum had a stroke in 2019 and now she's back to normal, her legs are numb from "
        "sitting though, fine after a walk",
        "I had chest pain in 2019, it's never come back. can statins cause numb legs?",
        "I had back surgery in 2021 and now I'm back at work, my feet tingle when I sit long",
        "I had a stroke in 2019 and I hope it never comes back, my foot tingles after sitting",
        "he had a stroke years ago and now he is doing his exercises again, legs numb after "
        "sitting, fine after",
    ],
)
def test_a_history_not_back_does_not_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "rode the matatu for six hours, feet numb when I got off, walked a bit and they became "
        "fine",
        "overnight ferry in a tiny bunk, legs numb in the morning, strolled the deck and "
        "everything returned to normal",
        "hours at the sewing machine, thigh numb, got up and the feeling had completely returned",
        "my daughter 9 years sat on the floor for the school play, leg sleeping, after 1-2 "
        "minutes is good",
        "long sajda in prayer, feet numb, in 2 minutes all sensation came back",
        "had my granddaughter on my knee for the whole film, thigh numb, back to normal in a few "
        "minutes",
        "sqatting to weed the beds for an hour, feet numb, shook them out and fine in two minutes",
        "sorry for disturbing, after the long bus ride my feet were numb, I walked and they "
        "became fine",
    ],
)
def test_temporary_numbness_told_these_ways_gets_self_care(text: str) -> None:
    assert advised(text) is Level.SELF_CARE


@pytest.mark.parametrize(
    ("text", "lasting"),
    [
        ("my son 10 years sits at chess for hours, leg falls asleep", False),
        ("my daughter, 7 years old, has had tingling toes for three weeks", True),
        ("my son has had numb feet for 2 years now", True),
    ],
)
def test_an_age_is_no_time_the_numbness_lasts(text: str, lasting: bool) -> None:
    assert ("lasting-days" in read_cues(text).reasons) is lasting


def test_numbness_standing_brings_on_has_not_passed() -> None:
    assert not read_cues("for a week my heels feel numb when I stand, it does not go").passed
    assert read_cues("foot went numb and when I stood up it was fine").passed
    assert read_cues("floor cushions for hours, feet numb. A few minutes later all was well").passed


def test_sorry_for_disturbing_is_no_reason_to_book() -> None:
    assert "daily-activities" not in read_cues("sorry for disturbing, doctor").reasons
    assert "daily-activities" in read_cues("the tingling disturbs my sleep").reasons


def test_numbness_that_felt_like_ones_own_again_only_asks_on_the_model() -> None:
    text = (
        "Long post, sorry. I'm a barber and yesterday I spent five hours on a low stool bent over "
        "clients. At the end, my right leg from the hip down was numb and tingly. I walked out "
        "for some air, and within a few minutes the leg felt like mine again. Today I feel "
        "totally fine. Should I change my chair?"
    )
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my mind goes blank in tests and the words don't come out, any revision tips?",
        "can't breathe!!! my brother just got engaged, so happy",
        "my face totally dropped when I saw the gas bill",
        "our swimmers hold their breath too long on each length, any drills?",
    ],
)
def test_nerves_joy_a_bill_or_a_swimmers_breath_does_not_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "in the exam his mind went blank and his words won't come out, his leg is numb",
        "I can't breathe and my chest hurts, just got engaged, legs numb",
        "he can't hold his breath, he's gasping, legs numb",
        "her face dropped on one side when she saw me and her leg is numb",
    ],
)
def test_the_same_words_with_a_sign_told_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("feet so numb I keep losing my sliders without noticing", "daily-activities"),
        ("the tingle is more big now than before and goes up to the knee slowly", None),
        ("my foot tingles and it creeps up into my calf little by little", None),
    ],
)
def test_everyday_reasons_to_book(text: str, reason: str | None) -> None:
    reasons = read_cues(text).reasons
    assert (reason or "worsening-spreading") in reasons


@pytest.mark.parametrize(
    "text",
    [
        "leg went numb on the coach, walked around the services and it was totally back",
        "nan nodded off in her armchair with her ankles crossed, foot tingly, it eased off once "
        "she pottered about",
    ],
)
def test_back_and_eased_off_say_it_passed(text: str) -> None:
    assert read_cues(text).passed
