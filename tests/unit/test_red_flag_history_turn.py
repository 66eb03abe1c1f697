"""A dated history and a new event joined in one clause: the date hedges only the history.

"She had a stroke in 2019 and since an hour ago her face is drooping again" was asked about
instead of escalated: the date marked the whole clause as history. Told as two sentences it
already escalated. Each case is a class of wording written for this test; the guards beside them
keep what a history left behind ("still has a weak arm") asked about, not alarmed. The model is
the real one.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.content import load_content
from bot.triage import Screen, tools_for
from bot.triage.history import turn_to_now

SCREEN = tools_for(load_content()).screen

HISTORIES = [
    "she had a stroke in 2019",
    "my dad had a clot last year",
    "he had a dvt years ago",
    "I had back surgery back in march",
    "mum had a mini stroke a few years back",
]
TURNS = [
    "and now",
    "and today",
    "and since an hour ago",
    "and this morning",
    "and just now",
    "and last night",
]
LIVE_SIGNS = [
    "her face is drooping again",
    "his calf is swollen red and hot",
    "I can't control my bladder and my legs are numb",
    "she can't get her words out",
    "I can't catch my breath",
]


@pytest.mark.parametrize(
    "text",
    [
        "she had a stroke in 2019 and since an hour ago her face is drooping again",
        "He had a stroke last year and his face is drooping again this morning",
        "my dad had a clot in 2020 and now his calf is swollen and red and hurts",
        "had cauda equina surgery years ago and today I can't feel when I wipe and can't pee",
        "grandma had a stroke ages ago and suddenly her speech is slurred",
    ],
)
def test_a_new_event_after_a_dated_history_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "she had a stroke in 2019 and still has a weak arm",
        "had a stroke last year and now fully recovered",
        "I had a clot years ago and now I'm worried about flying",
        "he had a stroke in 2018 and his face droops a little on the left since then",
        # "Couldn't" keeps its past tense: the sentence goes on with the dated history.
        "Dad had a stroke in 2017, his face dropped and he couldn't speak. He's fine now.",
    ],
)
def test_what_a_history_left_behind_is_not_alarmed(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@given(st.sampled_from(HISTORIES), st.sampled_from(TURNS), st.sampled_from(LIVE_SIGNS))
@settings(max_examples=60, deadline=None)
def test_a_history_before_never_softens_a_sign_told_as_now(
    history: str, turn: str, sign: str
) -> None:
    alone = SCREEN.screen(sign).screen
    assert alone is Screen.EMERGENCY  # the guard: each sign escalates on its own
    assert SCREEN.screen(f"{history} {turn} {sign}").screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    ("words", "history_ends", "turn"),
    [
        ("she had a stroke in the past and since an hour ago her face droops", 6, 7),
        ("he had a clot last year now his calf is swollen", 5, 6),
        ("she had a stroke in the past and still has a weak arm", 6, None),
        ("he had a clot last year and is fine", 5, None),
        ("he had a clot last year and this morning his calf swelled", 5, 6),
        ("she had a stroke in the past and last night she slurred", 6, 7),
    ],
)
def test_a_clause_turns_to_now_only_at_a_word_of_now(
    words: str, history_ends: int, turn: int | None
) -> None:
    assert turn_to_now(words.split(), history_ends) == turn
