"""Scoring a set the model learned: with a model that learned every set but that one.

The sets of `content/asked/` are both development sets and exemplars the retrieval model learns
(`bot.content.asked`): scored by the shipped model, a question would meet itself among the ways
of asking and count as found. Each is scored instead by the index built from the content without
that set (its questions and its out-of-scope messages), as if it were a new set from a stranger;
every other set, the field set included, by the shipped index. Leaving one set out costs an index
build with no model run: the other sets' vectors are those the shipped index embedded already
(`bot.language.cache.embedded`).
"""

from __future__ import annotations

from pathlib import Path

from bot.content.asked import ASKED_DIR, QUESTIONS_PREFIX, without_source
from bot.content.models import Content
from bot.faq.index import FaqIndex


def learned_source(questions: Path) -> str | None:
    """The set's name ("round13") when the model learned it, else None."""
    if questions.parent.name != ASKED_DIR or not questions.name.startswith(QUESTIONS_PREFIX):
        return None
    return questions.stem.removeprefix(QUESTIONS_PREFIX)


def index_for(content: Content, shipped: FaqIndex, questions: Path) -> FaqIndex:
    """The index that scores this set fairly: the shipped one, or one that never learned it."""
    source = learned_source(questions)
    if source is None:
        return shipped
    kept = without_source(content.asked, source)
    return FaqIndex.from_content(content.model_copy(update={"asked": kept}))
