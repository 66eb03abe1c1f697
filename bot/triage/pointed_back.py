"""A sign asked about or dated, then told as here now by pointing back at it.

"Is it a stroke if the face droops? asking bc my dad's does right now" and "is chest pain with
numb legs serious? I have both right now" ask in general first, so the lexicon hedges the signs
they name (asked about, not escalated). The sentence after tells that the sign is here, now,
without naming it again: the question's signs are then told, and escalate as told signs do.
Only a sentence that is not itself a question, that says now or a time of today ("right now",
"in the last hour", "this evening"; not "now and then", which the folds already turned into
"sometimes"), and that points back in the present tense: "I have that now", "his is right now",
"she's doing that at the moment", "that's what my dad has now", "it's happening as we speak",
"happened twice in the last hour". Never with a denial or a supposition in it ("I don't have
that now", "if he has that now"), and never in the past ("my dad had that last year").

A history come back is told the same way: "I had chest pain in 2019 and now it's back", "my dad
had a stroke in 2018 and it's happening again". Not "back to normal", "back at work", "I hope
it never comes back" or "scared it's coming back".

Used by detect.py on the sentences as normalised ("right now" is "now", "bc" is "because");
probes and guards in tests/unit/test_pointed_back.py and
tests/unit/test_worries_senses_and_passing.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.triage.findings import Finding
from bot.triage.people import RELATIVES

_NOW = (
    r"(?:now|rn|atm|currently|at the moment|as we speak|as i (?:type|write|speak)|"
    r"this (?:very )?(?:minute|second|moment)|at this (?:very )?moment|today|tonight|this "
    r"(?:morning|afternoon|evening)|(?:in |within |over )?the (?:last|past) (?:half (?:an )?)?"
    r"hour|(?:\d+|a few|few|ten|twenty|thirty|forty|half an|an) (?:minutes?|mins?|hours?) ago)"
)
_WHO = (
    r"(?:i|im|ive|he|hes|she|shes|they|theyre|we|were|it|its|mine|his|hers|theirs|ours|"
    r"(?:my|our) \w+|(?:his|her|their) \w+|\w+s)"
)
_THAT = (
    r"(?:both|that|this|it|them|those|these|the same|exactly that|all of (?:that|those|them)|"
    r"all (?:three|of it)|the same thing|one|that one|this one)"
)
_POINTS_BACK = re.compile(
    # "I have that now", "my mom have this now", "now she has both", "he's got it now".
    rf"\b{_WHO} (?:has|have|got|has got|have got|s got|is having|am having|are having|"
    rf"s having|having) {_THAT}\b(?=\s*$|\s*[,.!?;]| (?:now|rn|atm|right|at|as|today|tonight|this|"
    r"too|also|again|currently|and|but|exactly|as well|myself|in my|in his|in her)\b)|"
    # "my dad's does right now", "his is right now": the verb of the question, pointed back at.
    rf"\b{_WHO} (?:does|do|is|are|am)(?: too| also)? {_NOW}\s*$|"
    # "she's doing that at the moment", "his face is like that now".
    rf"\b{_WHO} (?:\w+ ){{0,2}}?(?:is |are |am |s |re )?(?:doing|like) (?:that|this|it)\b|"
    # "it's happening now", "that is happening to my mum right now", "same here rn".
    r"\b(?:its|it is|thats|that is|this is|whats|what is) (?:happening|going on)\b|"
    # "that's what my dad has now", "that's me right now".
    r"\b(?:thats|that is|this is) (?:exactly |just )?(?:what (?:i|he|she|they|we|(?:my|our) \w+|"
    rf"\w+) (?:has|have|got|feels?|is having|am having)|(?:me|him|her|them|us|(?:my|our) "
    rf"{RELATIVES})\b)|"
    r"\b(?:same here|me too|same with (?:me|him|her|my \w+))\b|"
    # "happened twice in the last half hour, started this evening".
    r"^\s*(?:(?:and|but|it|this|that|its|it has|this has|that has) )?(?:happened|happening|"
    r"(?:started|began|begun)(?! (?:to|\w+ing)\b)|came on|kicked in|keeps happening)\b"
)
_NOW_TOLD = re.compile(rf"\b{_NOW}\b")
_DENIED_OR_SUPPOSED = re.compile(
    r"\b(?:not|no|never|dont|doesnt|isnt|arent|aint|havent|hasnt|wont|nothing|neither|nor|if|"
    r"when|whether|hypothetically|imagine|suppose|say|had|did|was|were|used to)\b"
)


def points_back(sentence: str) -> bool:
    """Whether a sentence (not a question) tells the sign just asked about as here now."""
    told = _NOW_TOLD.search(sentence) and _POINTS_BACK.search(sentence)
    return bool(told) and not _DENIED_OR_SUPPOSED.search(sentence)


# A history come back, told as now: "I had chest pain in 2019 and now it's back", "my dad had a
# stroke in 2018 and it's happening again". Not "back to normal", "back at work" or "back pain".
_RETURNED = re.compile(
    r"\b(?:its|it is|it has|its been|thats|that is|that has|the same thing is|same thing is|"
    r"the same (?:pain|feeling|thing|symptoms?) (?:is|are|has)|same (?:pain|feeling|thing|"
    r"symptoms?)(?: is| are| has)?) (?:come |coming |came )?(?:back|returned|happening again|"
    r"starting again|started again|again)\b(?! (?:to|on|home|at|in|up|pain|hurt\w*|ache\w*|"
    r"and forth|out|off|then|normal|with)\b)|"
    # "now he is doing that again", "her face is doing it again".
    r"\b(?:is|s|are|re|keeps|keep) doing (?:that|it|this|the same(?: thing)?) again\b"
)
_RETURN_DOUBTED = re.compile(
    r"\b(?:not|never|no|if|in case|worried|scared|afraid|fear\w*|maybe|might|perhaps|could|"
    r"would|will|hope\w*|wonder\w*|unsure|dont|doesnt|hasnt|havent|isnt|wont|whether)\b"
)
_CLAUSE_START = re.compile(r".*(?:,|\band\b|\bbut\b|\bso\b|\bthen\b)", re.DOTALL)


def returns_now(sentence: str) -> bool:
    """Whether a sentence (not a question) tells a sign told before as back now, undoubted."""
    found = _RETURNED.search(sentence)
    if found is None:
        return False
    opening = _CLAUSE_START.match(sentence[: found.start()])
    clause = sentence[opening.end() if opening else 0 : found.end()]
    return not _RETURN_DOUBTED.search(clause)


def told_by_pointing_back(sentences: Sequence[tuple[str, bool, list[Finding]]]) -> list[Finding]:
    """Every sentence's findings, with hedged signs told where a later sentence points back at
    them as here now: a question's, or a history's that is back."""
    findings: list[Finding] = []
    asked: list[int] = []  # where the findings of questions not yet pointed back at are
    before: list[int] = []  # where every finding not yet told back is
    for sentence, question, found in sentences:
        here = range(len(findings), len(findings) + len(found))
        findings += found
        if question:
            asked += here
            before += here
            continue
        if not any(findings[i].hedged and not findings[i].negated for i in [*before, *here]):
            before += here  # nothing asked about or dated to tell: no pattern need be tried
            continue
        if returns_now(sentence):
            told, asked, before = [*before, *here], [], []
        elif asked and points_back(sentence):
            told, asked, before = asked, [], [*before, *here]
        else:
            told, before = [], [*before, *here]
        for i in told:
            if findings[i].hedged and not findings[i].negated:
                findings[i] = replace(findings[i], hedged=False)
    return findings
