"""The field sets judge the product; they must never leak into it.

`../shared/field/` holds messages written by people who never saw `content/`. They are test sets:
a line copied into the content (an exemplar, a phrase, a paraphrase) would make the figures on
them meaningless and hide how the bot does on messages nobody has seen. This test fails when a
field line of five or more words appears whole anywhere in `content/`, or when any run of ten of
its words does. The model is built from a published checkpoint with no data of ours
(bot/language/model/PROVENANCE.md), so content/ is all the data there is to check: its YAML
files and the strangers' messages the model learns (content/asked/*.jsonl).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIELD = ROOT.parent / "shared" / "field"
CONTENT = ROOT / "content"
RUN = 10
WHOLE = 5


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("'", "").replace("’", ""))


def _field_lines() -> list[str]:
    lines = []
    for path in sorted(FIELD.glob("*.jsonl")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                lines.append(json.loads(raw)["text"])
    return lines


def _content_words() -> list[str]:
    words: list[str] = []
    for path in sorted([*CONTENT.rglob("*.yaml"), *CONTENT.rglob("*.jsonl")]):
        words += _words(path.read_text(encoding="utf-8"))
    return words


def _leaks(lines: list[str], content: list[str]) -> list[str]:
    text = " " + " ".join(content) + " "
    runs = {tuple(content[i : i + RUN]) for i in range(len(content) - RUN + 1)}
    found = []
    for line in lines:
        words = _words(line)
        whole = len(words) >= WHOLE and f" {' '.join(words)} " in text
        run = any(tuple(words[i : i + RUN]) in runs for i in range(len(words) - RUN + 1))
        if whole or run:
            found.append(line)
    return found


def test_the_check_finds_a_copied_line_and_a_copied_run() -> None:
    content = _words("exemplars: - my grandad says his left foot drags when he walks today")
    copied = "his left foot drags when he"
    long_line = "yesterday " + "my grandad says his left foot drags when he walks" + " again"
    assert _leaks([copied, long_line, "his foot drags"], content) == [copied, long_line]


@pytest.mark.skipif(not FIELD.is_dir(), reason="../shared/field is not beside this checkout")
def test_no_field_line_is_copied_into_content() -> None:
    lines = _field_lines()
    assert len(lines) >= 800  # questions, out of scope and symptoms
    assert _leaks(lines, _content_words()) == []


SCORING_SETS = (
    "*_fresh.jsonl",
    "*_holdout.jsonl",
    "*_unseen.jsonl",
    "*_round6.jsonl",
    "*_round12.jsonl",
    "*_round14.jsonl",
    "*_round16.jsonl",
    "*_round22.jsonl",
    "*_round23.jsonl",
    "*_round30.jsonl",
    "*_round31.jsonl",
    "*_round32.jsonl",
    "*_round33.jsonl",
    "*_round34.jsonl",
    "*_round35.jsonl",
    "*_round36.jsonl",
    "*_round37.jsonl",
    "*_round38.jsonl",
    "*_round39.jsonl",
    "*_round40.jsonl",
    "*_round41.jsonl",
    "*_round42.jsonl",
    "*_round43.jsonl",
    "*_round44.jsonl",
    "*_round45.jsonl",
    "*_round46.jsonl",
    "*_round47.jsonl",
    "*_round48.jsonl",
    "*_round49.jsonl",
    "*_round50.jsonl",
    "*_round51.jsonl",
    "*_round52.jsonl",
    "*_round53.jsonl",
    "*_round54.jsonl",
    "*_round55.jsonl",
    "*_round56.jsonl",
    "*_round57.jsonl",
    "*_round58.jsonl",
    "*_round59.jsonl",
    "*_round60.jsonl",
    "*_round61.jsonl",
    "*_round62.jsonl",
    "*_round63.jsonl",
    "*_round64.jsonl",
    "*_round65.jsonl",
    "*_round66.jsonl",
    "*_round67.jsonl",
    "*_round68.jsonl",
    "*_round69.jsonl",
    "*_round70.jsonl",
    "*_round71.jsonl",
    "*_round72.jsonl",
    "*_round73.jsonl",
    "*_round74.jsonl",
    "*_round75.jsonl",
    "*_round76.jsonl",
    "*_round77.jsonl",
    "*_round78.jsonl",
    "*_round79.jsonl",
    "*_round80.jsonl",
    "*_round81.jsonl",
    "*_round82.jsonl",
    "*_round83.jsonl",
    "*_round84.jsonl",
    "*_round85.jsonl",
    "*_round86.jsonl",
    "*_round87.jsonl",
    "*_round88.jsonl",
    "*_round89.jsonl",
    "*_round90.jsonl",
    "*_round91.jsonl",
    "*_round92.jsonl",
    "*_round93.jsonl",
    "*_round94.jsonl",
    "*_round95.jsonl",
    "*_round96.jsonl",
    "*_round97.jsonl",
    "*_round98.jsonl",
    "*_round99.jsonl",
    "*_round100.jsonl",
    "*_round101.jsonl",
    "*_round102.jsonl",
    "*_round103.jsonl",
    "*_round104.jsonl",
    "*_round105.jsonl",
    "*_round106.jsonl",
    "*_round107.jsonl",
    *(f"*_round{n}.jsonl" for n in range(108, 170)),
    "triage_test_set.jsonl",
)


def test_no_line_of_the_projects_own_scoring_sets_is_copied_into_content() -> None:
    """The sets in tests/data written apart from content/ to score it (the development sets,
    `*_dev*`, are the builders' own; the strangers' sets the model learns are in content/asked/
    now, so they are checked as content): a copied line would flatter the figures on them as a
    copied field line would."""
    lines = []
    paths = {p for pattern in SCORING_SETS for p in (ROOT / "tests" / "data").glob(pattern)}
    for path in sorted(paths):
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                lines.append(json.loads(raw)["text"])
    assert len(lines) >= 1500
    assert _leaks(lines, _content_words()) == []
