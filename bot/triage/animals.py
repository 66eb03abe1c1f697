"""Whether a clause tells of an animal rather than a person: then its signs are not a person's.

"Our puppy lost control of his bladder" and "my brother's dog can't breathe properly" are about
animals: the clause's subject is one, its owner named before it at most. A person anywhere else in
the clause keeps it a person's ("the horse threw her and she landed on her back", "my dog knocked
me over and I can't breathe"); "she" or "they" alone may be the animal or its legs ("does my
cat's leg twitching mean she's having a stroke?"). A reflexive alone is no person: the screen
retells "the dog wet the bed" as the sign's own words, "wet myself", and that "myself" is nobody
the message named.
Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.triage import animal_words, lexicon
from bot.triage.reading import Token
from bot.triage.words import stems

ANIMALS = stems(animal_words.ANIMALS)
PEOPLE = stems(lexicon.PEOPLE)
# Where an animal's part shares a person's name ("one of our calves"): a farm's clause.
_ANIMAL_PLACES = stems(animal_words.ANIMAL_PLACES)
_NOBODY_OF_OURS = stems(lexicon.PEOPLE) | stems(lexicon.OWNERS)
_REFLEXIVES = stems("myself himself herself themselves yourself")
_WHO = PEOPLE - _REFLEXIVES
# He, she or they may be the animal itself, or its legs; not after a deed done to someone.
_THIRD = stems("he him she her hes shes his they them their theyre")
_MINE = stems("my your mine")
# A question's first word is no subject: "does my cat's leg twitching mean...".
_ASKING = stems("does do did is are was can could would should will")
_ACTS_ON = stems(
    "threw throw throws thrown kicked kick kicks bit bite bites knocked knock knocks pushed push "
    "dragged drag trampled trample attacked attack chased chase scratched scratch butted bucked "
    "onto on at over"
)


# What an owner says of the animal before naming it: "our old labrador collapses onto my feet".
_FONDLY = stems("old young little big fat lazy new daft silly elderly senior poor")
# A clause's opening joins it to the one before: "..., but our old dog pants like ...".
_OPENERS = stems("but and so then well also plus though although")
_PLAYTHINGS = stems("ball balls toy toys tail stick sticks frisbee bone bones bowl lead leash")
# An owner's fondness names no one's sign: "our dog has the droopiest face and I love him".
_FONDNESS = stems("love loves adore adores")


def about_animals(tokens: Sequence[Token]) -> bool:
    """Whether a clause tells of an animal, or of animals on a farm or at the vet's with no person
    or anyone's own in it."""
    words = {token.stem for token in tokens}
    farm = bool(_ANIMAL_PLACES & words) and not _NOBODY_OF_OURS & words
    return farm or about_an_animal(tokens)


def about_an_animal(tokens: Sequence[Token]) -> bool:
    named = [i for i, token in enumerate(tokens) if token.content and token.stem != "our"]
    while len(named) > 1 and tokens[named[0]].stem in _OPENERS:
        named = named[1:]
    while len(named) > 1 and tokens[named[0]].stem in _FONDLY:
        named = named[1:]
    if named and tokens[named[0]].stem in _ASKING:
        named = named[1:]
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
    if owner is None and tokens[subject].stem in ANIMALS:
        # "does my cat's leg twitching mean she's having a stroke": "she" is the cat, unless
        # the animal did something to someone ("the horse threw her and she landed on her back").
        acted_on = any(
            token.stem in _THIRD
            and i
            and tokens[i - 1].stem in _ACTS_ON
            and not _its_own(tokens, i)
            for i, token in enumerate(tokens)
        )
        who = _WHO if acted_on else _WHO - _THIRD
    else:
        who = _WHO
    # "My" after the animal is someone's own part: "does my dog's bite mean my face will droop";
    # not where the animal lands ("collapses onto my feet").
    mine = any(
        token.stem in _MINE and tokens[i - 1].stem not in _ACTS_ON
        for i, token in enumerate(tokens[subject + 1 :], start=subject + 1)
    )
    return not mine and not any(
        token.stem in who and not _fond(tokens, i) for i, token in enumerate(tokens) if i != owner
    )


def _its_own(tokens: Sequence[Token], i: int) -> bool:
    """A thing of the animal's own after a deed: "chasing his ball" acts on no one."""
    return i + 1 < len(tokens) and tokens[i + 1].stem in _PLAYTHINGS


def _fond(tokens: Sequence[Token], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].stem in _FONDNESS
