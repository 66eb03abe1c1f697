"""Numbness that comes back whenever someone sits, kneels or sleeps on a side: the guide's
temporary numbness.

"Every time I sit through the recital my right leg goes completely dead", "my work chair is
garbage and my legs keep going numb" tell the guide's prolonged sitting ("compresses nerves and
blood vessels ... typically resolves quickly"), however the model likens "dead" or "right leg" to
a sign. Told so, with nothing sudden, the model's sign asks its question rather than alarms; a
sign the lexicon finds still escalates. On every symptom set, no emergency story is told so.
Pure: reads the normalised words the screen read (bot.triage.ask_only).
"""

from __future__ import annotations

import re

_AGAIN = re.compile(
    r"\b(?:eve?ry ?time|whenever|each time|keeps? (?:going|getting)|always (?:goes|go|gets)|"
    r"(?:most|every|many) (?:mornings|nights|morning|night))\b"
)
_POSITION = re.compile(
    r"\b(?:sit|sits|sitting|sat|seated|chair|desk|couch|sofa|armchair|kneel\w*|knelt|"
    r"cross ?legged|crossed|squat\w*|toilet|loo|(?:sleep|sleeping|slept|lying|lie) on (?:my|his|"
    r"her|their|the) (?:side|front|belly|stomach|tummy|arm|leg))\b"
)
_NUMBNESS = re.compile(r"\b(?:numb\w*|tingl\w*|dead|asleep|pins and needles)\b")


def recurs_with_position(words: str) -> bool:
    """Whether the message, as the screen's words, tells numbness that comes back with a
    position."""
    return all(pattern.search(words) for pattern in (_AGAIN, _POSITION, _NUMBNESS))


# Numbness that comes with walking some way and goes with rest: "my legs hurt and go numb when I
# walk a block". The guide's peripheral artery disease ("numbness along with pain and weakness"),
# a chronic cause to book for, not a leg that will not move now.
_WALKING = re.compile(
    r"\b(?:when|whenever|every time|each time|if|after) (?:i|he|she|we|they|you) (?:try to |tries "
    r"to )?(?:walk|walks|go for a walk|goes for a walk) (?:the dog|round the block|into town|to "
    r"work|a block|blocks|far|any distance|long distances|a mile|"
    r"a few hundred|uphill|up hills?|up the hill|to the shops|for (?:more than|over|a while|long|"
    r"\d+|ten|twenty|half an hour|an hour)|more than)\b"
)
# What a leg that will not move does as it walks: the guide's severe weakness, whatever the walk.
_FAILING = re.compile(
    r"\b(?:hang\w*|drag\w*|drop\w*|flop\w*|slap\w*|catch\w*|trip\w*|pull it up|lift it|"
    r"toe hits?|gives? way|gave way|buckl\w*|cant|cannot)\b"
)


def recurs_with_walking(words: str) -> bool:
    """Whether the message, as the screen's words, tells numbness that comes with walking."""
    found = _WALKING.search(words) and _NUMBNESS.search(words)
    return bool(found) and not _FAILING.search(words)


# Numbness from lying or sitting on a limb, told as gone: "my left leg was numb because I'd been
# lying on it all night ... now it's completely normal". The guide's temporary numbness however
# the model likens a one-sided leg on waking to a stroke; a numbness still there, or anything
# the lexicon finds beside it, is untouched.
_LAIN_ON = re.compile(
    r"\b(?:slept|sleeping|sleep|lying|lay|laid|lain|sat|sitting|kneeling|knelt) (?:on|in) "
    r"(?:it|them|(?:my|his|her|their|the) (?:\w+ )?(?:leg|legs|foot|feet|arm|side|hip))\b"
)
_GONE_NOW = re.compile(
    r"\b(?:(?:now|and) (?:its|it is|they are|theyre|all|everything is) (?:completely |totally |"
    r"back to |all )?(?:normal|fine|ok|okay|good|gone)|back to normal|wore off|went away|"
    r"gone now|fine now|normal now|(?:\d+|a few|few|two|three|five) (?:minutes?|mins?|seconds?|"
    r"secs?) later (?:totally |completely |all )?(?:normal|fine|ok|okay|good|gone))\b"
)

# Sitting long on the toilet, the feeling back once up: "I sit on toilet long time with phone and
# my leg become numb, when I stand and walk it come back". The model reads the toilet as the
# guide's loss of bladder control; it is the guide's prolonged sitting.
_ON_THE_TOILET = re.compile(r"\b(?:sit|sits|sat|sitting) on (?:the )?(?:toilet|loo|pot)\b")
# The feeling back, for the toilet and for something worn tight taken off: "it come back after
# some minute", "the feeling was back soon after".
_FEELING_BACK = re.compile(
    r"\b(?:feeling|sensation|it|they)(?: \w+)? (?:was|were|is|are|came|comes|come|got|went) "
    r"(?:\w+ )?(?:back|normal)|\bback to normal|\bwent away|\bwore off|"
    r"\bgone (?:now|soon|after|within|in|once)|\b(?:feeling|sensation) returned|"
    r"\bafter (?:a )?(?:short|little|few|some) (?:time|while|minutes?|mins?)(?: \w+)? (?:normal|"
    r"fine|ok|okay|gone|back)\b|"
    r"\b(?:disappeared|vanished|subsided)|\ball good\b|\b(?:minutes?|mins?) later (?:totally |"
    r"completely |all )?(?:normal|fine|ok|okay|gone|back)\b"
)


# Kneeling, squatting or sitting a long while, a long drive or a flight, the numbness gone within
# minutes of getting up or at once: "kneeling on the floor playing lego for ages, legs went numb,
# got up, walked around, sorted within minutes", "drove through the night, did a lap of the
# yard, fine after five minutes". The guide's temporary numbness, "typically resolves quickly",
# however the model likens a floor and legs gone numb to an injury.
_POSED = re.compile(
    r"\b(?:kneel\w*|knelt|squat\w*|crouch\w*|cross ?legged|legs? (?:crossed|tucked)|sat|sitting|"
    r"seated|drove|driving|flight|flew|sit|sits|meeting|meetings|lecture|sermon|long haul|"
    r"tractor|cab|lorry|truck|forklift|digger|under (?:me|him|her|them)|gaming|video ?games?|"
    r"playstation|xbox|console)\b"
)
_MOVED = re.compile(
    r"\b(?:(?:got|get|gets|getting|stood|stand|stands|standing) up|walk(?:ed|ing)? (?:around|about|"
    r"round|to|it off|them off|a bit)|shook (?:it|them|\w+ \w+) (?:out|off)|stretch\w*|stomp\w*|"
    r"mov(?:ed|ing) (?:around|about|it|them|a bit)|(?:did|do|doing) a lap)\b|"
    # A walk told bare, as a second language tells it: "walked and was ok after five minutes".
    r"(?<!cant )(?<!not )(?<!to )\bwalk(?:ed|s|ing)?\b"
)
_GONE_IN_MINUTES = re.compile(
    r"\b(?:sorted|gone|fine|normal|better|ok|okay|back|passed|restored|no numbness)(?: \w+)? "
    r"(?:within|in|after) (?:a |"
    r"few |a few |a couple of |couple of |\d+ |two |three |five |ten )?(?:minutes?|mins?|seconds?|"
    r"secs?|moments?)\b|"
    # "gone after a little walk around the flat"
    r"\b(?:gone|fine|normal|ok|okay|better|back|passed)(?: \w+)? (?:after|with|once) (?:a |some |"
    r"a little |a quick |a short |a bit of )?(?:walk|stroll|wander|stretch|shake|stamp|wiggle)\b|"
    # "the foot was fine after he'd walked round the garden for two minutes"
    r"\b(?:gone|fine|normal|ok|okay|better|back|passed)(?: \w+)? (?:after|once) (?:i|he|she|we|"
    r"they|id|hed|shed|wed|theyd)(?: had| has| have)? (?:walked|moved|stood up|got up|stretched|"
    r"stamped|shaken|shook|wiggled)\b"
)


# Well at once on moving: "stood up, stamped a bit, fine".
_WELL_ON_MOVING = re.compile(
    r"\b(?:stood up|got up|stamped|stomped|shook (?:it|them) out|walked (?:around|about|it off)|"
    r"walk(?:ed)? to (?:the )?\w+)"
    r"\b[^.!?]{0,25}?[,.]? (?:and )?(?:it was |all |its |they were )?(?:fine|normal|ok|okay|gone|"
    r"back)\b|\b(?:went|passed|cleared)(?: away)? (?:when|once|as soon as) (?:i|he|she|we|they) "
    r"(?:got up|stood|stood up|walked|moved|stretched)\b|"
    # "walked round the yard and it returned quick"
    r"\b(?:it|they|feeling|sensation) (?:returned|came back|come back) (?:quick|quickly|fast|"
    r"soon|straight away|right away)\b"
)


def lain_on_and_gone(words: str) -> bool:
    """Whether the message, as the screen's words, tells numbness from lying or sitting on a
    limb, sitting long on the toilet, or kneeling or sitting a long while, that has gone."""
    if not _NUMBNESS.search(words):
        return False
    lain_on = _LAIN_ON.search(words) and _GONE_NOW.search(words)
    on_the_toilet = _ON_THE_TOILET.search(words) and _FEELING_BACK.search(words)
    moved_and_gone = _GONE_IN_MINUTES.search(words) or _WELL_ON_MOVING.search(words)
    posed = bool(_POSED.search(words) and _MOVED.search(words) and moved_and_gone)
    return bool(lain_on or on_the_toilet or posed)


# Numbness from something worn too tight, told as gone once it came off: "numb feet from
# too-tight socks, peeled them off and the feeling was back soon after". The guide's tight
# clothing or shoes, a temporary cause, however the model likens a squeezed limb to compartment
# syndrome; pain or swelling still told, or anything the lexicon finds, is untouched.
_WORN_TIGHT = re.compile(
    r"\b(?:too |so |really |very |super )?tight (?:\w+ ){0,3}?(?:socks?|shoes?|boots?|trainers|"
    r"jeans|trousers|pants|leggings|tights|stockings|laces|heels|skates|clothes|waistband|belt|"
    r"wetsuit|"
    r"cycling shorts|compression socks)\b|\b(?:socks?|shoes?|boots?|tights|leggings) with "
    r"(?:really |very |too |super |a )?tight\b|\b(?:socks?|shoes?|boots?|jeans|laces|leggings|"
    r"tights|stockings|trousers|belt|waistband|buckles?|straps?) (?:were |was |are |is )?"
    r"(?:way |far )?(?:too |so |really |very |super )?"
    r"tight\b"
)
_TAKEN_OFF = re.compile(
    r"\b(?:took|take|taken|taking|peeled|pulled|kicked|got|slipped|ripped) (?:them|it|those|"
    r"(?:my|his|her|the) \w+) off|\b(?:took|take|takes|taking) off\b|\b(?:loosened|loosen|undid|"
    r"undone|unlaced|unzipped|removed|"
    r"swapped|changed|switched|rolled (?:them|it) down)\b"
)
# Denied, they press no more: "took them off, no pain now".
_STILL_PRESSED = re.compile(
    r"(?<!\bno )(?<!\bnot )(?<!\bwithout )(?<!\bdoesnt )(?<!\bdidnt )\b(?:swell\w*|swollen|"
    r"pain\w*|agony|throb\w*|hurt\w*|ache\w*)\b"
)


def worn_tight_and_relieved(words: str) -> bool:
    """Whether the message, as the screen's words, tells numbness from something worn tight
    that went once it was taken off, with no pain or swelling told."""
    return bool(
        _WORN_TIGHT.search(words)
        and _TAKEN_OFF.search(words)
        and _FEELING_BACK.search(words)
        and _NUMBNESS.search(words)
        and not _STILL_PRESSED.search(words)
    )
