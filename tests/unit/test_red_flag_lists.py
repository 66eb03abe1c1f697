"""A negation over a list of signs (bot.triage.lists): how far "no" and "hasn't had" reach.

A list closed by "or" carries its negation to every item; it ends at that "or", and a clause that
tells something of its own (a verb, a subject) is no item of it. Each case is written for this
test; none is copied from an evaluation set. The model is the real one.
"""

from __future__ import annotations

import pytest

from bot.content import load_content
from bot.triage import Screen, tools_for

SCREEN = tools_for(load_content()).screen


@pytest.mark.parametrize(
    "text",
    [
        # The list ends at its "or"; what follows is a statement of its own.
        "I haven't had any fall, knock or back pain, I can jog as usual, just a numb toe",
        "she hasn't had a droopy face, slurred words or chest pain, she's walking fine",
        "no fall, injury or back pain, my shin has been numb for three weeks",
    ],
)
def test_a_denied_list_followed_by_a_statement_stays_denied(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.NONE


@pytest.mark.parametrize(
    "text",
    [
        # "No fall" denies the fall; the face told after it, with a verb of its own, is told.
        "no fall, her face is drooping or something and her leg is numb",
        "he hasn't had a fall, his speech is slurred or whatever, foot numb",
        "no injury, her mouth looks crooked or so, toes tingling",
    ],
)
def test_a_sign_told_after_a_denial_is_not_denied(text: str) -> None:
    detection = SCREEN.screen(text)
    assert detection.screen is Screen.EMERGENCY
    assert "stroke" in detection.signs
