"""A sign's words used loosely: folds run at the end of bot.triage.daily_senses, on the lowercased
text without apostrophes.

"At the stroke of midnight" is a clock's; "my brain feels paralysed" before a test, "paralysis in a
cup" of weak coffee and "total paralysis of the whole bed" of wilting tomatoes are a standstill;
"everyone's faces dropped" at a second speech is dismay; "chest puffed out all week" after a match
is pride; "speech to text" is a phone's dictation (what it types wrong is idioms.py's); a face
"screwed up in concentration" is a frown; a fish cooked "with the face still on" is served whole;
"convinced every tingle is a stroke" is a fear; a politician "who had a stroke on live TV" is the
news. So are a heart attack "in my wallet", words forgotten in a school play, a snore "like he
cannot breathe", a laugh that takes the breath, a singer who "can't breathe on the long phrases", a
rope that "is fall down" and a tent sagging "like a sad face". None is anyone's speech, face, chest
or limb now. Each fold takes only its own phrase: a brain, a face or a chest told of a person now
("his face dropped on one side", "her face is drooping", "my chest is tight") is read as ever, and
so is a stroke told of someone close ("my dad had a stroke on stage"). Probes and guards in
tests/unit/test_loose_senses_and_month_dates.py. Pure.
"""

from __future__ import annotations

# People in the news, not anyone the writer is with: "that politician who had a stroke".
_PUBLIC = (
    r"(?:politician|president|prime minister|senator|congressman|congresswoman|mp|minister|"
    r"actor|actress|celebrity|singer|presenter|newsreader|news anchor|anchor|footballer|"
    r"sportsman|athlete|comedian|rapper|youtuber|influencer|streamer|pop star|rock star|"
    r"tv star|film star|movie star|star|royal|king|queen|prince|princess|pope|billionaire)s?"
)

LOOSE_SENSES: tuple[tuple[str, str], ...] = (
    (
        r"\b(?:at |on )?(?:the |a )?stroke of (?:midnight|noon|midday|twelve|one|two|three|four|"
        r"five|six|seven|eight|nine|ten|eleven|the clock|the hour|the bell|new year)\b",
        "on the hour",
    ),
    # A mind, a cup or a garden at a standstill.
    (
        r"\b(?:my |his |her |our |their |the )?(?:brain|mind|head|thoughts|thinking|wallet|bank "
        r"account|budget|social life|love life|motivation|creativity) (?:feels|felt|is|was|went|"
        r"gets|got|goes|has been|seems|seemed) (?:totally |completely |utterly |basically |kind "
        r"of |kinda |just |so |a bit |literally )?paraly[sz]ed\b",
        "stuck",
    ),
    (
        r"\bparalysis (?:in|by) (?:a |the )?(?:cup|mug|glass|bottle|can|tin|pill|tablet|box|jar)\b|"
        r"\b(?:total |complete |utter )?paralysis of (?:the |my |our |his |her )?"
        r"(?:whole |entire )?(?:bed|beds|garden|plants?|crops?|lawn|allotment|veg patch|tomatoes|"
        r"seedlings|roses)\b",
        "a standstill",
    ),
    (
        r"\b(?:chest pain|heart attack|stroke|cardiac arrest|seizure) (?:in|for) (?:my|our|his|her|"
        r"the) (?:wallet|purse|bank|bank account|budget|savings|pocket)\b",
        "a big expense",
    ),
    # Words forgotten on a stage, a snore, a laugh, a thing that falls and a sad face drawn:
    # "she forget the words in the school assembly", "he snore like he cannot breathe", "we laugh
    # very much, can't breathe", "the rope is fall down today", "sagged like a sad face".
    (
        r"^(?=[\s\S]*\b(?:speech|assembly|play|song|poem|presentation|recital|concert|stage|choir"
        r"|nativity|audition|show)\b)([\s\S]*?)\b(?:forget|forgot|forgets|forgotten|forgetting) "
        r"(?:all )?(?:the|her|his|my|their) (?:words|lines|lyrics|speech|text)\b",
        r"\1had stage fright",
    ),
    (
        r"\b(?:cannot|cant|was cant|couldnt) breathe (?:on|in|during|through|for|at) (?:the |my |"
        r"his |her |our |long |high |last |a )*(?:notes?|phrases?|songs?|lines?|verses?|solos?|"
        r"chorus|anthems?|hymns?|arias?)\b",
        "needs more practice",
    ),
    (
        r"\b(?:snore|snores|snoring|snored) (?:\w+ )?like (?:he|she|i|they|you) (?:cannot|cant|was "
        r"cant|couldnt) breathe\b",
        "snores loudly",
    ),
    (
        r"\b(?:laugh|laughs|laughed|laughing)(?: \w+){0,4},? (?:and )?(?:i |we |he |she |they )?"
        r"(?:cannot|cant|was cant|couldnt) breathe\b",
        "laughing a lot",
    ),
    (
        r"\b(rope|bell|tree|branch|shelf|picture|sign|tent|pole|curtain|ceiling|tile|fence|pot|"
        r"vase|lamp|clock|mirror|statue|banner) (?:is |was |has |had )?(?:fall|fell|falls|fallen|"
        r"falling) (?:down|over|off)\b",
        r"\1 came down",
    ),
    (r"\blike a (?:sad|droopy|droopy|grumpy|frowning|funny) face\b", "sadly"),
    # Many faces at once fall in dismay: "everyone's faces dropped when he started again".
    (
        r"\b(?:(?:everyones|everybodys) faces?|(?:peoples|their|our|all (?:the|our|their)|the "
        r"crowds|the guests|the kids|the audiences?|the rooms) faces) (?:all )?(?:dropped|fell|"
        r"drop|dropping|falling)\b",
        "everyone was dismayed",
    ),
    (
        r"\b(?:my |his |her |our |their )?chests? (?:all |totally |well )?(?:puffed|puffing) "
        r"(?:out|up)\b|\b(?:chest|heart) (?:puffed|swelled|swelling|bursting) with pride\b",
        "proud",
    ),
    (
        r"\b(?:speech|voice)[ -]to[ -]text\b|\btext[ -]to[ -](?:speech|voice)\b|\bspeech "
        r"recognition\b|\bvoice typing\b",
        "dictation",
    ),
    (
        r"\bfaces? (?:is |was |gets |goes |all |permanently |always )*screwed up (?:in|with) "
        r"(?:concentration|focus|thought|effort|disgust|confusion)\b|\bscrew(?:s|ed|ing)? up "
        r"(?:my|his|her|their) faces? (?:in|with|when|while|to)\b",
        "frowning",
    ),
    (
        r"\b(fish|trout|salmon|mackerel|sardines?|sea ?bass|snapper|bream|prawns?|pig|lamb|chicken)"
        r" with (?:the |its |their |his |her )?(?:face|faces|head|heads|eyes) (?:still )?on\b",
        r"\1 whole",
    ),
    # A fear that every feeling is a stroke: "now I'm convinced every tingle is a stroke".
    (
        r"\b(?:im |i am |i was |i got |i get )?(?:now |totally |fully |just )?convinced (?:that )?"
        r"(?:every|each|any|all|every single|all my|every little) (?:\w+ ){1,3}?(?:is|are|means?|"
        r"will be) (?:a |an |my )?(?:stroke|heart attack|clot|blood clot|dvt|tumou?r|ms)\b",
        "i am anxious",
    ),
    # Someone in the news: "the politician who had a stroke on live TV", "that actor who
    # suffered a heart attack".
    (
        r"\b(?:that|the|this|a|some|an?) (?:famous |old |retired |well known |former |local )?"
        + _PUBLIC
        + r" (?:who|that) (?:had|suffered|has had|collapsed with) (?:a |an )?(?:massive |minor |"
        r"mini |huge |big |sudden )?(?:stroke|heart attack|seizure|cardiac arrest)\b",
        "a person in the news",
    ),
)
