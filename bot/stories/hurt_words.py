"""An injury, a pain beyond the ordinary or a swollen limb, as a story tells them (`Cues.hurt`).

Where the screen suspects a sign, a story that tells of these keeps the red-flag questions: the
guide's reasons to book are about numbness, not a hurt limb. Denials are taken out first ("no
pain, swelling or redness", "neither pain nor swelling", "no back injury"), and so are the same
words in other senses (a play's cast that "was superb", a cup knocked over). Pure.
"""

from __future__ import annotations

import re

# An injury denied with its part named: "no back injury", "not a fall or anything".
NO_HURT = re.compile(
    r"\b(?:no|not|without|never|nothing|denies|haven'?t|hasn'?t|hadn'?t|didn'?t) (?:\w+ ){0,2}"
    r"(?:injur\w*|accident|fall|fallen|fell|"
    r"crash\w*|knock\w*|hit|trauma)\b|"
    # A fall feared, none had: "she is afraid to fall", "scared I'll fall".
    r"\b(?:afraid|scared|worried|frightened|terrified|nervous|fear\w*) (?:[\w']+ ){0,3}(?:fall|"
    r"falling)\b|"
    # Slippers that fall off unfelt, no one falling: "he can't feel them fall off".
    r"\b(?:slippers?|shoes?|sandals?|flip ?flops?|socks?|them) (?:fall|falls|fell|falling) off\b|"
    # A cup knocked over, no one knocked: "the cat knocked my coffee over".
    r"\bknock(?:ed|s|ing)? (?:over )?(?:my|the|a|his|her|our) (?:coffee|tea|mug|cup|glass|drink|"
    r"vase|lamp|bottle|plant|bowl)\b|"
    # Shoes kicked off, no kick taken: "kicked em off under the table".
    r"\bkick(?:ed|ing|s)? (?:(?:them|'?em|it|those|my \w+|his \w+|her \w+) off|off (?:my|his|"
    r"her|the|their) \w+)"
)
# A limb swollen, bigger than the other or warm to the touch: a clot's signs, beyond numbness
# ("her right calf is much bigger than the left, warm to touch"). Denied ones are taken out
# first: "no pain or swelling", "his calf isn't swollen".
NOT_SWOLLEN = re.compile(
    r"\b(?:no|not|without|never|nothing|denies|neither|nor|isn'?t|aren'?t|wasn'?t|weren'?t|"
    r"doesn'?t|don'?t)\b(?:(?!\b(?:but|yet|now|and (?:his|her|my|the|their|its|it|now))\b)"
    r"[^.?!,]){0,30}?\b(?:swollen|swelling|swelled|puff\w*|warm|hot|bigger|"
    r"larger)\b|"
    # A list of what is not there: "no pain, swelling or redness", "neither pain nor swelling".
    r"\b(?:no|without|neither|nor|not any)(?:(?:\s|,|\bor\b|\band\b|\bnor\b)+(?:pain|pains|"
    r"redness|heat|warmth|bruising|tenderness|soreness|weakness|discolou?ration|numbness|"
    r"tingling))+(?:\s|,|\bor\b|\band\b|\bnor\b)+(?:swollen|swelling|swelled)\b"
)
SWOLLEN = re.compile(
    r"\b(?:swollen|swelling|swelled|swole|puffy|puffed up|(?:bigger|larger|fatter|thicker|wider|"
    r"puffier) than (?:the|my|his|her|their) (?:other|left|right)|twice the size|"
    r"(?:warm|hot) to (?:the )?touch)\b"
)
HURT = re.compile(
    r"(?<!\bno )(?<!\bnot )(?<!\bwithout )(?<!\bnever )"
    r"\b(?:tackl\w*|(?<!nearly )(?<!almost )(?:fell|fall(?:en|ing)?)(?! asleep)|accident|"
    r"crash\w*|hit|struck|"
    r"kick(?:ed)?(?! in\b)|injur\w*|knock\w*|bang\w*|bash\w*|broke|broken|fractur\w*|sprain\w*|"
    # Not a play's cast: "the cast were superb", "the cast and crew".
    r"cast(?! (?:list|members?|and crew|of\b|(?:were|was) (?:superb|great|amazing|brilliant|"
    r"fantastic|excellent|wonderful|good|fabulous|incredible|outstanding|lovely)))|"
    r"plaster|splint|unbearable|agony|agonising|agonizing|excruciating|worst pain|killing me|"
    r"screaming|screams|screamed|yelps?|yelped|howl\w*|crush\w*|run over|ran over|"
    r"(?:trapped|pinned|stuck) under (?:a|the|his|her|my|their) (?:car|motorbike|bike|motorcycle|"
    r"quad|tractor|horse|wardrobe|shelf|shelves|cabinet|machine|beam|rubble|pallet|load)|"
    r"tight as a drum|rock hard|hard as (?:a )?(?:rock|stone|wood|board))\b"
)
