"""When a negation reaches past its own clause: lists of signs closed by "or" (or by "and" after
"denies"), and clauses opening with "or" that go on with the one before. Pure; detect.py's reading
uses these when it marks a message's words negated.
"""

from __future__ import annotations

from bot.triage import lexicon
from bot.triage.reading import Clause
from bot.triage.words import stems as _stems

_LIST_DENIALS = _stems(lexicon.LIST_DENIALS)
_FIRST_PERSON = _stems(lexicon.FIRST_PERSON)
_SUBJECTS = _FIRST_PERSON | {"he", "she", "they"}


def list_continues(previous: Clause, rest: list[Clause]) -> bool:
    """Whether `rest` continues a list from `previous`, closed by "or"/"nor" (or by "and" after
    "denies"), in the same segment and with no subject of its own: then a negation
    before the list reaches every item."""
    if not previous.tokens:
        return False
    same = [c for c in rest if c.tokens and c.tokens[0].segment == previous.tokens[0].segment]
    closing = {"or", "nor"} | ({"and"} if _LIST_DENIALS & set(previous.stems) else set())
    if not same or not any(s in closing for s in same[-1].stems):
        return False
    return not any(s in _SUBJECTS for c in same for s in c.stems)


def or_continues(previous: Clause, clause: Clause) -> bool:
    """Whether a clause opening with "or", with no subject of its own, goes on with the one
    before it in the same segment."""
    if not (previous.tokens and clause.tokens) or clause.tokens[0].stem != "or":
        return False
    same = previous.tokens[0].segment == clause.tokens[0].segment
    return same and not _SUBJECTS & set(clause.stems)
