"""Where a topic watched or read ends: a fold run after bot.triage.mentions (the end of its
MENTIONS), on the lowercased text without apostrophes.

"We watched a film about a stroke and my dad's face started drooping": the screen's rule for a
show's topic (mentions.py) hedges what follows "about", so the face, told of someone of ours
after the "and", was only asked about. The topic ends there now, unless the topic is a story's
own person ("a documentary about a pilot who had a stroke and his face drooped"). Pure.
"""

from __future__ import annotations

# The people a story is about, and the words that open what it tells of them.
_PEOPLE = (
    r"guy|man|men|woman|women|lady|girl|boy|bloke|dude|kid|character|patient|person|people|"
    r"pilot|player|actor|actress|singer|celebrity|survivor|victim|family|someone|somebody|how|"
    r"what|why|when|who|which|that"
)
_OURS = r"(?:my|i|im|our|we|his|her|their|me)"
_TURNING = r"(?:halfway through|all of a sudden|suddenly|then|now|just|today|tonight|this morning)"

TOPIC_ENDS: tuple[tuple[str, str], ...] = (
    (
        r"(?<!papers )(\babout hypothetically (?:a |an |the |some )?(?!(?:[a-z]+ ){0,4}"
        r"(?:" + _PEOPLE + r")\b)(?:[a-z]+ ){1,5}?)(?:and|but|then|so|when|while) "
        r"(?=(?:" + _TURNING + r" )?" + _OURS + r"\b)",
        r"\1. ",
    ),
)
