"""A condition only mentioned: a fear of it named, a screen's or a paper's story about a
stranger, a condition revised for an exam or met at work, a name that is a band's, a claim
someone made about what a word means, a breath lost in a good way, a joke about what else is
"breathless" or "paralysed".

Folds applied before the screen reads a word (bot.triage.lexicon.FOLDS, right after frames.py,
whose classes these widen), on the lowercased text without apostrophes. Each turns the mention
into words that hedge the sign ("hypothetically", "afraid of", "might mean", "supposedly") or
carry none, so the message asks the red-flag questions at most. A sign told as happening beside
the mention keeps its own words and escalates ("one-sided numbness scares me and his face is
drooping"): each class has probes and guards in tests/unit/test_red_flag_mentions.py.
"""

from __future__ import annotations

from bot.triage.frames import NAMED
from bot.triage.other_senses import OTHER_SENSES
from bot.triage.sayings import LAST_SENSES
from bot.triage.sport_senses import SPORT_SENSES
from bot.triage.topic_ends import TOPIC_ENDS

# Someone who is not one's own: "some guy", "a pilot", "this woman".
_STRANGER = (
    r"(?:some|a|an|this|one|the) (?:guy|man|woman|lady|girl|boy|bloke|dude|kid|character|"
    r"patient|person|pilot|player|footballer|athlete|actor|actress|singer|celebrity|doctor|nurse|"
    r"old man|old lady|young man|young woman|teenager|runner|soldier)"
)
# What is watched or read, not lived.
_SHOWN = (
    r"(?:documentary|documentaries|film|movie|show|programme|program|episode|series|video|clip|"
    r"reel|tiktok|youtube video|podcast|drama|soap|article|story|book|novel)"
)
# Conditions a fear names, the guide's emergencies and paralysis.
_FEARED = r"(?:" + NAMED + r"|paralysis|being paraly[sz]ed|paraly[sz]ed|one sided numbness)"
# The jobs that meet patients, for "I'm an ER nurse" and "paramedic here".
_JOBS = (
    r"(?:nurse|paramedic|doctor|emt|medic|physio\w*|surgeon|gp|first responder|midwife|"
    r"care worker|carer|hca|healthcare assistant)"
)
# What is said in a body's place as a joke: "the only thing breathless here is my wifi".
_THINGS = (
    r"(?:wifi|wi fi|internet|connection|broadband|phone|laptop|computer|pc|car|engine|bank "
    r"account|wallet|budget|bank balance|team|plants?|garden|printer|tv|telly|battery|router|"
    r"cat|dog|goldfish|sofa|patience|brain cell)"
)

MENTIONS: tuple[tuple[str, str], ...] = (
    # Years at a university or school long past: "got compartment syndrome playing rugby at uni,
    # had the fasciotomy, fine for ten years".
    (
        r"\b((?:got|had|broke|did|suffered|was)\b[^.!?]{0,80}?)\b(?:at|in) (?:uni|university|"
        r"college|secondary school|high school|boarding school)\b",
        r"\1back in school",
    ),
    # An accident on the news is a stranger's: "the car accident on the news today was awful".
    (
        r"\b(?:the |a |that )?(?:car |bus |train |plane |motorbike |motorway |road )?(?:accident|"
        r"crash|collision|pile ?up)(?: \w+){0,2} (?:on|in) the (?:news|paper|papers|telly|tv|"
        r"radio)\b",
        "a story on the news",
    ),
    # A fall feared, not had: "I'm 70 and I'm afraid I'll fall", "scared she might fall".
    (
        r"\b(afraid|scared|worried|frightened|terrified|nervous|anxious)(?: that)? "
        r"(?:hypothetically|i|he|she|they|we|mum|mom|dad)(?:ll| will| might| may| could| would)? "
        r"(?:fall|trip)\b",
        r"\1 about steps",
    ),
    # A fear named, not an event: "terrified of getting a clot on my flight", "my biggest fear
    # is paralysis", "one-sided numbness scares me".
    (
        r"\b(?:terrified|scared|afraid|frightened|petrified|paranoid|worried|anxious|nervous|"
        r"fearful|fear|fearing|worrying|panicking) (?:of|about) (?:(?:me|him|her|them|us|you|"
        r"my \w+) )?(?:getting|having|developing|catching|suffering|ending up with) (?:a |an )?"
        r"(?=" + _FEARED + r"\b)",
        "afraid of ",
    ),
    (
        r"\b(?:my |his |her |our |their |the )?(?:biggest |worst |main |greatest |only |one )?"
        r"(?:fear|worry|nightmare|dread|phobia) (?:is|was|would be|has always been) (?:that of |"
        r"of )?(?:(?:a|an|getting|having) )?(?=" + _FEARED + r"\b)",
        "afraid of ",
    ),
    (
        r"\b(?:fear|fears|phobia|dread|terror|horror) of (?:(?:a|an|getting|having|developing) )?"
        r"(?=" + _FEARED + r"\b)",
        "afraid of ",
    ),
    (
        r"\b(" + _FEARED + r") (?:really |always |honestly |kind of |kinda )?(?:scares|"
        r"frightens|terrifies|worries|freaks out|freaks) (?:me|us|him|her|them)\b",
        r"afraid of \1",
    ),
    # A fear had and gone: "thought I was having a stroke for a sec", "immediately thought
    # DVT", "I was scared she'd had a stroke", "my sister joked it was a stroke". Past tense
    # only: "I think he's having a stroke" tells of now and escalates, and so does a sign told
    # after the fear ("I thought it was a stroke and his face is drooping").
    (
        r"\b(?:thought|assumed|feared|panicked|panicking|joked|joking|was (?:scared|worried|"
        r"terrified|sure|convinced|afraid|panicking)|got (?:scared|worried)|convinced (?:myself|"
        r"herself|himself)|wondered)(?: for a (?:sec|second|moment|minute|bit))?(?: immediately| "
        r"straight away| at first)?(?: (?:that|of|about))?(?: (?:it|this|that) (?:was|might be|"
        r"could be|must be|meant)| (?:i|he|she|they|we|my \w+|his \w+|her \w+)(?:d| had| was| "
        r"were| might| may| could| would| must)?(?: be| have| have had)?(?: having| getting| "
        r"got| had| developing)?)?(?: a| an)? (" + _FEARED + r")\b",
        r"afraid of \1.",  # the fear's sentence ends with its name: what follows is told
    ),
    # A screen's story about a stranger: "watched a documentary about a pilot who had a stroke",
    # "watching greys anatomy and some guy had a clot in his leg".
    (
        r"\b(?:watch\w*|saw|seen|seeing|read|reading|listened to|listening to) (?:a |an |the |"
        r"this |that |some )?(?:\w+ )?" + _SHOWN + r"\b[^.!?\n]{0,40}?\b(?:about|where|in which|"
        r"on|with) (?=(?:a |an |some |this |the |how |people|someone|somebody|strokes?|clots?|"
        r"dvt)\b)",
        "about hypothetically ",
    ),
    (
        r"\b(?:watch\w*|binge\w*) [^.!?\n]{1,40}?(?: and|,)(?: (?:every|evry|each) episode)? (?:"
        + _STRANGER
        + r"|someone|somebody) (?:had|has|gets|got|"
        r"having|was having|is having) (?:a |an )?(?=" + NAMED + r"\b)",
        "watching a story where hypothetically someone had a ",
    ),
    # A condition read or heard about: "I read about compartment syndrome causing numbness".
    (
        r"\b(?:read|reading|heard|hearing|seen|saw|learned|learnt|learning|looked up|googled) "
        r"(?:a lot |so much |loads |something |stuff )?(?:about|up on) (?=(?:a |an |the )?"
        + NAMED
        + r"\b)",
        "read about hypothetically ",
    ),
    # A claim heard about a condition in general: "heard compartment syndrome can make your
    # leg go numb", "read that a clot may cause tingling".
    (
        r"\b(heard|read|reading|saw|seen|told|learned|learnt)(?: that)? (?=(?:a |an |the )?(?:"
        + NAMED
        + r")\b[^.!?\n]{0,30}?\b(?:can|could|may|might|will|does|do|often|sometimes)\b)",
        r"\1 hypothetically ",
    ),
    # The news about a stranger: "the news said a footballer collapsed with a blood clot".
    (
        r"\b(?:the |a )?(?:news|paper|papers|newspaper|article|radio|telly|tv|bbc|internet|"
        r"headline|headlines|reporter|presenter) (?:said|says|reported|reports|showed|shows|"
        r"was saying|had a story)(?: that| about)? (?!(?:my|his|her|our|their|me|i)\b)",
        "supposedly ",
    ),
    # A condition studied or taught: "a physio student revising spinal injury and paralysis",
    # "the teacher asked us in class".
    (
        r"\b(?:revising|revise|studying|study|learning about|learn about|reading up on|researching|"
        r"research|teaching|taught|lecturing)(?: for (?:an? |my |our |the )?(?:exam|test|quiz|"
        r"assessment|placement|module|course)s?)?(?: (?:about|on|for|the))? (?=(?:a |an |the )?"
        r"(?:" + NAMED + r"|paraly\w*|spinal|nerve damage|neurology)\b)",
        "about hypothetically ",
    ),
    (
        r"\b(?:teacher|lecturer|tutor|professor|examiner|instructor) (?:asks?|asked|gave|gives|"
        r"set) (?:us|me|the class|our class)(?: (?:in|during) (?:class|the lesson|the lecture))?"
        r"\b",
        "hypothetically",
    ),
    # A condition met at work: "a chest pain call", "reports about falls and back injuries".
    (
        r"\b(?:chest pains?|strokes?|falls?|breathing|collapses?|cardiac|heart attacks?|"
        r"seizures?) (calls?|callouts?|call outs?|jobs?|shouts?|referrals?|admissions?)\b",
        r"work \1",
    ),
    (
        r"\b(?:read|reading|write|writing|handle|handling|process|processing|review|reviewing|"
        r"file|filing|deal with|dealing with|type up|typing up)(?: \w+){0,2} (?:reports?|claims?|"
        r"files?|cases?|notes|articles|papers|stories|forms) (?:about|on|of|involving|for) "
        r"(?!(?:my|his|her|our|their|me|him)\b)",
        "papers about hypothetically ",
    ),
    # Patients met at work: "I see patients with face drooping every day", "I attend calls
    # involving slurred speech". Plural strangers, never "my husband is a patient with...".
    (
        r"\b(?:see|sees|seeing|saw|treat|treats|treating|treated|attend|attends|attending|nurse|"
        r"nursing|look after|looking after|care for|caring for|deal with|dealing with|work with|"
        r"working with|meet|meeting)(?: \w+){0,3}? (?:patients|people|callers|cases|calls|clients|"
        r"residents|casualties|folks)(?: \w+){0,2}? (?:with|involving|who have|who had|having|"
        r"presenting with|suffering from)\b",
        "papers about hypothetically",
    ),
    # A show watched: "watching Grey's Anatomy and a patient had numb legs and couldn't move",
    # "watching a hospital drama, a nurse's leg went numb".
    (
        r"\b(?:watching|watched|binging|bingeing|streaming)(?: \w+){1,4}?(?:,? (?:and|where|when|"
        r"in which)|,)(?: there was| theres)? (?=(?:a|an|this|the|one) (?:patient|character|"
        r"doctor|surgeon|nurse|contestant|bloke|guy|man|woman|lady|girl|boy|lad)s?\b)",
        "a show where hypothetically ",
    ),
    # Others' beliefs in general: "half my calls are people who think a numb leg = stroke".
    # Plural strangers only, never "my mum thinks she's having a stroke".
    (
        r"\b(?:people|folks|callers|patients|clients|customers|everyone|everybody|lots of "
        r"people|most people|many people|some people) (?:who |that )?(?:think|thinks|believe|"
        r"believes|assume|assumes|are convinced|are sure|worry|panic) (?:that )?\b",
        "papers about hypothetically ",
    ),
    # A patient of one's own work, told singly: "I'm an ER nurse, had a lady today whose cast
    # was so tight her toes went numb". Only after the teller says the job: "I saw a man today
    # whose face was drooping" from a passer-by is a stranger's emergency, and stays one.
    # "ER nurse here" says the job as well.
    (
        r"\b((?:i ?a?m (?:a|an) (?:\w+ ){0,2}?" + _JOBS + r"|" + _JOBS + r" here)\b"
        r"[^.!?]{0,40}?)\b(?:had|saw|treated|attended|got|looked after) (?:a|an|this|one) "
        r"(?=(?:\w+ )?(?:lady|man|woman|guy|gentleman|gent|chap|bloke|fella|patient|kid|child|"
        r"boy|girl|teenager|teen|lad|lass)\b)",
        r"\1papers about hypothetically a ",
    ),
    # A part played, a dummy practised on: "he plays a man having a heart attack", "clutching
    # his chest dramatically to practise", "a dummy with a drooping face painted on".
    (
        r"\b(?:act(?:s|ed|ing)? out (?:having )?(?:a |an )?(?=" + NAMED + r"\b)|"
        r"(?:plays|playing|played|play|acting|acts|acted|cast as) (?:as )?"
        r"(?:a|an|the|some)(?: \w+)? (?:man|woman|guy|lady|character|person|patient|role|part|"
        r"victim|casualty|grandad|granny|doctor)(?: (?:who is|who has|who had|with|having|"
        r"that has))?|(?:pretend\w*|fak\w*|mimic\w*|imitat\w*) (?:to (?:have|be having|be) )?"
        r"(?:a |an )?(?=" + NAMED + r"\b)|doing an impression of(?: (?:a|an|the|someone|"
        r"somebody))?(?: having)?)",
        "hypothetically ",
    ),
    (
        r"\b(?:clutch\w*|grab\w*|hold\w*|holding) (?:his|her|my|their) (?:chest|heart|face|leg)"
        r"(?= [^.!?\n]{0,40}\b(?:dramatically|theatrically|to practi[sc]e|for (?:the|his|her|a|"
        r"our) (?:play|role|part|show|scene|panto|film)|pretend\w*|acting|as a joke|for fun|"
        r"for laughs)\b)",
        "acting",
    ),
    (
        r"\b(dummy|dummies|mannequins?|manikins?|dolls?|puppets?|teddy|teddies)\b",
        r"\1 hypothetically",
    ),
    # A name: "my grandson's band is called Chest Pain".
    (
        r"\b(band|group|song|album|film|movie|book|show|team|shop|pub|bar|restaurant|game|podcast|"
        r"horse|dog|cat|puppy|boat|club|brand|company|app|track|single|play|cocktail|drink|dish|"
        r"burger|ride|rollercoaster|roller coaster)(?: is| was| are| were)? (?:called|named|"
        r"titled) [\w ]{1,30}?(?=[.,!?;:]| and | but | so |$)",
        r"\1 has a name",
    ),
    # A claim about what something means: "my friend said one-sided numbness means stroke".
    (
        r"(\b(?:said|says|say|told (?:me|us|him|her)|tells (?:me|us)|reckons|claims|read|heard|"
        r"googled|google says|internet says|looked it up|(?:is|was|are) convinced|believes|swears)"
        r"(?: that)?)\b([^.!?\n]{0,60}?) (?:means?|"
        r"meant|is a sign of|are signs of|is a symptom of|are symptoms of|equals|=) (?:a |an )?"
        r"(?=(?:\w+ (?:or|and|or even|and even) )?" + NAMED + r"\b)",
        r"\1 hypothetically\2 might mean ",
    ),
    # A claim about what is serious, told of no one: "my friend said numbness plus not being able
    # to pee is serious, is that true?". Not where the words tell of someone ("my wife said my
    # face is drooping and it's serious"): that is a report.
    (
        r"(\b(?:said|says|say|told (?:me|us)|tells (?:me|us)|reckons|claims|read|heard|googled)"
        r"(?: that)?)\b(?=(?:(?!\b(?:my|his|her|your|you|i|im|ive|he|hes|she|shes|they|their|me|"
        r"him|them|we|our|us)\b)[^.!?\n]){0,70}? (?:(?:is|are|can be|could be|might be) (?:really "
        r"|very |quite |pretty |super )?(?:serious|dangerous|an emergency|urgent|a red flag|a bad "
        r"sign|a warning sign|worrying)|means? (?:you|u|one|people|someone) (?:need|needs|should|"
        r"must|have to|has to|call|go)))\b",
        r"\1 hypothetically",
    ),
    # Breath lost in a good way: "out of breath at the top but in a good way".
    (
        r"\b(?:out of breath|breathless|puffed out|puffed|winded|short of breath|puffing|"
        r"panting)\b([^.!?\n]{0,40}?) (?:but )?(?:in a good way|the good kind|good tired|happy "
        r"tired)\b",
        r"tired\1 happily",
    ),
    # A self-check told as passed, the stroke test's own steps: "smiled, both sides went up",
    # "raised both arms, no drifting", "said a tongue twister, clear as anything". Not "only
    # one side went up" or "her smile isn't even".
    (
        r"\b(?<!only )(?<!just )both (?:sides|corners|halves)(?: of (?:my|his|her|their|the) "
        r"(?:mouth|face|smile|lips))? (?:went up|go up|goes up|came up|lifted|lift|moved|move|"
        r"moves|rose|raised|are even|are equal|look the same|looked the same|(?:are |were |look |"
        r"looked |feel |felt )?(?:the same|same|even|equal|symmetrical|fine|normal|ok|okay))\b",
        "both sides fine",
    ),
    # Bladder and bowels told as working: "full control of my bladder and bowels", "bladder and
    # bowels are fine". Not "no control of my bladder".
    (
        r"\b(?:(?<!no )(?:full|complete|normal|good|total|perfect) control (?:of|over) (?:my|his|"
        r"her|their|the) (?:bladder|bowels?)(?: and (?:my |his |her |their |the )?(?:bladder|"
        r"bowels?))?|(?:my |his |her |their |the )?(?:bladder|bowels?)(?: and (?:my |his |her |"
        r"their |the )?(?:bladder|bowels?))? (?:are |is |both |are both |working |work |works )?"
        r"(?:fine|normal|ok|okay|good|all good|working fine|working normally|as usual|normally))\b",
        "no toilet problems",
    ),
    # "Neither tight nor swollen": both denied, as "not tight or swollen" says.
    (r"\bneither (\w+(?: \w+)?) nor\b", r"not \1 or"),
    (
        r"\b(?:(?:my|his|her|their|the) )?(?:face|smile|mouth)(?: is| looks| looked| was| were)? "
        r"(?:the )?same (?:on )?both sides?\b",
        "both sides fine",
    ),
    # The stroke test's steps done and all passed: "made him smile, raise his arms and say a
    # sentence, all perfect". A step that failed keeps its own words after "all".
    (
        r"\b(?:smile|smiled|smiling|grin|grinned)\b[^.!?\n]{0,80}?\b(?:arms?|sentences?|speak|"
        r"talk|say|said|words?|name)\b[^.!?\n]{0,30}?\b(?:all|both|everything|each|all three|"
        r"every one)(?: of (?:it|them))?(?: was| were| is| are| looked| seemed)? (?:perfect|"
        r"perfectly fine|fine|normal|ok|okay|good|great|clear|even|passed)\b",
        "checked and all fine",
    ),
    # Someone's past event, by the time it set: "jumpy since his brother's stroke", "after
    # dad's heart attack". Not when it set just now ("since her stroke this morning").
    (
        r"\b(after|since|following|before) ((?:my|his|her|their|our|your) )?(\w+s )?(?:"
        + NAMED
        + r")\b(?![^.!?\n]{0,25}\b(?:this|today|tonight|ago|just|earlier|yesterday|minutes?|"
        r"hours?|now)\b)",
        r"\1 \2\3illness",
    ),
    (
        r"\b(smile|smiled|smiling|grin|grinned)(?: (?!not\b|isnt\b|wasnt\b|no\b|never\b|cant\b|"
        r"only\b|just\b)\w+){0,2} (?:even|evenly|equal|symmetrical|straight|fine|normal)\b",
        r"\1 fine",
    ),
    (r"\b(?:no|without|not) (?:drifting|drift|drifted|drooping down)\b", "level"),
    (r"\bclear as (?:anything|a bell|day|crystal|ever)\b", "fine"),
    (r"\btongue twisters?\b", "sentence"),
    (
        r"\b(?:both|my|his|her|their) arms (?:work|working|worked|are working|fine|are fine|"
        r"ok|okay|are ok|are okay|normal|are normal|strong|are strong|up|went up|go up|stayed up|"
        r"stay up|held up|level|stayed level)\b",
        "arms fine",
    ),
    # An opinion of what someone says, as a habit: "my boss talks rubbish all day". Not
    # "grandad is talking rubbish and his leg is numb".
    (
        r"\b(?:talks|talking|talked|speaks|spouts|spouting|spouted) (?:utter |complete |total )?"
        r"(?:rubbish|nonsense|crap|garbage|drivel|bollocks|bs|twaddle)(?= (?:all day|all the time|"
        r"about|again|as usual|constantly|every day|at work|in meetings|most days)\b)",
        "is annoying",
    ),
    # A memory told as one: "remember when I couldn't feel my legs after that fall in year 9?"
    (r"\b(?:remember|remembered|recall|recalling) (?:when|that time|the time)\b", "in the past"),
    # A face that fell at news, a fear of speaking, a bill that stopped a heart: "the manager's
    # face dropped when we conceded", "paralysed with fear to speak in meetings", "the bill was
    # so high my heart stopped and I couldn't breathe lol". Not "his face dropped on one side".
    (
        r"\b(?:face|faces|jaw|jaws) (?:\w+ )?(?:dropped|fell|dropped a mile)(?= (?:when|as|after) "
        r"(?:we|they|he|she|i|you|the \w+) (?:conceded|lost|scored|saw|heard|read|got|found|"
        r"realised|realized|opened|looked|told|announced|said)\b)",
        "looked shocked",
    ),
    (
        r"\b(?:fear|fright|nerves|scared|afraid|nervous|anxious|shy|frozen) (?:to|of) "
        r"(?:speak|speaking|talk|talking|present|presenting)(?= (?:in|at|to|before|on)\b)",
        "anxious",
    ),
    (
        r"\bso (?:high|expensive|big|bad|funny|scary|shocking|steep|huge)\b([^.!?\n]{0,20}?)\b"
        r"(?:my heart stopped|i (?:couldnt|could not|was cant|cant) breathe|i (?:nearly|almost) "
        r"died|i nearly had a heart attack)(?: and i (?:couldnt|could not|was cant|cant) breathe)?",
        r"so high\1 I was shocked",
    ),
    # A thing that fell over, no one who fell: "the drawers snapped and it fell over".
    (
        r"\b(it|that|the (?:drawers|wardrobe|shelf|bookcase|tree|fence|vase|lamp|tv)) fell over\b",
        r"\1 toppled",
    ),
    # What someone keeps saying, no speech gone wrong: "Dad keeps saying he'll wait and see".
    # Not "he keeps saying the same word over and over".
    (
        r"\b(?:keeps|kept|keep|is always|always) (?:saying|telling (?:me|us|everyone)) (?=(?:hell|"
        r"shell|hed|shed|he will|she will|its|it is|it will|theres|there is|hes|shes|he is|she is|"
        r"he doesnt|she doesnt|no|not|nothing|that)\b)",
        "insists ",
    ),
    # A joke about what else is struck: "the only thing breathless around here is my wifi".
    (
        r"\bthe only (?:thing|one) (?:that is |thats |that |which is )?\w+(?: \w+)? (?:around "
        r"here |here |today |in (?:this|the|our) (?:house|office|room|home) )?(?:is|was) (?:my|"
        r"the|our|his|her) " + _THINGS + r"\b",
        "joking about the",
    ),
    # One of the calls a worker had: "we had three stroke calls tonight, one with a really
    # obvious facial droop" (the calls were made "work calls" above).
    (
        r"(\bwork (?:calls?|callouts?|call outs?|jobs?|shouts?|referrals?|admissions?)\b"
        r"[^.!?\n]{0,40}?)\b(one|two|three|a couple|some|most|half|all)(?: of (?:them|those|em|"
        r"which))? (?=(?:with|had|has|was|were|who|where|that)\b)",
        r"\1papers about hypothetically \2 ",
    ),
    # What a story's illness turned out to be is the story's too: "in the show I'm watching
    # her leg went numb and she collapsed, turned out to be a blood clot".
    (
        r"(\bhypothetically\b[^.!?\n]*?\b(?:turned|turns|turning) out(?: to be| it was| that it"
        r" was| (?:she|he|they) had)?) (?=(?:a |an |the )?" + NAMED + r"\b)",
        r"\1 hypothetically ",
    ),
    *TOPIC_ENDS,  # where a topic watched or read ends (topic_ends.py)
    *SPORT_SENSES,  # a sport's own senses of a sign's words (sport_senses.py)
    *OTHER_SENSES,  # other everyday senses of a sign's words (other_senses.py)
    *LAST_SENSES,  # the mouth's senses, fiction and sayings (sayings.py)
)
