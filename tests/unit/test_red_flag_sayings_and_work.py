"""The red-flag screen on sayings, games and jokes, a worker's calls, what a show's illness
turned out to be, a dentist's numbing and numbness from something worn too tight.

False alarms, each a class: "paralysed by choice", a game's stun, "tongue-tied", "having a stroke
every time Excel crashes", "peed myself laughing", "we had three stroke calls tonight, one with a
droop", "in the show her leg went numb ... turned out to be a clot", "my lip is numb from the
dentist", "numb feet from tight socks, took them off and the feeling came back". Each asks at
most; beside each, guards show the same words told as one's own event still escalate. Every case
is written for this test (none is copied from an evaluation set). The model is the real one.
"""

from __future__ import annotations

import pytest

from bot.content import load_content
from bot.triage import Screen, tools_for

SCREEN = tools_for(load_content()).screen


@pytest.mark.parametrize(
    "text",
    [
        "totally paralysed by all the options on the menu, help me pick lol",
        "I froze with stage fright at the wedding speech",
        "frozen by indecision about which car to buy",
        "the raid boss stunned and paralysed me for 8 seconds, then I died. this game is rigged",
        "got paralyzed by a ghoul in the dungeon again",
        "I was tongue tied at the interview and my mind went blank. how do I stay calm?",
        "my mum is having a stroke every time the printer jams",
        "im having a stroke trying to read this form",
    ],
)
def test_a_saying_or_a_game_is_no_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "nearly lost control of my bladder laughing at my brother's wedding speech",
        "peed myself a little laughing at the cat video",
        "paramedic here, we had two stroke jobs tonight, one of them with slurred speech. "
        "long shift",
        "Watching a hospital drama, a nurse's leg went numb and she fell, turned out to be a "
        "stroke. do they get that right?",
        "why does my lip stay numb so long after the dentist",
        "half my face is still numb from the filling this morning, is that normal?",
        "toes numb from tight boots on the walk, took them off and the feeling came back",
    ],
)
def test_laughter_a_workers_call_a_show_the_dentist_or_tight_boots_ask_at_most(
    text: str,
) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my dad is paralysed on his left side since an hour ago",
        "I suddenly lost control of my bladder and both legs are numb",
        "we were having dinner and suddenly his speech is slurred and his face drooped",
        "Mum's face drooped on one side at the dentist and now she can't speak properly",
        "I can't puff my left cheek out, air leaks out that side and my left foot went numb this "
        "morning. dentist appointment is on friday anyway",
        "my calf is tight and swollen and throbbing since the flight, I took my socks off and "
        "it's still numb",
        "I'm having a stroke, my face is drooping and my arm is weak",
        "I was laughing then couldn't breathe lol and my calf is swollen and hot",
        "lost control of my bladder laughing and my face is drooping on one side",
    ],
)
def test_the_same_words_told_as_ones_own_event_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my legs are numb, what treatments are out there",
        "handrails, mats and so on, what changes at home for someone with numb legs who keeps "
        "tripping",
    ],
)
def test_a_question_typed_after_a_comma_asks_at_most(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my leg went numb and now I can't move it at all, what do I do",
        "dad's face is drooping on one side, what should I do",
        "her leg went numb an hour ago and she can't lift it, is that bad",
    ],
)
def test_a_sign_told_before_a_question_after_a_comma_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY
