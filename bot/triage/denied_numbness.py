"""Numbness a message denies outright: "no numbness or tingling in my legs", "her legs aren't numb".

The guide's head or spinal injury sign is numbness after the injury ("Sudden numbness after head
or spinal injury"). A message that mentions numbness only to deny it ("knocked my head on a
cupboard yesterday, totally fine, no numbness or tingling") tells no such sign. What it tells may
still matter, so the screen asks its questions at once rather than stays silent. Only such signs:
a blood clot, a tight cast, a stroke or any other warning sign needs no leg numbness to be an
emergency, and still escalates with numbness denied. Pure: reads the lexicon's marked words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.triage.findings import Finding
from bot.triage.reading import ReadSentence
from bot.triage.words import stems

# Words of numbness itself, as the lexicon stems them. "Can't feel" and "dead" are left out: a
# denial of them ("not dead", "can feel it") is no denial of numbness in the guide's words.
NUMBNESS = stems("numb numbness numbed tingling tingly tingle tingles")

# The limbs whose feeling an injury's numbness would take.
_LIMBS = stems("leg legs foot feet toes")
# Signs the guide names as numbness after something: without the numbness, no such sign.
NUMBNESS_AFTER = frozenset({"head-spinal-injury"})


def numbness_denied(read: Sequence[ReadSentence], findings: Sequence[Finding] = ()) -> bool:
    """Whether the message names numbness and every mention of it is denied, as numbness itself,
    or names none and tells the legs or feet as fine:
    a denied sign that speaks of numbness ("no sudden numbness on one side, but I hit my head")
    denies that sign, not the numbness an injury would bring."""
    if any(f.negated and NUMBNESS & stems(f.phrase) for f in findings):
        return False
    told = [
        token
        for sentence in read
        for clause in sentence.clauses
        for token in clause.tokens
        if NUMBNESS & token.matches
    ]
    if told:
        return all(token.negated for token in told)
    # No numbness named, the legs told as fine: "no head knock, back's fine, legs feel totally
    # normal" denies the numbness an injury would bring as surely.
    return any(
        token.reassured and token.stem in _LIMBS
        for sentence in read
        for clause in sentence.clauses
        for token in clause.tokens
    )


def injuries_asked(findings: list[Finding], read: Sequence[ReadSentence]) -> list[Finding]:
    """The lexicon's findings with an injury hedged (asked about, not escalated) where it is the
    only clear sign and the message denies the numbness that would make it the guide's sign."""
    clear = {f.sign_id for f in findings if not f.negated and not f.hedged}
    if not clear or not clear <= NUMBNESS_AFTER or not numbness_denied(read, findings):
        return findings
    return [replace(f, hedged=True) if f.sign_id in clear else f for f in findings]
