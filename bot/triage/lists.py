"""When a negation reaches past its own clause: lists of signs closed by "or" (or by "and" after
"denies"), and clauses opening with "or" that go on with the one before; and when a question
about what to watch for reaches the examples that follow it ("what should I watch for in my legs,
like numbness, swelling or pain"). Pure; detect.py's reading uses these when it marks a message's
words negated or hedged.
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
    return not any(_tells(c.stems) for c in same[: end + 1])


def _tells(stems: list[str]) -> bool:
    """Whether a list's item tells something of its own: a subject, an owner or a verb of
    telling. "I didn't fall, hurt my back or neck" may well tell a hurt back: an owner anywhere
    keeps the item told."""
    return any(s in _SUBJECTS or s in _TOLD for s in stems)


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


# What a question about signs to watch for asks about: "what should I look out for".
_WATCHED = _stems("watch look sign signs symptom symptoms warning")
_EXAMPLES = _stems("like eg")
_PRONOUNS = _stems("i im ive he hes she shes they theyre we were")


def gives_examples(previous: Clause, clause: Clause, after: list[Clause]) -> bool:
    """Whether `clause` names examples of what a doubtful question about signs before it asks
    about ("what should I watch for, like numbness, swelling or pain"), or goes on with such
    examples; never a clause that tells something of its own ("like my chest is crushing"), nor
    examples someone is then said to have in the same sentence ("..., like slurred speech,
    which he has now")."""
    if not (previous.tokens and clause.tokens) or _tells(clause.stems):
        return False
    if any(_PRONOUNS & set(later.stems) for later in after):
        return False
    if previous.tokens[-1].segment != clause.tokens[0].segment:
        return False
    if _opens_examples(clause.stems):
        return bool(previous.hedges) and bool(_WATCHED & set(previous.stems))
    return _opens_examples(previous.stems) and -1 in previous.hedges


def _opens_examples(stems: list[str]) -> bool:
    return bool(stems) and (
        stems[0] in _EXAMPLES or stems[:2] in (["such", "as"], ["for", "example"])
    )
