"""Sayings, games and jokes that borrow a sign's words: folds the screen applies before it reads.

"Paralysed by choice in the cereal aisle", "the boss stunned and paralysed me and I died, this
game is unfair", "tongue-tied from nerves", "she's having a stroke every time Excel crashes":
nobody is paralysed, mute or having a stroke. Each rewrite turns the words into ones that carry
no sign, or hedges them where the words may still tell something true ("peed myself laughing"
is a bladder that let go, not the guide's loss of control; it asks, never alarms). Part of
`bot.triage.lexicon.FOLDS`, after figures.py, on the lowercased text without apostrophes. So are
machines and markets, words talked about, a book's character, a speech given, an accent, a
ball's bladder, breath in everyday senses and a year long gone. Each class has probes and guards
that a real emergency beside it still escalates in tests/unit/test_red_flag_sayings_and_work.py,
test_red_flag_machines_books_and_pets.py and test_red_flag_speech_breath_and_years.py.
"""

from __future__ import annotations

from bot.triage.people import RELATIVES

# What freezes someone in a game: a boss, a spell, another player.
_GAME_FOES = (
    r"(?:boss|bosses|enemy|enemies|spell|spells|mob|mobs|monster|monsters|zombie|zombies|ghost|"
    r"ghosts|ghoul|ghouls|dragon|trap|traps|ability|ult|ultimate|sniper|player|players|tank|"
    r"mage|healer|bot|bots|npc|npcs|raid|villain)"
)

# A mind gone blank on the spot, from nerves: only beside what puts someone on it.
_BLANK = r" (?:went|goes|go|going|just went) (?:totally |completely |all |a bit |utterly )?blank\b"
_ON_THE_SPOT = (
    r"(?:presentation|presenting|exam|test|interview|speech|meeting|quiz|audition|stage|nerves|"
    r"nervous|shy)"
)

IDIOMS: tuple[tuple[str, str], ...] = (
    # Thanks beyond words: "I can't find the words to thank you".
    (
        r"\bcant find (?:the |my )?(?:right )?words (?:to (?:thank|express|describe|say|tell|"
        r"explain|write|put|break|ask|apologi[sz]e)|for how (?:grateful|thankful|happy))\b",
        "am so grateful to thank",
    ),
    # A choice or a fear that freezes: "paralysed by choice", "paralyzed by too many options".
    (
        r"\b(?:paralysed|paralyzed|paralysis|frozen|froze) (?:with|by|from) (?:(?:all )?"
        r"(?:the|too many|so many) )?(?:choices?|options?|indecision|decisions?|fear|worry|"
        r"anxiety|nerves|doubt|overthinking|perfectionism|stage fright|panic|dread|procrastination)"
        r"\b",
        "frozen",
    ),
    # A game's stun: "got stunned and paralyzed by the boss for 10 seconds and died", "the raid
    # boss paralysed me".
    (
        r"\b(?:(?:stunned|frozen|froze|knocked down) and )?(?:paralysed|paralyzed|stunned|frozen|"
        r"froze|stunlocked|stun locked) (?:by|from) "
        r"(?:the|a|an|that|this|his|her|their|some|every) (?:\w+ )?" + _GAME_FOES + r"\b",
        "stuck in a video game",
    ),
    (
        r"\b(?:the |a |that |this )?(?:\w+ )?" + _GAME_FOES + r" (?:stunned|paralysed|paralyzed|"
        r"froze|frozen|stunlocked)(?: and (?:paralysed|paralyzed|stunned|froze|killed))? "
        r"(?:me|us|him|her|them)\b",
        "i got stuck in a video game",
    ),
    # Shy, not speechless: "completely tongue-tied from nerves", "how do I get over my fear of
    # public speaking", "gave a presentation and my mind went blank".
    (r"\btongue ?tied\b", "anxious"),
    (r"\bpublic speaking\b", "presenting"),
    (
        r"\b(?:my|his|her|their) mind" + _BLANK + r"(?=[^.!?\n]*\b" + _ON_THE_SPOT + r"\b)",
        "i got nervous",
    ),
    (
        r"\b(" + _ON_THE_SPOT + r"\b[^.!?\n]*?)\b(?:my|his|her|their) mind" + _BLANK,
        r"\1i got nervous",
    ),
    # A stroke every time something happens is a temper, not a stroke: "she's having a stroke
    # every time Excel crashes", "I'm having a stroke trying to read this". A "mini" stroke that
    # comes back is told as itself and stays.
    (
        r"\b(?:having|have|has|get|gets|getting) an? (?:stroke|heart attack) "
        r"(?=(?:every ?time|whenever|each time|any ?time|trying to (?:read|understand|follow|"
        r"figure|work out|make sense|parse|decipher))\b)",
        "getting upset ",
    ),
    # A day that has not come, told from far off: "if one of my clients ever told me their leg
    # was numb and their speech was slurred, what do I do?". The doubt reaches the words told.
    (
        r"\b(if (?:\w+ ){0,5}?ever (?:told|tells|said|says|mentioned|mentions|showed|shows|had|has|"
        r"got|gets|complained|complains)(?: (?:me|us|you|of|about))?)\b",
        r"\1 hypothetically",
    ),
    # A book's, a film's or a game's character: "in the book I'm reading, the detective wakes up
    # paralysed from the waist down".
    (
        r"\bin (?:the|this|a|my|that) (?:book|novel|film|movie|show|series|episode|story|game|play|"
        r"comic|manga|anime|drama|audiobook)(?: (?:im|i am|we are|were|i was|we were) (?:reading|"
        r"watching|playing|writing|listening to))?,? (?=(?:the|a|an|one|this) (?:main )?(?:\w+ )?"
        r"(?:detective|hero|heroine|character|protagonist|villain|guy|girl|man|woman|doctor|nurse|"
        r"patient|soldier|kid|boy|king|queen|wife|husband|narrator|lead)s?\b)",
        "in a story where hypothetically ",
    ),
    # A word talked about, no one who has it: "need a word that rhymes with numb", "what is the
    # meaning of numb?", "how to say numb in Spanish".
    (
        r"\b(rhymes? with|rhyming with|(?:a )?rhyme for|another word for|(?:a )?synonym for|how "
        r"(?:do you|do i|to) (?:spell|say)|spelling of|(?:the )?meaning of|the word|say (?:the )?"
        r"words?) (?:the word )?(?:numb|numbness|stroke|"
        r"clot|paralysed|paralyzed|paralysis|slurred|slurring|drooping|droopy|seizure|heart attack)"
        r"\b",
        r"\1 something",
    ),
    # Machines and markets do not slur, gasp or have strokes: "my laptop has a stroke when I open
    # a big file", "my phone's speaker is slurring everything", "my laptop is gasping for breath",
    # "the stock market had a heart attack". Never a person beside a machine: "my husband was at
    # the computer and had a heart attack", "dad was working on the car and had a stroke".
    (
        r"(?<!\bat the )(?<!\bon the )(?<!\bby the )(?<!\bin the )(?<!\bnear the )"
        r"(?<!\bwith the )(?<!\bfrom the )(?<!\bunder the )(?<!\bat his )(?<!\bat her )"
        r"(?<!\bat my )"
        r"\b(?:laptop|computer|pc|phone|speaker|printer|car|engine|router|wifi|internet|tv|telly|"
        r"console|fridge|boiler|hoover|vacuum|battery|stock market|market|markets|economy|"
        r"portfolio|shares|crypto|bitcoin|website|server|app|spreadsheet|excel|system|deploy|"
        r"deployment|build|pipeline|codebase|code|database|network|software|script|release|fan|"
        r"drain|pipe|gutter|exhaust|motor|generator|compressor|mower|lawnmower|chainsaw|kettle|"
        r"dishwasher|washing machine|dryer|blender)s?"
        r"(?: (?!(?:and|then|so|but|when|while|after|before|my|his|her|our|their|i|he|she|we|"
        r"they|you|me|him|us|them|" + RELATIVES + r")\b)\w+){0,2} "
        r"(?:is |was |are |were |has been |keeps |kept |started |starts |just |had |has |have |"
        r"gets |got |sounds |sounded |sound )?"
        r"(?:slurring|gasping|wheezing|choking|breathless|struggling to breathe|out of breath|on "
        r"life support|"
        r"having a(?: little| mini)? (?:stroke|heart attack|seizure|fit)|a(?: little| mini)? "
        r"(?:stroke|heart attack|seizure|fit))(?: for (?:breath|air))?\b",
        "acting up",
    ),
    # A speech given is a talk, and stumbling over its words nerves: "my best-man speech", "I
    # stumbled over every word of my speech at the wedding". Not "his speech is slurred".
    (
        r"\b(?:(?:best ?man|best mans|wedding|maid of honou?r|retirement|leaving|graduation|"
        r"acceptance|farewell|school|birthday)s? speech(?:es)?|(?:give|gave|given|giving|make|"
        r"made|making|write|wrote|writing|deliver\w*|practi[sc]e\w*|rehears\w*) (?:a|the|my|his|"
        r"her|their|our) speech|speech at (?:the|my|his|her|a|our|their) (?:\w+ )?(?:wedding|party|"
        r"funeral|event|conference|school|dinner|meeting|do))\b",
        "toast",
    ),
    (
        r"\b(toast\b[^.!?\n]*?)\bstumbl\w* (?:over|on) (?:\w+ ){0,3}words?\b|"
        r"\bstumbl\w* (?:over|on) (?:\w+ ){0,3}words?\b(?=[^.!?\n]*\b(?:nerves|nervous|toast)\b)",
        r"\1got nervous",
    ),
    # A teacher's word on an accent, no slurred speech: "my teacher says my Rs come out slurred",
    # "my speech is slurred because of my accent".
    (
        r"\b(?:teacher|tutor|coach|classmates?)s? (?:says?|said|tells me|told me) (?:that )?(?:my|"
        r"his|her) (?:\w+ ){0,3}(?:is|are|come out|comes out|sounds?|sounded) slurred\b|"
        r"\bslurred (?:and \w+ )?because (?:of )?(?:my|his|her) accent\b",
        "has an accent",
    ),
    # A ball's bladder is the ball: "the bladder inside my son's football has gone", "the ball
    # bladder burst" (as "inner tube", the model read a burst tube as a limb's compartment). Only
    # the ball's own: "played football then lost control of my bladder" is the bladder sign.
    (
        r"\b((?:foot|rugby |basket|volley|net|beach )?balls?\b(?:(?!\b(?:my|his|her|their|our|i|he|"
        r"she|we|they|control|hold|lost|cant|pee|wee|empty|wet)\b)[^.!?\n]){0,40}?)\bbladders?\b|"
        r"\bbladders? (?=(?:inside|in|of) (?:the |my |his |her |a |our |their )?(?:\w+ ){0,2}"
        r"(?:foot|rugby |basket|volley|net)?balls?\b)",
        r"\1ball",
    ),
    # Breath in everyday senses: someone breathing down one's neck, breath lost laughing or
    # chasing children, breath held under water, bad breath, a swimmer's breathing, a chest
    # press. Not "out of breath climbing the stairs", which the guide's chest sign may be.
    (r"\bbreathing down (?:my|his|her|our|their) necks?\b", "pressuring me"),
    (
        r"\b(?:gasping for (?:breath|air)|out of breath|breathless|winded|puffed out|(?:couldnt|"
        r"was cant|cant) breathe) (?:from |with )?(?:laughing|laughter|embarrassment|cringe|"
        r"chasing (?:them|him|her|the kids|my \w+)|playing with)\b|"
        r"\blaugh\w* so (?:hard|much) (?:that )?(?:i|we|he|she) "
        r"(?:couldnt|was cant|cant) breathe\b",
        "laughing a lot",
    ),
    (r"\bhold (?:his|her|my|their|your) breath (?:under ?water|in the pool|for long)\b", "dive"),
    (r"\b(?:bad|smelly|garlic|morning) breath\b|\bbreath (?:is |was )?smel\w*", "halitosis"),
    (
        r"\b(?:breathing|breath) (?:technique )?(?:is|was|has been) (?:really )?(?:spot on|great|"
        r"good|perfect|improving|better)\b",
        "technique is good",
    ),
    (r"\bchest (?:press|presses|day|fly|flies|workout)\b", "weights"),
    (
        r"\bbreath(?:e|ing) (?:to|on) (?:the|one|both|each) sides?\b|\bbreathe? (?:from|with|"
        r"into) (?:the|your|my|our) (?:diaphragm|belly|tummy|stomach)(?:,? not (?:the|your|my|our) "
        r"chest)?",
        "technique",
    ),
    # Speech slurred by drink at a party: "his speech was slurred after the champagne", "at the
    # pub last night".
    (
        r"\bslurr\w*(?= (?:after|from|with) (?:the |a few |too many |some |all the |a bottle of )?"
        r"(?:champagne|wine|beers?|pints?|drinks?|vodka|whisky|whiskey|alcohol|booze|shots|"
        r"cocktails|prosecco|cider)\b| (?:at|in) (?:the )?(?:pub|bar|club|party|reception)\b)",
        "tipsy",
    ),
    (
        r"\b(?:need to |have to |should |must )?breathe every (?:[0-9]+|two|three|four|five|other) "
        r"(?:strokes?|technique)\b",
        "swim",
    ),
    # Spirits lifted, no limb: "can't lift my spirits since he passed".
    (r"\blift (?:my|his|her|their|our) (?:spirits|mood)\b", "cheer up"),
    # A year long gone, or "before 5 year" for "5 years ago" in a second language.
    (
        r"\b(?:(?:back )?in|(?:that|this|it) was(?: back)?(?: in)?) (?:like |about |around |"
        r"roughly |circa )?(?:19[0-9][0-9]|200[0-9]|201[0-9]|the (?:19)?[5-9]0s|the (?:fifties|"
        r"sixties|seventies|eighties|nineties))\b|"
        r"(?:(?<=, )|(?<=maybe )|(?<=around )|(?<=about )|(?<=in )|(?<=circa ))"
        r"(?:19[0-9][0-9]|200[0-9]|201[0-9])(?=[,.])",
        "many years ago",
    ),
    # Signs asked about by their name: "find out what stroke signs look like", "looking up
    # stroke symptoms". Read as "the signs of a stroke" are, which someone asks about.
    (
        r"\b(what|find out|look(?:ing)? up|looked up|learn\w*|read(?:ing)? (?:up )?(?:about|on)|"
        r"know|recogni[sz]e|spot|list of|leaflet (?:on|about)) (?:the |all the |common |typical |"
        r"main )?stroke (?:signs|symptoms|warning signs)\b",
        r"\1 the signs of a stroke",
    ),
    (
        r"\bbefore (?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|many) years?\b",
        "years ago",
    ),
    # Breath taken away by a fright or a joke, told laughing: "that jump scare, I literally
    # couldn't breathe haha". Hedged, so it asks at most; the hedge closes with the laugh, so
    # what is told after it ("... lol and my calf is swollen and hot") is read as told.
    (
        r"\b((?:literally )?(?:couldnt|was cant|cant|could not) breathe(?: \w+)? (?:haha\w*|"
        r"lol\w*|lmao|rofl|hehe))\b",
        r"hypothetically \1,",
    ),
    # A chess piece, a singer, a stage fright: "my rook is paralysed on the back rank", "my
    # karaoke was so slurred", "the intern froze up during the presentation, totally paralysed".
    (
        r"\b(?:rook|rooks|bishop|bishops|knight|knights|pawn|pawns|pieces?|queen|king)(?: is| are|"
        r" was| were)? (?:totally |completely |fully )?paraly[sz]ed\b",
        "pinned",
    ),
    (
        r"\b((?:song|songs|singing|sang|sing|karaoke|vocals?|lyrics|rap|rapping|choirs?)\b"
        r"[^.!?\n]{0,40}?)\bslurred\b",
        r"\1off key",
    ),
    (
        r"\b(froze up\b[^.!?\n]{0,30}?)\b(?:totally |completely )?paraly[sz]ed\b|"
        r"\b(?:totally |completely )?paraly[sz]ed\b(?=[^.!?\n]*\b" + _ON_THE_SPOT + r"\b)",
        r"\1frozen",
    ),
    # A course's lesson: "did a first aid course and they talked about FAST for stroke".
    (
        r"\b((?:they|we|the (?:trainer|instructor|teacher|tutor|course|paramedic|nurse|medic)|our "
        r"(?:trainer|instructor|teacher|tutor)) (?:talked|taught|teach|teaches|learned|learnt|told "
        r"us|went over|covered|explained|showed us|practi[sc]ed)(?: us)?(?: about)?) (?=(?:the )?"
        r"(?:fast\b|befast\b|signs|symptoms|how to|what to do|recovery position|cpr|strokes?|heart "
        r"attacks?|clots?|spinal|choking)\b)",
        r"\1 hypothetically ",
    ),
    # A word's meaning in another language: "'doof' means deaf, and can mean numb too".
    (r"\b(means?|meaning|translates? (?:to|as)) (?:deaf|numb)\b", r"\1 something"),
    # Held still by a sleeping child or pet, no leg that fails: "baby fell asleep on my lap and
    # I couldn't move for an hour".
    (
        r"\b(asleep on (?:me|my \w+|top of me)\b[^.!?\n]{0,40}?)\b(?:i|we) (?:was cant|couldnt|"
        r"cant|could not) move\b",
        r"\1i stayed still",
    ),
    # A bladder or bowel that let go laughing, sneezing or coughing, or a joke taken back ("lost
    # control of my bowels laughing at that meme... jk"): hedged, so the red-flag questions ask
    # about the guide's loss of control rather than alarm; the hedge ends with the laugh.
    (
        r"\b((?:lost|lose|losing|loses) control of (?:my|his|her|their) (?:bladder|bowels?)"
        r" (?:laughing|from laughing|with laughter|sneezing|coughing|when (?:i|he|she|they) "
        r"(?:laughed|sneezed|coughed)|at (?:that|this|the|a) (?:meme|joke|video|clip)))\b",
        r"hypothetically \1,",
    ),
    (
        r"\b((?:peed|wee+d|wet|pissed|pooped|shat) (?:myself|himself|herself|themselves|"
        r"(?:my|his|her|their) (?:pants|trousers|knickers)) (?:a (?:bit|little) )?(?:laughing|"
        r"from laughing|with laughter|sneezing|coughing))\b",
        r"hypothetically \1,",
    ),
    # A face that is an object's: "my vase has a droopy face on one side", "the snowman's smile
    # droops". No one's face.
    (
        r"\b((?:vase|vases|pot|pots|mug|mugs|jug|clock|clocks|statue|statues|sculpture|doll|dolls|"
        r"puppet|teddy|pumpkin|jack o lantern|snowman|snowmans|cake|emoji|drawing|painting|"
        r"portrait|cartoon|mask|figurine|sketch|scarecrow|sandcastle|gingerbread man|bust)s?\b"
        r"[^.!?\n]{0,40}?)\b(?:face|faces|smile|mouth)\b",
        r"\1 shape",
    ),
    # A device that garbles a voice: "my headset keeps slurring my voice on discord", "the
    # connection was slurring everyone's words". The device must do the slurring: "mum was
    # slurring her words on the video call" is a person's speech.
    (
        r"\b((?:headset|headphones|mic|microphone|audio|speaker|speakers|bluetooth|connection|"
        r"signal|wifi|internet|voicemail|recording|app|robot|alexa|siri|sat ?nav|gps|text to "
        r"speech|voice assistant|phone line|radio|stream)(?: \w+)? (?:keeps |kept |is |was |were |"
        r"started |starts |has been )?)(?:slurr\w*|garbl\w*)"
        r"(?: (?:my|our|the|everyones|everybodys) (?:voice|voices|words|speech|audio))?"
        r"(?:[^.!?\n]{0,40}?\b(?:i|we) sound drunk)?",
        r"\1distorting the sound",
    ),
    (
        r"\b(?:everyones|everybodys|all our|all their) (?:speech|voices|words|audio) (?:went|got|"
        r"was|were|kept going) (?:all )?(?:garbled|slurred|choppy|robotic)\b",
        "the audio was choppy",
    ),
    # Footwear that slips off unfelt, no one falling: "he can't feel his slippers fall off".
    (
        r"\b(slippers?|shoes?|sandals?|flip ?flops?|socks?|boots?|them) (?:fall|falls|fell|"
        r"falling) off\b",
        r"\1 come off",
    ),
    # Breath short from a climb or a run, told back to normal: "out of breath after climbing
    # 300 steps, back to normal after a minute". Hedged, so it asks at most.
    (
        r"\b((?:out of breath|breathless|puffed out|winded|gasping|huffing and puffing) (?:after|"
        r"from|climbing|running|walking up|going up|on)\b[^.!?\n]{0,60}?\b(?:back to normal|caught "
        r"my breath|got my breath back|fine after|normal after|recovered after))\b",
        r"hypothetically \1,",
    ),
    # A close game, a crammed seat: "a breathless win", "crammed seats, couldn't move my legs for
    # two hours" (no room to, one's own legs, for a span). Not "trapped in the crushed seat, she
    # can't move her legs".
    (
        r"\bbreathless (win|game|match|finish|finale|thriller|performance|race|victory|ending|pace|"
        r"action|comeback|final|episode)\b",
        r"thrilling \1",
    ),
    (
        r"\b((?:no legroom|no leg room|crammed|cramped|packed|squashed|squeezed)\b[^.!?\n]{0,40}?)"
        r"\b(?:i |we )?(?:was cant|couldnt|cant|could not) move (my|our) legs\b(?= for (?:\d+|an?|"
        r"two|three|four|five|six|several|many|the whole|hours|ages)\b| all (?:flight|show|concert|"
        r"night|day|evening|journey)\b)",
        r"\1had no room for \2 legs",
    ),
    # A cup knocked over, a team that froze, a fright, a coach's joke: "the cat knocked my coffee
    # over", "our defence looked paralysed out there", "I nearly had a stroke when the cat got
    # out" (hedged: it asks at most), "watching my deadlift gives him chest pain lol" (hedged).
    (
        r"\bknock(?:ed|s|ing)? (?:over )?(my|the|a|his|her|our) (coffee|tea|mug|cup|glass|drink|"
        r"vase|lamp|bottle|plant|bowl)(?: over)?\b",
        r"spilled \1 \2",
    ),
    (
        r"\b(defence|defense|team|midfield|(?<!heart )attack|offence|offense|squad|lineup|back "
        r"line|backline|players|economy|market|markets|government|traffic|network)((?: (?!(?:but|"
        r"and|so|then|my|his|her|their|leg|legs|foot|feet|arm|arms|face|body)\b)\w+){0,2}) "
        r"(?:looked |"
        r"was |were |is |are |seemed |got )?(?:totally |completely )?paraly[sz]ed\b",
        r"\1\2 froze",
    ),
    (
        r"\b(?:nearly|almost|practically) (?:had|have|having) a stroke\b",
        "hypothetically had a stroke,",
    ),
    (
        r"\b((?:gives?|giving|gave) (?:me|him|her|them|us) (?:a )?(?:chest pains?|heart attacks?|"
        r"a stroke)(?: \w+)? (?:lol\w*|lmao|haha\w*|rofl|hehe|jk))\b",
        r"hypothetically \1,",
    ),
    # A device's wrong words, a message's jumble, a one-sided game: "speech to text keeps typing
    # the wrong words", "sorry if this is garbled", "the game was so one-sided".
    (
        r"\b((?:speech to text|autocorrect|auto correct|autocomplete|predictive text|voice typing|"
        r"dictation|spell ?check\w*|keyboard|siri|alexa)(?: on (?:my|the) \w+| \w+)? (?:keeps |"
        r"kept |is |was |started |always )?(?:typing |putting |using |giving |making |changing |"
        r"getting |gets |got |mixing |mixes |mixed )?)(?:in )?(?:the |my |all the )?(?:wrong words|"
        r"words (?:wrong|up|muddled)|garbled|gibberish|nonsense)\b",
        r"\1typing errors",
    ),
    (
        r"\b(?:sorry|apologies|excuse)(?: \w+){0,3} (?:if|for) (?:this|the|my) (?:message |text )?"
        r"(?:is |being |was |looks )?(?:garbled|jumbled|nonsense|gibberish|all over the place|"
        r"messy)\b",
        "sorry for the typos",
    ),
    (
        r"\b(game|match|contest|fight|debate|race|score|scoreline|result|argument|conversation|"
        r"final|series)( (?:was|is|were|got))? (?:so |very |pretty |totally |completely )?one "
        r"?sided\b",
        r"\1\2 uneven",
    ),
    # A joke taken back: "this spreadsheet is giving me chest pains jk". The sentence is hedged,
    # so it asks at most; "not kidding" and "no joke" are no joke taken back.
    (
        r"(?:^|(?<=[.!?\n]))([^.!?\n]*?)(?<!not )(?<!no )(?<!nt )\b(?:jk|j k|just kidding|just "
        r"joking|only joking|kidding|joking)\b",
        r"hypothetically \1,",
    ),
)
