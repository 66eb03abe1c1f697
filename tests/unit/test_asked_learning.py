"""Learning how strangers asked (content/asked/) answers more of what nobody on the team read.

Two sets in tests/data were written by helpers who saw only the guide and were never read:
round 14 (a third of it told as a situation, the question only implied) and round 23 (the field
set's nine styles). The shipped index is compared with the same content minus the strangers'
messages, on the same bands: the learned model must answer clearly more of them with an accepted
entry, the implied questions included, and answer no more of them wrongly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import faq_field
from bot.content import Content, load_content
from bot.faq.answer import answer
from bot.faq.index import FaqIndex

DATA = Path(__file__).resolve().parents[1] / "data"
NEVER_READ = ("round14", "round23")


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


def _tally(index: FaqIndex) -> tuple[int, int, int]:
    """Correct, wrong, and correct among the implied questions, over both sets."""
    correct = wrong = implied = 0
    for name in NEVER_READ:
        outcomes = faq_field.score(
            lambda text: answer(index, text), faq_field.load(DATA / f"questions_{name}.jsonl")
        )
        correct += sum(o.result == "correct" for o in outcomes)
        wrong += sum(o.result == "wrong" for o in outcomes)
        implied += sum(o.result == "correct" and o.message.group == "indirect" for o in outcomes)
    return correct, wrong, implied


def test_the_strangers_questions_answer_more_of_sets_nobody_read_and_none_more_wrongly(
    content: Content,
) -> None:
    assert content.asked
    learned = FaqIndex.from_content(content)  # first: the bare index reuses its vectors
    bare = FaqIndex.from_content(content.model_copy(update={"asked": []}))
    correct, wrong, implied = _tally(learned)
    correct_bare, wrong_bare, implied_bare = _tally(bare)
    assert correct >= correct_bare + 10, (correct, correct_bare)
    assert implied >= implied_bare + 5, (implied, implied_bare)
    assert wrong <= wrong_bare, (wrong, wrong_bare)
