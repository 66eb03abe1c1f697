"""Whether a clause tells of an animal rather than a person: then its signs are not a person's.

"Our puppy lost control of his bladder" and "my brother's dog can't breathe properly" are about
animals: the clause's subject is one, its owner named before it at most. A person anywhere else in
the clause keeps it a person's ("the horse threw her and she landed on her back", "my dog knocked
me over and I can't breathe"). A reflexive alone is no person: the screen retells "the dog wet
the bed" as the sign's own words, "wet myself", and that "myself" is nobody the message named.
Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.triage import lexicon
from bot.triage.reading import Token
from bot.triage.words import stems

ANIMALS = stems(lexicon.ANIMALS)
PEOPLE = stems(lexicon.PEOPLE)
_REFLEXIVES = stems("myself himself herself themselves yourself")
_WHO = PEOPLE - _REFLEXIVES


def about_an_animal(tokens: Sequence[Token]) -> bool:
    named = [i for i, token in enumerate(tokens) if token.content and token.stem != "our"]
    if not named:
        return False
    subject = named[0]
    owner = None
    if tokens[subject].stem not in ANIMALS:
        # "my brother's dog": a person owning the animal right before it is not the subject.
        follows = subject + 1
        if tokens[subject].stem not in PEOPLE or follows >= len(tokens):
            return False
        if tokens[follows].stem not in ANIMALS:
            return False
        owner = subject
    return not any(token.stem in _WHO for i, token in enumerate(tokens) if i != owner)
