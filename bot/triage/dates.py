"""Dates, ages and times gone by: what puts a sign told in a history, not now.

"I had a stroke in 2019", "In March 2018 I had a minor stroke", "had a stroke 2018", "clot (2019)",
"back when I was 20", "when my son was 6", "as a boy", "in the war years", "I once had a scary
episode", "since my friend's stroke", "my heart attack was at 60" (never a clock time: "a stroke at
10 this morning"), "I was admitted with chest pain in March", a stage of life gone by ("when I was
teenager", "when the kids were small", "back when we lived in Leeds", "before covid") and seasons
counted back ("a few winters back", "three Ramadan ago") tell an event that is over: the rewrite to
"in the past" lets the lexicon read it as history (HEDGES_ANYWHERE), which asks about the sign
rather than escalating. A month alone is a date only after an event told in the past ("I'm flying
in March and my calf is swollen" stays now). An age told in brackets ("my father (he is 80)") is an
aside, so the sentence goes on past it. Part of `bot.triage.lexicon.FOLDS`, on the lowercased text
without apostrophes; probes in tests/unit/test_worries_senses_and_passing.py,
tests/unit/test_loose_senses_and_month_dates.py and the red-flag history tests.
"""

from __future__ import annotations

# The months as plain words (lexicon.py's history phrases use them too), and as a pattern.
MONTHS = "january february march april may june july august september october november december"
# Nothing of it since, said of a past event: "had a TIA at 55, ... I'm 68 now and nothing since"
# (history wherever it stands, like "fine since").
QUIET_SINCE = (
    "nothing since, nothing else since, nothing ever since, nothing like it since, nothing like "
    "that since, no issues since, no trouble since, not had anything since"
)
_MONTHS = "(?:" + MONTHS.replace(" ", "|") + ")"
_SHORT_MONTHS = "(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"

# Events a year or an age dates: "had a stroke 2018", "my heart attack was at 60".
_EVENTS = (
    "stroke|clot|dvt|embolism|attack|injury|syndrome|surgery|operation|op|fall|accident|fracture|"
    "crash|disc|tia|seizure|bleed"
)

# A child's age in words: "when he was eight".
_AGE_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
)

PAST_DATES: tuple[tuple[str, str], ...] = (
    # An age told in brackets is an aside, never the end of a sentence: "if my father (he is 80) say
    # one day his leg is numb", "when my son was 6 (he's 12 now) he fell off the trampoline".
    (
        r",? ?\((?:(?:he|she|i|they|who) (?:is|am|are)|hes|shes|im|theyre|now) (?:now )?"
        r"(?:[1-9][0-9]?|1[0-9][0-9])(?: now)?(?: years old| yrs old| yrs| years| yo)?\)",
        "",
    ),
    # A date in the past: "I had a stroke in 2019" is history, not now; so is a year written
    # straight after the event ("had a stroke 2018", "clot (2019)", "Mum's stroke was 2011") and an
    # age the teller was.
    # A month may name the year's part: "In March 2018 I had a minor stroke", "slipped on ice in
    # Jan 2023".
    (
        r"\b(?:in|since|back in|during|from) "
        rf"(?:(?:early |late |mid )?(?:{_MONTHS}|{_SHORT_MONTHS}),? )?(?:19|20)[0-9][0-9]\b",
        "in the past",
    ),
    (
        rf"\b({_EVENTS})(?: was| happened)? ?,? ?\(?(?:19|20)[0-9][0-9]\b",
        r"\1 in the past",
    ),
    # The year before the event: "in my country 1998 car accident, I hit head".
    (
        r"\b(?:19|20)[0-9][0-9],? ((?:car |motorbike |bike |road |work |ski |skiing )?(?:accident|"
        r"crash|fall|injury|stroke|operation|surgery))\b",
        r"\1 in the past",
    ),
    (
        r"\b(?:back )?when (?:i|he|she|we|they|(?:my|our|his|her) (?:son|daughter|boy|girl|kid|"
        r"child|brother|sister|husband|wife|dad|mum|mom|father|mother|partner)) (?:was|were) "
        r"(?:about |around |only )?"
        r"(?:[1-9][0-9]?|young|younger|little|small|" + _AGE_WORDS + r")\b"
        r"(?! (?:minutes?|mins?|hours?|hrs?)\b)",
        "in the past",
    ),
    # A stage of life gone by, a second-language writer's too: "when I was teenager", "when the
    # kids were small", "back when we lived in Leeds", "before covid".
    (
        r"\b(?:back )?when (?:i|he|she|we|they) (?:was|were) (?:a |an )?(?:teen|teenagers?|kids?|"
        r"child|children|students?|boy|girl|baby|toddler|pregnant|expecting)\b",
        "in the past",
    ),
    (
        r"\b(?:back )?when (?:the|my|our|his|her|their) (?:kids|children|boys|girls|twins|son|"
        r"daughter|baby|eldest|youngest) (?:was|were) (?:small|little|young|younger|babies|"
        r"toddlers|tiny|at school|in school|born)\b",
        "in the past",
    ),
    (
        r"\bback when (?:i|we|he|she|they) (?:lived|worked|studied|(?:was|were) (?:living|working|"
        r"studying|doing))\b|\bwhen (?:i|we|he|she|they) (?:lived|was living|were living) "
        r"(?:in|at|with|abroad|overseas)\b",
        "in the past",
    ),
    # Childhood and an episode told as once had: "as a boy I fell through a barn roof", "in the
    # war years", "I once had a scary episode where ...".
    (
        r"(?<!\bdressed )(?<!\bidentifies )(?<!\bidentify )\bas a (?:little |young |small )?(?:boy|"
        r"girl|lad|baby|toddler|schoolboy|schoolgirl|youngster)\b|\bin the war(?: years)?\b|"
        r"\bduring the war\b",
        "in the past",
    ),
    (r"\bonce (had|suffered|got|fell|broke|hurt|lost)\b", r"in the past \1"),
    (
        r"\b(?:(?:before|pre) (?:the )?(?:covid|corona|coronavirus|lockdowns?|pandemic)|during "
        r"(?:the )?(?:lockdowns?|pandemic))\b",
        "in the past",
    ),
    (r"\b(?:yonks|donkeys|donkeys years) ago\b", "years ago"),
    # Seasons and feasts counted back: "a few winters back", "three Ramadan ago", "the summer
    # before last".
    (
        r"\b(?:a few|a couple of|couple of|some|several|many|two|three|four|five|six|ten) "
        r"(?:winters?|summers?|springs?|autumns?|christmas(?:es)?|easters?|ramadans?|eids?|"
        r"diwalis?|seasons?) (?:back|ago)\b",
        "years ago",
    ),
    (
        r"\bthe (?:winter|summer|spring|autumn|christmas|easter|ramadan|year) before last\b",
        "years ago",
    ),
    # Before an operation, told in the past: "before his operation he could not lift the foot".
    (
        r"\bbefore (?:his|her|my|the|their) (?:operation|op|surgery)(?=,? (?:i|he|she|they) "
        r"(?:was cant|was|were|had|couldnt)\b)",
        "in the past",
    ),
    # What the dated event was, in brackets, stays with it: "my heart attack in 2020 (chest pain
    # and tingling legs)"; a bracket would end the sentence.
    (r"\b(in the past|years? ago|months? ago) \(([^()]{1,80})\)", r"\1 with \2"),
    # Someone's stroke as a time gone by: "I panic about everything since my friend's stroke".
    (
        r"\b(since (?:my|his|her|their|our|your) (?:\w+s )?stroke)\b(?! (?:symptoms?|signs?|"
        r"start\w*|began|begun|came on|this|today|tonight|earlier|just|an? hour|[0-9]+ ?(?:min|"
        r"hour|hr))\b)",
        r"\1 in the past",
    ),
    # "Then" at a clause's end is that time, not what came next: "he cannot pee then, go hospital".
    (
        r"\b((?:cant|cannot|couldnt|was cant|could not) \w+(?: \w+){0,2}) then\b"
        r"(?=\s*(?:[,.;!?]|$))",
        r"\1 at the time",
    ),
    # Student days: "when I was in nursing college".
    (
        r"\bwhen (?:i|he|she|we|they) (?:was|were) (?:at|in) (?:\w+ )?(?:college|school|uni|"
        r"university|training|the army|the navy)\b",
        "in the past",
    ),
    # An age set aside in commas dates nothing of its own: "admitted in 2009, aged 41, with a DVT".
    (r",? aged (?:[1-9][0-9]?)(?=,)", ""),
    # A second language's present for a stage gone by: "when I am young, 25 age, I fall".
    (
        r"\bwhen (?:i|he|she|we|they) (?:am|is|are) (?:young|little|small|a child|a kid|a boy|a "
        r"girl|teenager|a teenager|student|a student)\b",
        "in the past",
    ),
    # An age opening a past event: "At 81 my grandmother suffered a stroke".
    (
        r"(^\W*|\bbackground |\bstory |\bhistory )at (?:the age of |age )?(?:2[0-9]|[3-9][0-9]|"
        r"10[0-9]),? (?=(?:\w+ ){0,3}(?:suffered|had|slipped|broke|fell|hurt|injured)\b)",
        r"\1years ago ",
    ),
    # A death in the family, a history the writer carries: "his father died of a stroke". Not a
    # near miss ("I nearly died of a heart attack today").
    (
        r"(?<!\bnearly )(?<!\balmost )(?<!\bthought i )(?<!\bfelt like i )(?<!\bcould have )"
        r"\b(?:died|passed away|passed) (?:of|from|after|with) (?:a |an |his |her |their |the )?"
        r"(?:massive |big |sudden |huge )?(?:stroke|heart attack|blood clot|clot|embolism|dvt|"
        r"cardiac arrest|brain bleed)s?\b",
        "died in the past",
    ),
    # An age the event came at: "my heart attack was at 60, I'm 68 now and feeling great".
    (
        r"\b(stroke|clot|heart attack|attack|dvt|embolism|injury|fall|surgery|operation|tia|"
        r"seizure|accident|crash|slipped disc|bleed)(?: was| "
        r"happened| came| hit me)? at (?:the age of |the age |age of |age )?(?:1[3-9]|[2-9][0-9])\b"
        r"(?![:.]?\s?\d|\s?(?:am|pm|h|hrs?|hours?|minutes?|mins?|oclock|o clock|this|today|tonight|"
        r"yesterday|last|on|in the|percent)\b)",
        r"\1 in the past",
    ),
    # A month, after an event told in the past: "I was admitted with chest pain in March".
    (
        r"\b((?:had|was (?:admitted|hospitali[sz]ed|diagnosed|treated|seen) (?:with|for)|"
        rf"suffered)\b[^.!?,]{{1,40}}?) in (?:early |late |mid )?{_MONTHS}\b",
        r"\1 in the past",
    ),
    (
        rf"\b(?:back )?in (?:early |late |mid )?{_MONTHS},? (?=(?:i|he|she|we|they|(?:my|our) \w+) "
        r"(?:had|was|were|suffered)\b)",
        "in the past ",
    ),
)
