"""Stories with a fear named beside numbness that passed, with times that tell how long or when
it was told rather than when it began, and with passing that was only asked about or no longer
happens.

A self-care story whose only doubt is a condition feared by name ("thought I was having a
stroke for a sec") gets the self-care, while the model suspecting any sign, a sign told, or a
limb hurt keeps the questions or the emergency. "Still there today" and "she mentioned today"
are no sudden onset; "now and then" is no "just now"; "is that normal" is no passing; numbness
that "just stays" now has not passed, whatever passed before. Each case is written for this test
(none is copied from an evaluation set).
"""

from __future__ import annotations

import pytest

from bot.content import load_content
from bot.faq.index import FaqIndex
from bot.stories import Level, read_cues
from bot.stories.route import Step
from bot.stories.tools import reader_for
from bot.stories.understand import understand
from bot.triage import tools_for

CONTENT = load_content()
READER = reader_for(CONTENT)
INDEX = FaqIndex.from_content(CONTENT)
SCREEN = tools_for(CONTENT).screen


def decided(text: str) -> tuple[Step, bool, Level | None]:
    """The step, whether the reply carries the guide's self-care, and the story's level."""
    read = understand(text, SCREEN.screen(text), INDEX, READER)
    decision = read.decision
    level = read.story.level if read.story is not None else None
    return decision.step, decision.self_care or decision.banner is Level.SELF_CARE, level


@pytest.mark.parametrize(
    "text",
    [
        "my foot fell asleep in the cinema and I thought I was having a stroke for a moment "
        "haha, walked to the car and it was fine in two minutes",
        "after nine hours on the bus my feet were numb and I instantly thought DVT, but a short "
        "walk round the station and they were back to normal, nothing swollen or sore",
        "I had a clot in my calf four years ago, all treated. Tonight my foot went numb under me "
        "on the sofa and it came back after a minute of walking about",
    ],
)
def test_a_fear_named_beside_numbness_that_passed_gets_the_self_care(text: str) -> None:
    step, self_care, _ = decided(text)
    assert step is Step.SELF_CARE or (step is Step.ANSWER and self_care)


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        (
            "sat cross-legged for the film, foot went dead, thought I was having a stroke, walked "
            "to the car and it was fine, but now one side of his face is drooping",
            {Step.EMERGENCY},
        ),
        (
            "numb feet after the coach, I thought DVT, it passed after walking but my calf is "
            "still red, hot and swollen and it hurts",
            {Step.EMERGENCY},
        ),
        (
            "thought I was having a stroke, my leg went numb after sitting and it went after a "
            "walk, but he was confused for a bit",
            {Step.EMERGENCY, Step.CHECK},
        ),
        ("I think I'm having a stroke, my leg went numb after sitting", {Step.EMERGENCY}),
    ],
)
def test_a_sign_told_or_suspected_beside_the_fear_keeps_the_questions(
    text: str, steps: set[Step]
) -> None:
    assert decided(text)[0] in steps


def test_a_limb_told_swollen_beside_the_fear_asks_about_a_clot_first() -> None:
    """Swelling, redness and heat without pain are no rule of the lexicon's; with the clot only
    feared by name and the numbness passed, the model asks, the clot's question first."""
    text = (
        "numb feet after the coach, I thought DVT, it passed but my calf is still red and swollen"
    )
    decision = understand(text, SCREEN.screen(text), INDEX, READER).decision
    assert decision.step in (Step.EMERGENCY, Step.CHECK)
    assert decision.step is Step.EMERGENCY or decision.lead == "blood-clot"


@pytest.mark.parametrize(
    "text",
    [
        "numbness in both shins since last Wednesday, it's still there today, no pain at all",
        "mum's toes have been numb for months but she mentioned today it's reaching her ankles, "
        "came on very gradually",
        "the tingling used to come every now and then, now it's there most of the day, for weeks",
    ],
)
def test_times_that_tell_how_long_or_when_told_are_no_sudden_onset(text: str) -> None:
    step, _, level = decided(text)
    assert level is Level.APPOINTMENT
    assert step in (Step.APPOINTMENT, Step.ANSWER)


def test_asking_whether_it_is_normal_is_no_passing() -> None:
    assert not read_cues("my toes have felt numb for three weeks, is that normal?").passed
    assert read_cues("numb foot after kneeling, fine after a minute, is that normal?").passed


def test_numbness_that_now_stays_has_not_passed_whatever_passed_before() -> None:
    text = (
        "I used to get numb thighs after driving but it went when I walked. Since the start of "
        "the month the numbness just stays, even at weekends"
    )
    assert not read_cues(text).passed
    step, _, level = decided(text)
    assert level is Level.APPOINTMENT
    assert step in (Step.APPOINTMENT, Step.ANSWER)


@pytest.mark.parametrize(
    "text",
    [
        "my mum had a stroke in 2016 and she's fully recovered now, what exercises help her legs?",
        "my dad had a clot in his leg in 2019, he's fine now. what lifestyle changes help "
        "prevent leg numbness?",
        "what are the signs of a clot in the leg? I'm fine, just asking before a long flight",
    ],
)
def test_a_history_or_a_question_told_with_all_well_now_gets_the_answer_and_the_line(
    text: str,
) -> None:
    decision = understand(text, SCREEN.screen(text), INDEX, READER).decision
    assert decision.step is Step.ANSWER
    assert decision.pointer  # the emergency line and /check come with the answer


@pytest.mark.parametrize(
    "text",
    [
        "mum had a stroke in 2016, she's fine now but since an hour ago her face is drooping",
        "I had a DVT years ago and I'm fine, but my calf is swollen and red today",
        "he had a stroke last year, he's fine, but suddenly his arm is weak and his leg is numb",
    ],
)
def test_all_well_beside_a_sign_told_now_keeps_the_emergency(text: str) -> None:
    assert decided(text)[0] in (Step.EMERGENCY, Step.CHECK)


def test_waking_up_is_the_owner_waking_not_the_leg() -> None:
    """ "Since I woke up" tells when it began, not that the leg woke up: a leg that will not lift
    since waking was routed to the self-care on the code before."""
    assert not read_cues("my leg has been numb since I woke up").passed
    assert read_cues("my foot was dead from lying on it, it woke up after a minute").passed
    step, self_care, _ = decided(
        "Morning. My right leg is numb, I try to raise it off the mattress but it stays down, "
        "no strength. Since I woke up."
    )
    assert step in (Step.EMERGENCY, Step.CHECK)
    assert not self_care


def test_numbness_from_sleeping_on_a_leg_that_passed_still_gets_the_self_care() -> None:
    step, self_care, _ = decided("woke up with a numb foot from lying on it, fine after a minute")
    assert step is Step.SELF_CARE or (step is Step.ANSWER and self_care)
