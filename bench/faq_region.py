"""Where the right entry stands when the bot is unsure: the "did you mean" band, set by set.

    .venv/bin/python bench/faq_region.py

A question gets a "did you mean" when the guide's best entry is not clear enough to answer with.
Moving the answer band into that region only pays if the questions whose first guess is right
can be told from those whose first guess is wrong, and from the out-of-scope messages that land
there too. For each set in the field set's form (bench/faq_benchmark.py) this prints, for the
messages offered a "did you mean" by the guide alone: how many had an accepted entry first,
only further down, or not at all, how many were out of scope, and the median evidence the
bands read (similarity of the closest way of asking, lead over the next unrelated entry, the
classifier's probability of the first entry and of "not covered") for each of those groups.
Pure apart from reading the files and the model.
"""

from __future__ import annotations

import statistics
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import faq_field
from bench.faq_benchmark import FIELD_FORM_SETS
from bench.learned import index_for
from bot.content import load_content
from bot.faq.answer import SUGGESTIONS, Band, answer, margin
from bot.faq.index import FaqIndex

GROUPS = ("first right", "right further down", "no right guess", "out of scope")


def evidence(index: FaqIndex, text: str, vector: np.ndarray) -> tuple[float, float, float, float]:
    """What the bands read of a message: similarity, lead, probability, "not covered"."""
    ranking = index.search(text, limit=SUGGESTIONS + 2, vector=vector)
    top = ranking.hits[0]
    return top.similarity, margin(ranking.hits), top.probability, ranking.outside


def group_of(message: faq_field.Message, offered: list[str]) -> str:
    if not message.accept:
        return "out of scope"
    if offered[0] in message.accept:
        return "first right"
    return "right further down" if set(offered) & set(message.accept) else "no right guess"


def region(index: FaqIndex, messages: Iterable[faq_field.Message]) -> dict[str, list[tuple]]:
    found: dict[str, list[tuple]] = defaultdict(list)
    for message in messages:
        vector = index.meaning_of(message.text)  # one model run serves both
        reply = answer(index, message.text, vector)
        if reply.band is not Band.SUGGEST:
            continue
        offered = [entry.id for entry in reply.ranked]
        found[group_of(message, offered)].append(evidence(index, message.text, vector))
    return found


def table(found: dict[str, list[tuple]]) -> str:
    lines = [
        "| group | messages | similarity | lead | probability | not covered |",
        "|---|---|---|---|---|---|",
    ]
    for group in GROUPS:
        rows = found.get(group, [])
        medians = [f"{statistics.median(column):.2f}" for column in zip(*rows, strict=True)]
        lines.append(f"| {group} | {len(rows)} | " + " | ".join(medians or ["-"] * 4) + " |")
    return "\n".join(lines)


def main() -> int:
    content = load_content()
    shipped = FaqIndex.from_content(content)
    print(__doc__.splitlines()[0])
    print('\nmedians of the evidence the bands read, per group of "did you mean" replies')
    pooled: dict[str, list[tuple]] = defaultdict(list)
    for questions, out_of_scope, _who in FIELD_FORM_SETS:
        if not questions.exists():
            print(f"\n### {questions.name}: not found, skipped")
            continue
        messages = faq_field.load(questions)
        if out_of_scope.exists():
            messages += faq_field.load(out_of_scope)
        found = region(index_for(content, shipped, questions), messages)
        print(f"\n### {questions.name} and {out_of_scope.name}\n")
        print(table(found))
        if questions.parent.name != "field":  # the project's own sets, not the field set
            for group, rows in found.items():
                pooled[group] += rows
    print("\n### the project's own sets together\n")
    print(table(pooled))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
