"""A message that says of itself it is not about health: "not medical, nobody hurt, just sad
about the table", "okay not medical, just very stressed", "nothing to do with health, just
annoyed", "haha wrong bot I think"; or that nothing is happening to anyone ("just curious, not
happening to me: after a back injury, how numb is too numb?", "nobody is ill, just want to
learn", "random question, nothing going on: ...", "for my knowledge please: ...").

Such messages use a sign's words in another sense: a table's leg that "gave way", an essay due
"on the stroke of midnight", a screen that "droops". Said so, no sign they name escalates on its
own: the lexicon's findings are asked about, and so are the model's (bot.triage.ask_only), so
the red-flag questions stay one tap away. Not where the teller says they are no medic ("I'm not
medical, but his face droops"), nor "nothing to do with my legs", which a stroke told of the face
or arm can say, nor where a turn follows ("not a medical question, but my wife can't breathe"),
nor where someone of ours is named ("not happening to me, it's my dad: his face droops"), nor
where numbness is told and has not passed ("nothing to do with health lol, my chest is crushing
and my legs are numb").
Measured on every set: no emergency story says it. Pure: the lexicon's words in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.triage.denied_numbness import NUMBNESS
from bot.triage.findings import Finding
from bot.triage.people import RELATIVES
from bot.triage.reading import ReadSentence
from bot.triage.told_words import onset

_NOT_MEDICAL = re.compile(
    r"\bnot (?:a |an |really a |exactly a |actually a |strictly a )?(?:medical|health) (?:question|"
    r"thing|issue|problem|query|matter|worry|emergency)s?\b|"
    r"\b(?:its|this is|thats|it is|ok|okay|obviously|so|lol|haha|totally|completely) not "
    r"(?:really |a )?medical\b(?! (?:person|professional|background|trained|staff|people|expert))|"
    r"\bnon ?medical (?:question|thing|issue|problem|query)\b|"
    r"\bnothing to do with (?:my |his |her |our |your |anyones )?(?:health|medicine|illness|"
    r"being ill|being sick)\b|"
    r"\bnot (?:about|related to) (?:my |his |her |our |anyones )?health\b|\bnot health related\b|"
    r"\bwrong bot\b|"
    # Nothing happening to anyone: "just curious, not happening to me: after a back injury...".
    r"\bnot happening to (?:me|us|anyone|anybody|him|her)\b|\bpurely hypothetical\b|"
    # "Nobody is ill, just want to learn".
    r"\b(?:nobody|no one|noone|none of us) (?:is|are|was|has been) (?:ill|sick|unwell|hurt|"
    r"injured|poorly)\b|\bjust (?:want|wanted) to learn\b|"
    # "Random question, nothing going on: is being short of breath ... ever a bad combo?".
    r"\b(?:random|quick|general|silly|odd|weird|hypothetical|curious) (?:question|q)s? (?:only )?"
    r"(?:, )?(?:nothing|nothings) (?:is )?(?:going on|happening|wrong)\b|"
    # "For my knowledge please: chest pain plus numb leg in the same time, it can be heart attack?"
    r"^\W*(?:just )?for (?:my|our|general|your) (?:own )?(?:knowledge|information|info|education)\b"
)
_TURN = re.compile(r"\b(?:but|however|though|although|except|apart from)\b")
_OURS = re.compile(r"\b(?:my|our) " + RELATIVES + r"s?\b")


def says_not_medical(read: Sequence[ReadSentence]) -> bool:
    """Whether the message says of itself that it is not about health (see the module)."""
    words = " ".join(t.word for sentence in read for c in sentence.clauses for t in c.tokens)
    said = _NOT_MEDICAL.search(words)
    # "Not a medical question, but my wife can't breathe": what follows the turn is told; "not
    # happening to me, it's my dad": someone of ours is.
    if said is None or _TURN.search(words, said.end()) or _OURS.search(words):
        return False
    # "nothing to do with health lol, my chest is crushing and legs numb": numbness told and not
    # passed is a live story, whatever it says of itself.
    return not (_numbness_told(read) and not onset(read).passed)


def _numbness_told(read: Sequence[ReadSentence]) -> bool:
    """Numbness told, not denied and not only asked about ("how numb is too numb?")."""
    return any(
        t.stem in NUMBNESS and not t.negated
        for sentence in read
        if not sentence.question
        for clause in sentence.clauses
        for t in clause.tokens
    )


def not_medical_asks(findings: list[Finding], read: Sequence[ReadSentence]) -> list[Finding]:
    """The lexicon's findings, hedged (asked about, not escalated) where the message says it is
    not about health."""
    if not says_not_medical(read):
        return findings
    return [f if f.negated else replace(f, hedged=True) for f in findings]
