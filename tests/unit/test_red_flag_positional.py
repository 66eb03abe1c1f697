"""Numbness that comes back whenever someone sits is the guide's temporary numbness: the model's
reading of it asks, never alarms; a sign the words tell still escalates
(bot/triage/positional.py). Each sentence written for this test."""

from __future__ import annotations

import pytest

from bot.content.loader import load_content
from bot.triage import tools_for
from bot.triage.findings import Screen

SCREEN = tools_for(load_content()).screen


@pytest.mark.parametrize(
    "text",
    [
        "every time I sit through a long church service my left leg goes completely dead and I "
        "have to shake it before I can stand",
        "my office chair is awful and my legs keep going numb, how do I stop it",
        "my leg goes numb evry time i sit on the toilet too long, why",
    ],
)
def test_numbness_that_comes_back_with_sitting_is_no_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "every time I sit down my face droops on one side and my leg goes numb",
        "my dad keeps going numb in his chair and now he can't get his words out",
        "whenever I sit my bum goes numb and I've wet myself twice without noticing",
    ],
)
def test_a_sign_told_beside_it_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "over the last couple of months my feet have got so numb that I wobble on the stairs and "
        "have stopped my evening walks",
        "my soles have slowly gone numb over several weeks and I can't manage my paper round "
        "without resting",
    ],
)
def test_a_leg_that_lets_someone_down_over_weeks_is_no_alarm(text: str) -> None:
    """Numbness in the way of daily life, come on gradually: the guide's appointment."""
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my foot has been numb for weeks and now I can't lift it at all, it just flops",
        "over the past month my leg went numb and since this morning it gives way under me",
        "my leg has been numb for a while and suddenly it won't hold my weight",
    ],
)
def test_weakness_new_or_sudden_after_slow_numbness_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "I study with my legs crossed for hours, my leg go sleep but I walk little and it come "
        "back after 1 or 2 minutes",
        "five hours on the coach with my feet tucked under the seat, left foot numb when I got "
        "off, and after about three minutes of walking it was totally normal",
    ],
)
def test_numbness_told_as_gone_within_minutes_is_no_alarm(text: str) -> None:
    """The guide's temporary numbness, which "typically resolves within minutes of changing
    position", in other words: the model's sign can only ask."""
    assert SCREEN.screen(text).onset.passed
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


def test_numbness_that_went_in_minutes_is_no_alarm() -> None:
    text = (
        "my belt was far too tight at the party and my thigh went numb, loosened it and it went "
        "in minutes"
    )
    assert SCREEN.screen(text).onset.passed
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY
