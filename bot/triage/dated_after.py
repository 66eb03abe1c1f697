"""A sentence dated by the one after it: "my grandad once had an evening where the words wouldn't
come and his arm and leg wouldn't cooperate. That was in 2010, he got over it". A fold run first
of bot.triage.lexicon.FOLDS, before any other rewrites a date or a "couldn't", on the lowercased
text without apostrophes.

The lexicon reads a history's date in the sentence that holds it (bot.triage.history); here the
date comes after, in a sentence of its own that points back ("that was in 2010", "this was years
ago", "it happened back in 2015", "that was last year", "that was march") or tells the age the
person is now ("now I am 60 and walking normal", "he's 18 now and totally fine"). The fold says "in
the past" at the start of the sentence before it, so its signs are read as a history: asked about,
never dropped. Only a sentence told wholly in the past: one with a word of now in it ("is", "has",
"can't", "now", "today", "still", "again", "just", "this morning") keeps its signs live, as does
anything after the date ("that was in 2019, and now his face droops again" is told now). Probes and
guards in tests/unit/test_pressed_legs_sayings_and_dated_histories.py.
"""

from __future__ import annotations

# A word of now in the sentence to be dated: then it is no history, whatever the date after.
_NOW = (
    r"is|are|am|isnt|arent|has|have|hasnt|havent|cant|cannot|now|today|tonight|this|just|still|"
    r"(?:an?|\d+|few|a few|couple of|a couple of) (?:hours?|hrs?|minutes?|mins?) ago|"
    r"again|keeps?|currently|since|hes|shes|im|its|theyre|ive|does|doesnt|dont|wont|will|going|"
    r"getting|feels?|seems?|looks?"
)
# The sentence that dates it: "that was in 2010", "this happened years ago", "it was last year".
_DATE = (
    r"(?:that|this|it|all (?:that|this)) (?:was|were|all happened|happened|was all) "
    r"(?:in |back in |around |about |way back in |some )?(?:(?:19|20)\d\d|(?:a|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|many|several|a few|\d+) (?:years|decades) ago|years ago|"
    r"decades ago|a long time ago|ages ago|last year|the year before|(?:early |late |mid )?"
    r"(?:january|february|march|april|june|july|august|september|october|november|december))\b|"
    # Told with the age one is now: "Now I am 60 and walking normal", "he's 18 now and fine".
    r"(?:now (?:i am|im|he is|hes|she is|shes) (?:[2-9][0-9]|1[0-9])|(?:i am|im|he is|hes|she is|"
    r"shes) (?:now (?:[2-9][0-9]|1[0-9])|(?:[2-9][0-9]|1[0-9]) now))(?: years old)?"
    r"(?= and|[.,!?]|$)|"
    # Checked and well since: "I've felt fine since", "been absolutely fine since".
    r"(?:ive |i have |weve |hes |shes |she has |he has )?(?:felt |been )?(?:absolutely |completely "
    r"|totally |perfectly )?(?:fine|ok|okay|well|normal) (?:ever )?since\b"
)

DATED_AFTER: tuple[tuple[str, str], ...] = (
    # A date queried in brackets ends no sentence: "years ago (like 2009?) I fell ...".
    (r"\(([^()?]{0,30})\?\)", r"(\1)"),
    (
        r"(^|[.!?]\s+)((?:(?:(?!\b(?:"
        + _NOW
        + r")\b)[^.!?]){8,240}[.!?]\s+){1,3})(?="
        + _DATE
        + r")",
        r"\1in the past \2",
    ),
)
