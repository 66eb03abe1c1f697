"""Sign words in everyday senses, and a history told on after a comma, raise no alarm; the same
words told as a live event still escalate (bot/triage/figures.py, bot/triage/history.py). Each
sentence written for this test."""

from __future__ import annotations

import pytest

from bot.content.loader import load_content
from bot.triage import tools_for
from bot.triage.findings import Screen

SCREEN = tools_for(load_content()).screen


@pytest.mark.parametrize(
    "text",
    [
        "Mum's face dropped when she heard what the podiatrist charges, ha. Are cheap insoles ok?",
        "had clotted cream with everything on holiday and my foot went to sleep on the coach, "
        "walked it off in a minute",
        "after Christmas dinner I couldn't move off the sofa and my leg went numb, fine once I got "
        "up",
        "I had Bell's palsy three years ago, with a drooping mouth on one side; it cleared up "
        "completely. Can it affect my legs later?",
    ],
)
def test_everyday_senses_and_a_history_raise_no_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "Mum's face dropped on one side while we were talking and her leg is numb",
        "my dad had a fall two years ago, and now his face is drooping and his leg is numb",
        "I'm numb all down my left side and can't move off the sofa, my arm won't work",
    ],
)
def test_the_same_words_told_as_live_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY
