"""An injury told with its numbness denied is asked about, not escalated; every other warning
sign escalates whether or not numbness is denied beside it (bot/triage/denied_numbness.py)."""

from __future__ import annotations

import pytest

from bot.content.loader import load_content
from bot.triage import tools_for
from bot.triage.denied_numbness import numbness_denied
from bot.triage.findings import Screen

CONTENT = load_content()
SCREEN = tools_for(CONTENT).screen


def _denied(text: str) -> bool:
    return numbness_denied(SCREEN.detector.read(text))


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("no numbness or tingling in my legs at all", True),
        ("her feet aren't numb, she just worries", True),
        ("no numbnes and no tingling, walking fine", True),  # a typo is still the word
        ("no numbness in my arms but my legs keep tingling", False),  # some of it is there
        ("my legs are numb", False),
        ("my back hurts", False),  # nothing said of numbness: nothing denied
    ],
)
def test_numbness_is_denied_only_when_every_mention_of_it_is(text: str, denied: bool) -> None:
    assert _denied(text) is denied


@pytest.mark.parametrize(
    "text",
    [
        "Banged my head on the kitchen cabinet last night, I feel fine, no numbness or tingling "
        "anywhere",
        "my uncle fell off a ladder on sunday, he says there's no tingling and no numbness",
    ],
)
def test_an_injury_with_its_numbness_denied_is_asked_about(text: str) -> None:
    detection = SCREEN.screen(text)
    assert detection.screen is Screen.AMBIGUOUS
    assert "head-spinal-injury" in detection.suspected


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("banged my head on the cabinet last night and now both legs are numb", None),
        ("hit my head yesterday, no numbness in my arms but my legs keep tingling", None),
        # A denied sign that speaks of numbness denies that sign, not the injury's numbness.
        ("no sudden numbness on one side but I hit my head", "head-spinal-injury"),
        # Signs that need no numbness to be emergencies: numbness denied beside them changes
        # nothing.
        (
            "no numbness but my dad's face is drooping on one side and he can't get his words out",
            "stroke",
        ),
        ("no tingling, but she's gasping for air and can't catch her breath", "chest-breathing"),
        ("dad has no numbness but he suddenly can't lift his foot at all", "severe-weakness"),
        (
            "his leg is in plaster since yesterday and the pain is unbearable, no numbness though",
            "compartment-syndrome",
        ),
        ("mum's calf is swollen red and hot after her flight, no numbness or tingling", None),
    ],
)
def test_every_other_sign_still_escalates(text: str, sign: str | None) -> None:
    detection = SCREEN.screen(text)
    assert detection.screen is Screen.EMERGENCY, text
    if sign is not None:
        assert sign in detection.signs
