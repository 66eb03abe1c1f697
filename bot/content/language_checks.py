"""Checks of content/languages.yaml that need the rest of the content: sign ids that exist, every
sign covered where a language lists signs at all, `{number}` once in every line."""

from __future__ import annotations

from collections.abc import Iterator

from bot.content.checks import Problem
from bot.content.inventory import LANGUAGES_FILE
from bot.content.models import Content


def check_languages(content: Content) -> Iterator[Problem]:
    known = {sign.id for sign in content.triage.emergency_signs}
    for code, language in content.languages.items():
        where = f"languages.{code}"
        if language.english_only.count("{number}") != 1:
            yield Problem(LANGUAGES_FILE, where, "field 'english_only': needs {number} once")
        for sign_id in sorted(set(language.signs) - known):
            yield Problem(LANGUAGES_FILE, where, f"field 'signs': unknown sign '{sign_id}'")
        if language.signs:
            for sign_id in sorted(known - set(language.signs)):
                message = f"field 'signs': no words for the sign '{sign_id}'"
                yield Problem(LANGUAGES_FILE, where, message)
        for sign_id, words in language.signs.items():
            if not words:
                yield Problem(LANGUAGES_FILE, where, f"field 'signs': '{sign_id}' has no words")
