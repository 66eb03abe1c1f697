"""A sign's words in other senses: folds the screen applies before it reads a word.

"I read that a stroke can leave a leg numb" is a claim in general, "if I ever get trouble peeing,
go to A&E" advice for a day that has not come and "my cousin swears by it" no trouble speaking
(machines that "have a stroke" and sayings such as "paralysed by fear" are idioms.py's). Each
rewrite turns such words into ones that carry no sign (or hedge it, "supposedly",
"hypothetically"), on the lowercased text without apostrophes, in order, as part of
`bot.triage.lexicon.FOLDS`, before the signs told in other words (told_signs.py). Each class has
probes in tests/unit/test_red_flag_screen.py, test_red_flag_slow_and_supposed.py or
test_red_flag_told_and_denied.py, with guards that a real emergency beside it still escalates.
"""

from __future__ import annotations

# Before "stroke", the words of one had: "a stroke", "a mini stroke", "a massive stroke".
_NOT_HAD = (
    r"(?<!\ba )(?<!\ban )(?<!mini )(?<!massive )(?<!major )(?<!minor )(?<!small )(?<!big )"
    r"(?<!mild )(?<!bad )(?<!slight )"
)

# "Heart attack" as people type it, for the figures of speech below.
_HEART_ATTACK = r"(?:heart|hart) (?:attack|atack|attak|attac|atak|attck)"

FIGURES: tuple[tuple[str, str], ...] = (
    # What one has read, not what is happening: "I read that a stroke can leave a leg numb",
    # "everything online says MS", "every result I get says a stroke". Only a claim in general
    # ("that a ...", "that numbness ..."): "I read that mum's face is drooping" reports her
    # message and stays as it is.
    # Heard, more often than read, brings news of someone ("I heard that a car hit him"): only
    # a claim about numbness or a condition itself.
    # A condition a search or a website put forward: "Google put stroke and slipped disc in my
    # head", "the internet says DVT", "WebMD basically said MS or stroke". A worry read, not a
    # sign told: the name alone goes, before the fold below makes the whole clause a
    # supposition, so whatever else the clause tells is read as told ("google says stroke and
    # my mum's face is drooping").
    (
        r"\b((?:dr |doctor )?(?:google|googled|googling|the internet|internet|online|websites?|"
        r"forums?|webmd|chatgpt|tiktok|youtube))(?: basically| literally| just| straight away| "
        r"immediately| instantly| apparently)? (?:says|said|put|suggested|suggests|told me|tells "
        r"me|thinks|mentioned|came up with|brought up|showed|shows|listed|lists|keeps saying)"
        r"(?: (?:its|it is|it was|it could be|it might be|maybe|possibly|probably|that its|that it "
        r"is|that it could be))?(?: (?:a |an )?\w+(?: \w+)? (?:or|and|or even|or maybe|or a|"
        r"or an))?(?: a| an)? (?:mini stroke|stroke|strokes|tia|dvt|blood clots?|clots?|"
        r"thrombosis|embolism|cauda equina(?: syndrome)?|compartment syndrome|heart attack|spinal "
        r"(?:cord )?injury)\b",
        r"\1 found a condition",
    ),
    (
        r"\b(?:i |ive |i have |i keep |keep |ive been |i have been |been )?"
        r"(?:read|reading) (?:online |somewhere |everywhere |on (?:the )?(?:internet|web|news) )?"
        r"that (?=(?:a|an|numbness|numb|tingling|strokes?|clots?|ms|diabetes|sitting|it|this|"
        r"these|those|some|most|many)\b)|"
        r"\b(?:i |ive |i have |i keep |keep |ive been |i have been |been )?(?:heard|hearing) "
        r"(?:online |somewhere |from (?:people|friends|others) )?that (?=(?:numbness|numb|"
        r"tingling|strokes|clots|ms|diabetes|sitting|some|most|many|nerve|neuropathy)\b)|"
        r"\b(?:everything|google|the internet|websites?|articles?|search results|"
        r"(?:every|each) (?:result|search|site|website|article|page|forum)|all (?:the |my )?"
        r"(?:search )?(?:results|sites|websites|articles|pages|forums)) (?:online )?"
        r"(?:(?:i|you|we) (?:get|find|see|look at|read|open|click on) )?"
        r"(?:says?|said|tells? me|mentions?|suggests?)\b",
        "supposedly ",
    ),
    # What someone said about numbness or a condition in general, not about anyone: "my mate
    # reckons any numbness in your legs means a stroke", "friend told me numbness in one leg can
    # be a stroke thing", "heard a blood clot can make your leg go numb". Only a claim whose
    # subject is numbness itself, or a condition that can cause it in anyone: "the nurse said
    # his numb leg could be a stroke" and "she says it might be a clot" stay as they are.
    (
        r"\b(?:said|says|say|told (?:me|us|her|him|them)|tells (?:me|us|her|him|them)|mentioned|"
        r"reckons|reckoned|claims|"
        r"claimed|insists|insisted|warned (?:me|us)|heard|hear) (?:that )?"
        r"(?=(?:(?:any|a|an|one|some|sudden) )?(?:numbness|tingling|(?:numb|tingly|dead) "
        r"(?:legs?|feet|foot|toes)|leg numbness)(?: in (?:just |only )?(?:one|your|the|a|both) "
        r"(?:legs?|feet|foot|side))? (?:can|could|may|might|means?|is (?:sometimes|often)|are "
        r"(?:sometimes|often))\b|"
        r"(?:(?:a|an) )?(?:blood clot|clot|stroke|dvt|ms|heart attack|slipped disc)(?: or "
        r"(?:(?:a|an) )?(?:blood clot|clot|stroke|dvt|ms|heart attack))? (?:can|could|may|might)"
        r" (?:cause|make|give|lead to|bring on|start with|begin with|show up as|show as|come with)"
        r" (?:your |you |people |a |numb|tingl|legs?\b|feet|foot))",
        "supposedly ",
    ),
    # A condition that comes up in a search, not one someone has: "I keep seeing compartment
    # syndrome pop up when I google numb legs".
    (
        r"\b(?:keep |keeps |kept )?(?:seeing|see|saw|finding|find|found|getting|get|got) "
        r"(?=(?:\w+ ){1,4}(?:pop|pops|popping|popped|come|comes|coming|came|show|shows|showing|"
        r"showed|turn|turns|turning|turned) up (?:(?:when|whenever|every time) (?:i|you|we) "
        r"(?:google|search|look)|(?:on|in) (?:google|search|searches|the results|results|online|"
        r"the internet|websites?|every website|forums?)\b))",
        "supposedly ",
    ),
    # "Numb legs can be a stroke sign": the sign of a condition, named in general (not "I have
    # stroke symptoms").
    (
        r"\b(can|could|may|might) be (?:a |an )?(stroke|clot|blood clot|dvt|heart attack|ms) "
        r"(?:warning )?(?:sign|signs|symptom|symptoms)\b",
        r"\1 be a sign of \2",
    ),
    # "How do I keep my legs from going numb?", "protect my feet from nerve damage": numbness or
    # damage to prevent, not numbness now.
    (
        r"\b(?:keep|keeping|stop|stopping|protect|protecting|save|saving|spare|guard|guarding) "
        r"(my|his|her|their|our|your|the) (legs?|feet|foot|toes|calf|calves|knees?) (?:from )?"
        r"(?=(?:going|goin|getting|gettin|falling|developing|nerve damage|damage|neuropathy)\b)",
        r"prevent \1 \2 ",
    ),
    # A fear for a day that has not come: "I'm scared I'll step on a pin and not notice".
    (
        r"\b(scared|afraid|worried|terrified|frightened|nervous|paranoid|worry|fear) (?:that )?"
        r"(?:ill|i will|i might|i may|i could|hell|he will|he might|shell|she will|she might|"
        r"theyll|they will|they might|(?:he|she|they|i) (?:will|might|may|could))\b",
        r"\1 that hypothetically",
    ),
    (
        r"\b(scared|afraid|worried|terrified|frightened|nervous|paranoid) (?:that )?(?=\w+ing "
        r"(?:will|might|could|would|may)\b)",
        r"\1 that hypothetically ",
    ),
    # Body weight put on, no weight a leg cannot take: "put on 30 lbs since lockdown".
    (
        r"\b(?:put|putting|puts|piled|gained|gaining|gain) on (?:\d+|a few|a bit of|some|a lot of|"
        r"lots of|loads of|a load of) ?(?:lbs?|pounds|kgs?|kilos?|stone|weight)\b|"
        r"\b(?:gained|gaining|gain|put on|putting on|piled on) (?:\d+ ?)?"
        r"(?:lbs?|pounds|kgs?|kilos?|stone|weight)\b",
        "grew fatter",
    ),
    # A leg half numb is partly numb, not half of the body: "my leg is half numb".
    (
        r"\b((?:leg|legs|foot|feet|toes?|thighs?|calf|calves|shins?|knees?|heels?|it) "
        r"(?:is |are |feels |feel |went |gone |goes |going |was |has gone |keeps going )?)"
        r"half (?=(?:numb|asleep|dead)\b)",
        r"\1partly ",
    ),
    # A topic not understood is no trouble understanding speech: "he doesn't understand it
    # either", "nobody really understands the numbness". "She can't understand what I say" and
    # "he doesn't understand me" stay as they are.
    (
        r"\b(?:understands?|understood|understanding) (?=(?:it either|why|how|the (?:numbness|"
        r"tingling|diagnosis|condition|link|connection|reason|cause|results?|problem|disease|"
        r"illness|point|leaflet|explanation|options|treatment|tests?))\b)",
        "grasp ",
    ),
    # Little explained is no trouble speaking: "the GP didn't explain much".
    (
        r"\b(?:didnt|did not|never|wouldnt|would not|wont|will not|doesnt|does not) "
        r"(?:really |properly |fully )?explain(?:ed)?"
        r"(?: (?:much|anything|more|further)(?: else)?)?\b",
        "was brief",
    ),
    # A request to be told is nobody's report: "could you tell me which symptoms would indicate
    # a stroke?" asks, as "I wonder which" does.
    (r"\b(?:can|could|would|will) you (?:please )?(?:tell|show) (?:me|us)\b", "i wonder"),
    # How one would know, asked by anyone: "how would I spot a stroke?" is a question in general.
    (
        r"\bhow (?:id |(?:would|do|can|could|should|will|might|to) (?:i |we |you |one |people )?)"
        r"(?:even |ever |really |actually |possibly )?(?:spot|tell|know|recogni[sz]e|notice|"
        r"identify|detect|check for|look out for|watch for)\b",
        "hypothetically how to recognise",
    ),
    # Sign words in other everyday senses: putting off a task, resting, acting, a wedding toast,
    # laughing until out of breath.
    (
        r"\b(?:drag|drags|dragging|dragged) (?:my|his|her|our|their|your) feet "
        r"(?=(?:on|about|over|with|when it comes)\b)",
        "delaying ",
    ),
    (r"\bflip ?flops?\b", "sandals"),
    # A sign as a topic of talk: "my friend scared me with stroke stories".
    (
        r"\b(stroke|clot|dvt)s? (stories|story|horror stories|tales|talk|articles?|videos?|posts?|"
        r"awareness|campaigns?|adverts?|ads|leaflets?|statistics|stats)\b",
        r"\1s \2",
    ),
    (r"\bkick(?:ed|ing|s)? back\b", "relaxed"),
    (
        r"\b(?:play|plays|playing|played|acting|act|acted) (?:as )?(?:a|the) stroke "
        r"(?:patient|victim|survivor)\b",
        "acting a role",
    ),
    (
        r"\bspeech (?=(?:at|for|during) (?:the |my |his |her |our |a )?(?:\w+ )?"
        r"(?:wedding|party|funeral|dinner|conference|meeting|school|work|event|ceremony|"
        r"reception)\b)",
        "toast ",
    ),
    (
        r"\b(?:short of breath|out of breath|breathless|could not breathe|couldnt breathe|"
        r"cant breathe|cant catch my breath|cannot catch my breath) "
        r"(?:from|with|after|when i|when we|while i|while we) (?:laugh\w*|giggl\w*|excitement|"
        r"joy|happiness|anticipation|delight|excit\w*|exict\w*)\b",
        "laughed a lot",
    ),
    # A flight that lands is no fall: "when we landed my feet were tingly". Not "I landed on my
    # back" or "landed awkwardly".
    (
        r"\b(?:(?:the |our |my )?(?:plane|flight|aircraft|jet)|we|they) (?:had |finally |just )?"
        r"(?:landed|touched down)\b(?! (?:on|awkward\w*|badly|hard|heavily|flat)\b)|"
        r"\bi (?:had |finally |just )?(?:landed|touched down) (?=(?:in|at|back|home|safely)\b)",
        "we arrived ",
    ),
    # Someone taken somewhere against their will, no foot dragging: "before I drag her to the GP".
    (
        r"\b(?:drag|drags|dragging|dragged) (her|him|them|me|us|you|mum|mom|dad|my \w+) "
        r"(?:along |off |down |round |back )?(to|into|in to|in|along to)\b",
        r"take \1 \2",
    ),
    # Little room to move is no leg that will not: "I couldn't move much in the exam".
    (
        r"\b(?:cant|couldnt|cannot|could not|can not|wasnt able to|was not able to|werent able to)"
        r" (?:really )?(?:move|get up|stretch) (?:much|a lot|very much|about much|around much|"
        r"off the (?:sofa|couch|settee|chair|bed))\b",
        "stayed still",
    ),
    # A crash that did not happen: "we nearly had a crash but nobody was hurt".
    (
        r"\b(?:nearly|almost|very nearly|narrowly) (?:had |have |got into |caused |avoided |"
        r"missed )?(?:an? )?(?:accident|crash|collision|car crash|prang|crashed)\b|\bnear miss\b",
        "a scare",
    ),
    # Faint numbness is mild numbness, nobody fainting: "this faint numbness for five weeks".
    (r"\bfaint (?=(?:numb\w*|tingl\w*|feeling|buzz\w*|pins)\b)", "mild "),
    # A food, no clot: "ate so many scones with clotted cream".
    (r"\bclotted cream\b", "cream"),
    # A condition of its own the guide does not cover, no splint on a leg.
    (r"\bshin ?splints?\b", "shinsplints"),
    # "If I ever get trouble peeing, go to A&E": advice for a day that has not come.
    (r"\b(?:if|should|in case) (i|you|he|she|they|we) ever\b", r"hypothetically \1"),
    # Sign words in everyday idioms: "my cousin swears by it" is no trouble speaking, "let's
    # face it" no face, "under my breath" no breathing, "drop by" no foot drop.
    (r"\b(?:swear|swears|swearing|swore|sworn) by\b", "recommends"),
    (r"\b(?:speaks?|speaking|spoke|talks?|talking|talked) highly of\b", "recommends"),
    (
        r"\b(?:(?:lets|let us|have to|got to|gotta|must) face (?:it|facts|the facts|the music)|"
        r"on the face of it|face up to)\b",
        "honestly",
    ),
    (r"\b(?:under (?:my|his|her|their|your) breath|breath of fresh air)\b", "quietly"),
    (r"\b(?:drop|dropped|dropping|drops) (?:in|by|round|over)\b", "visit"),
    # Restless legs, not a leg that will not move: "I can't lie still at night" (every "cannot",
    # "couldn't" and "unable to" is "cant" by now: lexicon.FOLDS opens with them).
    (
        r"\bcant (?:lie|lay|sit|stay|keep|hold) (?:(?:them|it|my "
        r"legs?|my feet|myself) )?still\b",
        "restless",
    ),
    # An ache of its own on one side is no side of the body: "toothache on the left side".
    (
        r"\b(tooth|teeth|ear|gum|jaw|stomach|tummy|belly)(?: ?aches?| pain)? on (?:the |my )?"
        r"(?:left|right)(?: hand)? side\b",
        r"\1ache",
    ),
    (r"\b(?:analysis|decision|choice|option) paralysis\b", "indecision"),
    (r"\bdead (?:tired|serious|on (?:my|his|her|our|their) feet)\b", "exhausted"),
    # Everyday senses of emergency words: a sport's stroke, furniture, a figure of speech.
    (
        r"\b(?:clean|rowing|swimming|paddle|paddling|brush|back|front|butterfly|golf|tennis|"
        r"pen|finishing|master|key|oar) ?strokes?\b",
        "technique",
    ),
    (
        r"\b(?:chest of drawers|toy chest|treasure chest|tool chest|ice chest|(?:a|an|the|this|"
        r"that|our|my|his|her|their|\w+s) (?:(?:big|heavy|huge|old|large|massive|solid|great|"
        r"little|small|carved) )*(?:antique|wooden|oak|pine|storage|blanket|hope|sea|linen|cedar|"
        r"camphor|mahogany|walnut|teak|metal|tin) chest)\b",
        "drawers",
    ),
    # A thing worn or kept across the chest: "the chest strap of my backpack is broken".
    (
        r"\bchest (strap|straps|pocket|pockets|harness|rig|freezer|protector|guard|mount|buckle|"
        r"clip|strap\w*)\b",
        r"\1",
    ),
    # Gear and outings named for walking, no walk that fails: "won some new walking boots".
    (
        r"\bwalking (?=(?:boots?|shoes?|socks?|trainers|sandals|holidays?|group|club|trips?|tours?|"
        r"routes?|trails?|poles?|gear|buddy|buddies|tour|festival|challenge)\b)",
        "hiking ",
    ),
    # Shoes kicked off are shoes taken off, no blow: "came back after I kicked them off".
    (
        r"\bkick(?:ed|ing|s)? (?:(?:them|em|those|my \w+|his \w+|her \w+|their \w+) off|off "
        r"(?:my|his|her|their|the) (?:shoes|heels|boots|trainers|sandals|slippers|skates))\b",
        "took them off",
    ),
    # A scare that turned out to be nothing, a burger, a joke about a day to come: "a stroke
    # scare last christmas", "a heart attack burger", "he'll have a stroke if his team loses".
    (r"\b(?:stroke|clot|dvt|heart attack|cancer) scare\b", "a scare"),
    (
        r"\b(?:heart|hart) (?:attack|atack) (?=(?:burger|burgers|sandwich|special|breakfast|"
        r"on a plate|grill|fries|platter)\b)",
        "huge ",
    ),
    (
        r"\b(?:ill|hell|shell|youll|theyll|well|will|gonna|going to|would) have an? "
        r"(?:stroke|heart attack|fit|coronary) (?=(?:if|when|over|about|at)\b)",
        "will be upset ",
    ),
    # A weak side in a sport is a weak stroke of play: "I am weak on my left side in tennis".
    (
        r"\bweak (?:on |in )?(?:my |the |his |her )?(?:left|right|backhand|forehand)(?: side)?\b"
        r"(?=[^.!?\n]*\b(?:tennis|golf|backhand|forehand|badminton|squash|boxing|swing|"
        r"ping pong|table tennis|volleyball|cricket|baseball)\b)",
        "poor technique",
    ),
    # A swimmer's or player's technique as the thing weak on one side: "my coach says my
    # breaststroke is weak on one side" (folded to "swimming"). Never a person weak on one side.
    (
        r"\b(swimming|kick|kicks|crawl|freestyle|backhand|forehand|serve|swing|technique) (?:is|"
        r"are|was|feels|looks|seems) (?:a bit |a little |really |quite |so )?weak(?:er)? on (?:one|"
        r"the left|the right|my left|my right) side\b",
        r"\1 is uneven",
    ),
    # A claim reported as a rule for anyone: "my friend says that if you can't control your
    # bladder...".
    (
        r"\b((?:says|said|say|reckons|reckon|told me|tells me|thinks|claims)(?: that)?) "
        r"if (?=(?:you|u|someone|somebody|anyone|a person|people)\b)",
        r"\1 hypothetically if ",
    ),
    # Pride that swells a chest, a machine's foot: "my chest is bursting with pride", "the
    # presser foot won't lift".
    (
        r"\b(?:my|his|her|our|their) (?:chest|heart) (?:is |was |just )?(?:bursting|swelling|"
        r"swelled|puffed|puffing|fit to burst)(?: up)? with pride\b",
        "i am so proud",
    ),
    (r"\bpresser foot\b", "presser"),
    # A stool to sit on, no bowel movement: "sat on a fishing stool for hours".
    (
        r"\b(?:fishing|bar|kitchen|camping|piano|step|foot|milking|folding|high|wooden|plastic|"
        r"garden|little|low|tall|work|drum|shower|three legged|potting) stools?\b|"
        r"\b(?:on|onto|off) (?:a|the|my|his|her|that|this|our|their) stool\b",
        "on a seat",
    ),
    # Furniture carried about, no chest of anyone's: "we had to shift the chest upstairs".
    (
        r"\b((?:move|moved|moving|moves|shift|shifted|shifting|carry|carried|carrying|lift|"
        r"lifted|lifting|drag|dragged|dragging|haul|hauled|hauling|heave|heaved|heaving) "
        r"(?:the|a|an|that|this|our|his|her|their|grandads|grandmas|nans|mums|dads) "
        r"(?:(?:big|heavy|huge|old|large|massive|solid|great) )*)chest\b",
        r"\1drawers",
    ),
    # "Get it off my chest", "something on my chest I need to say": not "pressure on my chest".
    (r"\boff (?:my|his|her|your|our|their) chest\b", "to say"),
    (
        r"\b(?:something|things|stuff|a lot|lots) on (?:my|his|her|your|our|their) chest\b"
        r"(?= (?:to|i|that|for|and i))",
        "to say",
    ),
    (
        rf"\b(?:gave|give|gives|giving) (?:me|him|her|them|us|you) (?:a )?{_HEART_ATTACK}\b",
        "shocked",
    ),
    (
        r"\b(?:my|his|her|their|our|\w+s) (?:face|jaw|heart|stomach) "
        r"(?:dropped|droped|dropping|fell|falls|sank) "
        r"(?:at|when (?:i|we|he|she|they) (?:saw|heard|read|got|opened|looked|found))\b",
        "i was shocked",
    ),
    (
        rf"\b(?:nearly|almost) (?:had|have|having|gave \w+) a {_HEART_ATTACK}\b",
        "was shocked",
    ),
    # A stroke service is a place or a job, nobody's stroke: "I clean on a stroke ward".
    (
        r"\bstroke (?=(?:ward|wards|unit|units|clinic|clinics|nurse|nurses|team|teams|service|"
        r"services|specialist|specialists|consultant|doctor|doctors|charity|charities|"
        r"association|foundation|society|research|researcher|department|centre|center)\b)",
        "hospital ",
    ),
    # The word and the touch: "'stroke' also means petting a cat", "stroking the dog".
    (
        r"\b(?:the word )?stroke (?=(?:also |can also |just )?(?:means|mean|meaning|is also a)\b)|"
        r"\bstrok(?:e|es|ed|ing) (?=(?:the|a|my|his|her|our|their|your) (?:\w+ )?(?:cat|cats|"
        r"kitten|dog|dogs|puppy|pet|horse|pony|rabbit|hair|beard|fur)\b)",
        "petting ",
    ),
    # A stroke in sport or art: "the golf pro says my stroke needs work". Never "a stroke", "a
    # mini stroke": "my rowing partner just had a stroke" is his.
    (
        r"\b((?:golf|tennis|swim\w*|rowing|rower|paddl\w*|oars?|brush\w*|paint\w*|pen|piano|"
        r"pool|billiards|snooker|cricket|badminton|squash|kayak\w*|canoe\w*)\b[^.!?\n]*?)"
        + _NOT_HAD
        + r"\bstrokes?\b",
        r"\1technique",
    ),
    (
        _NOT_HAD + r"\bstrokes?\b([^.!?\n]*?\b(?:golf|tennis|swim\w*|rowing|rower|paddl\w*|oars?|"
        r"brush\w*|paint\w*|piano|pool|billiards|snooker|cricket|badminton|squash|kayak\w*|"
        r"canoe\w*)\b)",
        r"technique\1",
    ),
    # A year told last: "the year my speech went funny and my leg stopped working was 2016" is a
    # history, as "in 2016 my speech went funny" is.
    (
        r"\bthe (year|summer|winter|spring|autumn|time|month) ([^.!?\n]{0,80}?) (?:was|were) "
        r"(?:in |back in )?(?:19|20)[0-9][0-9]\b",
        r"in the past, the \1 \2",
    ),
)
