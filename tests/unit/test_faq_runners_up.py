"""A close call's runners-up under an answer: the right passage a tap away when the answer may
be the wrong one, and no extra button when the answer is clear."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bench import faq_field
from bot.content import Content, load_content
from bot.faq.answer import ALSO_AT_MOST, ALSO_CLOSE, Band, answer, close_runners_up
from bot.faq.index import Entry, FaqIndex, Hit
from bot.ui.faq_render import entry_screen

STRANGERS_SETS = Path(__file__).resolve().parents[1] / "data"
FEEDBACK = ["👍 Helpful", "👎 Not helpful"]
ALSO = "🔎 Or did you mean: "


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


@pytest.fixture(scope="module")
def index(content: Content) -> FaqIndex:
    return FaqIndex.from_content(content)


def _entry(number: int, section: int, faq: bool) -> Entry:
    kind = "faq" if faq else "section"
    ident = f"f{number}" if faq else f"s{section}"
    return Entry(kind, ident, f"Entry {number}", f"s{section}", (), "")


def _same_answer(one: Entry, other: Entry) -> bool:
    """An FAQ entry and its own section say the same; two FAQ entries of a section do not."""
    return one.key == other.key or (one.kind != other.kind and one.section_id == other.section_id)


_HITS = st.lists(
    st.tuples(st.integers(0, 3), st.booleans(), st.floats(0.01, 3.0, allow_nan=False)),
    min_size=1,
    max_size=8,
)


@given(_HITS)
def test_runners_up_are_close_different_answers_best_first(
    drawn: list[tuple[int, bool, float]],
) -> None:
    ordered = sorted(drawn, key=lambda row: -row[2])
    hits = [
        Hit(_entry(n, section, faq), score, 1.0, 1.0)
        for n, (section, faq, score) in enumerate(ordered)
    ]
    top = hits[0]
    also = close_runners_up(hits)
    assert len(also) <= ALSO_AT_MOST
    shown = [top.entry, *also]
    assert not any(_same_answer(a, b) for i, a in enumerate(shown) for b in shown[i + 1 :]), (
        "no answer is offered twice, nor an FAQ entry beside its own section"
    )
    scores = {id(hit.entry): hit.score for hit in hits}
    assert all(scores[id(entry)] >= ALSO_CLOSE * top.score for entry in also)
    # Greedy and in ranking order: nothing close and new is passed over while there is room.
    wanted = [top.entry]
    for hit in hits[1:]:
        close = hit.score >= ALSO_CLOSE * top.score
        if close and not any(_same_answer(hit.entry, e) for e in wanted):
            wanted.append(hit.entry)
    assert list(also) == wanted[1 : 1 + ALSO_AT_MOST]


@pytest.mark.parametrize(
    ("question", "answered", "offered"),
    [
        # Risk factors and the chronic causes both speak of blood pressure.
        (
            "I have high blood pressure, could that be why my legs go numb?",
            "section/prevention-risk-factors",
            "section/causes-chronic",
        ),
        # Self-care exercises, physical therapy's: two passages, one question.
        ("what exercises help numb legs", "section/treatment-self-care", "faq/physical-therapy"),
        # Two FAQ entries of one section are two answers: physical therapy's, surgery's.
        (
            "physio hasn't helped my numb leg at all, is an operation the next step?",
            "faq/physical-therapy",
            "faq/surgery",
        ),
        # Which tests: the first visit's, then the lab's and the specialist's.
        (
            "what tests will the doctor do for my numb feet",
            "section/diagnosis-initial",
            "section/diagnosis-lab",
        ),
    ],
)
def test_a_close_call_offers_the_next_passage_under_its_answer(
    index: FaqIndex, question: str, answered: str, offered: str
) -> None:
    reply = answer(index, question)
    assert reply.band is Band.ANSWER
    assert reply.ranked[0].key == answered
    assert offered in [entry.key for entry in reply.also]


@pytest.mark.parametrize(
    "question",
    [
        "why does my leg go numb when I sit",
        "my dad is diabetic and his feet are numb, will it ever go away",
        "does smoking make leg numbness worse",
    ],
)
def test_a_clear_answer_offers_nothing_more(index: FaqIndex, question: str) -> None:
    reply = answer(index, question)
    assert reply.band is Band.ANSWER
    assert reply.also == ()


def test_the_runners_up_are_buttons_before_the_feedback_and_never_twice(
    content: Content, index: FaqIndex
) -> None:
    reply = answer(index, "what tests will the doctor do for my numb feet")
    best = reply.ranked[0]
    screen = entry_screen(content, best.kind, best.id, also=reply.also)
    assert screen.keyboard is not None
    rows = screen.keyboard.inline_keyboard
    labels = [button.text for row in rows for button in row]
    assert labels[-2:] == FEEDBACK
    offered = [label.removeprefix(ALSO) for label in labels if label.startswith(ALSO)]
    assert offered == [entry.title for entry in reply.also]
    # An entry the answer already shows as a button is not offered again.
    faq = content.faq_entry("surgery")
    again = [e for e in index.entries if e.kind == "faq" and e.id in faq.related]
    assert again, "the surgery entry's related questions are entries of the index"
    screen = entry_screen(content, "faq", "surgery", also=tuple(again))
    labels = [button.text for row in screen.keyboard.inline_keyboard for button in row]
    assert not [label for label in labels if label.startswith(ALSO)]


# Measured on this change (BENCHMARKS.md): 69 of the 85 questions of the project's strangers'
# sets that are not answered right are offered an accepted entry, in a "did you mean" or under
# a wrong answer (25 of the 33 wrong answers); 44, all in a "did you mean", before. Rounded
# down a little.
OFFERED_FLOOR = 0.78


def test_questions_not_answered_right_are_mostly_offered_an_accepted_entry(
    index: FaqIndex,
) -> None:
    rest = []
    for path in sorted(STRANGERS_SETS.glob("questions_round*.jsonl")):
        outcomes = faq_field.score(partial(answer, index), faq_field.load(path))
        rest += [outcome for outcome in outcomes if outcome.result != "correct"]
    offered = [o for o in rest if o.result == "suggest-good" or o.offered]
    assert len(rest) >= 50, "the strangers' sets are in tests/data"
    missed = "\n".join(f"{o.result} {o.message.text}" for o in rest if o not in offered)
    assert len(offered) >= OFFERED_FLOOR * len(rest), missed
