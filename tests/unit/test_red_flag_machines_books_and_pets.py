"""The red-flag screen on machines and markets, a word talked about, a book's character, a day
that has not come, a decade-old injury, a spread told from where it began, and a pet called "she".

False alarms, each a class: "my laptop is gasping for breath", "the market had a heart attack",
"a word that rhymes with numb", "in the novel I'm reading the hero wakes up paralysed", "if a
resident ever told me her speech was slurred", "a decade ago I fell and lost feeling for a while",
"at first my toes, now the whole sole, slowly over weeks", "does my dog's leg shaking mean he's
having a stroke". Each asks at most; beside each, guards show the same words told as a person's
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
        "my old pc is wheezing for air every time I open photoshop",
        "the printer is choking on every page again",
        "crypto had a heart attack overnight, my shares are on life support",
        "what's a word that rhymes with stroke for my poem",
        "how do you spell paralysed, british or american",
        "In the novel I'm reading, the hero wakes up paralysed and can't feel his legs. Any "
        "similar books?",
        "if a resident ever told me her speech was slurred and her arm was weak, who do I call "
        "first? asking for my care course",
        "A decade ago I came off my motorbike, hurt my neck and my legs tingled for a week. All "
        "fine now, could it cause trouble later?",
        "it was only my big toe at first, now it's the whole foot and up the side, slowly over "
        "a month",
        "does my dog's back leg shaking when he dreams mean he's having a stroke? he's fine "
        "when he's awake",
    ],
)
def test_a_machine_a_word_a_book_a_day_to_come_an_old_injury_or_a_pet_is_no_alarm(
    text: str,
) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my husband is gasping for breath and his legs are numb",
        "I can't spell anything, my words come out wrong and my leg is numb since lunch",
        "I came off my motorbike an hour ago, hurt my neck and now my legs are numb",
        "at first only his foot was numb, now his face is drooping on one side",
        "the horse threw her and she landed on her back, now she can't feel her legs",
        "the dog knocked them over and now they can't move their legs",
    ],
)
def test_the_same_words_told_as_a_persons_event_now_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY
