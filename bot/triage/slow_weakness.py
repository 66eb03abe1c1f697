"""A leg that lets someone down more and more over weeks: the guide's reason to book, not its
severe weakness.

"My feet are so numb lately I keep tripping on the stairs, been a few weeks", "I can't walk my
delivery round without stopping, it developed over months" tell numbness that interferes with
daily activities and came on gradually: the guide's appointment. The model likens them to its
severe weakness ("Inability to lift the leg or foot"), which is a leg that will not move now.
Told as gradual, with nothing sudden and nothing new since ("and now it drags"), the model's
severe weakness asks its question rather than alarms. The lexicon's own signs ("can't lift my
foot", "it drags") still escalate. On every symptom set, no emergency the model alone escalated on
severe weakness is told so; each appointment story it alarmed on is. Pure.
"""

from __future__ import annotations

import re

from bot.triage.findings import Onset
from bot.triage.onset_words import NEW_CHANGE

SEVERE_WEAKNESS = "severe-weakness"
_NEW_CHANGE = re.compile(NEW_CHANGE)


def weakness_told_as_slow(words: str, onset: Onset) -> bool:
    """Whether the message, as the screen's words, tells its numbness as gradual, nothing sudden
    and nothing new since."""
    return onset.gradual and not onset.sudden and not _NEW_CHANGE.search(words)
