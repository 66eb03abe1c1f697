"""A sentence that only goes on telling a history the sentence before it dated, and a clause
that turns from a dated history to now.

"My brother had a clot after his knee op two years ago. He said his calf was swollen and sore."
The second sentence tells the same old event: it has no date of its own, so the lexicon would
read its signs as live. It continues the history when the sentence before it ended in history,
and it is told in the past with nothing of now in it: no present-tense verb, no "now", "today",
"again", "still", "just", no hours or minutes, no meal or part of a day. Any of those keeps it
live ("Dad had a stroke in 2018. This morning his face drooped again."). A history is still
asked about, never dropped (detect.py hedges it), so a wrong guess here asks instead of alarming.

The same turn inside one clause: "she had a stroke in 2019 and since an hour ago her face is
drooping again". The date is history for what comes before the turn, not for the new event after
it, which an "and" joined on; as two sentences the second was already read as live. Only a plain
word of now after the date turns it (`LIVE`): "still" or a present tense alone does not, since
what a stroke or a clot left behind ("and still has a weak arm") is told the same way.
Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.triage.people import RELATIVES
from bot.triage.reading import Token

# Verbs of the past that tell an event, and the endings of regular ones ("drooped", "swelled").
_PAST_WORDS = (
    "was were had did went got said told became felt came ended woke gave took lost fell "
    "couldnt wouldnt didnt wasnt werent hadnt hurt broke broken hit cut struck threw split bled "
    "spent made saw thought knew wore ran drove flew slept"
)
# Anything of now: the present tense, or a time that may be today.
_NOW_WORDS = (
    "is are am isnt arent aint has have hasnt havent does do doesnt dont can cant cannot cantfeel "
    "will wont keeps keep feels feel looks look seems seem getting going im hes shes its theres "
    "now today tonight this earlier just again still currently suddenly sudden nowhere minutes "
    "minute mins min hours hour hrs hr yesterday lunch lunchtime breakfast dinner tea supper "
    "morning afternoon evening night since ago week weekend day"
)
PAST = frozenset(_PAST_WORDS.split())
# A clause that opens with these and has no word of now goes on with the history before it:
# "Years ago, after a bad fall skiing, I had numb legs for a day".
_NO_VERB_OPENERS = frozenset(["with", "after", "during", "following", "before", "from"])
_SPANS = frozenset(["day", "week", "weekend"])
_SPAN_COUNTS = frozenset(["a", "one", "whole", "entire"])
_LASTING = frozenset(["minutes", "minute", "mins", "min", "hours", "hour", "hrs", "hr"])
_COUNTS = frozenset(
    (
        *("a", "an", "one", "two", "three", "four", "five", "ten", "fifteen", "twenty", "thirty"),
        *("few", "couple", "of", "about", "around", "half", "several", "some", "like"),
    )
)
NOW = frozenset(_NOW_WORDS.split())
# "couldn't" and "couldn't feel" as the lexicon folds them: "was cant", "was cantfeel".
_FOLDED_CANT = frozenset(["cant", "cantfeel"])
# Words that put what follows them in a clause at a time after a dated history: today, or new.
_LIVE_WORDS = (
    "now today tonight again suddenly sudden nowhere currently just yesterday minutes minute mins "
    "hours hour hrs"
)
LIVE = frozenset(_LIVE_WORDS.split())
# "this morning", "last night": a time of today or just before, after these words.
_THIS = "morning afternoon evening week weekend time"
_RECENT_AFTER = {"this": frozenset(_THIS.split()), "last": frozenset({"night"})}
# Words that join a new statement on, where a clause turns from its history to now.
_JOIN_WORDS = "and then so plus"
JOINS = frozenset(_JOIN_WORDS.split())


def continues_history(words: Sequence[str], after_history: bool) -> bool:
    """Whether a sentence, as its normalised words, only goes on with the history before it."""
    if not after_history or any(_now(words, i) for i in range(len(words))):
        return False
    if words and words[0] in _NO_VERB_OPENERS:
        return True  # no verb of its own: "Bell's palsy two years ago, with a drooping face"
    return any(w in PAST or (len(w) > 4 and w.endswith("ed")) for w in words)


def lists_on(words: Sequence[str], before: Sequence[Token] = ()) -> bool:
    """Whether a clause, as its normalised words, only lists what the dated clause before it in
    the same sentence told: "last year I had a heart attack, chest pain and sweating and legs
    numb, went to hospital". A few words with no verb and nothing of now; a history is still asked
    about. Or it is the rest of that dated clause, cut off at "suddenly" (`before`, the dated
    clause, holding no verb of its own): "about five years ago my husband | suddenly couldn't
    lift his right foot"."""
    if _predicate_of([t.word for t in before], words):
        return True
    if not words or len(words) > 8 or any(_now(words, i) for i in range(len(words))):
        return False
    if words[0] in _TURNS or "new" in words:
        return False  # "my cast came off last month, but the new splint is so tight"
    return not any(
        w in PAST or (len(w) > 3 and w.endswith(("ed", "ing")) and w not in _SYMPTOM_NOUNS)
        for w in words
    )


# Symptoms named with "-ing", listed as nouns: "chest pain and sweating and legs numb".
_SYMPTOM_NOUN_WORDS = (
    "sweating tingling swelling bleeding vomiting shaking throbbing burning aching"
)
_SYMPTOM_NOUNS = frozenset(_SYMPTOM_NOUN_WORDS.split())


# Words that open a clause turning against the one before it.
_TURNS = frozenset(["but", "yet", "however", "though", "although"])


# A clause that is only a date long past, after what it dates: "My mum had a mini stroke, a TIA,
# about six years ago".
_DATE_WORDS = frozenset(
    (
        *("about", "around", "roughly", "some", "over", "nearly", "almost", "maybe", "like"),
        *("a", "an", "few", "couple", "of", "many", "several", "good", "ago", "back", "or"),
        *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty"),
    )
)
_DATE_UNITS = frozenset(["year", "years", "month", "months", "decade", "decades"])


def dates_back(words: Sequence[str]) -> bool:
    """Whether a clause, as its normalised words, is only a date long past ("about six years
    ago", "a good few years back"), which dates the clauses before it in its sentence."""
    if not 2 <= len(words) <= 6 or not _DATE_UNITS & set(words):
        return False
    return all(w in _DATE_WORDS or w in _DATE_UNITS or w.isdigit() for w in words)


def live(words: Sequence[str]) -> bool:
    """Whether a clause tells something of today or new: "now", "this morning", "again"."""
    return any(_live(words, i) for i in range(len(words)))


# A clause that tells a time, however long: "when I was pregnant with my first, six years ago".
_TIME_OPENERS = frozenset(["when", "during", "back", "before", "after", "in"])


def opened_by_times(before: Sequence[Sequence[str]], words: Sequence[str]) -> bool:
    """Whether a clause follows only bare times that open its sentence, and so is dated by them:
    "Long time ago, maybe 2012, my mother have face drooping". Not when it turns to now ("years
    ago, but now her face droops"); the tense is no guide in a second language."""
    if not before or any(_told_long(b) for b in before):
        return False
    if not all(_tells_a_time(b) for b in before):
        return False  # "my dog keeps barking, my chest is tight": no time opens the sentence
    if _told_then(before) and _PRESENT & set(words):
        return False  # "when I was pregnant I had a clot, my calf is swollen": the tense turns
    return not live(words)


# Words that pad a time without telling anything: "so about fifteen years ago".
_PADDING = frozenset(["so", "about", "around", "roughly", "maybe", "approximately", "or", "like"])


def _told_long(words: Sequence[str]) -> bool:
    """Whether an opening clause says more than a time would: more than four words beyond its
    padding, and not opened as a time ("when I was pregnant with my first")."""
    return len([w for w in words if w not in _PADDING]) > 4 and words[0] not in _TIME_OPENERS


# A present tense, after an opening that told its own event in the past.
_PRESENT = frozenset(["is", "are", "am", "has", "have", "feels", "looks", "keeps", "cant"])


def _told_then(before: Sequence[Sequence[str]]) -> bool:
    """Whether the opening clauses tell an event of their own in the past ("I had a clot"),
    beyond the time itself ("when I was pregnant", "long time ago")."""
    return any(w in PAST and w not in ("was", "were") for b in before for w in b)


# What makes a short clause a time: "long time ago", "maybe 2012", "in the 90s", "as a student".
_TIME_WORDS = _DATE_UNITS | frozenset(
    (
        *("ago", "back", "long", "time", "once", "before", "ages", "student", "kid", "child"),
        *("teenager", "young", "younger"),
    )
)


def _tells_a_time(words: Sequence[str]) -> bool:
    return bool(words) and (
        words[0] in _TIME_OPENERS
        or any(w in _TIME_WORDS or w.isdigit() or w.rstrip("s").isdigit() for w in words)
    )


def _now(words: Sequence[str], position: int) -> bool:
    """A word of now, but for "can't" told in the past ("was cant", "was cantfeel", from
    "couldn't" and "couldn't feel") and a span of time ("numb for a day", "off work one week")."""
    word = words[position]
    before = words[position - 1] if position else ""
    if word in _SPANS and before in _SPAN_COUNTS:
        return False
    if word in _LASTING and _lasted(words, position):
        return False
    if word == "going" and "with" in words[max(0, position - 4) : position]:
        return False  # "it started with his left leg going numb": how it began, not now
    if word == "sudden" and before in ("had", "a"):
        return False  # "in 2013 I had sudden numbness": the event's onset, told in the past
    return word in NOW and not (word in _FOLDED_CANT and before == "was")


def _lasted(words: Sequence[str], position: int) -> bool:
    """ "for ten minutes", "for a few hours", "within hours": how long it lasted or took, not
    when."""
    start = max(0, position - 4)
    between = words[start:position]
    spans = [i for i, w in enumerate(between) if w in ("for", "within")]
    if not spans:
        return False
    return all(w in _COUNTS or w.isdigit() for w in between[spans[-1] + 1 :])


def turn_to_now(words: Sequence[str], history_ends: int) -> int | None:
    """Where a clause whose history ends at `history_ends` turns to now: the first joining word
    or word of now after it with a word of now from there on; None when it does not turn."""
    live = [j for j in range(len(words)) if _live(words, j)]
    if not live:
        return None
    for i in range(history_ends + 1, live[-1] + 1):  # a word of now must follow the turn
        if words[i] in JOINS or i in live:
            return i
    return None


def and_now(words: Sequence[str]) -> int | None:
    """Where a joining word opens a statement of now, "and now", "and suddenly", "and this
    morning", after the clause's first word; None when none does."""
    for i in range(1, len(words) - 1):
        if words[i] in JOINS and _live(words, i + 1):
            return i
    return None


def _live(words: Sequence[str], position: int) -> bool:
    word = words[position]
    following = words[position + 1] if position + 1 < len(words) else ""
    return word in LIVE or following in _RECENT_AFTER.get(word, ())


def opens_with_now(words: Sequence[str]) -> bool:
    """Whether a clause opens by turning to now: "and now my calf is swollen", "but this
    morning", "suddenly". A doubt in the clauses before it ("I'm scared of a clot") is not its
    doubt."""
    if not words:
        return False
    start = 1 if words[0] in JOINS or words[0] == "but" else 0
    return start < len(words) and _live(words, start)


# The words a dated clause may end in and still lack its verb: "years ago my husband".
_SUBJECT_WORDS = (
    "i we he she they my his her our their husband wife dad mum mom father mother son daughter "
    "brother sister grandad grandma grandpa granny nan partner friend"
)
_SUBJECTS = frozenset(_SUBJECT_WORDS.split())
_ONSETS = frozenset(["suddenly", "sudden", "nowhere", "all"])
_VERB_NOW_WORDS = (
    "is are am isnt arent has have hasnt havent does do doesnt dont can cant cannot will wont "
    "keeps keep feels feel looks look seems seem getting going"
)
_VERBS_NOW = frozenset(_VERB_NOW_WORDS.split())


_HAVING = frozenset(["had", "got", "developed", "experienced", "suffered"])


def _predicate_of(before: Sequence[str], words: Sequence[str]) -> bool:
    """Whether `words` are the rest of a dated clause cut before "suddenly": `before` ends in
    its subject with no verb, and `words` open with the cut word and tell nothing of now beyond
    it."""
    # "... years ago I had | sudden numbness in my leg": a verb of having with its subject.
    having = len(before) > 1 and before[-1] in _HAVING and before[-2] in _SUBJECTS
    if not before or not words or words[0] not in _ONSETS:
        return False
    if before[-1] not in _SUBJECTS and not having:
        return False
    head = before[:-1] if having else before
    if any(w in PAST or w in _VERBS_NOW or w.endswith("ed") for w in head):
        return False
    rest = [w for w in words if w not in _ONSETS]
    present = [
        w
        for i, w in enumerate(rest)
        if w in _VERBS_NOW and not (w in _FOLDED_CANT and i and rest[i - 1] == "was")
    ]
    return not present and not live(rest)


# Someone else's history, and the writer's own story after it: "my dad died of a stroke, I fell
# off a ladder and hit my back and now my legs are numb" tells the fall now.
_OTHERS_HISTORY = re.compile(
    r"^(?:(?:\w+ ){0,3}(?:ago|back|in the past) )?"
    rf"(?:(?:my|our|his|her) {RELATIVES}s?|{RELATIVES}s|he|she|hes|shes)\b"
)
_WRITER = frozenset(["i", "im", "ive", "we", "were"])


# The present a second language does not use for the past: "2019 I have blood clot, treated".
_TOLD_NOW = _PRESENT - {"has", "have"}


def dates_told(before: Sequence[Token], words: Sequence[str]) -> bool:
    """Whether a short clause of history ("fine since", "years ago") dates the clause before it:
    not one told in the present ("my face is drooping and my leg is numb, nothing since")."""
    return len(words) <= 3 and not _TOLD_NOW & {t.word for t in before}


def teller_changes(before: Sequence[Token], words: Sequence[str], animal: bool = False) -> bool:
    """Whether a clause the writer tells of themselves follows a history of someone else's, or
    an animal's clause ("our dog lay on my feet, I fell off a ladder ...")."""
    told = [t.word for t in before]
    others = bool(_OTHERS_HISTORY.search(" ".join(told))) and not _WRITER & set(told)
    return bool(words) and words[0] in _WRITER and (animal or others)


# "Say my calf got swollen": a clause opening with "say" supposes, nobody said it; so does one
# that turns to it ("not that it's happening, but say my smile went lopsided", "like say ...").
_SAY_OPENERS = frozenset(["but", "and", "like", "so", "just", "or"])
_SUPPOSED_OWN = frozenset(["i", "me", "my", "myself", "mine", "we", "us", "our"])


def supposes(stems: Sequence[str], index: int) -> bool:
    """Whether a clause (its stems; its place in the sentence) opens by supposing."""
    start = 1 if stems and stems[0] in _SAY_OPENERS else 0
    if index and not start:
        return False
    return stems[start : start + 1] == ["say"] and bool(
        _SUPPOSED_OWN & set(stems[start + 1 : start + 2])
    )
