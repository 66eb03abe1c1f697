"""Is a message written in another language, and does it name one of the guide's emergency signs?

The guide and its answers are English, so a message in Spanish must not be read as an English
question the guide "does not cover": the person is told that LegCare understands English only for
now, with their emergency number, and when the message names an emergency sign in a language of
content/languages.yaml, the red-flag questions start at once.

A message counts as foreign when it holds at least two everyday words of one language
(`markers`) and more of them than English function words, or when most of its letters are not
Latin ones (Cyrillic, Arabic, Chinese...). A sign's words count only in a message that is not
English, so an English message is never touched. Pure: words in, a verdict out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from bot.content.language_models import ForeignLanguage

_ENGLISH = """
    the a an and or but is are was were be been am i my me you your he she his her it its we our
    they their this that these those to of in on at for with from by about after before since
    have has had do does did not no can cant could would should will what how why when where who
    which if so just like very feel feels felt leg legs foot feet numb numbness tingling pain
    hurts help please there here than then also get got going now today yesterday
"""
ENGLISH_WORDS = frozenset(_ENGLISH.split())
MIN_MARKERS = 2
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class ForeignText:
    """A message in another language: which one (None when only its script says it is not
    English), and the emergency signs it names, by id."""

    language: str | None
    signs: tuple[str, ...] = ()


def fold(text: str) -> str:
    """Lower case, accents dropped, apostrophes as spaces: "caída" and "caida" read alike."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("’", " ").replace("'", " "))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class ForeignReader:
    """Built once per content; `read` is a few set look-ups per word."""

    def __init__(self, languages: Mapping[str, ForeignLanguage]) -> None:
        self._markers = {
            code: frozenset(fold(word) for word in language.markers)
            for code, language in languages.items()
        }
        self._signs = [
            (sign_id, f" {fold(word)} ")
            for language in languages.values()
            for sign_id, words in language.signs.items()
            for word in words
        ]

    def read(self, text: str) -> ForeignText | None:
        """None for an English message (or one with no words at all)."""
        folded = fold(text)
        words = _WORD.findall(folded)
        if not words:
            return None
        english = sum(word in ENGLISH_WORDS for word in words)
        counts = {
            code: sum(word in markers for word in words) for code, markers in self._markers.items()
        }
        language, hits = max(counts.items(), key=lambda item: item[1])
        spaced = f" {' '.join(words)} "
        signs = tuple(dict.fromkeys(sign for sign, words in self._signs if words in spaced))
        if hits >= MIN_MARKERS and hits > english:
            return ForeignText(language, signs)
        if signs and english == 0 and hits >= 1:
            return ForeignText(language, signs)
        if _mostly_not_latin(text):
            return ForeignText(language if hits >= MIN_MARKERS else None, ())
        return None


def _mostly_not_latin(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    latin = sum("LATIN" in unicodedata.name(ch, "") for ch in letters)
    return latin * 2 < len(letters)
