"""A leg that went to sleep under someone, told with a frightening word for it, and back once
they moved.

"My leg felt paralysed after the movie, totally dead for a second, but it came back after I
walked to the car", "I thought it is paralysis. After walking 5 minutes it became normal", "I
could not stand on it for a moment. Shake it, two minutes later normal", "slept on it wrong,
legit felt like a stroke lol, shook it out and it was back in a minute". This is the guide's
temporary numbness: sitting or lying on a limb "compresses nerves and blood vessels" and it
"typically resolves quickly" once the position changes. The frightening word says how it felt
then; it is no sign now. Told so, a leg that would not move or stand, or a stroke named, gets
the red-flag questions (one tap from the emergency instructions) instead of the alarm.

All of these must hold:
- a position that presses the leg is told: sitting, kneeling, lying or sleeping on it, a film
  or a flight;
- a move is told (walked, shook it, stood up);
- the numbness is told as passed and not as returned;
- every sign the lexicon found clearly is the leg's weakness, or a stroke named as such.
Anything else it finds, or anything told of more than the leg (an arm, the face, speech, the
chest, the bladder, the head or the back), escalates as before, and so does a leg still weak or
weak again now. Pure: the lexicon's words in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.triage.findings import Finding
from bot.triage.reading import ReadSentence
from bot.triage.told_words import onset

SEVERE_WEAKNESS = "severe-weakness"
STROKE = "stroke"
# The stroke named as a condition ("felt like a stroke", "is it stroke?"), not any of its signs.
_NAMED_STROKE = frozenset(["stroke", "having a stroke"])

_PRESSED = re.compile(
    r"\b(?:sit|sits|sitting|sat|seated|kneel\w*|knelt|squat\w*|crouch\w*|cross ?legged|"
    r"legs? (?:crossed|tucked)|crossed (?:my|his|her|their) legs|(?:one )?(?:knee|leg) over the "
    r"other|"
    r"(?:slept|sleeping|sleep|lying|lay|laid|lain|asleep) (?:on|in) (?:top of )?(?:it|them|the "
    r"(?:sofa|couch|floor|chair)|(?:my|his|her|their|the) (?:\w+ )?(?:leg|legs|foot|feet|side))|"
    r"under (?:me|him|her|them|my body|his body|her body)|"
    r"(?:after|during|through) (?:the|a|my|our) (?:movie|film|flight|drive|concert|lecture|"
    r"meeting|sermon|service|mass|prayers?|puja|ceremony|exam|match|game))\b"
)
_MOVED = re.compile(
    r"\b(?:(?:got|get|gets|stood|stand|stands) up|"
    r"(?:walk|walked|walking|walks)\b(?! (?:on it|normally|properly))|"
    r"(?:shook|shake|shaking|shakes|rubbed|rub|rubbing|stamped|stamp|stretched|stretch|wiggled|"
    r"moved|move|moving) (?:it|them|my \w+|his \w+|her \w+)|"
    r"shook (?:it |them )?(?:out|off))"
)
# Still there now, or back again: the guide's temporary numbness has gone.
_STILL = re.compile(
    r"\bstill (?:\w+ )?(?:numb|weak|dead|cant|cannot|wont|paraly\w+|tingl\w*)|"
    r"\b(?:since then|ever since|keeps? (?:going|giving|happening))\b|"
    r"(?<!normal )(?<!fine )(?<!ok )(?<!okay )(?<!good )(?<!well )\bagain\b|"
    # "Now my left leg is numb and I cannot lift the foot": the weakness told as now.
    r"\bnow\b(?: [\w']+){0,4} (?:numb|weak|dead|cant|cannot|wont|unable|paraly\w+|tingl\w*|"
    r"drag\w*|slap\w*)\b"
)
# More than a leg: an arm, the face, speech, the chest, the bladder, the head or the back.
_BEYOND_THE_LEG = re.compile(
    r"\b(?:arms?|hands?|face|mouth|lips?|speech|speak\w*|talk\w*|words?|slur\w*|droop\w*|"
    r"chest|breath\w*|bladder|bowels?|pee|peed|wee|weed|poo|pooed|head|neck|spine|vision|"
    r"(?:my|his|her|their) back|other (?:leg|side)|both (?:sides|arms))\b"
)


def fell_asleep_and_back(read: Sequence[ReadSentence]) -> bool:
    """Whether the message tells a pressed leg that moved and came back (see the module)."""
    if not onset(read).passed:
        return False
    words = " ".join(t.word for sentence in read for c in sentence.clauses for t in c.tokens)
    return bool(
        _PRESSED.search(words)
        and _MOVED.search(words)
        and not _STILL.search(words)
        and not _BEYOND_THE_LEG.search(words)
    )


def _only_the_leg(finding: Finding) -> bool:
    return finding.sign_id == SEVERE_WEAKNESS or (
        finding.sign_id == STROKE and finding.phrase in _NAMED_STROKE
    )


def fell_asleep_asks(findings: list[Finding], read: Sequence[ReadSentence]) -> list[Finding]:
    """The lexicon's findings, its leg-weakness and stroke-named ones only asked about when the
    message tells a pressed leg back once moved and nothing else (see the module)."""
    clear = [f for f in findings if not f.negated and not f.hedged]
    if not clear or not all(_only_the_leg(f) for f in clear):
        return findings
    if not fell_asleep_and_back(read):
        return findings
    return [replace(f, hedged=True) if f in clear else f for f in findings]
