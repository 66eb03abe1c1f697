"""The signs the model may only ask about, by how a message tells its numbness.

The model's sign escalates at a high enough probability; some tellings are the guide's calm
cases whatever the model likens their words to, and there its sign asks its question instead
(the red-flag questions at once, that sign first), never alarms:
- an injury told beside numbness the message denies (bot.triage.denied_numbness): the guide's
  sign is numbness after the injury;
- numbness that comes back whenever someone sits or kneels (bot.triage.positional): the guide's
  temporary numbness, for every sign;
- numbness told as gradual, or as keeping someone from daily life, nothing sudden and nothing new
  since (bot.triage.slow_weakness): the guide's reasons to book, for severe weakness;
- a clot named with its swelling, pain, warmth and redness all denied (bot.triage.named_checked);
- numbness told over weeks, nothing new since and nothing pressing the limb, for compartment
  syndrome;
- a cast, splint or injury told with its numbness denied or its feeling told as normal and no pain
  or pressure told ("plaster on since last week, no pain, toes move fine, no numbness"): the
  guide's compartment syndrome is a limb pressed and painful, numb under the cast;
- numbness from something worn too tight, gone once it came off (bot.triage.positional): the
  guide's tight clothing or shoes, for every sign;
- numbness after kneeling, sitting a long while, a long drive or a flight, gone within minutes
  of moving (bot.triage.positional), for every sign;
- a clot's own features, two or more, all denied with no clot named ("no swelling, not red or
  hot", bot.triage.named_checked), for a clot;
- a numb face or lip told with the dentist's numbing, for stroke;
- a checklist told all clear, the teller fine now and nothing sudden (bot.triage.all_clear), for
  every sign;
- a message that says it is not about health (bot.triage.not_medical), for every sign.
A sign the lexicon finds is untouched. Each was measured on every symptom set: no emergency story
is told so. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from bot.triage.all_clear import checklist_all_clear
from bot.triage.denied_numbness import NUMBNESS_AFTER, numbness_denied
from bot.triage.fell_asleep import fell_asleep_and_back
from bot.triage.findings import Finding, Onset
from bot.triage.named_checked import model_only_asks
from bot.triage.not_medical import says_not_medical
from bot.triage.onset_words import OVER_WEEKS
from bot.triage.positional import (
    lain_on_and_gone,
    recurs_with_position,
    recurs_with_walking,
    worn_tight_and_relieved,
)
from bot.triage.reading import ReadSentence
from bot.triage.slow_weakness import (
    SEVERE_WEAKNESS,
    weakness_told_as_limiting,
    weakness_told_as_slow,
)
from bot.triage.told_words import told_words

COMPARTMENT = "compartment-syndrome"
STROKE = "stroke"
# A dentist's numbing told as the numbness's cause: "my lip is still numb from the dentist
# injection", "why do dentists numb half your face". The model likens a numb half face to a
# stroke; told so, its stroke asks the red-flag questions (the face, the speech and the arm first)
# instead. A dentist named for another reason ("got a dentist appt thursday, maybe it's teeth")
# is not a cause told, and the model's alarm stays.
_DENTAL_WORK = (
    r"(?:dentists?|dental \w+|filling|fillings|root canal|novocaine|novocain|lidocaine|wisdom "
    r"(?:tooth|teeth)(?: out| removed| pulled)?|extraction|tooth (?:out|pulled|removed))"
)
_DENTAL = re.compile(
    r"\b(?:from|after|since|at|by) (?:the |a |my |his |her |their |that |this )?(?:\w+ )?"
    + _DENTAL_WORK
    + r"\b|\bdentists? (?:numb\w*|injection|injections|jab|jabs|needle|anaesthetic|anesthetic)\b"
)
_PAIN_OR_PRESSURE = re.compile(
    r"\b(?:pain\w*|hurt\w*|agony|agonising|agonizing|tight\w*|tense|hard|pressure|swell\w*|swollen|"
    r"squeez\w*|throb\w*|burst\w*|ache\w*|aching|sore|unbearable|excruciating|scream\w*|cry\w*|"
    r"crying|killing)\b"
)
_OVER_WEEKS = re.compile(OVER_WEEKS)
# What presses a limb from outside or crushed it: compartment syndrome's own setting.
_PRESSED = re.compile(
    r"\b(?:cast|casts|plaster\w*|splint\w*|bandag\w*|brace|boot|crush\w*|tight\w*|tourniquet|"
    r"strap\w*|wrap\w*|fractur\w*|broke\w*|break\w*|surgery|operation|kick\w*|hit|struck|"
    r"swell\w*|swollen)\b"
)
_FEELING_NORMAL = re.compile(
    r"\b(?:full|normal|all (?:the|his|her|my)|good) (?:feeling|sensation)\b|"
    r"\b(?:feeling|sensation) (?:is |are )?(?:normal|fine|ok|okay)\b|"
    r"\bcan feel (?:everything|it all|them all|all of)"
)


def signs_that_only_ask(
    read: Sequence[ReadSentence],
    findings: Sequence[Finding],
    onset: Onset,
    signs: Collection[str],
) -> frozenset[str]:
    """Of `signs` (every sign the model may find), those it may only ask about here."""
    words = " ".join(t.word for sentence in read for c in sentence.clauses for t in c.tokens)
    only: set[str] = set()
    denied = numbness_denied(read, findings)
    if denied:
        only |= NUMBNESS_AFTER
    if (not onset.sudden and recurs_with_position(words)) or lain_on_and_gone(words):
        only |= set(signs)
    if worn_tight_and_relieved(words) or checklist_all_clear(read) or says_not_medical(read):
        only |= set(signs)
    if weakness_told_as_slow(words, onset) or weakness_told_as_limiting(words, onset):
        only.add(SEVERE_WEAKNESS)
    if not onset.sudden and recurs_with_walking(words):
        only.add(SEVERE_WEAKNESS)
    if _slow_without_pressure(words, onset):
        only.add(COMPARTMENT)
    if _DENTAL.search(words):
        only.add(STROKE)
    if fell_asleep_and_back(read):
        only |= {SEVERE_WEAKNESS, STROKE}
    feeling_normal = denied or bool(_FEELING_NORMAL.search(words))
    if feeling_normal and not _PAIN_OR_PRESSURE.search(told_words(read, affirmed_only=True)):
        only.add(COMPARTMENT)
    return frozenset(only | model_only_asks(findings, read))


def _slow_without_pressure(words: str, onset: Onset) -> bool:
    """Numbness told over weeks, nothing sudden and nothing new since, with nothing pressing or
    crushing the limb: "back pain down my leg and a numb patch on my shin, 3 weeks now". The
    guide's compartment syndrome is a limb pressed from inside after an injury or under a cast,
    painful now; weeks of a nerve's pain are its reasons to book."""
    return (
        weakness_told_as_slow(words, onset)  # gradual, nothing sudden, nothing new since
        and bool(_OVER_WEEKS.search(words))
        and not _PRESSED.search(words)
    )
