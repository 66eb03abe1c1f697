"""The words the red-flag screen reads with: folds, stems, cues and word classes.

This is language, not medicine: how people write "can't", which words negate or hedge, and which
everyday words name a face, a leg or a fall. What counts as an emergency sign is in
content/triage.yaml (the signs and their `phrases`); the `RULES` of rules.py only say which word
classes describe one of those signs together ("face" + "droop" is the guide's facial drooping),
so people who write it in words no phrase lists still reach the emergency outcome.

Every word set here is written as plain words; detect.py reduces them to stems once at import.
"""

from __future__ import annotations

from bot.triage.dated_after import DATED_AFTER
from bot.triage.dates import MONTHS, PAST_DATES, QUIET_SINCE
from bot.triage.figures import FIGURES
from bot.triage.frames import FRAMES
from bot.triage.idioms import IDIOMS
from bot.triage.mentions import MENTIONS
from bot.triage.onset_words import ONSET_FOLDS
from bot.triage.pastimes import PASTIMES
from bot.triage.questions_asked import QUESTIONS_ASKED
from bot.triage.told_signs import TOLD_SIGNS

# Rewrites on the lowercased text without apostrophes, in order, before words are split.
_SIDE_WORDS = r"(?:one|1|the left|the right|left|right|the one|a) (?:side|half)|half"
_FACE_PARTS = r"(?:my|his|her|their|your|the) (?:face|mouth|smile|lips)"
_FACE_HALF = (
    rf"(?:only |just )?(?:{_SIDE_WORDS}) (?:of )?(?:{_FACE_PARTS})|(?:the )?bodyside face|"
    rf"(?:{_FACE_PARTS}) on (?:one|the (?:left|right)) side"
)

_AMOUNT = (
    r"(?:\d+|half an?|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|"
    r"thirty|forty|a few|few|a couple(?: of)?|couple(?: of)?)(?: or (?:\d+|two|three|four|five|"
    r"six|so))?(?: and a half)?"
)
_TIME_UNIT = (
    r"(?:secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?|times?|"
    r"o ?clock|am|pm)"
)

FOLDS: tuple[tuple[str, str], ...] = (
    *DATED_AFTER,  # a sentence dated by the one after it, before any fold rewrites a date
    # "Couldn't" is "can't" in the past: "was" keeps its tense for the history reader (history.py)
    # and is a stopword to everything else.
    (r"\b(?:couldnt|could not|wasnt able to|was not able to|werent able to)\b", "was cant"),
    (
        r"\b(?:can not|cannot|couldnt|could not|unable(?: to)?|not able(?: to)?|not being able to|"
        r"cnt|cant even|(?:not|no|dont|doesnt) can(?= (?!of\b)\w)|"
        r"(?:hasnt|havent|hadnt|has not|have not|had not) been able to|"
        r"(?:hasnt|havent|hadnt|didnt|couldnt|not|never) (?:yet )?managed? to)\b",
        "cant",
    ),
    (r"\bno (?:feeling|sensation)\b", "cantfeel"),
    (r"\b(?:every |just )?now and (?:then|again)\b", "sometimes"),  # how often, not now
    (r"\bhead ?butt(?:ed|ing|s)?\b", "banged my head on"),
    # Half a limb is part of it, not half the body: "why half my leg feels numb".
    (r"\bhalf (?:of )?(my|his|her|their|your|the) (leg|foot|calf|thigh|shin)\b", r"part of \1 \2"),
    # A question that tells: "could it be normal that dad's arm and leg suddenly went numb",
    # "anyone else get a sore chest when their leg's numb? been like this since...". Not "anyone
    # else had a stroke?", which asks about others.
    (r"\b(?:could|would|can) (?:it|this|that) be normal (?:that|for)\b", "is it normal that"),
    (
        r"\b(?:does |do |has )?anyone else (?:ever )?(?:get|gets|got|have|has|had|experience|"
        r"suffer from|suffer with)\b"
        r"(?! (?:a |an )?(?:stroke|strokes|clot|clots|heart attack|dvt)\b)",
        "i get",
    ),
    # Telling more, no doubt: "I suppose I should also mention that since yesterday..."
    (
        r"\bi (?:suppose|guess|think|spose) i (?:should|ought to|better|had better|need to|must) "
        r"(?:also )?(?:mention|add|say|tell you)(?: that)?\b",
        "also",
    ),
    # A guess at how long, not a doubt about what: "numb for maybe half an hour and her face is
    # drooping" tells the face as surely as "for about half an hour" does.
    (
        rf"\b(?:maybe|perhaps|possibly|probably|roughly)(?: like| about| around)? ({_AMOUNT} "
        rf"{_TIME_UNIT})\b",
        r"about \1",
    ),
    *ONSET_FOLDS,  # suddenness denied and passing hoped for (onset_words.py)
    (r"\b(?:my |his |her |the )?sentences? out\b", "my words out"),  # "can't get my sentences out"
    (
        r"\b(?:didnt|dont|cant) (?:even )?feel (?:that |if |when )?"
        r"i (?:need|needed|have|had) to (?:go|pee|wee|poo)\b",
        "cantfeel when i need to pee",
    ),
    (
        r"\b(?:didnt|did not|couldnt|could not|dont) make it to the (?:toilet|bathroom|loo)\b",
        "incontinence",
    ),
    (r"\bwet (?:the|my) bed\b", "wet myself"),
    (r"\b(?:by itself|on its own)\b", "byitself"),
    (r"\bknocked (?:out|unconscious)\b", "head injury"),
    (r"\b(?:not|isnt|arent) making (?:any )?sense\b", "gibberish"),
    # The saddle area, where numbness is the sign itself (the guide's spinal cord compression).
    (
        r"\b(?:(?:the )?(?:area |bit |skin |parts? )?between (?:my|his|her|their|your|the) legs|"
        r"(?:my|his|her|their|your) (?:groin|crotch|genitals|privates|private (?:parts?|area)|"
        r"perineum|back passage))\b",
        "saddlearea",
    ),
    (r"\b(?:whole|entire) (?:left|right) side\b", "bodyside"),
    (r"\b(?:left|right) side of (?:my|the|his|her) body\b", "bodyside"),
    (r"\b(?:left|right) side of (?:my|the|his|her) face\b", "bodyside face"),
    (r"\bwont (?:do what i tell it|obey|listen)\b", "notworking"),
    (r"\bcant (?:really |properly )?feel\b", "cantfeel"),
    (r"\b(?:will not|wont be able to)\b", "wont"),
    (r"\b(?:do not|dnt)\b", "dont"),
    (r"\b(?:does not)\b", "doesnt"),
    (r"\b(?:did not)\b", "didnt"),
    # "I don't feel the toilet paper", "he doesn't feel it when he wipes": can't feel, now.
    (
        r"\b(?:dont|doesnt) (?:really )?feel(?= (?:the (?:toilet paper|loo roll|tissue|paper|"
        r"floor|ground|pedals?|seat)\b|(?:anything |it |a thing )?when (?:i|he|she|they|we) "
        r"(?:wipe|wipes|pee|pees|sit|sits)\b|(?:my|his|her|their) (?:legs?|feet|foot|toes|bum|"
        r"bottom|backside)\b(?! (?:is|are|was|were|feel|feels|look|looks)\b)|saddlearea))",
        "cantfeel",
    ),
    (r"\b(?:have not|havnt)\b", "havent"),
    (r"\b(?:has not)\b", "hasnt"),
    (r"\b(?:is not)\b", "isnt"),
    (r"\b(?:are not)\b", "arent"),
    (r"\b(?:was not)\b", "wasnt"),
    (r"\b(?:isnt|arent|not|doesnt|dont|stopped|stop|wont|quit) work(?:ing|s)?\b", "notworking"),
    # Half a face that does not move, or a smile that lifts one side only: the guide's facial
    # drooping told by what the face does ("one half of her face just didn't move", "when she
    # smiled only one side of her mouth went up"). Both sides moving is mentions.py's all clear.
    (
        rf"\b(?:{_FACE_HALF})(?: just| really| even| at all)? (?:didnt|doesnt|wouldnt|wont|isnt|"
        r"wasnt|cant|couldnt|not|never|stopped|stops)(?: \w+)? (?:move|moving|moved|lift|"
        r"lifting|go up|going up|come up|work|working)\b|"
        rf"(?:{_FACE_HALF}) (?:is |was )?notworking\b",
        "face drooping on one side",
    ),
    (
        rf"\b(?:only|just) (?:{_SIDE_WORDS})(?: of (?:{_FACE_PARTS}))? (?:went|goes|go|came|comes|"
        r"moved|moves|lifted|lifts|rose|curled|curls|turned|turns)(?: up)?\b",
        "face drooping on one side",
    ),
    (
        rf"\b(?:{_FACE_HALF}) (?:is |was |went |looks |looked |seems |seemed |feels |felt )?"
        # "Still" that is motionless, not "yet": "half my face is still numb from the jab".
        r"(?:frozen|froze|stiff|motionless|stuck|still(?! (?:numb\w*|tingl\w*|asleep|dead|a bit|"
        r"a little|kind of|kinda|feel\w*|sore|swollen|weird|funny|odd|heavy|strange|not|getting|"
        r"recovering|healing|there)\b)|paralysed|paralyzed)\b",
        "face drooping on one side",
    ),
    (r"\b(?:fell|falls|fall|falling|fallin|fallen|fallling|faling)(?: back)? asleep\b", "asleep"),
    (r"\bslipped dis[ck]\b", "disc"),
    (r"\brear ?ended\b", "car crash"),
    (
        r"\b(?:a|the) (?:car|truck|van|bus|lorry|motorbike|motorcycle|taxi) "
        r"(?:hit|struck|ran over|knocked (?:down|over))(?= (?:me|him|her|them|us|my|his|our|"
        r"their|your)\b)",
        "hit by a car",
    ),
    (r"\b(?:comes|coming|came|come) out\b", "comeout"),
    (r"\b(?:as if|as though|even if|if only)\b", "like"),
    (r"\b(?:oh no|no no|not only|no matter|no doubt|(?:doesnt|dont) matter)\b", "oh"),
    (r"\bnever (?:felt|had|seen|known) (?:anything )?like (?:this|it)(?: before)?\b", "new"),
    (r"\b(?:i dont know|dont know|no idea) (?:why|how|what|where|when)\b", "somehow"),
    (r"\bbreast ?stroke\b", "swimming"),
    (r"\bright (?:now|away)\b", "now"),
    (r"\bpins and needles\b", "pinsandneedles"),  # one thing: its "and" joins nothing
    (r"\b(?:breathe|breath) through (?:my|the) nose\b", "nose"),
    (r"\b(?:fell|fall|falling|falls) behind\b", "behind"),
    (r"\bstroke of (?:\w+ )?(?:luck|genius|fortune|misfortune|inspiration)\b", "luck"),
    *FIGURES,  # a sign's words in other senses (figures.py)
    *IDIOMS,  # sayings, games and jokes (idioms.py)
    *PASTIMES,  # pastimes, pets and charities (pastimes.py)
    *QUESTIONS_ASKED,  # which signs matter, asked; doubts about a link (questions_asked.py)
    *FRAMES,  # a sign's words in a frame that tells no event (frames.py)
    *MENTIONS,  # a condition only mentioned (mentions.py)
    *TOLD_SIGNS,  # signs told by what happened or what it takes (told_signs.py)
    (
        r"\bin (?:my|his|her|their) (?:teens|twenties|thirties|forties|fifties|sixties|seventies|"
        r"eighties|nineties|[2-9]0s)\b",
        "in the past",
    ),
    # Understatement is not doubt about the sign: "probably nothing, but my smile is crooked"
    # reports the smile. Folded before the hedges ("probably", "might be") can take it for one.
    (
        r"\b(?:(?:its |it is |this is )?(?:probably|prob|likely|maybe|might be|may be|could be)"
        r" (?:nothing|just nothing|silly|overreacting|me overreacting|being silly|fine)|"
        r"not sure (?:it|this) (?:matters|is worth)|not a big deal|no big deal)\b",
        "honestly",
    ),
    # Things that collapse or crash without anyone being hurt, and things one cannot lift that
    # are not a leg: "our team collapsed in the second half", "I can't lift my head from work".
    (
        r"\b(?:team|market|stocks?|shares|prices?|economy|server|website|computer|laptop|phone|"
        r"app|system|business|company|plan|deal|talks|tent|shelf|shelves|wifi|internet|game)s? "
        r"(?:has |had |just )?(?:collapsed|crashed|crashing|collapsing)\b",
        "failed",
    ),
    (
        r"\bcant (?:lift|raise|pick up|move) (?:my |the |his |her |a |this |that )?"
        r"(?:head|box|boxes|bag|bags|shopping|suitcase|mood|spirits|finger|eyes|eyelids)\b",
        "cant manage",
    ),
    *PAST_DATES,  # dates, ages and times gone by (dates.py)
    (r"\bwithout (?:realising|realizing|noticing|knowing|feeling it|feeling)\b", "unaware"),
    # How a sign came on is no denial of it: "without warning, face drooping and slurred speech".
    (
        r"\bwithout (?:any |a |much )?(?:warning|notice|reason|cause|explanation|trigger)s?\b",
        "suddenly",
    ),
    # "Zero warning, my chest tightened": not "no warning signs", which denies them.
    (r"\b(?:no|zero) (?:warning|notice)(?! (?:signs?|symptoms?|of)\b)\b", "suddenly"),
    (r"\b(?:didnt|did not|dont|do not) (?:notice|realise|realize|feel it)\b", "unaware"),
    (r"\bcant tell when\b", "cantfeel when"),
)

# Word forms the light stemmer would not join: (forms, stem).
IRREGULAR: tuple[tuple[str, str], ...] = (
    ("breathe breathing breaths breathin breathed breathes", "breath"),
    ("fell fallen falling falls", "fall"),
    ("paralysed paralyzed paralysis paralyse paralyze paralized paralised", "paralys"),
    ("swollen swelling swelled swells swolen swolled", "swell"),
    ("peeing peed pees wee weeing urinate urinating pissed pissing piss", "pee"),
    ("pooed pooped poop pooping pooing poos", "poo"),
    ("wetting wets wetted", "wet"),
    ("injury injuries injured injure", "injur"),
    ("drooping droopy droops drooped droopin", "droop"),
    ("dropping dropped drops droping droped", "drop"),
    ("slurred slurring slurs slurry slured", "slur"),
    ("weakness weaker weakened weakening", "weak"),
    ("numbness numbed", "numb"),
    ("suddenly", "sudden"),
    ("hurts hurting", "hurt"),
    ("painful paining pains", "pain"),
    ("tightness tighter tightening", "tight"),
    ("incontinent", "incontinence"),
    ("collapsed collapses", "collapse"),
    ("feet", "foot"),
    ("symptoms", "symptom"),
    ("signs", "sign"),
    ("years yrs yr", "year"),
    ("months mths mos", "month"),
    ("im ive", "i"),
    ("nothing", "nothing"),
    ("legs", "leg"),
)

STOPWORDS = (
    "a an the my is am are was were be been being i me it its this that to of in on at so very "
    "really just and kind sort bit some quite pretty now his her their your from onto into"
)
CONTRAST = "but however although though yet except whereas otherwise"
# Real words a typo-tolerant match must not turn into a vocabulary word.
PROTECTED = (
    "right might light night sight fight eight chess breast strike strik stoke stork pleasure "
    "sport shirt shout words works watch match patch heard bread dread still steak sneak "
    "ladder jumped jumping jumps jump tight tightness tighter month months leak leaking leaks"
)
CONFUSABLE = (("ladder", "bladder"),)

NEGATION_VERBAL = "not dont doesnt didnt havent hasnt hadnt isnt arent wasnt werent never aint"
NEGATION_SHORT = "no without nor neither none denies deny denied zero nothing"
NEGATION_AFTER = "none nope negative"
# "no strength in my leg" reports a loss, it does not deny one: "no" before these is no negation.
DEFICITS = "strength power control sensation feeling"
VERBAL_REACH = 6  # words between "don't" and what it negates
SHORT_REACH = 3  # words between "no" and what it negates

# Uncertainty that counts only before (or inside) the sign: "if my face droops" is a worry,
# "I can't breathe if I lie down" a symptom.
HEDGES_BEFORE = (
    "not sure, unsure, not certain, dont know if, dont know whether, no idea if, cant tell, "
    "wonder, wondering, whether, maybe, perhaps, possibly, might, could be, may be, if, in case, "
    "sign of, symptom of, risk of, chance of, prevent, avoid, afraid of, scared of, dont think, "
    "dont believe, how do i know, how can i tell, how would i know, difference between, "
    "indicate, indicates, would indicate, could indicate, point to, points to, "
    "tell apart, things like, such as, what would, where would, look out for, watch for, "
    "warning signs, checked for, check for, looked for, look for, tested for, test for, "
    "what if, suppose, supposing, imagine, hypothetically, would that, could that, would this, "
    "could this, would it be, could it be, does that mean, does this mean, supposedly, "
    "at what point"
)
# Past history, wherever it stands: "I had a stroke years ago".
HEDGES_ANYWHERE = (
    "history of, used to, in the past, year ago, month ago, for year, when i was a, when i was "
    "young, when i was younger, in my youth, age ago, long "
    "ago, way back, rehab, rehabilitation, recovering from, recovery from, full recovery, fully "
    "recovered, recovered fully, made a recovery, all good since, fine since, last year, been fine"
    " since, as a child, a while back, year back, month back, survived, survivor, recovered, "
    "previously, long time back, long back, one time back, many year back, long time before, "
    "long time ago, as a student, as a young man, as a young woman, "
    "treated for, treated already, already treated, last spring, last summer, last autumn, "
    "last winter, last month, "
    "last season, last term, last semester, summer ago, winter ago, spring ago, autumn ago, "
    "last christmas, last xmas, last easter, last new year, last thanksgiving, last diwali, "
    "last eid, last ramadan, the year before, a year before, "
    "season ago, christmas ago, decade ago, decade back, back"
    " in the day, back in high school, when i was in school, when i was in high school, when i was"
    " at school, when i was in college, when i was at uni, as a kid, as a teenager, as a teen, in "
    "my teens, fully healed, totally healed, completely healed, all healed, healed up, fully "
    "better, all better now, all resolved, fully resolved, completely resolved, no symptoms since,"
    " no problems since, fine ever since, when i was pregnant, when i was expecting, back in uni, "
    "in my first pregnancy, in my last pregnancy, in my previous pregnancy, "
    "back at uni, back in college, back at college, back in school, back at school, "
    + ", ".join([*("back in " + month for month in MONTHS.split()), QUIET_SINCE])
)
# A clause that only goes on with the history before it: "a clot two years ago, couldn't breathe
# at the time".
THEN = "at the time, at that time, back then"
OWNERS = "my his her their your"
PEOPLE = (
    "i me myself we us he him she her they them you dad mum mom father mother husband wife son "
    "daughter brother sister friend grandma grandad grandpa granny nan child kid baby partner "
    "boyfriend girlfriend man woman boy girl neighbour neighbor patient colleague"
)
# Signs named in the plural are a topic, not an event: "I'm so anxious about strokes".
TOPICS = "strokes clots embolisms dvts"
# After a condition's name in a question, the words that make it a topic, as "signs of" does
# before it: "what are the stroke signs, so I know when to call?".
SIGNS_AFTER = "sign signs symptom symptoms warning"
# Phrases that name a condition rather than describe a sign: a question in general about these
# ("can a stroke make one leg numb?") is answered from the guide; one describing a sign ("can
# numbness and a drooping face mean a stroke?") still gets the red-flag questions.
CONDITION_NAMES = (
    "stroke, strok, heart attack, pulmonary embolism, spinal injury, spinal cord injury, "
    "blood clot, deep vein thrombosis, dvt, thrombosis, compartment syndrome"
)
# A negation verb reaches every item of its list, "and" or "or": "he denies chest pain,
# breathlessness and weakness".
LIST_DENIALS = "deny denies denied"
# Someone else's words: "the nurse said it could be compartment syndrome" is not my doubt, and
# neither is "I read it could be compartment syndrome and the GP agreed".
# Suppositions that stay so in someone else's words: "the physio said that, hypothetically...".
SUPPOSING = "hypothetically suppose supposing imagine"
REPORTING = (
    "said say says told tell tells mentioned suspect suspects suspected according diagnosed "
    "agreed agrees confirmed confirms"
)

QUESTION_OPENERS = (
    "can could does do is are what whats which how hows why when where wheres should will would"
)
# Chat words a question may open with before its own first word: "wait can a stroke do that",
# "ok so is it normal", "hey quick question does sitting cause it".
QUESTION_LEADS = (
    "wait so ok okay um umm hmm hey hi hello oh well also anyway btw sorry quick question"
)
FIRST_PERSON = "i me my myself mine we us our"
SOMEONE_OF_ONES_OWN = (
    "he him his himself she her hers herself dad mum mom father mother husband wife son daughter "
    "brother sister grandma grandad grandpa granny nan partner boyfriend girlfriend"
)
NEVER_BEFORE = "before like"  # "never had chest pain like this": it is there now
# "my bladder is fine" is not even a hint, and "legs feel fine" no leg for a rule to use.
REASSURED = "fine normal normally ok okay alright good unaffected clear symmetrical symmetric"

# Words that make a message worth the red-flag questions even without a whole sign.
HINTS = (
    "stroke chest breathe slurred drooping paralysed weak swollen clot fall slip accident injury "
    "crash trauma bladder bowel incontinence faint fainted collapse unconscious seizure emergency "
    "ambulance sudden compartment spine spinal embolism thrombosis cantfeel bump bumped banged "
    "knocked inflamed bluish mumbling mumbled"
)
HINT_PAIRS = (("one", "side"), ("cant", "walk"), ("cant", "move"), ("cant", "pee"))

# Folded and apostrophe-less words back in readable form, for the language model, which reads
# sentences as people write them ("cantfeel" is no word it knows).
READABLE: dict[str, str] = {
    "cant": "can't",
    "cantfeel": "can't feel",
    "byitself": "by itself",
    "bodyside": "side of the body",
    "saddlearea": "the area between the legs",
    "footdrag": "dragging",
    "notworking": "not working",
    "comeout": "come out",
    "pinsandneedles": "pins and needles",
    "unaware": "without noticing",
    "wont": "won't",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "isnt": "isn't",
    "arent": "aren't",
    "wasnt": "wasn't",
    "werent": "weren't",
    "couldnt": "couldn't",
    "wouldnt": "wouldn't",
    "shouldnt": "shouldn't",
    "im": "I'm",
    "ive": "I've",
    "hes": "he's",
    "shes": "she's",
    "its": "it's",
    "thats": "that's",
    "theres": "there's",
    "whats": "what's",
}
