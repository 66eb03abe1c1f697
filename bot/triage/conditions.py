"""Conditions named rather than described ("a stroke", "a clot"), read once for every reader.

The screen (detect.py) hedges a name that, in a question, is the topic of its signs ("what are
the stroke signs?"); the free-text route (bot.stories.route) answers a question in general that
only names conditions. Pure.
"""

from __future__ import annotations

from bot.triage import lexicon
from bot.triage.reading import Clause

CONDITION_NAMES = frozenset(name.strip() for name in lexicon.CONDITION_NAMES.split(","))
_SIGNS_AFTER = frozenset(lexicon.SIGNS_AFTER.split())


def named_with_signs(clause: Clause, phrase: str, end: int) -> bool:
    """A condition named as the topic of its signs ("the stroke signs"): in a question, a doubt,
    as "signs of a stroke" is. Told, it stays a sign ("he has heart attack symptoms")."""
    after = clause.tokens[end + 1] if end + 1 < len(clause.tokens) else None
    return phrase in CONDITION_NAMES and after is not None and after.word in _SIGNS_AFTER
