"""The folds skipped in runs (bot.triage.words.FOLD_BLOCKS) give the very text the folds applied
one by one give: skipping is an optimisation only, never a change in what the screen reads."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.triage import lexicon, words

DATA = Path(__file__).resolve().parents[1] / "data"


def _one_by_one(text: str) -> str:
    for pattern, replacement in words.FOLDS:
        text = pattern.sub(replacement, text)
    return text


def _before_folds(text: str) -> str:
    """`words.normalise` up to its folds: the folds see exactly this."""
    original = words.FOLD_BLOCKS
    words.FOLD_BLOCKS = []
    try:
        return words.normalise(text)
    finally:
        words.FOLD_BLOCKS = original


# Words the folds are written around, so generated texts set many of them off, in chains.
_VOCABULARY = sorted(
    {w for pattern, _ in lexicon.FOLDS for w in re.findall(r"[a-z]{2,}", pattern)}
    | {"my", "leg", "numb", "and", "i", "the", "not", "cant", "feel", "it", "is"}
)


def test_every_fold_is_in_exactly_one_run_in_order() -> None:
    flattened = [fold for _, run in words.FOLD_BLOCKS for fold in run]
    assert flattened == words.FOLDS
    assert all(len(run) <= words.FOLD_BLOCK for _, run in words.FOLD_BLOCKS)


def _texts(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


# One case per set, so the test workers share the sets between them.
SETS = sorted(DATA.glob("*.jsonl"))


def test_the_project_sets_hold_thousands_of_texts() -> None:
    assert sum(len(_texts(path)) for path in SETS) > 3000


@pytest.mark.parametrize("path", SETS, ids=lambda path: path.name)
def test_the_project_sets_read_the_same_either_way(path: Path) -> None:
    for text in _texts(path):
        assert words.normalise(text) == _one_by_one(_before_folds(text))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_VOCABULARY), min_size=1, max_size=30))
def test_any_text_of_the_folds_own_words_reads_the_same_either_way(chosen: list[str]) -> None:
    text = " ".join(chosen)
    assert words.normalise(text) == _one_by_one(_before_folds(text))
