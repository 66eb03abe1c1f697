"""Sayings, games and jokes that borrow a sign's words: folds the screen applies before it reads.

"Paralysed by choice in the cereal aisle", "the boss stunned and paralysed me and I died, this
game is unfair", "tongue-tied from nerves", "she's having a stroke every time Excel crashes":
nobody is paralysed, mute or having a stroke. Each rewrite turns the words into ones that carry
no sign, or hedges them where the words may still tell something true ("peed myself laughing"
is a bladder that let go, not the guide's loss of control; it asks, never alarms). Part of
`bot.triage.lexicon.FOLDS`, after figures.py, on the lowercased text without apostrophes. Each
class has probes and guards that a real emergency beside it still escalates in
tests/unit/test_red_flag_sayings_and_work.py.
"""

from __future__ import annotations

# What freezes someone in a game: a boss, a spell, another player.
_GAME_FOES = (
    r"(?:boss|bosses|enemy|enemies|spell|spells|mob|mobs|monster|monsters|zombie|zombies|ghost|"
    r"ghosts|ghoul|ghouls|dragon|trap|traps|ability|ult|ultimate|sniper|player|players|tank|"
    r"mage|healer|bot|bots|npc|npcs|raid|villain)"
)

# A mind gone blank on the spot, from nerves: only beside what puts someone on it.
_BLANK = r" (?:went|goes|go|going|just went) (?:totally |completely |all |a bit |utterly )?blank\b"
_ON_THE_SPOT = (
    r"(?:presentation|presenting|exam|test|interview|speech|meeting|quiz|audition|stage|nerves|"
    r"nervous|shy)"
)

IDIOMS: tuple[tuple[str, str], ...] = (
    # A choice or a fear that freezes: "paralysed by choice", "paralyzed by too many options".
    (
        r"\b(?:paralysed|paralyzed|paralysis|frozen|froze) (?:with|by|from) (?:(?:all )?"
        r"(?:the|too many|so many) )?(?:choices?|options?|indecision|decisions?|fear|worry|"
        r"anxiety|nerves|doubt|overthinking|perfectionism|stage fright|panic|dread|procrastination)"
        r"\b",
        "frozen",
    ),
    # A game's stun: "got stunned and paralyzed by the boss for 10 seconds and died", "the raid
    # boss paralysed me".
    (
        r"\b(?:(?:stunned|frozen|froze|knocked down) and )?(?:paralysed|paralyzed|stunned|frozen|"
        r"froze|stunlocked|stun locked) (?:by|from) "
        r"(?:the|a|an|that|this|his|her|their|some|every) (?:\w+ )?" + _GAME_FOES + r"\b",
        "stuck in a video game",
    ),
    (
        r"\b(?:the |a |that |this )?(?:\w+ )?" + _GAME_FOES + r" (?:stunned|paralysed|paralyzed|"
        r"froze|frozen|stunlocked)(?: and (?:paralysed|paralyzed|stunned|froze|killed))? "
        r"(?:me|us|him|her|them)\b",
        "i got stuck in a video game",
    ),
    # Shy, not speechless: "completely tongue-tied from nerves", "how do I get over my fear of
    # public speaking", "gave a presentation and my mind went blank".
    (r"\btongue ?tied\b", "anxious"),
    (r"\bpublic speaking\b", "presenting"),
    (
        r"\b(?:my|his|her|their) mind" + _BLANK + r"(?=[^.!?\n]*\b" + _ON_THE_SPOT + r"\b)",
        "i got nervous",
    ),
    (
        r"\b(" + _ON_THE_SPOT + r"\b[^.!?\n]*?)\b(?:my|his|her|their) mind" + _BLANK,
        r"\1i got nervous",
    ),
    # A stroke every time something happens is a temper, not a stroke: "she's having a stroke
    # every time Excel crashes", "I'm having a stroke trying to read this". A "mini" stroke that
    # comes back is told as itself and stays.
    (
        r"\b(?:having|have|has|get|gets|getting) an? (?:stroke|heart attack) "
        r"(?=(?:every ?time|whenever|each time|any ?time|trying to (?:read|understand|follow|"
        r"figure|work out|make sense|parse|decipher))\b)",
        "getting upset ",
    ),
    # A day that has not come, told from far off: "if one of my clients ever told me their leg
    # was numb and their speech was slurred, what do I do?". The doubt reaches the words told.
    (
        r"\b(if (?:\w+ ){0,5}?ever (?:told|tells|said|says|mentioned|mentions|showed|shows|had|has|"
        r"got|gets|complained|complains)(?: (?:me|us|you|of|about))?)\b",
        r"\1 hypothetically",
    ),
    # A book's, a film's or a game's character: "in the book I'm reading, the detective wakes up
    # paralysed from the waist down".
    (
        r"\bin (?:the|this|a|my|that) (?:book|novel|film|movie|show|series|episode|story|game|play|"
        r"comic|manga|anime|drama|audiobook)(?: (?:im|i am|we are|were|i was|we were) (?:reading|"
        r"watching|playing|writing|listening to))?,? (?=(?:the|a|an|one|this) (?:main )?(?:\w+ )?"
        r"(?:detective|hero|heroine|character|protagonist|villain|guy|girl|man|woman|doctor|nurse|"
        r"patient|soldier|kid|boy|king|queen|wife|husband|narrator|lead)s?\b)",
        "in a story where hypothetically ",
    ),
    # A word talked about, no one who has it: "need a word that rhymes with numb".
    (
        r"\b(rhymes? with|rhyming with|(?:a )?rhyme for|another word for|(?:a )?synonym for|how "
        r"(?:do you|do i|to) spell|spelling of|the word) (?:the word )?(?:numb|numbness|stroke|"
        r"clot|paralysed|paralyzed|paralysis|slurred|slurring|drooping|droopy|seizure|heart attack)"
        r"\b",
        r"\1 something",
    ),
    # Machines and markets do not slur, gasp or have strokes: "my phone's speaker is slurring
    # everything", "my laptop is gasping for breath", "the stock market had a heart attack".
    (
        r"\b(?:laptop|computer|pc|phone|speaker|printer|car|engine|router|wifi|internet|tv|telly|"
        r"console|fridge|boiler|hoover|vacuum|battery|stock market|market|markets|economy|"
        r"portfolio|shares|crypto|bitcoin|website|server|app)s?(?: \w+)? (?:is |was |has been |"
        r"keeps |kept |started |starts |just |had |has )?(?:slurring|gasping|wheezing|choking|"
        r"struggling to breathe|out of breath|on life support|having a (?:stroke|heart attack|"
        r"seizure|fit)|a (?:stroke|heart attack|seizure|fit))(?: for (?:breath|air))?\b",
        "acting up",
    ),
    # A bladder or bowel that let go laughing, sneezing or coughing, or a joke taken back ("lost
    # control of my bowels laughing at that meme... jk"): hedged, so the red-flag questions ask
    # about the guide's loss of control rather than alarm.
    (
        r"\b(?=(?:lost|lose|losing|loses) control of (?:my|his|her|their) (?:bladder|bowels?)"
        r" (?:laughing|from laughing|with laughter|sneezing|coughing|when (?:i|he|she|they) "
        r"(?:laughed|sneezed|coughed)|at (?:that|this|the|a) (?:meme|joke|video|clip))\b)",
        "hypothetically ",
    ),
    (
        r"\b(?=(?:peed|wee+d|wet|pissed|pooped|shat) (?:myself|himself|herself|themselves|"
        r"(?:my|his|her|their) (?:pants|trousers|knickers)) (?:a (?:bit|little) )?(?:laughing|"
        r"from laughing|with laughter|sneezing|coughing)\b)",
        "hypothetically ",
    ),
)
