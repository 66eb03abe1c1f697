"""The folds the screen skips (bot.triage.fold_filter, used by bot.triage.words.normalise) give the
very text the folds applied one by one give: skipping is an optimisation only, never a change in
what the screen reads.

A fold is skipped when none of the strings its pattern cannot match without is in the text. The
first tests check how those strings are read from a pattern (only ever a necessary condition:
the strings of a sequence's most telling part, the union over alternatives, nothing from an
optional part or a lookaround); the texts of the project's sets and texts made of the folds' own
words then check it in practice. Every fifth line of each set (thousands of texts, every style)
is enough for that, where all of them took a minute and a half of the suite's time.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.triage import lexicon, words
from bot.triage.fold_filter import needed_literals

DATA = Path(__file__).resolve().parents[1] / "data"


def _one_by_one(text: str) -> str:
    for pattern, replacement, _ in words.FOLDS:
        text = pattern.sub(replacement, text)
    return text


def _before_folds(text: str) -> str:
    """`words.normalise` up to its folds: the folds see exactly this."""
    original = words.FOLDS
    words.FOLDS = []
    try:
        return words.normalise(text)
    finally:
        words.FOLDS = original


# Words the folds are written around, so generated texts set many of them off, in chains.
_VOCABULARY = sorted(
    {w for pattern, _ in lexicon.FOLDS for w in re.findall(r"[a-z]{2,}", pattern)}
    | {"my", "leg", "numb", "and", "i", "the", "not", "cant", "feel", "it", "is"}
)


def test_every_fold_is_run_in_its_order() -> None:
    assert [p.pattern for p, _, _ in words.FOLDS] == [p for p, _ in lexicon.FOLDS]
    assert [r for _, r, _ in words.FOLDS] == [r for _, r in lexicon.FOLDS]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bparaly[sz]ed\b", {"paraly"}),
        (r"\b(?:stroke|clot)s?,? (?:x|y)\b", {"stroke", "clot"}),
        (r"\b(?:stroke|clot)s? (?:in|at) the past\b", {" the past"}),  # the rarer string
        (r"\bspeech[ -]to[ -]text\b", {"speech"}),
        (r"(?<!not )\bfine (?:now|again)\b", {"fine "}),
        (r"\b(?:my )?(?:leg|foot)\b", {"leg", "foot"}),
        (r"\b(?:my )?(?:leg|on)\b", None),  # "on" is too short to tell anything
        (r"\b(?:numb|tingly)?\s*toes\b", {"toes"}),
        (r"(?=[\s\S]*\bstroke\b)\bhe\b", None),  # a lookahead's words are not read
        (r"(?i)\bstroke\b", None),  # a case-blind fold: no plain string is needed
        (r"\b(?i:stroke)\b", None),
        (r"(a)b\1", None),
    ],
)
def test_the_needed_strings_are_read_from_the_pattern(
    pattern: str, expected: set[str] | None
) -> None:
    found = needed_literals(pattern)
    assert (None if found is None else set(found)) == expected


def test_almost_every_fold_is_filtered() -> None:
    """A fold the filter cannot read still runs on every message: that costs time, not
    safety, and the filter is only worth having while it covers the folds."""
    unread = [pattern for pattern, _ in lexicon.FOLDS if needed_literals(pattern) is None]
    assert len(unread) < len(lexicon.FOLDS) // 20


def _texts(path: Path, every: int = 1) -> list[str]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [json.loads(line)["text"] for line in lines[::every]]


# One case per set, so the test workers share the sets between them.
SETS = sorted(DATA.glob("*.jsonl"))


def test_the_project_sets_hold_thousands_of_texts() -> None:
    assert sum(len(_texts(path)) for path in SETS) > 3000


@pytest.mark.parametrize("path", SETS, ids=lambda path: path.name)
def test_the_project_sets_read_the_same_either_way(path: Path) -> None:
    for text in _texts(path, every=5):
        assert words.normalise(text) == _one_by_one(_before_folds(text))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_VOCABULARY), min_size=1, max_size=30), st.randoms())
def test_any_text_of_the_folds_own_words_reads_the_same_either_way(
    chosen: list[str], rng: random.Random
) -> None:
    separators = [" ", " ", " ", " ", ", ", ". ", "? "]
    text = "".join(word + rng.choice(separators) for word in chosen)
    assert words.normalise(text) == _one_by_one(_before_folds(text))
