"""The strangers' messages of content/asked/ load as the model learns them, and a broken line is
named by its file and line, as every other content problem is."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot.content import DEFAULT_CONTENT_DIR, ContentError, load_content
from bot.content.asked import ASKED_DIR, without_source


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, target)
    return target


def write(directory: Path, name: str, *rows: object) -> None:
    lines = [row if isinstance(row, str) else json.dumps(row) for row in rows]
    (directory / ASKED_DIR / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def problems_of(directory: Path) -> str:
    with pytest.raises(ContentError) as caught:
        load_content(directory)
    return str(caught.value)


QUESTION = {"id": "q1", "text": "my foot goes dead in meetings", "accept": ["sitting-numb"]}


def test_the_shipped_sets_load_each_question_with_its_best_entry() -> None:
    content = load_content()
    questions = [line for line in content.asked if line.entry is not None]
    outside = [line for line in content.asked if line.entry is None]
    assert len(questions) >= 2000
    assert len(outside) >= 500
    known = {s.id for s in content.sections} | {e.id for e in content.faq}
    assert {line.entry for line in questions} == known  # every entry is asked for
    for source in {line.source for line in content.asked}:
        assert (DEFAULT_CONTENT_DIR / ASKED_DIR / f"{source}.jsonl").is_file()


def test_a_well_formed_new_set_is_learned(content_dir: Path) -> None:
    write(content_dir, "questions_mine.jsonl", {**QUESTION, "style": "indirect"})
    write(content_dir, "out_of_scope_mine.jsonl", {"id": "o1", "text": "nice", "kind": "smalltalk"})
    asked = [a for a in load_content(content_dir).asked if a.source.endswith("_mine")]
    assert [(a.source, a.line, a.entry) for a in asked] == [
        ("out_of_scope_mine", 1, None),
        ("questions_mine", 1, "sitting-numb"),
    ]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("{not json", "line 1: not JSON"),
        ('["a list"]', "line 1: must be a JSON object"),
        ({**QUESTION, "style": "indirect", "text": "  "}, "field 'text': missing or empty"),
        ({**QUESTION, "style": "indirect", "text": "x" * 1001}, "longer than 1000 characters"),
        ({**QUESTION, "style": "indirect", "accept": []}, "field 'accept': must list"),
        ({**QUESTION, "style": "shouting"}, "field 'style': must be one of"),
        (
            {**QUESTION, "style": "casual", "accept": ["sitting-numb", "no-such-entry"]},
            "line 1: field 'accept': unknown entry 'no-such-entry'",
        ),
    ],
)
def test_a_broken_question_is_named_by_file_and_line(
    content_dir: Path, row: object, message: str
) -> None:
    write(content_dir, "questions_mine.jsonl", row)
    problems = problems_of(content_dir)
    assert "asked/questions_mine.jsonl: line 1" in problems
    assert message in problems


def test_an_out_of_scope_message_needs_a_known_kind(content_dir: Path) -> None:
    write(content_dir, "out_of_scope_mine.jsonl", {"id": "o1", "text": "hello", "kind": "chat"})
    assert "out_of_scope_mine.jsonl: line 1: field 'kind': must be one of" in problems_of(
        content_dir
    )


def test_the_same_message_twice_in_a_file_and_a_stray_file_are_refused(content_dir: Path) -> None:
    row = {**QUESTION, "style": "casual"}
    write(content_dir, "questions_mine.jsonl", row, {**row, "text": row["text"].upper()})
    (content_dir / ASKED_DIR / "notes.txt").write_text("to do", encoding="utf-8")
    problems = problems_of(content_dir)
    assert "questions_mine.jsonl: line 2: the same message twice in one file" in problems
    assert "notes.txt: not a set of asked messages" in problems


def test_leaving_a_set_out_drops_its_questions_and_its_out_of_scope_messages_only() -> None:
    asked = load_content().asked
    kept = without_source(asked, "round13")
    assert {a.source for a in asked} - {a.source for a in kept} == {
        "questions_round13",
        "out_of_scope_round13",
    }
    assert len(kept) == sum(not a.source.endswith("_round13") for a in asked)
