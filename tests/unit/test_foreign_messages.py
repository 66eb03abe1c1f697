"""Messages in other languages: told apart from English, and a named emergency sign found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.content import load_content
from bot.triage.foreign import ENGLISH_WORDS, ForeignReader, fold

CONTENT = load_content()
READER = ForeignReader(CONTENT.languages)
ROOT = Path(__file__).resolve().parents[2]
ENGLISH_SETS = [
    *sorted((ROOT / "tests" / "data").glob("*.jsonl")),
    *sorted((ROOT.parent / "shared" / "field").glob("*.jsonl")),
]


def english_lines() -> list[str]:
    lines = []
    for path in ENGLISH_SETS:
        for row in path.read_text(encoding="utf-8").splitlines():
            if row.strip():
                lines.append(json.loads(row)["text"])
    return lines


def test_no_english_message_of_any_set_is_taken_for_another_language():
    lines = english_lines()
    assert len(lines) > 1000
    taken = [line for line in lines if READER.read(line) is not None]
    assert taken == []


@pytest.mark.parametrize(
    ("text", "language", "sign"),
    [
        (
            "de repente no siento la pierna derecha y tengo la cara caída, no puedo hablar bien",
            "es",
            "stroke",
        ),
        ("Mein Bein ist plötzlich taub und ich kann nicht richtig sprechen", "de", "stroke"),
        ("a minha perna está dormente e tenho dor no peito", "pt", "chest-breathing"),
        ("ho la gamba intorpidita e non riesco a muovere il piede", "it", "severe-weakness"),
        ("je suis tombé dans l'escalier et j'ai les jambes engourdies", "fr", "head-spinal-injury"),
        ("mi pierna esta muy hinchada y con un dolor muy fuerte", "es", "blood-clot"),
        (
            "j'ai perdu le contrôle de ma vessie et mes jambes sont engourdies",
            "fr",
            "bladder-bowel",
        ),
    ],
)
def test_a_named_sign_is_found_in_each_reviewed_language(text: str, language: str, sign: str):
    read = READER.read(text)
    assert read is not None
    assert read.language == language
    assert sign in read.signs


@pytest.mark.parametrize(
    "text", ["tengo la pierna dormida desde ayer", "у меня немеет нога", "我的腿麻了"]
)
def test_other_languages_without_a_sign_are_recognised_and_ask_nothing(text: str):
    read = READER.read(text)
    assert read is not None
    assert read.signs == ()


def test_every_language_with_signs_names_every_emergency_sign():
    ids = {sign.id for sign in CONTENT.emergency_signs}
    for code in ("es", "fr", "de", "pt", "it"):
        assert set(CONTENT.languages[code].signs) == ids, code


def test_no_marker_is_an_english_function_word():
    for code, language in CONTENT.languages.items():
        assert not {fold(word) for word in language.markers} & ENGLISH_WORDS, code


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(sorted(ENGLISH_WORDS)), min_size=1, max_size=20))
def test_english_function_words_alone_are_never_foreign(words: list[str]):
    assert READER.read(" ".join(words)) is None
