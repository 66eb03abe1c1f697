"""How a message says its numbness came and went: the words for onset and passing.

Data for `bot.triage.semantic.onset`, kept apart from the lexicon of signs (lexicon.py): these
patterns do not find a sign, they tell how sure the model's reading of one may be.
"""

# How the numbness began, as the guide tells a stroke ("sudden, one-sided numbness") from its
# reason to book an appointment ("Numbness affecting only one side"). Regular expressions over
# the normalised text.
GRADUAL_ONSET = (
    r"\b(?:slowly|gradual|gradually|steadily|creeping|crept|crept up|bit by bit|little by little|"
    r"slow(?: slow)? (?:begin|began|beginning|start|started|starting|onset|come|came|coming)|"
    r"(?:began|begin|begun|started|start|came on|come on|coming on) (?:very |so |really )?slow|"
    r"on and off|over (?:the )?(?:past |last )?(?:few |couple of |several )?(?:weeks|months|year)|"
    r"over (?:a|one|two|three|four|five|six|some|several|\d+) (?:weeks?|months?)|"
    r"for (?:weeks|months|ages|a while|a month|a few weeks|a couple of weeks)|"
    r"(?:for|over|in|during|across) (?:the |about |around |nearly |almost |roughly )*"
    r"(?:past |last )?(?:a few|a couple of|a|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|few|couple of|\d+)? ?"
    r"(?:days|weeks?|months?|years?)|getting worse|worse and worse|spreading|spread(?:ing)? up|"
    r"(?:weeks|months) now|been (?:weeks|months)|fortnight|over time|building up|been building|"
    r"worse (?:every|each) (?:time|visit|week|month)|"
    r"building (?:for|over) (?:ages|weeks|months)|"
    r"(?:for|been|like this) a while|"
    r"a while now|for some time|for ages|(?:every|each) (?:week|month|year)|"
    r"(?:week|month) (?:by|after) (?:week|month)|more and more|higher and higher|"
    r"(?:few|couple of|several|\d+|two|three|four|five|six) (?:wks|weeks|months|mths)|"
    r"since (?:maybe |about |around |roughly |like |probably )?(?:january|february|march|april|"
    r"may|june|july|august|september|october|november|december|easter|christmas|the new year|"
    r"spring|summer|autumn|winter)|"
    r"since (?:last (?:week|month|year)|the summer|the winter|spring|autumn)|"
    r"over the (?:summer|winter|spring|autumn|holidays|year)|since (?:a )?long time|"
    r"since (?:some|a few|few|several|two|three|four|five|six|\d+) (?:weeks?|months?|years?))\b"
)
SUDDEN_ONSET = (
    r"\b(?:sudden|suddenly|all at once|out of nowhere|out of the blue|just now|"
    r"(?:a few |few |\d+ |ten |twenty |thirty |an? )?(?:minutes?|mins?|hours?|hrs?) ago|"
    r"within (?:minutes|seconds)|since (?:this morning|the (?:fall|accident|crash|injury))|"
    # "since one hour", "since 30 minutes": how long ago, in a second language.
    r"since (?:about |around |maybe )?(?:a few |few |\d+ |one |two |three |ten |twenty |thirty |"
    r"half an? |an? )(?:minutes?|mins?|hours?|hrs?)|"
    r"since (?:i|he|she|we|they) (?:woke|wake|waked|got up|get up)|since (?:waking|getting up))\b"
)
# Beyond a leg's numbness: weakness, the arm, hand, face or speech (as people tell them too:
# "drunk", "lopsided"), confusion, half the body. The guide's stroke is "sudden, one-sided
# numbness" or "weakness on one side of the body"; one leg numb on its own side, with none of
# these and nothing sudden, is its reason to book an appointment ("Numbness affecting only one
# side"), so the model's one-sided stroke group asks there.
BEYOND_NUMBNESS = (
    r"\b(?:weak\w*|drag\w*|limp\w*|flop\w*|clums\w*|drop\w*|grip\w*|paraly\w*|useless|"
    r"slump\w*|lean\w*|heavy|dead|stumbl\w*|fall|fell|falling|collaps\w*|strength|"
    r"cant|wont|cannot|arm|arms|hand|hands|face|mouth|smile|speech|speak\w*|talk\w*|words?|"
    r"side of (?:my|his|her|their|the) body|half|drunk|slur\w*|mumbl\w*|muddl\w*|confus\w*|"
    r"garbl\w*|gibberish|nonsense|droop\w*|lopsided|crooked|wonky|uneven|cheek|lips?|jaw|eyes?|"
    r"dribbl\w*|drool\w*|voice|sounds?)\b"
)
# Told over weeks or months, not hours or days: how slowly numbness alone must be told for every
# stroke reading of the model to ask (the guide's stroke is sudden).
OVER_WEEKS = (
    r"\b(?:weeks?|months?|years?|wks|mths|fortnight|(?:every|each) (?:week|month)|"
    r"since (?:around |about |roughly |early |late |mid |the start of |the end of )?(?:january|"
    r"february|march|april|may|june|july|august|september|october|november|"
    r"december|easter|christmas|the new year|spring|summer|autumn|winter|the (?:spring|summer|"
    r"autumn|winter)|last (?:week|month|year)))\b"
)
# Something new since that slow start: "numb feet for months, and now he sounds drunk".
NEW_CHANGE = (
    r"\b(?:(?:and|but|then|so) now|now (?:he|she|they|i|we|hes|shes|im|his|her|my|its|it|the|"
    r"theres|there)|since then|all of a sudden)\b"
)
# Recent: the field of time in which the guide's emergencies are told ("since this morning").
RECENT_ONSET = r"\b(?:today|tonight|this (?:morning|afternoon|evening)|last night)\b"
# A time of today that tells it lasts, or when it was told, not when it began: "since last
# Tuesday, still there today", "she mentioned today that it now reaches her calves".
NOT_RECENT = (
    r"\b(?:still(?: \w+){0,3}|(?:until|till|up to|up until|as of|to) (?:this|that)?|(?:mentioned|"
    r"said|told (?:me|us|him|her)|asked|rang|phoned|called|messaged|texted|admitted|complained)"
    r"(?: (?:me|us|him|her))?) (?:today|tonight|this (?:morning|afternoon|evening))\b|"
    # Something on the mend, not begun: "the sting puffed up, much better today".
    r"\b(?:better|improved|healed|gone down|settled|settled down|eased) (?:today|tonight|this "
    r"(?:morning|afternoon|evening))\b|"
    # A date told, no onset: "since last Thursday, and today is Wednesday"; a count of days,
    # "today is day six of my toes feeling numb"; the state as the message is written, "as of
    # today I'd say my left leg is less sensitive".
    r"\btoday (?:is|its) (?:a |the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"\d{1,2}(?:st|nd|rd|th)?)\b|"
    r"\btoday (?:is|its|makes|marks) (?:day|the \w+ day) \w+|\bas of today\b"
)

# Numbness that has already passed: the guide's temporary numbness ("typically resolve within
# minutes of changing position"). A story that says so is not raised to an alarm by the language
# model alone (it still gets the red-flag questions when the model suspects a sign). Only plain
# statements that it passed: "when I walk" or "within minutes" tell of an emergency as often.
RESOLVED = (
    # Never hoped for, expected or denied: "I thought it would have gone away by now", "I want
    # it to go away", "it doesn't go away", "it never goes away".
    r"(?<!would )(?<!will )(?<!to )(?<!have )(?<!wont )(?<!not )(?<!never )(?<!doesnt )"
    r"(?<!dont )(?<!didnt )(?<!cant )(?<!isnt )(?<!hasnt )"
    r"\b(?:went away|goes away|go away|gone (?:now|again|away|by the time|by then)|"
    r"(?:it|its|that|this|which|numbness|tingling)(?: has| had| is| was)? (?:passed|faded|gone)"
    r"(?! (?:past|up|into|to|over|beyond|further|higher|down|numb|dead|all the way|from)\b)|"
    r"(?<!pain )(?<!numbness )(?<!tingling )(?<!symptoms )(?:came|comes|has come) back"
    r"(?! from)(?! (?:normal|negative|positive|clear)\b)|"
    r"back to normal|normal again|fine (?:now|again)|ok (?:now|again)|"
    # A second language's "now is gone": "few minutes because of standing. Now is gone."
    r"\bnow (?:is|it is|its|it) (?:gone|finish|finished|passed|normal|fine|ok|okay)\b|"
    # Fine once moved: "numb leg on the train, fine after walking", "ok after a short walk".
    r"(?<!not )(?<!never )(?<!isnt )(?<!wasnt )(?<!arent )(?<!werent )\b(?:fine|ok|okay|normal|"
    r"all good) (?:again )?(?:after|once) (?:i |he |she |we |they )?(?:walk|walked|walking|a "
    r"(?:short |little |quick )?walk|moving|moved|move|a stretch|stretching|stretched|stood up|"
    r"standing up|got up|getting up|shaking it|shook it|a few steps|some steps)\b|"
    # In the present of another language, or told as a time: "I do some steps and it pass",
    # "now ok after walking", "10 minutes later fine".
    r"(?<!will )(?<!would )(?<!does )(?<!did )(?:it|they) pass\b(?! (?:out|water|urine))|"
    r"\bnow (?:ok|okay|fine|normal|better)\b(?! (?:until|till|but|except|apart))|"
    # "it felt right again", "they'd woken up", "the feeling had come back", "by the top they
    # were fine": the numbness gone, told plainly. Not well until or before something.
    r"(?:felt|feels|was|were|is|are) (?:right|all right|alright) again|"
    r"(?:they|it|feet|legs|foot|leg|toes)(?:'d|d| had| have|'ve|ve)? (?:woken|woke|wake|wakes) "
    r"(?:back )?up|(?:says?|said) (?:its |it is )?better now|"
    # "after few minutes it come back", "walk to toilet, numb finish".
    r"(?:minutes?|mins?)\b(?! ago)[^.?!]{0,15}\b(?:it|they|feeling|sensation) (?:come|comes|came) "
    r"back|\bnumb(?:ness)? (?:finish|finished|gone(?! (?:to|into|numb|dead|all|up|down|weak)\b)|"
    r"go away|"
    r"went away|pass|passed)\b|"
    # A minute or two of moving and fine, in a second language: "few minute walking and fine",
    # "after I move 5 minute all good", "in 5 minute normal", "after 2 minutes it is good". Not
    # "no better".
    r"\b(?:a |one |few |a few |\d+ |two |three |five |ten )?(?:minute|minutes|min|mins)\b"
    r"(?! ago)(?:(?!\b(?:not|no|isnt|arent|wasnt|never)\b)[^.?!]){0,25}?\b(?:all good|fine|ok|"
    r"okay|normal|better|(?:it|they|its) (?:is |was |are |were |became |become )?good)\b"
    r"(?! (?:until|till|before|but)\b)|"
    r"(?:feeling|sensation) (?:has|had|'d) (?:come back|returned)|"
    # "feeling was back in about two minutes"; not a numb or tingling feeling back again.
    r"(?<!tingling )(?<!tingly )(?<!numb )(?<!dead )(?<!odd )(?<!weird )(?<!funny )(?<!strange )"
    r"(?<!burning )(?:feeling|sensation) (?:was|is) (?:all |fully |completely )?back\b"
    r"(?! again\b)|"
    r"(?:they|it) (?:were|was) (?:totally |completely |perfectly |all )?(?:fine|normal)\b"
    r"(?! (?:until|till|before|yesterday|this|earlier|all|at|when|up|for|last)\b)|"
    r"(?:minutes?|mins?|seconds?) later,? (?:all |totally |completely )?(?:fine|ok|okay|normal|"
    r"gone|better)|"
    r"wore off|wears off|worn off|(?:it|which|that|this|numbness|tingling) (?:has |had )?resolv\w*|"
    r"(?:sorted|fixed|cured) (?:it|that)(?: out| right up)?|did the trick|"
    r"(?:walked|shook|skated|ran|danced|stamped|stomped|jogged) it off|right as rain|"
    r"(?:it|that|which|numbness|tingling) (?:is|was) (?:finish\w*|over)\b|"
    r"(?:feeling|sensation) (?:has |had )?(?:completely |fully |totally )?(?:returned|returns|"
    r"came back|comes back)|"
    # "the leg felt like mine again", "they became fine", "everything returned to normal".
    r"felt like (?:mine|his|hers|my own|normal) again|returned to normal|(?:became|become|"
    r"becomes) (?:totally |completely |all )?(?:fine|ok|okay)\b(?! (?:until|till|before|but)\b)|"
    r"(?:(?:become|became|becomes|was|were|is|are|it|they) )?(?:normal|normally|fine|ok|okay|"
    r"better|gone|went|back|cleared|resolved) (?:again )?(?:with)?in (?:a few |\d+ |one |two |"
    r"three |five |a couple of |a |an |half a |half an )?(?:minutes?|seconds?|mins?)|"
    r"(?:become|became|becomes) normal|(?:was|were|it|they|(?:it|they|that|feet|legs|foot|leg|"
    r"toes) (?:is|are)) normal (?:again|after|once|"
    r"when|by)|(?:it|that|which) cleared|"
    r"cleared (?:up|after|within|once|when)|"
    # "it come back after 1 or 2 minutes", "after three minutes of walking it was totally normal",
    # "within minutes it was completely gone"
    r"come back (?:after|within|in) (?:a |one |two |a few |a couple of |\d+ )?(?:or \w+ )?"
    r"(?:minutes?|mins?|seconds?)|"
    r"then (?:it(?:s| is| was)|they(?:re| are| were)|all|everything(?:s| is| was)) (?:fine|ok|okay|"
    r"normal|gone|better|back to normal)|"
    r"(?:minutes?|mins?)\b(?! ago)[^.?!]{0,60}\b(?:it|they|everything|he|she|i|we) "
    r"(?:was|were|felt|is|are) "
    r"(?:totally |completely |perfectly |all )?(?:normal|fine|gone|back|better|ok|okay))\b"
)

# Folds for bot.triage.lexicon.FOLDS, on the lowercased text without apostrophes: how numbness
# came or went, told in words that say the opposite of what they contain.
ONSET_FOLDS: tuple[tuple[str, str], ...] = (
    # Not sudden, told so: "it didn't come on all at once, more like it gradually got there",
    # "came on slowly rather than all at once".
    (
        r"\b(?:didnt|did not|wasnt|was not|not|never|nothing|rather than|instead of) (?:come on |"
        r"came on |coming on |happen |"
        r"happened |"
        r"start |started |begin |began |appear |appeared )?(?:all at once|out of nowhere|out of "
        r"the blue|overnight)\b",
        "gradually",
    ),
    # Asked, not told: "will it go away?" hopes it passes.
    (
        r"\b(will|would|should|could|can|does|do) (it|this|that|they|the numbness|the tingling) "
        r"(?:ever |just |eventually )?(?:go away|pass|wear off)\b",
        r"\1 \2 improve",
    ),
    # A spread told from where it began, no new event: "tingling was just my heel at first, now
    # it's the whole sole". The guide's numbness that progressively worsens; "now" after "at
    # first" (or after how it "used to" come) is the spread's end, not a change since.
    (
        r"\b((?:at first|to begin with|in the beginning|first it was|it started (?:in|at|with|on)|"
        r"used to)"
        r"\b[^.?!]{0,60}?),? (?:and |but )?now\b",
        r"\1, over time",
    ),
    # What never used to happen is new, no history: "I've been wetting the bed and I never used
    # to".
    (
        r"\b(?:never|didnt|did not|didn'?t) (?:use|used) to\b(?: (?:do that|be like (?:this|that)|"
        r"have (?:it|this|that)|happen|get (?:it|this|that)))?",
        "this is new",
    ),
    # "within minutes all good": how soon it passed, told first.
    (
        r"\bwithin (?:minutes|seconds),? (all good|fine|gone|normal|ok|okay|back to normal|it was "
        r"fine|it was gone|they were fine|all fine|sorted)\b",
        r"after a few minutes \1",
    ),
    # How long someone sat or knelt is no slow onset: "sat cross-legged doing a jigsaw for ages",
    # "knelt for ages laying tiles".
    (
        r"\b((?:sat|sit|sits|sitting|knelt|kneel\w*|squat\w*|crouch\w*|lying|lay|lain|stood|"
        r"standing|driving|drove|gaming|playing|working)\b(?: \w+){0,12}?) for (?:ages|a while)\b",
        r"\1 for hours",
    ),
    # How soon it passed, not how soon it came: "walking to the lift restored normal sensation
    # within minutes", "gone within seconds of standing".
    (
        r"\b((?:gone|fine|normal|back|better|passed|cleared|resolved|restored|sorted|ok|okay|"
        r"returned|eased|went away|wore off|disappeared|vanished|subsided|stopped)(?: \w+){0,2}) "
        r"within (?:minutes|seconds)\b",
        r"\1 after a few minutes",
    ),
)

# The numbness back after it passed: "walked it off ... now the tingling in that foot has come
# back". What passed before is no passing now.
RETURNED = (
    r"\b(?:numbness|tingling|tingles|pins and needles|numb feeling|dead feeling)(?: in (?:that|"
    r"my|his|her|the|both|each) \w+)? (?:has |have |had |is |was )?(?:come back|came back|back "
    r"again|returned)\b(?! (?:to normal|after|within|in \w+ minutes?))"
)
