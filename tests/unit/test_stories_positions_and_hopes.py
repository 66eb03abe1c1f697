"""Stories with a position told as a verb or a stance, and with passing or suddenness that is only
hoped for or denied.

"Every time I cross my legs in meetings" and "I stand in a weird lean for hours" are positions as
much as "cross-legged" is; "will it go away?" hopes it passes and "it didn't come on all at
once" says it came slowly, so neither is numbness that passed or came suddenly. Each case is
written for this test (none is copied from an evaluation set).
"""

from __future__ import annotations

import pytest

from bot.stories import Level, read_cues
from bot.triage import Screen
from bot.triage.told_words import onset_in
from bot.triage.words import normalise
from tests.unit.story_advice import SCREEN, advised


@pytest.mark.parametrize(
    "text",
    [
        "whenever I cross my legs at my desk my left foot goes numb, I uncross them and it's "
        "fine after a minute",
        "my son crosses his ankles under the table all through dinner and his feet go numb, they "
        "come back as soon as he stands",
        "I stand in an odd stance at the lathe all day, sometimes my leg goes numb and it goes "
        "away when I walk about",
    ],
)
def test_a_position_told_as_a_verb_or_a_stance_gets_the_self_care(text: str) -> None:
    assert read_cues(text).position
    assert advised(text) is Level.SELF_CARE


@pytest.mark.parametrize(
    "text",
    [
        "my right shin has been numb for two weeks now, will it go away by itself?",
        "a patch on my thigh has felt numb for ten days, does it just wear off?",
    ],
)
def test_a_hope_that_it_passes_is_no_passing(text: str) -> None:
    assert not read_cues(text).passed
    assert not SCREEN.screen(text).onset.passed


@pytest.mark.parametrize(
    "text",
    [
        "my left calf has been numb for twelve days, it didn't come on all at once, it crept up",
        "the numbness in my foot wasn't out of nowhere, it built up over a week and it's still "
        "there",
    ],
)
def test_suddenness_denied_is_no_sudden_onset_and_keeps_the_appointment(text: str) -> None:
    assert not SCREEN.screen(text).onset.sudden
    assert advised(text) is Level.APPOINTMENT


@pytest.mark.parametrize(
    "text",
    [
        "it came on all at once an hour ago, my leg is numb and I can't lift it",
        "my leg went numb out of nowhere ten minutes ago and my face feels droopy",
    ],
)
def test_suddenness_told_still_escalates(text: str) -> None:
    _gradual, sudden, _passed = onset_in(normalise(text))
    assert sudden
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my feet tingle at odd times, not from sitting, even when I'm out running",
        "my shin goes numb a few times a week, not because of my chair or anything",
        "my diabetic dad put his feet in bath water that was too hot and never noticed",
    ],
)
def test_a_position_denied_or_bath_water_is_no_position(text: str) -> None:
    assert not read_cues(text).position


@pytest.mark.parametrize(
    "text",
    [
        "knelt on the tiles grouting for an hour and my knees down went numb, gone by the time "
        "I'd made a cup of tea",
        "my legs keep fallin asleep when I sit on the floor gaming, I stand up and they're fine "
        "in a minute",
    ],
)
def test_gone_by_the_time_and_a_misspelt_fall_asleep_get_the_self_care(text: str) -> None:
    assert read_cues(text).passed
    assert advised(text) is Level.SELF_CARE
