"""Words that suggest a sign without a whole one ("emergency", "bladder", "can't walk", a numb
limb inside a cast): a message that holds one gets the red-flag questions at once, though no
sign is clear. Pure; detect.py reads a clause's hints beside its findings.
"""

from __future__ import annotations

from bot.triage import lexicon
from bot.triage.reading import Clause
from bot.triage.words import stems as _stems

HINT_STEMS = _stems(lexicon.HINTS)
_REASSURED = _stems(lexicon.REASSURED)
# A numb limb in a cast: "his toes are numb under the cast". The guide's compartment syndrome is
# pressure within the limb, and a cast is what most often presses one: numbness inside it is
# worth the questions, pain told or not. (A play's cast and a fishing cast are folded away
# before: mentions.py, sport_senses.py.)
_HOLDERS = _stems("cast casts plaster plastered splint splinted")
_NUMB = _stems("numb numbness tingling tingly cantfeel pinsandneedles")
_INSIDE = frozenset({"in", "under", "inside", "beneath", "underneath"})


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
    if _numb_in_a_cast(clause):
        found.append("cast")
    for first, second in lexicon.HINT_PAIRS:
        for i, stem in enumerate(stems):
            if stem == first and second in stems[i + 1 : i + 3] and not clause.tokens[i].negated:
                found.append(f"{first} {second}")
    return found


def _numb_in_a_cast(clause: Clause) -> bool:
    """A limb told to be in a cast ("in plaster", "under the cast") and numbness told as now:
    not denied, doubted ("if his toes went numb under it") or history."""
    if clause.history:
        return False
    tokens = clause.tokens
    held = any(
        token.matches & _HOLDERS
        and not token.negated
        and any(t.word in _INSIDE for t in tokens[max(i - 3, 0) : i])
        for i, token in enumerate(tokens)
    )
    return held and any(
        token.matches & _NUMB and not (token.negated or token.hedged or clause.doubts(i))
        for i, token in enumerate(tokens)
    )
