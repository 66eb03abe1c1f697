"""The red-flag screen on a limb that cannot be lifted told across a contrast, others' beliefs, a
patient of one's own work, a condition's bracketed aside, an injury named after a dated event,
the chest's setting for the model, numbness from lying on a limb that has gone, a night's
restlessness, an ache on one side of a tooth, and sleeping on one's side most mornings.

Under-triage first: "leg went numb, but it's been 2 hours and I still can't raise it" was only the
model's doubt, the limb being told before the "but". Then false alarms: each class asks at most,
beside guards that show the same words told as an event still escalate. Every case is written for
this test (none is copied from an evaluation set). The model is the real one.
"""

from __future__ import annotations

import pytest

from bot.content import load_content
from bot.triage import Screen, tools_for

SCREEN = tools_for(load_content()).screen


@pytest.mark.parametrize(
    "text",
    [
        "my foot went numb after the film, but now an hour later I still can't lift it at all",
        "Mum's leg went dead on the bus. It's been three hours and she can't raise it even a bit",
        "both legs tingled on the walk home, and since then he's not able to move them",
        "my leg is numb. I cant lift it",
    ],
)
def test_a_limb_told_before_a_contrast_or_a_full_stop_that_cannot_be_lifted_escalates(
    text: str,
) -> None:
    assert SCREEN.detector.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my leg is numb from the drive. The suitcase is so heavy I can't lift it",
        "My foot went numb at my desk. I couldn't move it for a few seconds, then it was fine",
        "my leg went numb but I can move it fine",
    ],
)
def test_a_thing_lifted_or_a_moment_passed_is_not_the_limb_that_cannot_be_lifted(
    text: str,
) -> None:
    assert SCREEN.detector.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "I work in A&E and loads of people who think pins and needles means a stroke come in. "
        "How do I reassure them?",
        "I'm a paramedic, had a man today whose calf was swollen and red, he's in hospital now "
        "and fine. Can you set me a water reminder?",
        "my nan had a stroke (cva) in june, her arm was weak for a day. She's recovered, is "
        "she more likely to get numb legs?",
        "Fell off my bike 2 years ago, concussion, legs tingled for a week. All fine since. Can "
        "that cause numbness later?",
        "My dad's feet have been numb for a month. He has high blood pressure and diabetes.",
        "I slept on my leg all night and it was numb when I woke, now it's back to normal",
        "my legs twitch at night and i can't lie still, what helps?",
        "earache on the right side since yesterday, should I see a GP?",
        "most nights I lie on my side and my leg is dead by the morning, is that bad?",
        "analysis paralysis again lol, which chair stops numb legs?",
    ],
)
def test_beliefs_a_patient_a_dated_history_or_a_calm_setting_is_no_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my mum thinks she's having a stroke, her face is drooping and her leg is numb",
        "I saw a man on the street today whose face was drooping and he couldn't talk",
        "I'm a nurse and right now my own face is drooping and my leg is numb",
        "my husband had a stroke (tia) an hour ago, his leg is numb and his face droops",
        "Fell off a ladder an hour ago, concussion, legs numb now",
        "my legs are numb and I'm gasping for air just sitting here",
        "I slept on my leg and woke up numb, and it's still numb and my face is drooping",
        "my left leg went numb suddenly and I can't lift it",
    ],
)
def test_the_same_words_told_as_an_event_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "sciatica pain from my lower back into my calf and a numb patch on my shin for four weeks "
        "now, no injury",
        "binge watching a hospital drama and a patient couldn't move her legs, is that realistic?",
    ],
)
def test_weeks_of_a_nerves_pain_or_a_show_is_no_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "plaster cast on for three weeks and since this morning my toes are numb and the pain is "
        "unbearable",
        "my calf has been numb for weeks and now it's suddenly swollen, hot and really painful",
        "I was watching TV and my leg went numb and I can't lift it",
    ],
)
def test_a_cast_a_change_or_ones_own_leg_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY
