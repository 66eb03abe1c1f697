"""Chat spellings of small words ("wat", "wud", "u", "abt"), and words as voice typing hears them
("num", "tinkly"), read as the words they stand for.

The language model knows "what can I do" and misreads "wat can i do" ("wat can i do myself to
help legs" read as a leg that won't move), and the story cues look for "should i", not "shoud i".
The red-flag screen respells a message before its folds (bot.triage.words), the story cues
before their patterns (bot.stories.cues): one pattern, one pass. Pure.
"""

from __future__ import annotations

import re

_DROPPED_G = (
    "gett goin com walk feel sitt stand sleep runn work tingl happen start spread wak hurt burn "
    "stopp do driv climb lift hav talk"
)
SPELLINGS: dict[str, str] = {
    **dict.fromkeys(("wat", "wot", "wht", "wut"), "what"),
    **dict.fromkeys(("wud", "wld"), "would"),
    **dict.fromkeys(("cud", "cld"), "could"),
    **dict.fromkeys(("shud", "shld", "shoud", "shuld"), "should"),
    # Question words typed fast: "how offten shud i get up" is a question, not a report of legs
    # that cannot get up.
    **dict.fromkeys(("offten", "oftn", "ofen", "oftin"), "often"),
    **dict.fromkeys(("wen", "whn"), "when"),
    "hw": "how",
    "wy": "why",
    "u": "you",
    "ur": "your",
    **dict.fromkeys(("pls", "plz", "plss", "plez"), "please"),
    **dict.fromkeys(("coz", "cuz", "bcz", "becuz", "bcoz", "bc"), "because"),
    "abt": "about",
    **dict.fromkeys(("smth", "sth", "somethin"), "something"),
    "ppl": "people",
    "idk": "i dont know",
    # Chat asides, read as the plain words: "btw grandad is talking rubbish" is a report.
    **dict.fromkeys(("btw", "fyi"), "also"),
    **dict.fromkeys(("tbh", "ngl", "tbf"), "honestly"),
    "dunno": "dont know",
    **dict.fromkeys(("sinse", "snce", "sence", "sinc"), "since"),
    **dict.fromkeys(("cudnt", "cdnt", "coudnt", "culdnt"), "couldnt"),
    "wanna": "want to",
    "gonna": "going to",
    "kinda": "kind of",
    # Times and small words typed short: the story cues read "every week", "since february".
    **dict.fromkeys(("evry", "evey", "everey"), "every"),
    **dict.fromkeys(("nite", "nyt"), "night"),
    **dict.fromkeys(("wk", "wek"), "week"),
    **dict.fromkeys(("wks", "weks"), "weeks"),
    **dict.fromkeys(("mth", "mnth"), "month"),
    **dict.fromkeys(("mths", "mnths"), "months"),
    **dict.fromkeys(("fortnigt", "fortnihgt", "fortnght", "fortnigh"), "fortnight"),
    **dict.fromkeys(("ony", "onli", "onlee"), "only"),
    **dict.fromkeys(("febuary", "feburary", "februray"), "february"),
    **dict.fromkeys(("yday", "yest", "yesterdy"), "yesterday"),
    **dict.fromkeys(("2day", "tday"), "today"),
    "b4": "before",
    "r": "are",
    "n": "and",
    "tho": "though",
    "thru": "through",
    # Words as voice typing writes them down: "all tinkly", "my left calve" ("num" below).
    "tinkling": "tingling",
    "tinkly": "tingly",
    "calve": "calf",
    "highschool": "high school",
    **dict.fromkeys(("thoght", "thougt", "thaught", "thougth"), "thought"),
    **dict.fromkeys(("atack", "attak", "atak", "attac"), "attack"),
    "blod": "blood",
    **dict.fromkeys(("wuld", "woud", "whould"), "would"),
    "yrs": "years",
    "yr": "year",
    **dict.fromkeys(("colapsed", "collasped", "collapesd"), "collapsed"),
    # Words typed without their last "g".
    **{word + "in": word + "ing" for word in _DROPPED_G.split()},
}
_SPELLED = re.compile(r"\b(?:" + "|".join(sorted(SPELLINGS, key=len, reverse=True)) + r")\b")


# "my leg went num", but not a number: "the num for the clinic", "emergency num".
_NUM = re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\bemergency )(?<!\bphone )(?<!\bcontact )(?<!\byour )(?<!\bmy )"
    r"\bnum\b(?! please\b)"
)


# "boots to tight", "took them of": "too" and "off" typed short, before what they tell.
_TOO = re.compile(r"\bto (?=(?:tight|small|big|narrow|short|long|hot|cold)\b)")
_OFF = re.compile(
    r"\b((?:took|take|takes|taking|pulled|kicked|got) (?:them|it|those|these|my \w+)) of\b"
    r"(?= and\b| then\b|[.,!?]|$)"
)


# "only my toes was little numb in the bus, now finish": over, as a second language says it, at
# the end of what it tells.
_FINISHED = re.compile(r"\b(?:now finish(?:ed)?|finish(?:ed)? now)\b(?=\s*(?:[.,;!?]|$))")


def respell(text: str) -> str:
    """Lowercase text with each chat spelling replaced by the words it stands for."""
    text = _FINISHED.sub("gone now", _OFF.sub(r"\1 off", _TOO.sub("too ", text)))
    return _NUM.sub("numb", _SPELLED.sub(lambda match: SPELLINGS[match.group()], text))
