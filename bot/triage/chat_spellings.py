"""Chat spellings of small words ("wat", "wud", "u", "abt"), read as the words they stand for.

The language model knows "what can I do" and misreads "wat can i do" ("wat can i do myself to
help legs" read as a leg that won't move), and the story cues look for "should i", not "shoud i".
The red-flag screen respells a message before its folds (bot.triage.words), the story cues
before their patterns (bot.stories.cues): one pattern, one pass. Pure.
"""

from __future__ import annotations

import re

SPELLINGS: dict[str, str] = {
    **dict.fromkeys(("wat", "wot", "wht", "wut"), "what"),
    **dict.fromkeys(("wud", "wld"), "would"),
    **dict.fromkeys(("cud", "cld"), "could"),
    **dict.fromkeys(("shud", "shld", "shoud", "shuld"), "should"),
    "u": "you",
    "ur": "your",
    **dict.fromkeys(("pls", "plz", "plss", "plez"), "please"),
    **dict.fromkeys(("coz", "cuz", "bcz", "becuz", "bcoz", "bc"), "because"),
    "abt": "about",
    **dict.fromkeys(("smth", "sth", "somethin"), "something"),
    "ppl": "people",
    "idk": "i dont know",
    "dunno": "dont know",
    "wanna": "want to",
    "gonna": "going to",
    "kinda": "kind of",
}
_SPELLED = re.compile(r"\b(?:" + "|".join(sorted(SPELLINGS, key=len, reverse=True)) + r")\b")


def respell(text: str) -> str:
    """Lowercase text with each chat spelling replaced by the words it stands for."""
    return _SPELLED.sub(lambda match: SPELLINGS[match.group()], text)
