"""Signs written into fiction: a novel, a script, a scene. Folds run after
bot.triage.mouth_senses (in bot.triage.sayings.LAST_SENSES, at the end of bot.triage.mentions), on
the lowercased text without apostrophes.

"I'm writing a novel and in one scene the grandmother's leg goes numb and her words get
muddled: would her family call an ambulance?" and "our play has a scene where an actor
pretends to collapse and slur his words" tell what a writer or an actor makes up, as the
shows watched in bot.triage.mentions are what someone else made up. Such a message supposes:
the folds mark it "hypothetically", so its signs are asked about (the red-flag questions one
tap away), never dropped. Only the nouns of made-up writing (novel, script, screenplay,
manuscript, fan fiction, short story) and a scene told as written, staged or set; never a
book, a story or a play alone, which real lives are told beside ("reaching for the book his
face drooped"). A title quoted and a sign acted out ("people pretend they cannot breathe") are
made up too. Probes and guards in tests/unit/test_pressed_legs_sayings_and_dated_histories.py
and tests/unit/test_answers_lists_and_claims.py.
"""

from __future__ import annotations

_MADE_UP = (
    r"(?:novel|novella|screenplay|manuscript|fan ?fic\w*|fan fiction|short story|short film|"
    r"web ?comic|graphic novel)s?"
)

FICTION_SENSES: tuple[tuple[str, str], ...] = (
    # "in my novel", "for the screenplay", "in one scene", "in a chapter of my novel"; never
    # "from the scene" or "at the scene" of an accident.
    (
        r"\b(?:in|for) (?:(?:my|our|a|the|this|his|her|their) (?:(?:new|first|next|latest|crime|"
        r"romance|school|final|opening|last) )?"
        + _MADE_UP
        + r"|(?:one|a|my|our) (?:scene|chapter))"
        r"\b",
        "in fiction hypothetically",
    ),
    # "I wrote a scene where", "we are staging a scene in which", "one scene requires an actor
    # to pretend"; never "arrived at the scene where he fell".
    (
        r"\b(?:(?:wrote|write|writes|writing|written|staging|rehears\w*|filming|shooting|directing|"
        r"drafting) (?:a|one|this|our|my) scene|(?:a|one) scene (?:requires|needs|calls for))\b",
        "a scene of fiction hypothetically",
    ),
    # A title quoted: "a video with title 'Paralysed by your chair'", "an article called 'The
    # silent stroke'"; and a sign acted out: "in training people pretend they cannot breathe".
    # Never "he is not pretending, he can't breathe", nor what happened after the pretending
    # ("she pretended she was fine and then she collapsed").
    (
        r"\b(with (?:the |a )?title|titled|entitled|(?:video|article|post|book|headline|"
        r"documentary|episode|podcast|reel|tiktok|blog|song|film|movie|show|talk)s? called)\b",
        r"\1 hypothetically",
    ),
    # A name given to a thing: "our gym named a new route 'Chest Pain'". Only the name goes,
    # never what is told after it ("we named the puppy Max and then my dad collapsed").
    (
        r"\b((?:named|dubbed|christened) (?:a |the |our |my |his |her |its |their )?(?:new |first "
        r"|latest )?(?:route|climb|boulder|song|band|dog|cat|horse|pony|boat|dish|drink|burger|"
        r"cocktail|game|level|album|track|puppy|kitten)s?) (?:\w+ ?){1,3}?(?= *(?:and|because|"
        r"coz|cos|since|lol|haha\w*|[,.!?]|$))",
        r"\1 something",
    ),
    (
        r"(?<!not )(?<!never )\b(pretend|pretends|pretending|pretended)( that| to)?\b"
        r"(?=(?:(?!\b(?:and|but|then|now|suddenly|until)\b)[^.!?,]){0,60}(?:[.!?,]|$))",
        r"\1\2 hypothetically",
    ),
)
