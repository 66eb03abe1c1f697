"""A sport's own senses of a sign's words: folds run after bot.triage.mentions (the end of its
MENTIONS), on the lowercased text without apostrophes.

"My coach says my stroke rate is the problem" (rowing), "our keeper choked in the penalty
shootout", "my hydration bladder leaked down my back", "my fishing cast is bad today": none is
anyone's stroke, breath, bladder or cast. Each fold takes only the sport's phrase: "he had a
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
)
