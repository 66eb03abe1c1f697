"""The red-flag screen on an object's face, a device's garbled sound, a joke taken back, a climb's
breath that came back, a claim of what is serious, a pregnancy long past, a condition asked about
by its name and questions about walking aids or a coming flight.

False alarms, each a class: "my vase has a droopy face", "my headset keeps slurring my voice",
"this spreadsheet gives me chest pains jk", "out of breath after the tower steps, back to normal
after a minute", "my friend said numbness and not peeing is serious, is that true?", "when I
was pregnant ... that was 2012", "whats compartment syndrome", "where can I get a walker",
"what symptoms after a long flight should send me to hospital?", "can't stand through the rush
without sitting down". None may alarm; beside each class, guards show the same words told as an
event now still escalate. Every case is written for this test (none is copied from an evaluation
set). The model is the real one.
"""

from __future__ import annotations

import pytest

from bot.content import load_content
from bot.triage import Screen, tools_for

SCREEN = tools_for(load_content()).screen


@pytest.mark.parametrize(
    "text",
    [
        "the vase from my pottery class has a droopy face, it's meant to be abstract",
        "the snowman's smile drooped by lunchtime in the sun lol",
        "my bluetooth mic keeps garbling my voice on calls, any fix? legs fine",
        "my inbox is giving me a heart attack jk, what chair helps numb thighs?",
        "out of breath after running for the bus, back to normal after a minute, legs fine",
        "my neighbour said numbness with bladder trouble is an emergency, is that right? I'm "
        "fine, just wondering",
        "when i was pregnant with my second my legs went numb and i couldnt pee after the "
        "spinal. that was 2009, all fine since",
        "i broke my back falling off a horse in like 2005, totally fine now, can numbness come "
        "back years later?",
        "looking up stroke symptoms for a school project, which ones affect the legs?",
        "my brother says numbness with chest pain means you need an ambulance, true?",
        "the valve on my son's rugby ball bladder broke, and the bladder of his football too",
        "what a breathless finale to the match last night, my legs were tingly on the coach home "
        "but fine now",
        "back in college I broke my back skiing, full recovery, any exercises for numb feet?",
        "our midfield looked completely paralysed in the second half, shocking",
        "the toddler ran into the road and I nearly had a stroke, she's fine",
        "my coach says my squat form gives him a heart attack lol, legs fine",
        "the cat knocked my mug over onto my foot, didn't feel much, feet a bit numb lately",
        "autocorrect keeps typing the wrong words, sorry if this is garbled, my foot was numb "
        "at my desk but it's fine now",
        "the final was so one-sided I dozed off, legs went numb in the stands, fine after a walk",
        "no swelling in my calves, not red or warm, legs were a bit numb after the coach trip "
        "but that's gone",
    ],
)
def test_an_object_a_device_a_joke_a_claim_or_a_past_is_no_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "the zoom connection was slurring everyone's words today, so annoying",
        "the clay mug I made in class has a droopy face on one side, my kids love it",
        "out of breath walking up the lighthouse stairs, caught my breath at the top, lovely view",
    ],
)
def test_the_lexicon_alone_reads_a_device_a_mug_or_a_climb_as_no_sign_told(text: str) -> None:
    """The lexicon's half: it finds no sign, or only doubts one. The model reads the whole
    message on its own and may still alarm on these; its reading is not folded."""
    assert SCREEN.detector.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "whats compartment syndrome and can it make your leg numb",
        "what's a dvt and why does it make legs numb",
        "where can i buy a walker for my mum's numb legs",
        "is a walking stick a good idea for numb feet",
        "off on a long flight next week, what leg symptoms afterwards mean I should go to a&e?",
    ],
)
def test_a_condition_or_an_aid_asked_about_is_no_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my numb feet mean I can't stand at the till through a whole shift without sitting down",
        "I can't stand at the sink without leaning on it since my feet went numb months ago",
    ],
)
def test_standing_through_a_shift_is_no_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "so numb after kneeling at mass that I couldn't stand, but it went after a minute",
        "squashed in the back row of the plane, couldn't move my legs for hours, feet numb",
    ],
)
def test_the_lexicon_alone_reads_a_numb_stand_that_passed_or_a_crammed_seat_as_no_sign(
    text: str,
) -> None:
    """The lexicon's half; the model reads on its own and may still ask."""
    assert SCREEN.detector.screen(text).screen is not Screen.EMERGENCY


def test_words_swapped_for_others_are_a_stroke_speech_sign() -> None:
    text = "grandma asked for the spoon when she meant her glasses and her foot has gone numb"
    assert SCREEN.detector.screen(text).screen is Screen.EMERGENCY


def test_a_call_meant_for_someone_else_is_no_swapped_word() -> None:
    text = "he called me when he meant to ring my sister, my feet are a bit numb after the drive"
    assert SCREEN.detector.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my mum's face is drooping on one side and her leg is numb",
        "his speech is slurred and his left leg went numb an hour ago",
        "I'm out of breath just sitting here and my calf is swollen and hot",
        "my wife said my face is drooping and my leg is numb, she says it's serious",
        "I'm pregnant and my legs went numb and I can't pee since this morning",
        "my legs went numb and I can't stand at all",
        "my leg is numb and my chest hurts, not joking",
        "flew home yesterday, my calf is swollen and hot and my foot is numb, should I go in?",
        "my dad is having stroke symptoms right now, his leg went numb",
        "my legs went numb and I couldn't stand, it's been like that for an hour",
        "she can't move her legs since the crash, seats crushed around her",
        "trapped in the crushed back seat after the crash, she can't move her legs",
        "we were squashed in the car when it rolled and now I can't move my legs",
        "my son was paralysed after the tackle and can't feel his legs",
        "mum was on a video call and she was slurring her words, her leg is numb",
        "on the zoom call my husband was garbling his words and his arm and leg went numb",
        "dad on the phone sounded garbled and his leg is numb",
        "he keeps saying the wrong words and his foot went numb",
        "I think I'm having a stroke, my face is drooping and my leg is numb",
        "got kicked in the shin at rugby, now the calf is rock hard, the pain is unbearable and my "
        "foot is numb",
    ],
)
def test_the_same_words_told_as_an_event_now_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY
