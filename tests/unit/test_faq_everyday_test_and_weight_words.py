"""The guide's entries found from everyday words for a nerve test and for weight.

"Electrodes on my legs" is how people tell the nerve conduction study, "put on 20 kilos" or
"lbs" how they tell weight (content/synonyms.yaml).
Each question is written for this test, none copied from an evaluation set; the model is the
real one. The entry must come first, answered or offered.
"""

from __future__ import annotations

import pytest

from bot.content import load_content
from bot.faq.answer import answer
from bot.faq.index import FaqIndex


@pytest.fixture(scope="module")
def index() -> FaqIndex:
    return FaqIndex.from_content(load_content())


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "the nerve doctor is going to put electrodes on my calves, what does that show?",
            "diagnosis-specialized",
        ),
        (
            "gained about 40 lbs this year and my thighs keep going numb, could that be why?",
            "prevention-lifestyle",
        ),
    ],
)
def test_everyday_words_find_the_guides_entry(index: FaqIndex, question: str, entry: str) -> None:
    reply = answer(index, question)
    offered = [e.id for e in reply.ranked][:1]
    assert entry in offered, offered
