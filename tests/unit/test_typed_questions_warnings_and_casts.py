"""Question words typed fast, a writer too shaken to listen, a condition one was told to watch for,
a fright or a thrill in a body's words, a lifelong stammer, a sting on a hand, and a numb limb
in a cast.

"How often do I need to get up from my chair so my leg don't go numb" asks how to prevent it;
the model read its "don't go" as a leg that will not move, and "how offten shud i" was no
question. "I couldn't take in a word the consultant said" is the writer's own attention, not
anyone's speech. "The physio warned us to keep an eye out for compartment syndrome", with the
leg comfortable, names a warning, not a leg under pressure. "Heart attack moment for me haha", a
finale that "left me breathless", "sorry for English", a stammer "since I was a kid" and a bee
sting that "swelled up" on a hand tell no sign, and an urge to move the legs is no leg that will
not move. A face the dentist numbed only gets the questions; a toddler's speech coming late, a
child learning to talk and a broken hearing aid are no sign, nor are nerves at an interview, a
drink choked on while laughing, work that is "killing me" and a chest full of cold. Each
escalated before and does not now. A numb foot inside a cast or a splint told as now gets at
least the red-flag questions: the guide's compartment syndrome is pressure within the limb, and
a cast is what most often presses one. Each class has guards: the same words with a sign told,
now, still escalate, and a cast only supposed or long gone is no reason to ask. Every case is
written for this test (none is copied from an evaluation set); the model is the real one.
"""

from __future__ import annotations

import pytest

from bot.triage import Screen
from tests.unit.story_advice import SCREEN


@pytest.mark.parametrize(
    "text",
    [
        "how often do i need to get up from my chair so my leg dont go numb",
        "how offten shud i get up from my seat so my legs dont get numb",
        "hw offten shud i get up out of my chair so my foot dont go numb",
        "how oftn should i get up from the sofa so my legs stay awake",
    ],
)
def test_a_purpose_and_question_words_typed_fast_still_ask(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "wen she woke up her face was drooping on one side and her leg is numb",
        "hw do i help him, he cant get his words out and his foot went numb",
        "wy is my chest so tight and heavy, both legs tingling",
    ],
)
def test_signs_told_with_question_words_typed_fast_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "The neurologist mentioned nerve damage. I didn't take in anything else he said after "
        "that. Will my numb feet ever recover?",
        "we barely took in half of what the consultant said about his numb legs, what tests come "
        "next?",
    ],
)
def test_a_writer_too_shaken_to_listen_tells_no_sign(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.NONE


@pytest.mark.parametrize(
    "text",
    [
        "I can't understand a word my husband is saying and his leg went numb",
        "I couldn't take in what he said, his words came out all jumbled, leg numb",
    ],
)
def test_someones_speech_beside_the_same_words_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


def test_a_condition_one_was_told_to_watch_for_does_not_alarm() -> None:
    text = (
        "My daughter fractured her ankle at netball and has a cast on. She's comfortable and "
        "cheerful, but the physio warned us to keep an eye out for compartment syndrome. What "
        "does that mean and what has it got to do with numbness?"
    )
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "the physio warned us to keep an eye out for compartment syndrome and now her toes are "
        "numb and the pain is through the roof",
        "they told me to look out for compartment syndrome, the cast feels tight and my toes "
        "are tingling",
        "we were warned to watch for compartment syndrome, his calf is rock hard and numb and "
        "he's in agony after the tackle",
    ],
)
def test_the_same_warning_with_the_leg_told_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "her toes are numb under the cast",
        "my foot inside the plaster is tingling and numb",
        "his leg is in a splint and his toes feel numb",
    ],
)
def test_a_numb_limb_in_a_cast_gets_the_questions_at_least(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.NONE


@pytest.mark.parametrize(
    "text",
    [
        "if my toes went numb under a cast on the ski trip, would that be urgent?",
        "my ankle was in a cast two years ago, these days my feet only go numb when I sit cross "
        "legged and it passes in a minute",
    ],
)
def test_a_cast_supposed_or_long_gone_is_no_reason_to_ask(text: str) -> None:
    assert "cast" not in SCREEN.screen(text).hints


@pytest.mark.parametrize(
    "text",
    [
        "the dog knocked my coffee over the laptop, total heart attack moment lol. anyway how do I "
        "stop my calves going numb at my desk?",
        "that last chapter left me completely breathless!! unrelated, why do my feet tingle after "
        "a long film?",
        "sorry for my bad English. My daughter sit on her feet for homework, then feet numb, "
        "after 3 minutes it is good. Why this?",
        "I have stuttered since I was a little boy, that's just how I speak. My legs go numb when "
        "I kneel in the garden, is that normal?",
        "a wasp got me on the wrist at the picnic and it puffed up, much better today. Separate "
        "thing: how do I stop numb feet on a coach trip?",
    ],
)
def test_a_fright_a_thrill_an_apology_a_stammer_or_a_sting_does_not_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "heart attack moment, honestly, my chest is crushing and my legs have gone numb",
        "the stairs left me breathless and I still can't catch my breath, legs tingling",
        "sorry for English, my mother face is dropping on the left and her leg numb",
        "he started stammering an hour ago and his words are muddled, his foot is numb",
        "a bee stung me on the calf and now the calf is swollen, hot and red and my foot is numb",
    ],
)
def test_the_same_words_with_a_sign_told_now_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


def test_an_urge_to_move_the_legs_is_no_leg_that_will_not_move() -> None:
    text = "every evening on the sofa I get this fizzy urge to move my legs and have to walk about"
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


def test_an_urge_to_move_beside_a_leg_that_will_not_lift_escalates() -> None:
    text = "I have the urge to move my legs but I can't lift my right one at all and it's numb"
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "the dentist numbed one side of my mouth for a crown and my legs went numb in the chair, "
        "fine after a walk",
        "half my face is still numb from the dental injection, and my feet went numb sitting in "
        "the waiting room, back to normal now",
    ],
)
def test_a_face_the_dentist_numbed_only_gets_the_questions(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.AMBIGUOUS


@pytest.mark.parametrize(
    "text",
    [
        "half my face went numb on the bus and my leg is numb, I have the dentist on Friday",
        "saw the dentist this morning, now her face is drooping on one side and her leg is numb",
    ],
)
def test_a_face_numb_without_a_dental_cause_beside_it_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


def test_a_childs_speech_coming_late_is_no_sign() -> None:
    text = "our toddler's speech is a bit behind, he's 2. my own legs go numb on the nursery chairs"
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


def test_an_adults_speech_slow_today_beside_numbness_escalates() -> None:
    text = "mum's speech is delayed and slow since lunch and her leg is numb"
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my granddaughter is learning to talk and mixes up her words, so sweet. my knees and feet "
        "go numb playing on the floor with her",
        "nan's hearing aid battery died so she couldn't follow what the vicar said, sorted now. "
        "her feet tingle in church",
    ],
)
def test_a_child_learning_to_talk_or_a_hearing_aid_is_no_sign(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my daughter is learning to talk and tonight she suddenly can't move her right leg and "
        "it's numb",
        "grandpa is hard of hearing but since lunch he can't understand a word we say, leg numb",
    ],
)
def test_the_same_with_a_sign_told_now_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "at my job interview I went tongue tied and couldn't get my words out, pure nerves. my "
        "legs went numb on the hard chair outside, fine once I walked",
        "I choked on my tea laughing at the telly, all good now. why do my feet tingle at night?",
        "the stress at work is killing me and my legs tingle on bad days",
        "my chest is full of cold this week. why do my toes go numb in bed?",
    ],
)
def test_nerves_a_drink_work_or_a_cold_is_no_sign(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "at the meeting he suddenly couldn't get his words out and his leg went numb",
        "she is choking on her dinner and can't breathe, her legs are numb",
        "chesty cough for days and now I can't catch my breath, legs tingling",
    ],
)
def test_the_same_words_told_as_a_sign_now_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        # A team's "attack ... paralysed" is a match report; this once read as one.
        "no heart attack but leg is paralysed",
        # "Gave a speech" is a talk; "gave way but speech" once read as one.
        "no leg gave way but speech is garbled",
        "no my legs gave out but speech is garbled",
    ],
)
def test_a_fold_for_a_match_or_a_talk_does_not_reach_past_but(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY
