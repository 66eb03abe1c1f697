"""What a self-care story denies or means by its words: "no pain, swelling or redness" and
"neither pain nor swelling" deny a swollen limb, a play's cast that "was superb" is nobody's
plaster, feet that "woke up once I'd walked about" passed, and a leak under the sink is a
plumber's. Each kept a passing numbness from its self-care before. Guards: a swelling told beside
a denied pain ("no pain, but his calf is swollen"), a cast that is too tight and a body that leaks
are read as ever. Every case is written for this test (none is copied from an evaluation set);
the model is the real one.
"""

from __future__ import annotations

import pytest

from bot.stories import Level
from bot.stories.cues import read_cues
from bot.triage import Screen
from tests.unit.story_advice import SCREEN, advised


@pytest.mark.parametrize(
    "text",
    [
        "after the long ferry crossing my right foot was numb; it came back after a short walk "
        "on deck. No pain, swelling or redness at all.",
        "my left leg was numb when the wedding service ended, but sensation returned after a "
        "few minutes walking about. Neither pain nor swelling.",
        "the cast were brilliant in the pantomime; my legs were numb at the interval and fine "
        "after a wander to the bar",
    ],
)
def test_a_denied_swelling_or_a_plays_cast_is_no_hurt(text: str) -> None:
    assert not read_cues(text).hurt


@pytest.mark.parametrize(
    "text",
    [
        "no pain, but his calf is swollen and his foot is numb",
        "no redness and the calf is swollen, foot tingling",
        "the cast is far too tight and his toes are numb",
    ],
)
def test_a_swelling_beside_a_denial_or_a_tight_cast_is_hurt(text: str) -> None:
    assert read_cues(text).hurt


def test_feet_that_woke_up_once_walked_on_passed() -> None:
    text = "knelt grouting the shower for hours, my feet had gone dead but they woke up once I'd "
    text += "walked round the kitchen"
    assert read_cues(text).passed


@pytest.mark.parametrize(
    "text",
    [
        "I spent an hour crouched under the kitchen sink fixing a leak and both feet went numb; "
        "walked about and they were normal within three minutes.",
        "I sat through a three hour concert in a narrow seat, my right foot was numb at the end, "
        "and it came back after walking to the car. No pain, swelling or redness.",
    ],
)
def test_these_passing_stories_get_self_care(text: str) -> None:
    assert advised(text) is Level.SELF_CARE


def test_a_body_that_leaks_beside_the_plumbing_escalates() -> None:
    text = "I was fixing a leak under the sink and now I'm leaking urine without feeling it, "
    text += "my legs are numb"
    assert SCREEN.screen(text).screen is Screen.EMERGENCY
