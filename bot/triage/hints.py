"""Words that suggest a sign without a whole one ("emergency", "bladder", "can't walk"): a
message that holds one gets the red-flag questions at once, though no sign is clear. Pure;
detect.py reads a clause's hints beside its findings.
"""

from __future__ import annotations

from bot.triage import lexicon
from bot.triage.reading import Clause
from bot.triage.words import stems as _stems

HINT_STEMS = _stems(lexicon.HINTS)
_REASSURED = _stems(lexicon.REASSURED)


def hints_in(clause: Clause, covered: set[int]) -> list[str]:
    """Words that suggest a sign without a whole one; negated or reassured ones do not count."""
    if clause.carried:
        return []
    stems = clause.stems
    found = []
    for i, token in enumerate(clause.tokens):
        words = token.matches & HINT_STEMS
        if i in covered or not words or token.negated:
            continue
        if not _REASSURED & set(stems[i + 1 :]):
            found.append(min(words))
    for first, second in lexicon.HINT_PAIRS:
        for i, stem in enumerate(stems):
            if stem == first and second in stems[i + 1 : i + 3] and not clause.tokens[i].negated:
                found.append(f"{first} {second}")
    return found
