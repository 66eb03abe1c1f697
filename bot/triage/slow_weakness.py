"""A leg that lets someone down more and more over weeks: the guide's reason to book, not its
severe weakness.

"My feet are so numb lately I keep tripping on the stairs, been a few weeks", "I can't walk my
delivery round without stopping, it developed over months" tell numbness that interferes with
daily activities and came on gradually: the guide's appointment. The model likens them to its
severe weakness ("Inability to lift the leg or foot"), which is a leg that will not move now.
Told as gradual, with nothing sudden and nothing new since ("and now it drags"), the model's
severe weakness asks its question rather than alarms. The lexicon's own signs ("can't lift my
foot", "it drags") still escalate. On every symptom set, no emergency the model alone escalated on
severe weakness is told so; each appointment story it alarmed on is.

So is numbness told as what keeps someone from daily life, with nothing sudden and nothing new
since: "numb legs stopping me playing with my kids", "because my legs are numb I cannot walk to
the market anymore", "reduced sensation has started to interfere with my work". The guide's
reason to book is numbness that "interferes with daily activities". Pure.
"""

from __future__ import annotations

import re

from bot.triage.findings import Onset
from bot.triage.onset_words import NEW_CHANGE

SEVERE_WEAKNESS = "severe-weakness"
_NEW_CHANGE = re.compile(NEW_CHANGE)


# Numbness that spread to where it is now is the change told, no new one: "first only my big
# toe, now it is all the front of the foot, slowly slowly".
_SPREAD_NOW = re.compile(
    r"\bnow (?:it|its) (?:is |has )?(?:all|spread\w*|going up|gone up|reach\w*|up to|creep\w*|"
    r"moving up)\b"
)


def weakness_told_as_slow(words: str, onset: Onset) -> bool:
    """Whether the message, as the screen's words, tells its numbness as gradual, nothing sudden
    and nothing new since."""
    return (
        onset.gradual and not onset.sudden and not _NEW_CHANGE.search(_SPREAD_NOW.sub(" ", words))
    )


_LIMITING = re.compile(
    r"\b(?:(?:stopping|stops|stopped|keeping|keeps|kept|preventing|prevents) (?:me|him|her|them|"
    r"us)\b|because (?:of )?(?:the |my |his |her |their )?(?:(?:feet|foot|legs?|toes|soles) "
    r"(?:feel |feels |are |is |felt |were |was |go |goes |went |keep going |being )?(?:so |too |"
    r"that )?)?(?:numb\w*|tingl\w*)|because (?:he|she|i|they|we) cantfeel (?:where|the|his|her|"
    r"my|their)\b|"
    r"(?:interfer\w*|affect\w*|getting in the way of|messing up|ruining) (?:with )?(?:my|his|her|"
    r"their) (?:work|job|life|day|days|sleep|ability|walking|driving|shifts?)|"
    r"(?:make|makes|making|made) it (?:hard|harder|difficult|tricky)|"
    # "the stairs are a real effort with my numb feet, I have to watch every step"
    r"(?:is|are) (?:a |such a )?(?:real |big |huge )?effort|watch (?:every|each) step|"
    # "now is difficult to walk on the field, I must go slow", "can't do my job properly, I
    # don't trust my footing", "needs the banister".
    r"(?:is|its|it is) (?:so |very |really )?(?:difficult|hard|tough) to (?:walk|climb|stand|"
    r"work|drive|run)|(?:must|have to|had to|has to) (?:go|walk) (?:slow|slowly|carefully)|"
    r"(?:cant|cannot) do (?:my|his|her) (?:job|work)|(?:dont|doesnt|do not|does not) trust "
    r"(?:my|his|her) (?:footing|feet|legs?|balance)|needs? the (?:banister|handrail|railing)|"
    r"(?:cant|cannot|can no longer|unable to|struggl\w* to|not able to)\b(?:(?!\b(?:flex|lift|"
    r"raise|move|point|bend|pull|push|feel|hold|grip|bear|stand up|get up)\b)[^.!?]){0,40}\b"
    r"(?:anymore|any more|like before|as before|like i used to|like he used to|like she used to))"
)
# Told as begun lately: "started yesterday after football" is no story of daily life.
_LATELY = re.compile(
    r"\b(?:yesterday|last night|this (?:morning|afternoon|evening)|today|tonight|(?:hours?|"
    r"minutes?|mins?) ago)\b"
)
_NUMB = re.compile(r"\b(?:numb\w*|tingl\w*|cantfeel|no feeling|reduced sensation)\b")


# How hard a thing is now is the limit told, no change since: "stairs at work are a pain now, I
# have to watch every step".
_HARD_NOW = re.compile(
    r"\b(?:a pain|hard|harder|difficult|a struggle|tricky|an effort|a problem) now\b|"
    # A struggle the lost feeling explains: "and now he struggles on the stairs because he can't
    # feel where the step is".
    r"\bnow (?:he|she|i|they|we) (?:struggles?|struggling|has trouble|have trouble|finds? it "
    r"hard) (?:on|with) (?:the )?(?:stairs|steps|kerbs?|curbs?|walking)\b(?= because (?:he|she|i|"
    r"they|we) cantfeel\b)"
)


def weakness_told_as_limiting(words: str, onset: Onset) -> bool:
    """Whether the message tells its numbness as keeping someone from daily life, nothing sudden
    and nothing new since."""
    if onset.sudden or _NEW_CHANGE.search(_HARD_NOW.sub(" ", words)) or _LATELY.search(words):
        return False
    return bool(_LIMITING.search(words)) and bool(_NUMB.search(words))
