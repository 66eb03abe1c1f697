"""Pastimes, pets and charities that borrow a sign's words: folds the screen applies before it
reads.

"My parrot keeps squawking 'I can't breathe!'", "rewatching Breathless", "the cleric got a
spinal injury from a falling trap", "a heart attack awareness walk", "dropped my phone face
down", "I can't lift more than 40kg on deadlift", "laughed so hard I nearly wet myself": nobody
here is short of breath, injured, drooping, weak or incontinent. Each rewrite carries no sign,
or hedges the words where they may still tell something ("nearly wet myself" alone asks at
most). Part of `bot.triage.lexicon.FOLDS`, after idioms.py, on the lowercased text without
apostrophes. A sign told as one's own beside any of these keeps its words and escalates: each
class has probes and guards in tests/unit/test_red_flag_pastimes_and_pets.py.
"""

from __future__ import annotations

# Characters of a tabletop or video game: they are hurt, cursed or paralysed in play.
_GAME_CLASSES = (
    r"(?:cleric|bard|wizard|paladin|rogue|warlock|druid|sorcerer|sorceress|barbarian|"
    r"necromancer|npc|avatar|toon|dwarf|elf|orc|goblin|halfling|tiefling)s?"
)
# Where "my character" lives: a table, a screen, a story.
_PLAY = (
    r"(?:d ?(?:and|n) ?d|dnd|dungeons and dragons|campaign|session|tabletop|rpg|game|gaming|"
    r"quest|dungeon|dm|gm|dungeon master|the sims|minecraft|fortnite|skyrim|baldurs gate|"
    r"elden ring|raid|boss fight|character sheet|novel|book|story|film|movie|show|series)"
)
# Animals and toys that repeat what they hear.
_TALKERS = (
    r"(?:parrot|parrots|budgie|budgies|cockatoo|cockatiel|african grey|macaw|mynah|myna|bird|"
    r"talking toy|toy|doll|robot|alexa|siri|furby|teddy)"
)
# Conditions a charity, a walk or an awareness week is named for.
# Languages one learns or speaks, for "my Spanish is slurred" and "my German is rusty".
_LANGUAGES = (
    r"(?:spanish|french|german|italian|english|japanese|chinese|mandarin|cantonese|arabic|russian|"
    r"portuguese|korean|dutch|polish|turkish|hindi|urdu|greek|welsh|irish|gaelic|latin|swedish|"
    r"norwegian|danish|finnish|hebrew|vietnamese|thai|swahili)"
)
_CAUSES = (
    r"(?:stroke|strokes|heart attack|heart attacks|heart|cardiac|dvt|blood clot|blood clots|"
    r"clot|thrombosis|spinal injury|spinal injuries|spinal cord injury|paralysis|chest|lung|"
    r"breathing|continence|bladder|bowel)"
)

# From the start of a message that names no numbness anywhere: a breath taken by a game or a
# workload is a figure of speech only there. "I can't breathe with all this stress and my leg
# went numb" is the guide's breathing sign, however it is explained.
_NO_NUMBNESS = (
    r"^((?![\s\S]*\b(?:numb\w*|tingl\w*|pins and needles|cantfeel|dead|asleep)\b)[\s\S]*?)"
)

# Machines that "have a heart attack" in their users' words.
_MACHINES = (
    r"(?:server|servers|computer|laptop|pc|system|database|network|website|site|app|engine|"
    r"printer|boiler|fridge|router)"
)

PASTIMES: tuple[tuple[str, str], ...] = (
    # A game's characters hurt in play: "our D&D party wiped: the cleric got a spinal injury
    # from a falling trap and the bard lost his speech", "my character in the campaign".
    (
        r"\b(?:the|my|our|his|her|their|a|an|one|every) (?:\w+ )?" + _GAME_CLASSES + r"\b"
        # The one who plays it is a person: "our cleric's player collapsed at the table".
        r"(?!(?: s)? (?:player|players|irl)\b)",
        "hypothetically a game piece",
    ),
    (
        r"\b(?:my|our|his|her|their|the) (?:\w+ )?(?:character|characters|sim|sims|party)\b"
        r"(?=[^.!?\n]{0,80}\b(?:in|on|from) (?:the |my |our |this |a )?(?:\w+ )?" + _PLAY + r"\b)",
        "hypothetically a game piece",
    ),
    # A pet or a toy repeating words: "my parrot keeps squawking 'I can't breathe!' because my
    # son taught him". The words are the bird's, to the end of the clause.
    (
        r"\b" + _TALKERS + r"\b(?: \w+){0,2}? (?:keeps |kept |always |just |now |has learned to |"
        r"learned to |learnt to )?(?:squawk\w*|say|says|saying|said|repeat\w*|shout\w*|screech\w*|"
        r"mimic\w*|copy|copies|copying|copied|yell\w*|scream\w*|chirp\w*|whistl\w*|sing|sings|"
        r"shriek\w*|squeal\w*|croak\w*|mutter\w*|"
        r"singing|talk\w*)\b"
        # To the end of the clause, but never past a turn to what happens: "the parrot was
        # squawking when I realised I can't breathe" tells one's own breath.
        r"(?:(?!\b(?:when|while|whilst|as|then|but|because|so|suddenly|now|and (?:i|my|me|we|"
        r"he|she|then|now))\b)[^.!?,;\n])*",
        "the pet talks",
    ),
    # A charity, a walk or a week named for a condition: "attending a heart attack awareness
    # walk", "fundraising for the stroke association".
    (
        r"\b" + _CAUSES + r"(?: \w+)? (?:awareness|charity|charities|fundraiser|fundraising|"
        r"fun run|sponsored|memorial|research|support group|foundation|association|society|"
        r"trust|appeal|ribbon|campaign|walkathon|bake sale|raffle)\b",
        "a charity",
    ),
    # A face pulled is an expression made, by a dog or a child: "my Labrador pulls the droopiest
    # face when he sulks". Not a face that droops by itself.
    (
        r"\b(pull|pulls|pulled|pulling|make|makes|made|making) (?:a|the|such a|this|that|his|her|"
        r"their|its) (?:\w+ ){0,2}faces?\b",
        r"\1 an expression",
    ),
    # A thing dropped that fell, no one's fall: "my phone took a nasty fall down the stairs".
    (
        r"\b(?:my |the |his |her |our )?(?:phone|mobile|laptop|tablet|ipad|glasses|camera|bag|box|"
        r"suitcase|mug|cup|bottle|remote|keys|console|controller|watch) (?:took|had|has taken) a "
        r"(?:\w+ )?(?:fall|tumble)(?: (?:down|off|from) (?:the )?(?:stairs|steps|table|desk|"
        r"counter|shelf|balcony|roof))?\b",
        "a thing got dropped",
    ),
    # Breath lost to pride, joy or a film: "so proud I can't breathe!", "I literally forgot to
    # breathe in the final scene", "breathtaking".
    (
        r"\b(?:so |too )?(proud|happy|excited|thrilled|overjoyed|in love|giddy|emotional)\b"
        r"(?:(?!\b(?:but|now|suddenly|then|since|and)\b)[^.!?\n]){0,40}?\b(?:i|we) (?:cant|"
        r"couldnt|can not|could not|was cant) (?:even )?breathe\b",
        r"so \1",
    ),
    (r"\b(?:literally |actually )?forgot to breathe\b", "was gripped"),
    (r"\bbreath ?taking\b", "stunning"),
    # Breathing told as easy is breathing told as fine: "no chest tightness, breathing's easy".
    (
        r"\b(breathing|breath)s? (?:is |was |feels |felt )?(?:easy|easier|normal)\b",
        "breathing fine",
    ),
    # Breath taken by good news: "I'm breathless - we just got the keys to our first house!!".
    (
        r"\b(?:im|i am|were|we are) (?:so |literally |honestly |totally )?breathless\b"
        r"(?=[ ,!-]{1,5}(?:we|i) (?:just |finally )?(?:got|won|passed|bought|booked|heard|"
        r"found out)\b)",
        "im thrilled",
    ),
    # A call's sound, not a voice: "the speaker's muffled, my words sound all garbled on calls".
    (
        r"\b(?:(?:my|his|her|our|their) )?(?:words?|voice|voices|speech|i|he|she|we|they) "
        r"(?:sound|sounds|sounded|come out|comes out|came out|is|are|was|were|get|gets) (?:all |so "
        r"|really |a bit |kind of |kinda )?(?:garbled|muffled|slurred|distorted|robotic|choppy|"
        r"broken up|breaking up|jumbled) on (?:calls?|the phone|phone calls?|zoom|teams|video "
        r"calls?|facetime|whatsapp|skype|the line|voice notes?|the mic|the recording)\b",
        "the call line is bad",
    ),
    (
        r"\b(phone|phones|case|cover|screen protector|speaker|headset|earbud|earbuds|airpods?|"
        r"remote|controller|laptop|tablet)\b((?: \w+){0,3}) fell (?:off|out)\b",
        r"\1\2 came loose",
    ),
    # A face that falls at news, a heart lost to someone: "my face is falling when I see the
    # electric bill", "fell head over heels for my coworker".
    (
        r"\b(?:my|his|her) face (?:is |was )?(?:falling|fell|falls|dropped|drops|"
        r"drop)\b(?= (?:\w+ )"
        r"{0,2}(?:when|whenever|every time) (?:i|he|she|we) (?:see|saw|sees|read|reads|hear|heard|"
        r"open|opened|get|got|look at|looked at)\b)",
        "I was dismayed",
    ),
    (r"\b(?:fell|fall|falls|falling|fallen) head over heels\b", "fell in love"),
    # A thing lying on its face: "dropped my phone face down", "the card landed face up".
    (r"\bface ?(?:down|up|downwards|upwards)\b", "upside down"),
    # A phone's or a watch's face is its screen: "my phone face is broken, half of screen drop".
    (r"\b(phone|watch|clock|screen|tablet|laptop)(?:s)? face\b", r"\1 screen"),
    (
        r"\b(?:half |part |some |one side |the (?:top|bottom|left|right) )?(?:of )?(?:the )?"
        r"(?:screen|display)\b(?: \w+){0,2} (?:drop|drops|dropped|went|gone|goes|go|turned|is) "
        r"(?:down )?(?:black|dark|dead|blank)\b",
        "part of the display is dark",
    ),
    # A speech given is a talk, a face gone red a blush: "my son give speech in school tomorrow
    # and he is so nervous, his face go red".
    (
        r"\b(?:give|gives|giving|gave|given|make|makes|making|made|deliver\w*|practi[sc]\w*|"
        r"write|writing|wrote) (?:a |his |her |my |the |their |our |this |that |an )?(?:(?!(?:"
        r"but|and|or|so|then|now|out|way|up|in|his|her|my|their)\b)\w+ ){0,2}speech\b",
        "give a presentation",
    ),
    (
        r"\b(?:my|his|her|their) face (?:go|goes|went|gone|going|turn|turns|turned|turning|gets|"
        r"got|is|was) (?:all |bright |so |very )?(?:red|pink|scarlet|crimson)\b",
        "blushing",
    ),
    # A show, a film, a book or a song named by a sign's word, straight after its watching or
    # reading: "rewatching Breathless", "listening to Paralyzed on repeat".
    (
        r"\b((?:watch\w*|rewatch\w*|re watch\w*|stream\w*|binge\w*|binging|read|reading|reread\w*|"
        r"listening to|listened to|playing|played|seen|saw|recommend\w*) (?:the (?:film|movie|show|"
        r"book|novel|series|song|album|play) )?|(?:the )?(?:song|album|track|single|band|film|"
        r"movie|book|novel|show|series|play|musical) (?:called |named |titled )?)(?:breathless|"
        r"paraly[sz]ed|paralysis|stroke|the stroke|speechless|numb|heart attack|spinal tap|"
        r"the fall|the drop)\b",
        r"\1a title",
    ),
    # A lift one cannot make at the gym is a weight, not a leg: "I can't lift more than 40kg on
    # deadlift", "can't squat over 100 kilos".
    (
        r"\bcant (?:lift|raise|press|bench|squat|deadlift|pull|push|curl|move)(?: (?:more than|"
        r"over|above|past|beyond|as much as|much more than|heavier than))? \d+ ?(?:kg|kgs|kilos?|"
        r"kilograms?|lbs?|pounds?|plates?)\b",
        "use lighter weights",
    ),
    (r"\b(?:dead ?lifts?|deadlifting)\b", "weight training"),
    # Swimming strokes are kinds of swimming: "working on my backstroke and breaststroke kick".
    (
        r"\b(?:(?:back|breast|side|free|butterfly) ?strokes?|(?:front|back) crawl)(?: (?:kick|"
        r"kicks|kicking|legs))?\b",
        "swimming",
    ),
    # A kick in the pool is swimming: "trying to improve my backstroke, coach says I kick too
    # much".
    (
        r"\b(swimming|swim\w*|pool|lengths?|laps?|technique|coach)\b([^.!?\n]{0,60}?)\bkick"
        r"(?:s|ing|ed)?\b(?! (?:in|to|from|off|on) (?:the|my|his|her) (?:back|head|neck|shin|leg|"
        r"chest|face)\b)",
        r"\1\2paddle",
    ),
    # Legs to get moving are exercise wanted: "any good walking routes to get my legs moving?"
    (
        r"\b(?:get|getting|keep|keeping) (?:my|his|her|our|their|the) (?:legs|body|feet) "
        r"(?:moving|going|active)\b",
        "exercise more",
    ),
    # A coach's word on form is a claim, not a leg that fails: "coach says my feet are lazy".
    (
        r"\b(?:coach|coaches|trainer|instructor|teacher|pt|physio|sensei|manager) (?:says|said|"
        r"thinks|reckons|told me|tells me|keeps saying|keeps telling me)(?: that)?(?= (?:my|his|"
        r"her|our|their) (?:\w+ )?(?:feet|foot|legs?|kick|kicks|technique|form|footwork|stroke|"
        r"arms?)\b[^.!?\n]{0,20}\b(?:lazy|weak|slow|sloppy|heavy|dead|floppy|rubbish|poor|bad|"
        r"lame|useless)\b)",
        "supposedly",
    ),
    # "Laughed so hard I nearly wet myself": a bladder that held. Hedged: it asks at most.
    (
        r"\b(?:nearly|almost|practically|about to|close to) (?:peed|pee|wet|wee+d|pissed|pooped|"
        r"shat|soiled) (?:myself|himself|herself|themselves|my pants|his pants|her pants)\b",
        "hypothetically an accident",
    ),
    # A bladder that holds water for a pack or a tank: "the water bladder in my hiking pack".
    (
        r"\b(?:(?:water|hydration|fuel|drinking|camel ?bak) bladder|bladder (?:tank|pack|"
        r"reservoir)|bladder for (?:the |a )?(?:water|fuel|tank|water tank))\b",
        "water pouch",
    ),
    # What goes flat is a ball, a tyre or a mattress with a puncture, not a bladder that leaks:
    # "my football's inner tube has a slow leak".
    (
        r"\b(inner tube|inner tubes|tyre|tyres|tire|tires|ball|balls|airbed|air bed|mattress|"
        r"lilo|paddling pool|pool|dinghy|boat|pipe|pipes|tap|roof|radiator|hose|kettle|water "
        r"pouch)\b"
        r"([^.!?\n]{0,30}?)\bleak(?:s|ing|ed|y)?\b",
        r"\1\2puncture",
    ),
    # A language learnt, words mixed in it: "my Spanish is so bad I keep mixing up words".
    (
        r"\b(?:my|his|her|their|our) "
        + _LANGUAGES
        + r" (?:is|was|isnt|wasnt|still|accent|grammar|vocab\w*)\b[^.!?\n]{0,60}?\b(?:mix\w*|"
        r"muddl\w*|jumbl\w*|slur\w*|garbl\w*|confus\w*|wrong|stumbl\w*)(?: up)? (?:words?|"
        r"sentences?|phrases?|tenses?|verbs?|letters?)\b",
        "learning a language",
    ),
    # A language spoken slurred or mumbled, as a grandmother teases: "my Spanish is slurred
    # because I talk too fast, how to improve pronunciation?".
    (
        r"\b(?:my|his|her|their|our) (?:"
        + _LANGUAGES
        + r"|accent|pronunciation) (?:is|sounds|was|gets|comes out) (?:so |too |a bit |very |"
        r"kind of |kinda )?(?:slurred|slurry|slurring|mumbled|mumbly|garbled)\b",
        "learning a language",
    ),
    # English spoken as a second language, and said so: "I speak English not good, sorry for
    # mistakes", "my English speech is not good, I want to practise".
    (
        r"\b(?:(?:i|he|she|we|they) (?:speak|speaks|talk|talks|write|writes) (?:english|the "
        r"language) (?:not good|not well|not very well|not so good|badly|poorly|a little|little)|"
        r"(?:my|his|her|our) (?:english|spoken english)(?: speech| speaking| grammar| writing)? "
        r"(?:is|was) (?:not good|not very good|not so good|bad|poor|weak|not perfect))\b",
        "learning a language",
    ),
    # Words a team or a room could not find: "our captain couldn't find the words in the team
    # talk", "our defence has been numb all season".
    (
        r"\b(?:couldnt|cant|could not|can not|cannot) find (?:the |any )?words (?:in|during|at|"
        r"for) "
        r"(?:the|a|his|her|my|our|their) (?:team talk|speech|meeting|interview|toast|eulogy|"
        r"presentation|debate|exam|vows)\b",
        "was lost for words",
    ),
    (
        r"\b(?:our|their|the|his|her) (?:defence|defense|attack|midfield|offence|offense|team|"
        r"squad|strikers?|forwards?|back line|economy|market) (?:has been|have been|was|were|is|"
        r"are|looked|looks) (?:so |totally |completely )?(?:numb|paraly[sz]ed|frozen)\b",
        "played badly",
    ),
    (
        _NO_NUMBNESS
        + r"\b(?:the|our|their|his|her) (?:team|squad|players|side|lads|girls|boys) (?:cant|"
        r"cannot|can not|couldnt|could not|was cant) breathe (?:in|during|by|after) (?:the )?"
        r"(?:second|first|last|final) (?:half|quarter|period|set|lap)\b",
        r"\1the team got tired",
    ),
    # A mind that goes numb or blank is stage fright: "every time I think about it my mind goes
    # completely numb and I forget all my lines".
    (
        r"\b(?:my|his|her|their|our) (?:mind|brain)s? (?:goes|go|went|gone|going|is|was|gets|got|"
        r"turns|turned) (?:completely |totally |just |all |so )?(?:numb|blank)\b",
        "I freeze up",
    ),
    # Breath taken by a game or a show: "that last minute goal left me breathless lol".
    (
        _NO_NUMBNESS
        + r"\b(?:goal|goals|match|game|final|finale|win|winner|ending|performance|concert|show|"
        r"gig|view|views|race|comeback|penalty|penalties|try|save)(?: \w+){0,2} (?:left|leaves|"
        r"has left|had) (?:me|us|everyone|the crowd) (?:totally |completely |literally |so )?"
        r"breathless\b",
        r"\1was thrilling",
    ),
    # A machine's fault told in a body's words: "our karaoke machine has slurred voice", "the
    # water pump is breathing heavy like old man", "the picture is droop in one side". Not
    # after "on the"/"over the": "his voice on the phone is slurred" is his.
    (
        r"(?<!\bon )(?<!\bover )(?<!\bthrough )(?<!\bvia )(?<!\bon the )(?<!\bover the )"
        r"\b(?:(?:the|our|my|his|her|their|this|that|a) )?(?:(?!(?:on|over|through|via)\b)\w+ )"
        r"{0,2}?(?:machine|speaker|"
        r"speakers|pump|engine|motor|generator|boiler|fridge|radio|tv|telly|television|printer|computer|laptop|phone|screen|display|picture|image|"
        r"video|robot|hoover|vacuum|microphone|mic|amp|amplifier|car|van|bike|scooter|tractor|"
        r"forklift|fork|hydraulics|compressor|starter|sourdough)"
        r"(?: (?:is|are|was|were|has|have|had|keeps|kept|sounds|sound|sounded|goes|went|started|"
        r"starts|getting|gets|got|now|all|a|so|very|really|making|makes|made|its|voice|sound|"
        r"noise|noises|like)){1,4} (?:slurred|slurring|slurry|breathing|breathes|breathe|wheez\w*|"
        r"gasp\w*|droop\w*|droopy|chok\w*|cough\w*|off key|drag\w*)\b"
        # To the end of the clause, never past a turn to someone: "... and my dad's face droops".
        r"(?:(?!\b(?:when|while|whilst|but|because|so|and (?:i|my|me|we|he|she|his|her|they|"
        r"their|then|now))\b)[^.!?,;\n])*",
        "the machine is broken ",
    ),
    # A thing that fell is dropped: "my phone screen fall and now ...".
    (
        r"\b(?:phone|mobile|screen|laptop|tablet|ipad|tv|telly|camera|speaker|remote) (?:fall|"
        r"falls|fell|fallen|dropped|drop|drops)\b(?! (?:on|onto) (?:my|his|her|their) (?:head|"
        r"face|foot|feet|leg|toe|toes))",
        "phone got dropped",
    ),
    # Legs a swimmer lets sink: "my legs go 'dead' in the water, meaning they sink and drag".
    (
        r"\b(?:legs?|feet|kick) (?:go|goes|went|going|are|is|feel|feels) (?:so |totally |"
        r"completely )?dead in the (?:water|pool)\b",
        "legs sink when swimming",
    ),
    # Breath held by a game, a crowd or a workload: "the crowd couldn't breathe with the
    # tension", "I can't breathe with all this work lol". Not "with the pain" or "with my chest",
    # never stress or nerves (what people blame real breathlessness on), never beside numbness.
    (
        _NO_NUMBNESS
        + r"\b(?:cant|cannot|can not|couldnt|could not|was cant) breathe (?:with|from|for) "
        r"(?:all )?(?:the |this |that |my |our )?(?:tension|suspense|work|workload|homework|"
        r"deadlines|laughing|laughter|anticipation|drama)\b",
        r"\1was overwhelmed",
    ),
    # A thing likened to a body: "it leans to one side like it's had a stroke", "my sourdough
    # starter, like it can't breathe". Only "it": "he's slurring like he's had a stroke" is his.
    (
        r"\blike (?:it|its|it has|it had|its had|it is|it was) (?:had |having |"
        r"been having )?(?:a )?"
        r"(?:stroke|heart attack)\b",
        "oddly",
    ),
    (r"\blike (?:it|they) (?:cant|cannot|can not|couldnt|could not|was cant) breathe\b", "oddly"),
    # A machine's "heart attack": "the oldest server had a full 'heart attack', flatlined", "we
    # call the server the patient, and today it had a full heart attack". Only the machine as
    # the subject, opening its clause, or "it" after it: "dad was at the computer and had a heart
    # attack" is his.
    (
        r"(^|[.!?,;]\s*)((?:the|our|my|this|that|their|his|her) (?:\w+ )?" + _MACHINES + r") "
        r"(?:had|has|just had|is having|was having) (?:a |an )?(?:full |massive |proper |total )?"
        r"(?:heart attack|cardiac arrest)\b",
        r"\1\2 crashed",
    ),
    (
        r"\b(" + _MACHINES + r"\b[^.!?\n]{0,60}? it) (?:had|has|just had|is having|was having) "
        r"(?:a |an )?(?:full |massive |proper |total )?(?:heart attack|cardiac arrest)\b",
        r"\1 crashed",
    ),
    # A rowing stroke: "our cox shouts 'stroke, stroke!'". Never "a stroke" or "the stroke": "my
    # rowing partner had a stroke" is his.
    (
        r"\b((?:cox|coxswain|rowing|rowers?|oars?|erg|crew|kayak\w*|canoe\w*|paddl\w*)\b"
        r"[^.!?\n]{0,40}?)(?<!\ba )(?<!\ban )(?<!\bthe )(?<!mini )(?<!massive )(?<!small )"
        r"(?<!mild )\bstrokes?(?:[ ,!]+strokes?)*\b",
        r"\1pull",
    ),
    # Something else speaking through someone is a cause wondered about: "is this the beer
    # talking or something else?".
    (
        r"\bthe (?:beer|beers|drink|drinks|drinking|wine|booze|alcohol|whisky|whiskey|vodka|pills?|"
        r"meds|tablets|medication|age|stress|anxiety|tiredness|hormones|menopause|sugar) talking\b",
        "the cause",
    ),
    # Talking fast is a habit, not speech gone wrong: "because I talk too fast".
    (
        r"\b(?:i|he|she|they|we|you) (?:talk|talks|speak|speaks|talked|spoke) (?:way |much )?"
        r"(?:too|so|very|really) (?:fast|quickly|quick)\b",
        "chat a lot",
    ),
)
