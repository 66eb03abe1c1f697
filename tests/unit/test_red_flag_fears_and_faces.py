"""The red-flag screen on half a face that does not move, a guess at how long, a fear had and
gone, patients met at work, a part played or a dummy practised on, a self-check all passed, a
relative's past event, bladder and bowels told as working, "neither ... nor", and how long a
past event lasted.

Under-triage first: "one half of her face just didn't move" and "numb for maybe half an hour
and her face is drooping" were not escalated by the lexicon on the code before (the second
was read as a doubt). Then false alarms: each class asks at most, beside guards that show the
same words told as an event still escalate. Every case is written for this test (none is copied
from an evaluation set). The model is the real one.
"""

from __future__ import annotations

import pytest

from bot.content import load_content
from bot.triage import Screen, tools_for

SCREEN = tools_for(load_content()).screen


@pytest.mark.parametrize(
    "text",
    [
        "one half of his face just wouldn't move when he laughed, and his foot is numb",
        "half her face isn't moving properly and her legs are tingling",
        "the left side of my dad's face won't move and his leg has gone numb",
        "her mouth on one side is not working and her foot feels dead",
        "when he grinned only one side of his mouth went up, his leg is numb",
        "she smiled at me and only the right half lifted, her leg went numb an hour ago",
        "the right side of his face is frozen and his leg is tingling",
    ],
)
def test_half_a_face_that_does_not_move_escalates_by_the_lexicon(text: str) -> None:
    assert SCREEN.detector.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "My foot was numb after sitting, gone now. Only one side of my face got sunburnt today.",
        "the left side of my face didn't get any sun, my foot was numb after sitting, gone now",
        "I smiled for the photo and both sides of my mouth went up, my leg is fine now",
    ],
)
def test_a_face_told_otherwise_is_no_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "his leg has been numb for maybe twenty minutes and his face is drooping",
        "numb foot for perhaps half an hour now and her speech is slurred",
        "she's had tingling for probably an hour and she can't lift her leg",
    ],
)
def test_a_guess_at_how_long_is_no_doubt_about_the_sign(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    ["maybe a stroke? her leg is numb", "could be a clot, my calf is numb, not sure"],
)
def test_a_doubt_about_the_sign_itself_still_only_asks(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.AMBIGUOUS


@pytest.mark.parametrize(
    "text",
    [
        # A fear had and gone, and a fear named.
        "my foot fell asleep in the cinema and for a second I thought I was having a stroke lol",
        "my feet went numb on the ferry and straight away I thought DVT, they're fine now",
        "mum was convinced she'd had a stroke because her leg was dead, it was just the chair",
        "my brother joked it was a heart attack when my leg went numb at the wedding",
        "my fear of a blood clot keeps me awake, I've no symptoms at all",
        # Patients met at work.
        "I work on a ward and look after patients with slurred speech every shift, any leaflets?",
        "as a paramedic I attend calls involving chest pain most nights, I'm well myself",
        # A part played, a dummy practised on.
        "my daughter is playing a character having a stroke in the school panto, she loves it",
        "at CPR training we practised on a dummy with a crushed leg, so realistic",
        "he keeps clutching his chest dramatically for his role in the play, drives me nuts",
        # A self-check all passed, a relative's past event.
        "made mum smile, lift both arms and say her address, all fine, her leg tingled earlier",
        "both sides of my face the same in the mirror, speech fine, just jittery",
        "I've been on edge since my uncle's stroke, I feel fine, numb toes after sitting only",
        # Bladder and bowels working, "neither ... nor", how long a past event lasted.
        "full control of my bladder and bowels, no numbness down below, asking for a friend",
        "my calf is neither red nor swollen after the flight, it just felt numb for a bit",
        "he had a TIA three years back, his arm went weak for five minutes, he's fully fine now",
    ],
)
def test_a_fear_a_job_a_part_a_check_or_a_past_event_is_no_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "I think he's having a stroke, his leg is numb and won't hold him",
        "I thought it was a stroke and his face is drooping now, legs numb",
        "she plays the piano and suddenly her face is drooping and her leg is numb",
        "my husband is a patient with slurred speech since this morning and his leg is numb",
        "the kids are playing outside and my husband is clutching his chest, his legs are numb",
        "I made him smile and his smile is crooked, his leg is numb",
        "since her stroke this morning her leg is numb and she can't speak properly",
        "he has no control of his bladder and his legs are numb",
        "my calf is red and swollen, not sore, and my foot is numb after the flight",
    ],
)
def test_the_same_words_told_as_an_event_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        # A head blow told by the verb alone, a question that tells, "anyone else get", a
        # meta remark before the sign, a leg that folds or gives out, a foot that will not flex.
        "headbutted the shelf getting up, and now both my feet are tingling",
        "would it be normal that my mum's arm and leg on the left suddenly went numb?",
        "anyone else get a sore chest with their numb leg? started an hour ago",
        "I guess I should mention that since this morning I've been leaking urine and my legs "
        "are numb",
        "his leg just folded under him at the shop, numb from the knee down",
        "my knees gave out twice today and my thighs are numb",
        "my foot is numb and I can't flex it up at all, it slaps the floor",
    ],
)
def test_signs_told_in_these_words_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "I sat on the floor with my legs folded under me, feet numb, fine after a minute",
        "has anyone else had a stroke in the family and worried about their legs?",
    ],
)
def test_the_same_words_as_a_way_of_sitting_or_a_question_about_others_do_not_escalate(
    text: str,
) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "heard a blood clot can make your foot tingle, what does it actually look like?",
        "my friend read that compartment syndrome may cause numb legs, is that true?",
        "could sciatica be why half my calf feels numb? it's been a month",
    ],
)
def test_a_claim_heard_in_general_or_part_of_a_limb_is_no_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "the nurse heard his speech is slurred and his leg is numb, she said it can be a stroke",
        "half her body went numb all of a sudden, arm and leg",
    ],
)
def test_a_sign_told_beside_a_claim_or_half_the_body_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "her ankle has been in plaster since Monday, no pain at all, toes wiggle, no numbness",
        "my boy's cast came off today, he has full feeling in his foot, what exercises now?",
        "checked grandad: his face is the same both sides, talking fine, legs not numb",
    ],
)
def test_a_cast_without_pain_or_numbness_and_a_face_the_same_both_sides_are_no_alarm(
    text: str,
) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "his leg is in plaster since yesterday, no numbness, but the pain is unbearable",
        "her cast went on this morning, it's so tight and her toes are tingling",
        "his face is not the same on both sides and his leg is numb",
    ],
)
def test_a_cast_with_pain_or_numbness_and_a_face_that_differs_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY
