"""The message's words as the model's half reads them for onset and for a sign's setting.

How a story says it began ("suddenly", "over weeks", "gone within minutes") and whether it tells
a sign's setting at all (sign_settings.py) are read off the words as the lexicon read them, with
three views: all of them (a denied "sudden" left out: "it wasn't sudden, it crept up over
weeks" is gradual), the affirmed ones only ("no injury, no pain" tells no injury), and the
cleared ones: without the words said to be fine ("peeing normal") and the words of a problem
denied ("no bladder issues"), so a checklist all clear tells no bladder, while "he hasn't peed
since last night" still tells one. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.triage.findings import Onset
from bot.triage.onset_words import (
    GRADUAL_ONSET,
    NOT_RECENT,
    RECENT_ONSET,
    RESOLVED,
    RETURNED,
    SUDDEN_ONSET,
)
from bot.triage.parts import PROBLEMS
from bot.triage.reading import ReadSentence

_GRADUAL = re.compile(GRADUAL_ONSET)
_SUDDEN = re.compile(SUDDEN_ONSET)
_RECENT = re.compile(RECENT_ONSET)
_NOT_RECENT = re.compile(NOT_RECENT)
_RESOLVED = re.compile(RESOLVED)
_RETURNED = re.compile(RETURNED)


def onset(read: list[ReadSentence]) -> Onset:
    """The message's onset as its words tell it (see `Onset`)."""
    gradual, sudden, passed = onset_in(told_words(read))
    return Onset(gradual, sudden, passed)


def told_words(
    read: Sequence[ReadSentence], affirmed_only: bool = False, cleared_only: bool = False
) -> str:
    """The words as read, in one of the three views (see the module)."""
    words = []
    for sentence in read:
        for clause in sentence.clauses:
            problem_denied = any(t.negated and t.word in PROBLEMS for t in clause.tokens)
            for t in clause.tokens:
                if t.negated and (affirmed_only or t.stem.startswith("sudden")):
                    continue
                if cleared_only and (t.reassured or (t.negated and problem_denied)):
                    continue
                words.append(t.word)
    return " ".join(words)


def onset_in(told: str) -> tuple[bool, bool, bool]:
    """Whether the message says the numbness came on over time (and nothing suddenly), whether
    it says something came on suddenly or just now, and whether it says the numbness passed."""
    # "Normal again within minutes" tells how it passed, not how it came.
    unresolved = _RESOLVED.sub(" ", told)
    sudden = bool(_SUDDEN.search(unresolved) or _RECENT.search(_NOT_RECENT.sub(" ", unresolved)))
    passed = bool(_RESOLVED.search(told)) and not _RETURNED.search(told)
    return bool(_GRADUAL.search(told)) and not sudden, sudden, passed
