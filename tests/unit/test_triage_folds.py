"""The folds skipped in runs (bot.triage.words.FOLD_BLOCKS) give the very text the folds applied
one by one give: skipping is an optimisation only, never a change in what the screen reads.

A run's one pattern is its folds' patterns as alternatives, which matches wherever one of them
does unless a pattern refers back to a group by number (the numbers shift in the union) or sets
a flag for the whole pattern (it would then apply to all): the first tests rule both out for
every fold, so the skip is exact by construction. The texts of the project's sets and texts made
of the folds' own words then check it in practice; every fifth line of each set (thousands of
texts, every style) is enough for that, where all of them took a minute and a half of the
suite's time.
"""

from __future__ import annotations

import json
import re
import re._constants as sre_constants
import re._parser as sre_parser
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


def _refers_back(pattern: re.Pattern[str]) -> bool:
    """Whether the pattern uses a back-reference (`\\1`, `(?P=name)`, `(?(1)...)`) anywhere."""
    stack: list[object] = [sre_parser.parse(pattern.pattern, pattern.flags)]
    while stack:
        item = stack.pop()
        if isinstance(item, sre_parser.SubPattern):
            for op, value in item:
                if op in (sre_constants.GROUPREF, sre_constants.GROUPREF_EXISTS):
                    return True
                stack.append(value)
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    return False


def test_the_back_reference_check_finds_one_however_deep() -> None:
    assert _refers_back(re.compile(r"(a)b\1"))
    assert _refers_back(re.compile(r"x(?:y|(?<=q)(?P<n>z)+(?P=n))?"))
    assert not _refers_back(re.compile(r"(?<!not )\b(numb|dead)(?:leg)?\b"))


def test_no_fold_refers_back_to_a_group_or_sets_a_flag_for_a_whole_run() -> None:
    referring = [pattern.pattern for pattern, _ in words.FOLDS if _refers_back(pattern)]
    assert not referring, "a back-reference changes meaning in a run's union"
    flags = {pattern.flags for pattern, _ in words.FOLDS}
    assert flags == {re.compile("").flags}, "an inline flag would apply to the whole run"
    assert {any_of.flags for any_of, _ in words.FOLD_BLOCKS} == flags


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
@given(st.lists(st.sampled_from(_VOCABULARY), min_size=1, max_size=30))
def test_any_text_of_the_folds_own_words_reads_the_same_either_way(chosen: list[str]) -> None:
    text = " ".join(chosen)
    assert words.normalise(text) == _one_by_one(_before_folds(text))
