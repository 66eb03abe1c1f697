"""A sign's words in the sense a song, a cramped seat, a request, a worry or an everyday mishap
gives them: folds run after bot.triage.mentions (the end of its MENTIONS, after
sport_senses.py), on the lowercased text without apostrophes.

"The new song has me slurring the chorus on purpose" is sung; "knees in my chest for 6 hrs" in
economy is a position; "could you tell me what to put on it, in plain words" asks for wording; a
storm will "paralyse the city", a chess king gets "paralysed in the corner" and knitted stitches
are "too tight". "So my leg doesn't go numb" is a purpose, "I didn't take in anything else she
said" the writer's attention, "the nurse warned us to watch out for compartment syndrome" a
warning, "sorry for English" an apology, "heart attack moment haha" a fright, a finale that
"left me breathless" a thrill, a stammer "since I was a kid" a way of talking, a sting that
"swelled up" on a hand the sting's, "an urge to move my legs" no leg that will not move, "fixing
a leak under the sink" a plumber's job, a face "the dentist numbed" the anaesthetic's (hedged,
so it still asks), a toddler's speech "a bit behind" or words mixed up "learning to talk" a
milestone, and "couldn't understand" with a broken hearing aid not hearing; "tongue tied in the
interview, nerves", "choked on my water laughing, fine now", "the pressure at work is crushing
me" and "my chest is full of cold" are nerves, a drink, work and a cold; so are "I'll slur
every word" before a speech, an engine that "can't breathe", a singer out of breath "on long
notes", "can't breathe when she sees spiders", knees that "go weak when I see my crush", a car
that "pulled to one side", a phone's "face id not working", a tent someone "collapsed" and a
"stroke club". None is anyone's
speech, chest, legs, bladder or cast now. Each fold takes only its own phrase, and the same
words told of a sign now are read as before ("he is slurring his words", "my chest is tight",
"the cast is too tight and his toes are numb"). Probes and guards in
tests/unit/test_worries_senses_and_passing.py and
tests/unit/test_typed_questions_warnings_and_casts.py.
"""

from __future__ import annotations

from bot.triage.daily_senses import DAILY_SENSES

# Half a face, as the dental folds name it: "half my face", "the left side of her mouth".
_HALF_FACE = (
    r"(?:half|one side of|the (?:left|right) side of|(?:left|right) side of) (?:my|his|her|"
    r"their) (?:face|mouth|jaw|lip|lips|cheek)"
)
# Tongue-tied, as the nerves folds name it: "I went tongue tied", "my tongue got tied".
_TONGUE_TIED = (
    r"(?:i |he |she |we )?(?:was |got |went |felt )?tongue tied|(?:my |his |her )?tongue "
    r"(?:was |got )?tied"
)

OTHER_SENSES: tuple[tuple[str, str], ...] = (
    (
        r"\bslurr?(?:ing|ed|s)? (?:the |my |our |their |his |her |a |every |each )?(?:\w+ )?"
        r"(?:chorus|verses?|lyrics?|lines? of the song|vocals?|notes?|bridge|hook|bars|rap|high "
        r"notes?)\b",
        "singing the song",
    ),
    (
        r"\b(knees?) (?:pulled |tucked |drawn |squashed |jammed |pressed |right |up )*(?:in|into|"
        r"to|against|up to|under) (?:my|his|her|their|your|our) chests?\b",
        r"\1 up",
    ),
    (
        r"\b(?:in|into|with|using) (?:plain|simple|easy|clear|few|other|my own|your own|their own|"
        r"laymans|layman|everyday|short|basic) (?:words|terms|english|language)\b",
        "simply",
    ),
    # Knitting that is too tight: "my knitting has a tension problem and the stitches are too
    # tight". Never stitches in a wound: the craft is named before them.
    (
        r"\b(knit\w*|crochet\w*|yarn|wool|purl\w*)\b([^.!?]{0,80}?)\b(?:the )?(?:stitch|stitches|"
        r"tension|rows?|gauge) (?:are |is |was |were |came out |come out )?(?:too |so |really |"
        r"very )?tight\b",
        r"\1\2knitting",
    ),
    # Nerves, joy and a swimmer's breath, with no numbness told: "in exam I have blank mind,
    # words not come out", "I can't breathe, my sister is getting married!!! so happy", "he
    # holds his breath too long". A sign told with numbness beside it is read as before.
    (
        r"^(?![\s\S]*\b(?:numb\w*|tingl\w*|cantfeel|pins and needles|asleep)\b)([\s\S]*?)"
        r"\b(?:blank mind|mind (?:goes|went|is|was) blank|(?:go|goes|went) blank|freezes? up|froze "
        r"up)\b([^.!?]{0,30}?)"
        r"\bwords? (?:do not|dont|not|wont|will not|didnt|did not|would not|wouldnt|cant|never) "
        r"(?:comeout|come|came)(?: out)?\b",
        r"\1mind goes blank\2",
    ),
    (
        r"^(?![\s\S]*\b(?:numb\w*|tingl\w*|cantfeel|pins and needles|asleep|chest|pain)\b)"
        r"(?=[\s\S]*\b(?:so happy|so excited|getting married|engaged|proposed|pregnant|"
        r"best news|good news|won|winning|laughing|cant stop laughing)\b)([\s\S]*?)\bcant "
        r"(?:breathe|breath)\b",
        r"\1so excited",
    ),
    (r"(?<!cant )\b(?:holds|hold|holding|held) (?:his|her|my|their|your) breath\b", "pauses"),
    # The writer too shaken to listen: "I didn't take in anything else she said after that
    # word". Attention words only, the writer's own: "I can't understand a word he says" and "I
    # can't make out what she's saying" are someone's speech and read as before.
    (
        r"\b(?:i|we) (?:just )?(?:didnt|did not|couldnt|could not|barely|hardly|never) (?:really )?"
        r"(?:take|took|absorb|absorbed|process|processed|register|registered|retain|retained) "
        r"(?:in )?(?:anything|a word|a thing|much|most|half|any|all)(?: of it)? (?:else )?(?:of "
        r"what |that )?(?:he|she|they|the (?:doctor|specialist|surgeon|nurse|consultant|gp|"
        r"neurologist|physio)|doc|dr \w+) (?:said|told (?:me|us)|was saying|were saying)\b",
        "i was too shaken to listen",
    ),
    # A condition someone was told to watch for, named as the warning: "the nurse warned us to
    # watch out for something called compartment syndrome", with nothing of pain, tightness,
    # swelling or toes told anywhere: "now his toes are numb under the cast" is read as ever.
    # A clot or a stroke to watch for stays as it was read (the questions), as any clinician's
    # word about them does.
    (
        r"^(?![\s\S]*\b(?:pain\w*|hurt\w*|agony|ache\w*|tight\w*|swell\w*|swollen|hard|tense|"
        r"throb\w*|toes?|pale|blue|cold|cant move|worse|under the (?:cast|plaster|splint|"
        r"bandage))\b)([\s\S]*?)"
        r"\b(?:warned|told|reminded|advised|asked) (?:me|us|him|her|them|you) "
        r"(?:to |that we should |that i should |we should |i should )?"
        r"(?:watch|look|keep an eye|be on the lookout|check)"
        r"(?: out)? (?:for|on) (?:something called |signs of |symptoms of |any signs of |things "
        r"like )?compartment syndrome\b",
        r"\1told what to watch for",
    ),
    # A purpose, not a loss: "how often do I need to get up from my chair so my leg doesn't go
    # numb" asks how to prevent it; its "doesn't go" is no leg that will not move.
    (
        r"\bso (?:that )?(?:my|his|her|the|your|our|their) (?:legs?|feet|foot|toes|calf|calves|"
        r"thighs?|knees?|bum|butt|backside) (?:dont|doesnt|wont|do not|does not|will not|"
        r"wouldnt|would not|never) (?:go|get|fall|turn|become|end up) (?:numb|dead|asleep|tingly|"
        r"to sleep|pins and needles|stiff)\b",
        "to prevent numbness",
    ),
    # English as a second language, apologised for: "sorry for English", "excuse my bad
    # grammar". The writer's words on a screen, no one's speech.
    (
        r"\b(?:sorry|apologies|apologise|apologize|excuse me|pardon|forgive me) (?:for )?(?:my |"
        r"the |our )?(?:bad |poor |broken |weak |not good |simple )?(?:english|grammar|spelling|"
        r"writing)\b",
        "learning a language",
    ),
    # A fright and a thrill in a body's words: "heart attack moment for me haha", "the finale
    # left me absolutely breathless". What is felt is told as ever: "it left me breathless, my
    # chest is tight" keeps its chest.
    (
        r"\b(?:a |my |mini |little |minor |small )*heart attack moments?\b",
        "a fright",
    ),
    (
        r"\b(episode|show|series|season|film|movie|ending|twist|finale|book|novel|chapter|story|"
        r"plot|climax|cliffhanger|reveal|trailer|song|album|view|views|scenery|sunset|"
        r"performance|concert|gig|dance|kiss|surprise|game|match|score|result|results|win|news|"
        r"proposal|dress|goal|speech)\b"
        r"((?: \w+){0,3}) (?:left|leaves|has left|had left|leaving) (?:me|us|him|her|them|everyone)"
        r" (?:absolutely |completely |totally |utterly |quite |a bit |literally )?breathless\b",
        r"\1\2 amazed me",
    ),
    # The way someone has always talked, said so: "it's just how I talk" (a lifelong stammer).
    (
        r"\b(?:its|it is|thats|that is) just how (?:i|he|she|they) (?:talk|talks|speak|speaks)\b",
        "as ever",
    ),
    # A stammer or stutter one has always had: "I've had a stammer since I was a kid, it's just
    # how I talk". Not one new today: "he has a stutter since this morning" is read as ever.
    (
        r"\b(?:a |my |his |her )?(?:stammer|stutter)(?:ed|ing|s)?\b([^.!?\n]{0,20}?)\b"
        r"(?:since (?:i|he|she|they) (?:was|were) (?:a |little|small|young)\w*"
        r"(?: (?:kid|child|boy|girl|toddler))?|"
        r"since (?:childhood|birth|forever|school|primary school)|"
        r"all (?:my|his|her|their) li(?:fe|ves)|"
        r"(?:as|from) (?:a )?(?:kid|child|boy|girl|toddler))\b",
        r"a lifelong way of talking\1",
    ),
    # A sting or a bite swollen on a hand or a face: "stung by a bee on my hand, it swelled up a
    # bit". Never on a leg: "stung on my calf and it's swollen and numb" is read as ever.
    (
        r"\b((?:stung|bitten|bit|sting|bite|got (?:me|him|her|them))\b"
        r"[^.!?\n]{0,30}?\b(?:on|in) (?:my|his|her|their|the) "
        r"(?:hand|hands|arm|arms|finger|fingers|thumb|wrist|face|neck|lip|lips|ear|ears|cheek|eye|"
        r"eyelid|forehead|nose|shoulder)\b)([^.!?\n]{0,40}?)\b(?:it |which |that )?(?:swelled|"
        r"swollen|swelling|swells|puffed)(?: up)?\b",
        r"\1\2 it reacted",
    ),
    # An urge to move the legs is no leg that will not move: "a creepy crawly urge to move my
    # legs every night when I lie down" (the guide does not cover it; a question stays one).
    (
        r"\b(?:an? |the |that |this )?(?:urge|urges|need|compulsion|itch) to (?:move|kick|stretch|"
        r"shake|jiggle|wiggle|fidget with) (?:my|his|her|their|the|your|our) (?:legs?|feet)\b",
        "restless legs",
    ),
    # A leak a plumber would fix: "crouched under the sink trying to fix a leak", "a leak under
    # the bathroom sink". Not one of the body: "I'm leaking urine", "I can't stop the leak".
    (
        r"\b(?:(?:fix|fixes|fixed|fixing|mend|mends|mended|mending|repair|repairs|repaired|"
        r"repairing|find|found|finding|trace|traced|tracing|seal|sealed|sealing|sort out|sorts out|"
        r"sorted out|sorting out) (?:a |the |that |this |our |my )?(?:\w+ )?leak(?:s|y)?|"
        r"(?:a |the )?leak(?:s|ing)? (?:under|in|from|behind|at|round|around) "
        r"(?:the|a|our|my) (?:\w+ )?(?:sink|pipes?|roof|boiler|radiator|tap|faucet|bath|shower|"
        r"cistern|washing machine|dishwasher|ceiling|tank|loft|gutter|window)|"
        r"(?:the |a |that |this )?(?:sink|pipe|roof|boiler|radiator|tap|faucet|shower|tank|"
        r"ceiling|gutter|hose|tyre|tire) leaks?)\b",
        "plumbing job",
    ),
    # A face numbed by the dentist, told with its cause in the same sentence: "the dentist
    # numbed half my face for a filling", "half my face is numb from the dentist". Hedged, so
    # the questions are asked and nothing more; a face that droops, a drink that dribbles and
    # a face numb with no dental cause beside it are read as ever.
    (
        r"\b((?:the |my |his |her |our )?dentist (?:has |had |just )?(?:numbed|froze|injected) "
        rf"{_HALF_FACE})\b",
        r"supposedly \1",
    ),
    (
        rf"\b({_HALF_FACE}|(?:my|his|her|their) (?:face|mouth|jaw|lip|lips|"
        r"cheek) (?:is|was|went|feels|felt|still|has been) (?:still )?numb)\b"
        r"(?=[^.!?\n]{0,40}\b(?:from|after|since|at|by|for|during) (?:the |a |my |his |her |their "
        r"|that |this )?(?:\w+ )?(?:dentist\w*|dental|filling|fillings|root canal|novocain\w*|"
        r"lidocaine|anaesthetic|anesthetic|injection|wisdom (?:tooth|teeth)|extraction)\b)",
        r"supposedly \1",
    ),
    # A child's speech that is coming late: "my baby's speech is delayed, she's 2". A child
    # named first; never "dad's speech is delayed and slow since this morning".
    (
        r"\b((?:baby|babys|babies|toddler|toddlers|son|sons|daughter|daughters|child|childs|"
        r"children|kid|kids|grandson|granddaughter|grandchild|boy|girl|nephew|niece|twins)\b"
        r"[^.!?\n]{0,30}?)(?:(?:speech|talking|language) (?:is |was |has been )?(?:a bit |quite |"
        r"very |bit )?(?:delayed|behind|late)|(?:delayed|late) (?:speech|talking|talker)|"
        r"speech (?:and language )?delays?)\b",
        r"\1a development milestone",
    ),
    # A child learning to talk, words mixed up as they come: "my son is learning to talk and
    # mixes up words, cute". Only the learning and its muddle: "... and today he can't move his
    # leg" is read as ever, and so is anyone learning to talk again.
    (
        r"\b((?:baby|babys|toddler|toddlers|son|daughter|child|kid|grandson|granddaughter|"
        r"grandchild|boy|girl|nephew|niece|twins)\b[^.!?\n]{0,30}?)\b(?:is |has |just )*"
        r"(?:learning|learn|started|starting|beginning|began) (?:to )?(?:talk|speak|talking|"
        r"speaking)\b(?! again)(?:,? (?:and |but |so )?(?:he |she |they )?(?:(?:mix\w* up|gets? "
        r"(?:\w+ )?mixed up|muddl\w*|jumbl\w*|mispronounc\w*|says? (?:the )?wrong) (?:his |her |"
        r"their |the |some |a few )?words?|says? (?:many |some |a lot of |lots of )?words? "
        r"wrong))?",
        r"\1a development milestone",
    ),
    # What was not heard, not what could not be understood: "his hearing aid was broken so he
    # couldn't understand what we said". A sign of speech told beside it is read as ever.
    (
        r"\b((?:hearing aids?|deaf|hard of hearing|earwax|ear wax|ear infection|blocked ears?|"
        r"ears? (?:were |was )?blocked)\b(?:(?!\b(?:but|today|now|suddenly|since|tonight|this)\b)"
        r"[^.!?\n]){0,40}?)\b(?:couldnt|could not|cant|cannot|didnt|did not) (?:understand|"
        r"follow|make out)\b",
        r"\1could not hear",
    ),
    # Nerves on an occasion: "tongue tied in the interview, couldn't get words out, nerves".
    # Only with the occasion and the nerves named in the same sentence and nothing sudden; "in
    # the meeting he suddenly couldn't get his words out" is read as ever.
    (
        r"\b((?:in|at|during|for|before) (?:the|my|a|an|our|his|her) (?:job |first |big )?"
        r"(?:interview|presentation|exam|audition|date|speech|meeting|debate|viva|oral exam|"
        r"pitch|toast|recital)\b(?:(?!\b(?:suddenly|sudden|now|today|since|numb\w*|and (?:his|"
        r"her|my|their) (?:leg|foot|face|arm))\b)[^.!?\n]){0,30}?)\b"
        rf"(?:{_TONGUE_TIED}|"
        r"(?:i |he |she )?(?:couldnt|could not|cant|cannot) get (?:my |his |her |the |any )?words "
        r"out)\b(?=[^.!?\n]{0,40}\b(?:nerves|nervous|anxious|shy|panick\w*|stage fright|"
        r"butterflies|awkward|embarrass\w*)\b)",
        r"\1was nervous",
    ),
    (
        rf"\b(?:{_TONGUE_TIED})\b(?=[^.!?\n]{{0,50}}\b(?:interview|presentation|exam|"
        r"audition|date|speech|meeting|debate|crush|nerves|nervous|shy)\b)",
        "was nervous",
    ),
    # A drink gone down the wrong way and over: "I choked on my water laughing, fine now".
    (
        r"\bchok(?:ed|ing) on (?:my |a |the |some |his |her )?(?:water|drink|tea|coffee|wine|beer|"
        r"juice|food|crisps?|sweets?|popcorn|spit|saliva|toast|crumbs?)\b(?=[^.!?\n]{0,30}\b(?:"
        r"laugh\w*|fine now|all good|was fine|ok now|okay now|lol|haha\w*|lmao)\b)",
        "coughed on a drink",
    ),
    # Work or money that weighs on someone: "the pressure at work is crushing me". Never a thing
    # that crushes a body: "the wardrobe is crushing my leg".
    (
        r"\b(?:the )?(?:pressure|stress|workload|deadlines?|bills|debts?|exams?)(?: (?:at|from|of)"
        r" (?:work|school|uni|college|the job|my job|home))? (?:is|are|was|were|has been|keeps) "
        r"(?:really |just |literally )?(?:crushing|killing|squeezing) (?:me|us|him|her|them)\b",
        "work is stressful",
    ),
    # A cold on the chest: "my chest is full of cold, coughing a lot". The chest's own pain,
    # tightness or breath told beside it is read as ever.
    (
        r"\b(?:(?:my|his|her|their) chest (?:is |was )?(?:full of|full with) (?:a )?(?:cold|flu|"
        r"phlegm|mucus|catarrh|gunk|snot)|chesty (?:cough|cold)|chest (?:cold|cough))\b",
        "a cold",
    ),
    # A storm that will paralyse the city, a king paralysed in the corner: no one's legs.
    (
        r"\bparaly[sz](?:e|es|ed|ing)\b (?:the |our |my |his |her |their |a |whole |entire )*(?:"
        r"city|town|traffic|roads?|country|network|economy|system|trains?|railways?|airport|"
        r"schools?|transport|region|capital|nation|market|grid|internet|allotment|garden|plants|"
        r"crops|veg|lawn|roses|greenhouse)\b",
        "shut down",
    ),
    (
        r"\b(king|queen|rook|bishop|knight|pawns?|pieces?|army|defen[cs]e|midfield|economy|"
        r"market|government|traffic) (?:got |gets |is |was |were |are |been |left |became )?"
        r"(?:completely |totally |fully )?paraly[sz]ed\b",
        r"\1 stuck",
    ),
    # Nerves before a speech: "I'm sure I'll slur every word and freeze". Not "I'm slurring".
    (
        r"\b(?:ill|i will|im going to|i am going to|gonna|i might|i may|i would|id) (?:probably |"
        r"definitely |totally |just )?(?:slur|mumble|stumble over|trip over|mess up|fluff|forget) "
        r"(?:every |all |my |the )?(?:single )?(?:word|words|lines|speech|vows)\b",
        "i will be nervous",
    ),
    # Breath a singer or swimmer runs out of: "I run out of breath on long notes".
    (
        r"\b(?:run|runs|running|ran) out of (?:breath|air) (?:on|in|during|for|at|by) (?:the |my |"
        r"long |high |last |a )*(?:notes?|phrases?|songs?|lines?|verses?|solos?|lengths?|laps?|"
        r"dives?|chorus)\b",
        "need more practice",
    ),
    (r"\bbreathing (?:exercises?|techniques?|practice|drills?)\b|\bbreath ?work\b", "warm ups"),
    # A fright that takes the breath away: "she always says she can't breathe when she sees
    # spiders". Never "I can't breathe when I walk", the guide's sign.
    (
        r"\bcant breathe (?:when|whenever|if|around|near) (?:(?:i|he|she|they|"
        r"we|you) (?:see|sees|saw|hear|hears|think|thinks|watch|watches) )?(?:a |the |any )?(?:"
        r"spiders?|snakes?|heights|needles?|clowns?|mice|rats|wasps?|bees|blood|crowds|exams?)\b",
        "panic at",
    ),
    # Laughter that took the breath: "I was dying laughing, could not breathe".
    (
        r"\b(?:dying|died|crying|cried|wheezing|creased|howling) (?:of |from |with )?laugh\w*,? "
        r"(?:i |we |he |she )?(?:was )?cant breathe\b",
        "laughing a lot",
    ),
    # Knees weak for a crush: "my knees give way when I see my crush lol".
    (
        r"\b(?:knees?|legs?) (?:give|gives|gave|go|goes|went|turn|turns|turned) (?:way|weak|to "
        r"jelly|wobbly)(?: \w+){0,2}? (?:when|whenever|every time) (?:i|he|she|we|they) (?:see|"
        r"sees|saw|look at|looks at|hear|hears|talk to|talks to|think about|thinks about) (?:my|"
        r"his|her|their) (?:crush|boyfriend|girlfriend|idol|husband|wife|partner|favourite \w+)\b",
        "i swoon",
    ),
    # Face ID and other things of a phone that stop working: "the face id not working".
    (r"\bface ?id\b", "phone unlock"),
    (
        r"\b(phone unlock|phone|screen|app|wifi|laptop|tv|printer|computer|charger|remote|heating|"
        r"boiler|keyboard|mouse|camera|touchscreen) (?:is |was |has stopped |stopped )?"
        r"notworking\b",
        r"\1 broken",
    ),
    # Something collapsed by someone, no one's collapse: "the driver collapsed the seat back".
    (
        r"\b(collaps(?:e|ed|es|ing)) (?=(?:the|a|an|my|his|her|our|their|its) (?!(?:moment|"
        r"second|minute|instant|day|night|morning|evening|afternoon|way|same|next|other|last|"
        r"first|time|floor|ground|stairs)\b)\w+)",
        "folded",
    ),
    # A place or a group named for the condition: "I volunteer at a stroke club".
    (
        r"\b(?:stroke|spinal|cardiac|heart) (club|unit|ward|charity|association|support group|"
        r"group|clinic|centre|center|research|awareness (?:walk|day|week|month|run))\b",
        r"rehab \1",
    ),
    # A car that pulls to one side: "the steering pulled to one side".
    (
        r"\b(steering|car|wheels?|brakes?|bike|trolley|cart|pram|buggy|vehicle|van) (?:\w+ )?"
        r"(?:pulled|pulls|pulling|drifts?|drifted|leans?|leaned|veers?|veered) to (?:one|the "
        r"left|the right) side\b",
        r"\1 misaligned",
    ),
    # Things that cannot breathe: "the mechanic says the engine can't breathe properly".
    (
        r"\b(engines?|motors?|boilers?|fires?|stoves?|plants?|soil|roots|lawn|walls?|wood|"
        r"fabric|dough|wine|pizza|skin|pores) (?:was )?cant breathe\b",
        r"\1 lacks air",
    ),
    # An accent in a language being learnt: "my teacher say my speech is not clear when I
    # present. How I can improve pronunciation?".
    (
        r"^(?=[\s\S]*\b(?:pronunciation|pronounce|accent|learning english|english class|"
        r"public speaking)\b)([\s\S]*?)\bspeech (?:is|was|are|isnt|wasnt) (?:not )?(?:clear|"
        r"unclear|hard to understand)\b",
        r"\1accent is strong",
    ),
    *DAILY_SENSES,  # work, prices, plants and first aid kits (daily_senses.py)
)
