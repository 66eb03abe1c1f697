"""A sign's own words told beside a story of numbness that passed: what keeps the red-flag
questions when the language model suspects that very sign.

"Both feet numb at work, walked about, then I tried to tell my colleague something and couldn't
find the words, she says I was mumbling" reads as the guide's temporary numbness to the story
cues (a position, a walk), while the model wonders about a stroke. The lexicon may miss how the
speech is told; the story's words still tell it. Where the model suspects a stroke, the chest, the
bladder or a clot and the message tells that sign's own body words, affirmed, the story does not
calm the questions into self-care (bot.stories.route). Denied or normal ones ("no slurring",
"face fine", "breathing normal") are taken out first: most stories of numbness that passed deny
the signs outright. Pure.
"""

from __future__ import annotations

import re

# A denial or a reassurance, to the end of its clause: "no chest pain", "face fine".
_DENIED = re.compile(
    r"\b(?:no|not|isn'?t|wasn'?t|aren'?t|weren'?t|without|never|nothing|zero|denies|didn'?t|"
    r"doesn'?t|don'?t|hasn'?t|haven'?t|nor|neither)\b[^.,;!?]{0,40}|"
    r"\b(?:speech|talking|words|face|smile|mouth|arms?|hands?|grip|chest|breathing|breath|"
    r"bladder|bowels?|peeing|calf|calves)\b[^.,;!?]{0,25}?\b(?:fine|normal|ok|okay|good|clear|"
    r"alright|all right|strong|same|equal|coming out normal)\b"
)
SIGN_WORDS: dict[str, re.Pattern[str]] = {
    "stroke": re.compile(
        r"\b(?:slur\w*|mumbl\w*|garbl\w*|gibberish|nonsense|jumbled|"
        r"(?:find|finding|found|get|getting) (?:the |my |his |her |any )?(?:right )?words|"
        r"words? (?:would|will|wo|did|do|does)n'?t|(?:sentence|speech|words?) (?:just )?"
        r"(?:wouldn'?t|won'?t|didn'?t) (?:come|came)|can'?t (?:speak|talk|say)|"
        r"couldn'?t (?:speak|talk|say|find)|droop\w*|lopsided|crooked|wonky|"
        r"(?:face|smile|mouth) (?:went |is |was |looks? |felt |feels )?(?:numb|funny|odd|weird|"
        r"strange|uneven|down)|(?:arm|hand) (?:went |is |was |felt |feels |got )?(?:weak|numb|"
        r"heavy|dead|floppy|limp|useless)|dropp\w* (?:my|his|her) (?:cup|mug|phone|pen|fork|"
        r"glass))\b"
    ),
    "severe-weakness": re.compile(
        r"\b(?:(?:can'?t|cannot|couldn'?t|unable to) (?:lift|raise|pull|move|flex|point) (?:my|"
        r"his|her|their|the) (?:foot|feet|toes|leg|legs)|(?:foot|feet|toes?|it) (?:\w+ )?(?:slaps?|"
        r"slapping|drags?|dragging|catch\w*|flops?|flopping|hangs?|hanging)\b|"
        r"(?:gave|gives|give|giving) way|(?:leg|legs|knee|knees) (?:\w+ )?buckl\w*|foot ?drop)\b"
    ),
    "chest-breathing": re.compile(
        r"\b(?:chest|breathless\w*|short of breath|out of breath|can'?t (?:breathe|catch)|"
        r"couldn'?t (?:breathe|catch)|puffing|gasp\w*|wheez\w*|struggling to breathe)\b"
    ),
    "bladder-bowel": re.compile(
        r"\b(?:bladder|bowels?|wet (?:myself|himself|herself|themselves|the bed)|pee\w*|wee|"
        r"urin\w*|incontinen\w*|soil\w*|leak\w*)\b"
    ),
    "blood-clot": re.compile(
        r"\b(?:swollen|swelling|swelled|puffy|red|redness|warm to|hot to|bigger than|fatter than|"
        r"throbb\w*)\b"
    ),
}


def signs_told(text: str) -> frozenset[str]:
    """The signs whose own words the message tells, affirmed (lowercased text)."""
    kept = _DENIED.sub(" ", text)
    return frozenset(sign for sign, words in SIGN_WORDS.items() if words.search(kept))


# Not a sign by itself (a numb bum after a hard seat is the guide's sitting), but what keeps the
# model's bladder when a story is told as sudden (bot.stories.route).
_SADDLE = re.compile(
    r"\b(?:saddle|groin|bum|butt|buttocks?|bottom|crotch|between (?:my|his|her|their) legs|"
    r"down there|privates?|genitals?|pee\w*|wee|wet|toilet|loo)\b"
)


def saddle_told(text: str) -> bool:
    """Whether the message names the parts one sits on or the toilet, affirmed."""
    return bool(_SADDLE.search(_DENIED.sub(" ", text)))
