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
# A clause with a verb of its own tells something; a list's items are named, not told: "no
# fall, her face is drooping or something" denies the fall only.
_TOLD = _stems(
    "is are was were am has have keeps kept feels felt looks looked seems seemed went goes "
    "started starts began becomes became"
)
# "... or something", "... or whatever": a shrug, not a list's last item.
_SHRUGS = _stems("something whatever anything so smth sth")


def list_continues(before: list[Clause], rest: list[Clause]) -> bool:
    """Whether `rest` continues a list from the clause before it, closed by "or"/"nor" (or by
    "and" after "denies"), in the same segment and with no subject of its own: then a negation
    before the list reaches every item."""
    previous = before[-1]
    if not previous.tokens:
        return False
    same = [c for c in rest if c.tokens and c.tokens[0].segment == previous.tokens[0].segment]
    # The list's "and" belongs to the denial that opened it, however many items back: "she
    # denies chest pain, breathlessness, and any loss of bladder control".
    opener = len(before) - 1
    while opener and before[opener].carried:
        opener -= 1
    closing = {"or", "nor"} | ({"and"} if _LIST_DENIALS & set(before[opener].stems) else set())
    # The list ends at its first "or": what follows in the segment is a statement of its own
    # ("I haven't had a fall, injury or back pain, I can walk fine").
    end = next((k for k, c in enumerate(same) if _closes(c.stems, closing)), None)
    if end is None:
        return False
    return not any(s in _SUBJECTS or s in _TOLD for c in same[: end + 1] for s in c.stems)


def _closes(stems: list[str], closing: set[str]) -> bool:
    """Whether the clause closes a list: its "or" is followed by an item, not by a shrug."""
    return any(
        s in closing and (i + 1 >= len(stems) or stems[i + 1] not in _SHRUGS)
        for i, s in enumerate(stems)
    )


def or_continues(previous: Clause, clause: Clause) -> bool:
    """Whether a clause opening with "or", with no subject of its own, goes on with the one
    before it in the same segment."""
    if not (previous.tokens and clause.tokens) or clause.tokens[0].stem != "or":
        return False
    same = previous.tokens[0].segment == clause.tokens[0].segment
    return same and not _SUBJECTS & set(clause.stems)
