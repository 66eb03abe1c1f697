"""Stories told in other words: numbness that passed told loosely, positions of the body and of
clothes, a swollen limb beside numbness, and numbness that came on at once and passed on moving.

Each case is a class of wording written for this test (none is copied from an evaluation set),
with guards that the same words beside a sign keep the red-flag questions or the emergency.
"""

from __future__ import annotations

import pytest

from bot.content import load_content
from bot.faq.index import FaqIndex
from bot.stories import Level, read_cues
from bot.stories.route import Step
from bot.stories.tools import reader_for
from bot.stories.understand import understand
from bot.triage import Screen, tools_for
from bot.triage.chat_spellings import respell

CONTENT = load_content()
READER = reader_for(CONTENT)
INDEX = FaqIndex.from_content(CONTENT)
SCREEN = tools_for(CONTENT).screen


def decided(text: str) -> tuple[Step, bool]:
    """The step and whether the reply carries the guide's self-care (as the answer itself, or
    as the advice over the guide's answer)."""
    decision = understand(text, SCREEN.screen(text), INDEX, READER).decision
    return decision.step, decision.self_care or decision.banner is Level.SELF_CARE


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("walked round the garden and by then it had pretty much gone", "passed"),
        ("he couldn't feel his foot, but a few minutes later he was running about", "passed"),
        ("my calf went numb holding a yoga pose too long", "position"),
        ("my son says his foot is 'asleep' again", "numbness"),
        ('she told me her leg was "gone" after the film', "numbness"),
        ("zero feeling in my toes after kneeling, fine now", "numbness"),
        ("my shin turned into tv static on the train", "numbness"),
        ("thighs numb after a two-hour examination", "position"),
        ("after squatting to clean the floor my legs had no sensation", "numbness"),
        ("my right leg goes numb after a long shift in the taxi", "position"),
        ("feet numb after the match in my recliner", "position"),
        ("my foot tingles on long motorway stretches", "position"),
        ("numb leg when I curl up in the beanbag", "position"),
        ("my thighs tingle by lunchtime in my new shapewear", "position"),
        ("her right calf is much bigger than the left and she says her foot is numb", "hurt"),
        ("his shin feels numb and the calf is warm to the touch", "hurt"),
    ],
)
def test_passing_positions_and_a_swollen_limb_in_other_words(text: str, field: str) -> None:
    assert getattr(read_cues(text), field)


@pytest.mark.parametrize(
    "text",
    [
        "feet numb after the flight, no pain or swelling, fine after a walk",
        "my calves aren't swollen or warm, just tingly after sitting",
    ],
)
def test_a_swelling_denied_is_no_hurt(text: str) -> None:
    assert not read_cues(text).hurt


def test_pins_and_needles_that_kicked_in_are_no_kick_and_what_does_not_go_away_has_not_passed() -> (
    None
):
    assert not read_cues("legs numb in the car, then the pins and needles kicked in").hurt
    assert not read_cues("both soles numb for weeks, it don't go away on my days off").passed


@pytest.mark.parametrize(
    "text",
    [
        "watched two films back to back on the sofa tonight, got up and couldn't feel my foot, "
        "came back after a minute of walking",
        "got up from kneeling at the altar and could not feel my feet, fine after a short walk",
    ],
)
def test_numbness_alone_that_came_at_once_and_passed_on_moving_gets_the_self_care(
    text: str,
) -> None:
    step, self_care = decided(text)
    assert step is Step.SELF_CARE or (step is Step.ANSWER and self_care)


@pytest.mark.parametrize(
    "text",
    [
        "stood up after sitting and suddenly couldn't feel my foot, my calf is swollen and hot, "
        "walking helped a bit",
        "after the long drive I couldn't feel my leg, it's twice the size of the other and it "
        "hurts, moving about eased the numbness",
    ],
)
def test_a_swollen_limb_beside_numbness_that_passed_keeps_the_questions(text: str) -> None:
    assert decided(text)[0] in (Step.CHECK, Step.EMERGENCY)


@pytest.mark.parametrize(
    "text",
    [
        "Dad had his knee replaced last week. Since this morning his left calf is much bigger "
        "than the right, warm to touch and he winces when I press it.",
        "my right calf is fatter than my left one and it's tender when I squeeze it",
    ],
)
def test_a_calf_bigger_than_the_other_and_tender_is_a_clot(text: str) -> None:
    detection = SCREEN.screen(text)
    assert detection.screen is Screen.EMERGENCY
    assert "blood-clot" in detection.signs


def test_a_fall_that_did_not_happen_beside_reasons_to_book_gets_the_appointment() -> None:
    """A near fall is no fall: the guide's reasons to book (daily life, lasting), no questions."""
    text = "both feet numb for a month now and my balance is off, I nearly fell twice"
    assert decided(text)[0] is Step.APPOINTMENT


@pytest.mark.parametrize(
    ("typed", "spelled"),
    [
        ("tingly feet gettin worse evry wk", "tingly feet getting worse every week"),
        ("ony my right foot since febuary", "only my right foot since february"),
        (
            "my shins r numb at nite n sittin hurts",
            "my shins are numb at night and sitting hurts",
        ),
    ],
)
def test_times_and_small_words_typed_short_are_read_as_what_they_stand_for(
    typed: str, spelled: str
) -> None:
    assert respell(typed) == spelled


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("numb toes gettin worse evry wk", "worsening-spreading"),
        ("my shins r numb since last wk n they dont go away when i walk", "lasting-days"),
    ],
)
def test_a_story_typed_short_gives_its_reason_to_book(text: str, reason: str) -> None:
    assert reason in read_cues(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "got his leg trapped under a motorbike earlier, it looks ok but it's tight as a drum, he "
        "screams when I move his toes and says the foot is going numb",
        "my shin went rock hard after the tackle and my foot feels numb, it sort of eased",
        "she yelps if I touch her calf and her foot is numb since she sat in the car",
    ],
)
def test_a_limb_told_as_crushed_rock_hard_or_screamed_over_is_never_calmed(text: str) -> None:
    assert read_cues(text).hurt
    step, self_care = decided(text)
    assert step in {Step.CHECK, Step.EMERGENCY}
    assert not self_care


def test_a_leg_trapped_under_the_other_is_a_position_not_a_crush() -> None:
    text = "slept with one leg trapped under the other and it went numb, fine after a walk"
    assert not read_cues(text).hurt
    assert decided(text)[1]  # the self-care, as the reply or over the guide's answer
