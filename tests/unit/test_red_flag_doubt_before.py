"""A doubt told in a clause of its own never softens a sign told after it.

"maybe it's nothing, and my calf is swollen, red and hot" and "could be nerves, his face is
drooping" only asked on the code before this test: the doubt's clause shared a segment with the
sign's, so the model judged the sign as doubted, a rule's window reached back over the doubt's
words, and "could be" opened the sentence as if it asked. Every pairing below escalates, as the
sign told alone does, whether the doubt ends in a comma, ", and", "but" or a full stop. The model
is the real one; the wordings are written for this test.

The same holds for a short question typed on into a statement with no mark between ("is this
normal his face is drooping"), and for water not passed told with the verb itself ("I haven't
peed since last night"), which the screen did not read at all before; for a sign wrapped in a
question about someone of one's own ("is it normal that his face is drooping", "... is that
normal"), which read as a question about signs in general, or as the sign said to be fine.
"""

from __future__ import annotations

import itertools

import pytest

from bot.content import load_content
from bot.triage import Screen, tools_for

SCREEN = tools_for(load_content()).screen

DOUBTS = (
    "I'm scared of getting a clot",
    "maybe it's nothing",
    "not sure if it's serious",
    "could be nerves",
    "I read about strokes last week",
    "if it's a clot I'd be scared",
    "might just be cramp",
)
SIGNS = (
    "my calf is swollen, red and hot",
    "his face is drooping on one side",
    "she can't lift her leg at all",
    "he is talking nonsense and his leg is numb",
    "I can't feel anything when I wipe and my legs are numb",
)
JOINS = (", ", ", and ", " but ", ". ")


@pytest.mark.parametrize("sign", SIGNS)
def test_each_sign_alone_escalates(sign: str) -> None:
    assert SCREEN.screen(sign).screen is Screen.EMERGENCY


@pytest.mark.parametrize(("doubt", "sign", "join"), list(itertools.product(DOUBTS, SIGNS, JOINS)))
def test_a_doubt_before_a_sign_never_softens_it(doubt: str, sign: str, join: str) -> None:
    assert SCREEN.screen(doubt + join + sign).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "if my mum's leg goes numb and she can't talk properly, what should I do?",
        "If my dad ever starts slurring his words, what should I do first?",
        "if the leg is numb and I cannot control the toilet, is this an emergency?",
        "could be nerves, my legs tingle before exams",
        "maybe it's nothing, my foot went numb on the sofa and came back after a walk",
        "not sure, but maybe her calf looks a bit puffy and sore, and her foot is numb",
    ],
)
def test_a_doubt_before_no_sign_stays_no_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "is this normal and his face is drooping on one side",
        "what do i do my dad is talking nonsense and his leg is numb",
        "should i worry, my calf is swollen, red and hot",
        "is it serious she can't lift her leg at all",
        "what if it's serious, he is talking nonsense and his leg is numb",
        "I haven't peed since last night and my legs are numb",
        "he hasn't urinated all day and his legs are numb",
        "she hasnt weed in 12 hours and her legs went numb",
    ],
)
def test_a_question_typed_on_into_a_sign_and_water_not_passed_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "what if his face droops and his arm goes weak, what do we do?",
        "why do my ankles swell up in hot weather",
        "is it normal my legs go numb when i sit on the floor",
        "what should i do my leg is numb from sitting",
        "I haven't peed in the pool since I was a kid lol",
    ],
)
def test_a_question_that_supposes_or_asks_stays_no_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


ASKED_ABOUT = (
    "is it normal that {}",
    "is it serious that {}",
    "could it be a stroke, {}",
    "{} is that normal",
    "{} is this a stroke",
)


@pytest.mark.parametrize(("frame", "sign"), list(itertools.product(ASKED_ABOUT, SIGNS)))
def test_a_sign_asked_about_for_someone_of_ones_own_escalates(frame: str, sign: str) -> None:
    assert SCREEN.screen(frame.format(sign)).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "My dad hurt his spine years ago. Can a spinal cord injury leave his legs numb long term?",
        "after his fasciotomy for compartment syndrome, how long do the wounds take to heal?",
        "can a stroke make her leg numb for a while?",
        "my legs go numb when I sit cross-legged, is that normal?",
    ],
)
def test_a_question_about_a_condition_for_someone_stays_no_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "btw grandad is confused and talking rubbish and his leg is numb",
        "tbh mum keeps talking nonsense and her foot is numb",
        "is it normal that left arm n leg went weak out of nowhere",
        "my left calf is massive and sore since the flight",
        "when i woke up his calf was huge and it really hurts, he had his knee op last week",
        "She had a clot in 2018. Her left arm and leg went weak out of nowhere.",
        "does a numb leg plus not being able to get my sentences out mean anything? since 10 min",
    ],
)
def test_asides_talk_that_makes_no_sense_a_time_told_and_a_huge_calf_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my calves are massive from cycling, any stretches?",
        "my boss talks rubbish all day and my legs go numb at my desk",
        "is it normal for legs to go numb when you sit cross-legged?",
    ],
)
def test_muscles_grown_a_boss_and_a_question_in_general_stay_no_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY
