"""A close call's runners-up under an answer: the right passage a tap away when the answer may
be the wrong one, and no extra button when the answer is clear."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.content import Content, load_content
from bot.faq.answer import ALSO_AT_MOST, ALSO_CLOSE, Band, answer, close_runners_up
from bot.faq.index import Entry, FaqIndex, Hit
from bot.ui.faq_render import entry_screen

FEEDBACK = ["👍 Helpful", "👎 Not helpful"]
ALSO = "🔎 Or did you mean: "


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


@pytest.fixture(scope="module")
def index(content: Content) -> FaqIndex:
    return FaqIndex.from_content(content)


def _entry(number: int, section: int) -> Entry:
    return Entry("section", f"e{number}", f"Entry {number}", f"s{section}", (), "")


_HITS = st.lists(
    st.tuples(st.integers(0, 4), st.floats(0.01, 3.0, allow_nan=False)), min_size=1, max_size=8
)


@given(_HITS)
def test_runners_up_are_close_of_other_sections_one_each_best_first(
    drawn: list[tuple[int, float]],
) -> None:
    ordered = sorted(drawn, key=lambda pair: -pair[1])
    hits = [Hit(_entry(n, section), score, 1.0, 1.0) for n, (section, score) in enumerate(ordered)]
    top = hits[0]
    also = close_runners_up(hits)
    assert len(also) <= ALSO_AT_MOST
    sections = [entry.section_id for entry in also]
    assert top.entry.section_id not in sections
    assert len(set(sections)) == len(sections)
    scores = {hit.entry.id: hit.score for hit in hits}
    assert all(scores[entry.id] >= ALSO_CLOSE * top.score for entry in also)
    assert [scores[e.id] for e in also] == sorted((scores[e.id] for e in also), reverse=True)
    # Nothing close is passed over while there is room: the first of each other section counts.
    firsts: dict[str, Hit] = {}
    for hit in hits[1:]:
        firsts.setdefault(hit.entry.section_id, hit)
    wanted = [
        h.entry
        for h in firsts.values()
        if h.entry.section_id != top.entry.section_id and h.score >= ALSO_CLOSE * top.score
    ]
    assert list(also) == wanted[:ALSO_AT_MOST]


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
