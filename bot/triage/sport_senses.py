"""A sport's own senses of a sign's words: folds run after bot.triage.mentions (the end of its
MENTIONS), on the lowercased text without apostrophes.

"My coach says my stroke rate is the problem" (rowing), "our keeper choked in the penalty
shootout", "my hydration bladder leaked down my back", "my fishing cast is bad today", "can't
lift the deadlift bar past my knees", "can't get my leg above hip height in dance class": none is
anyone's stroke, breath, bladder, cast or leg. Each fold takes only the sport's phrase: "he had a
stroke on the erg", "he choked on his food" and "I can't feel my bladder" are read as before.
Pure.
"""

from __future__ import annotations

SPORT_SENSES: tuple[tuple[str, str], ...] = (
    (
        r"(?<!\bhad a )(?<!\bhas a )(?<!\ba )(?<!\bmini )\bstroke (?:rate|count|length|cadence|"
        r"technique|power|timing|ratio)s?\b",
        "rowing pace",
    ),
    (
        r"\b(?:choked|choke|chokes|choking) (?:in|at|during) the (?:penalty|penalties|shootout|"
        r"shoot out|final|finals|semi ?finals?|match|game|big game|derby|exam|interview|audition|"
        r"play ?offs?|last (?:minute|hole|set|round|lap))\b",
        "fluffed it in the game",
    ),
    (
        r"\b(?:hydration|water|drinks?|camel ?bak|running|bike|backpack|pack|football|ball|rugby "
        r"ball|basketball|volleyball|netball) bladders?\b",
        "inner tube",
    ),
    (
        r"\b(?:fishing|fly fishing|fly|casting) casts?\b|"
        r"\bcast(?:s|ing)? (?:my |the |a |his |her )?(?:line|rod|lure|fly|net|bait)\b",
        "fishing throw",
    ),
    # A lift in the gym or a stretch that goes only so far: "can't lift the deadlift bar past my
    # knees yet", "can't get my leg above hip height in dance class". Only with the stretch or
    # the class named and nothing numb, weak or sudden told after it in the sentence; a leg that
    # will not lift at all, or lift off the bed, is read as ever.
    (
        r"\bcant (?:lift|raise|pick up|move|get) (?:the |my |a |this |that )?(?:weight training "
        r"|heavy |olympic )?(?:bar|barbell|dumbbells?|kettlebells?|weights?|plates?)\b",
        "cant manage the weights",
    ),
    (
        r"^(?=[\s\S]*\b(?:dance|dancing|ballet|yoga|pilates|stretch\w*|strech\w*|flexib\w*|"
        r"splits|kicks?|karate|taekwondo|martial arts|gymnastics|cheer\w*|class|warm ?ups?)\b)"
        r"([\s\S]*?)\bcant (?:lift|raise|kick|get|swing) (?:my|his|her|their|your) (?:legs?|"
        r"foot|feet) (?:any )?(?:above|higher than|past|over|up to) (?:my |his |her |their |your )?"
        r"(?:hips?|waist|shoulders?|head|chest|ears?|ninety degrees|90 degrees)(?: height| level)?"
        r"\b(?![^.!?\n]*\b(?:numb|tingl\w*|weak|suddenly|since|dead)\b)",
        r"\1cant stretch that far",
    ),
)
