"""Signs told by what happened or what it takes, in words the lexicon's phrases do not hold.

"My foot kind of flops when I walk" is the guide's foot that cannot be lifted, "I have to lift it
up with my hands" too; "bit puffed out" and "not getting enough air" are trouble breathing; a
dive into the shallow end is an injury to the spine; "nothing comes out" at the toilet is water
that cannot be passed; a calf "bigger than the other" is swollen. Each rewrite turns such words
into the lexicon's own for the sign, on the lowercased text without apostrophes, in order, as
part of `bot.triage.lexicon.FOLDS`, after the figures of speech (figures.py) have taken out the
same words' other senses ("dragging my feet on booking the GP", "flip-flops"). Probes and their
guards are in tests/unit/test_red_flag_told_and_denied.py.
"""

from __future__ import annotations

from bot.triage.people import RELATIVES

# Pieces several rewrites share.
_CANNOT = r"(?:cant|cannot|couldnt|can not|could not)"
_THE_LIMB = (
    r"(?:it|my leg|my foot|his leg|his foot|her leg|her foot|their leg|their foot|the leg|the foot)"
)
_HAVE_NOT = r"(?:havent|hasnt|have not|has not|hadnt|had not)"
_NOT_DONE = rf"(?:{_HAVE_NOT}|didnt|did not|not)"
_FOR_A_WHILE = r"(?= (?:since|for|all|in|today|this|last))"  # "since yesterday", "all day"

TOLD_SIGNS: tuple[tuple[str, str], ...] = (
    # A limb gone rock hard or tight as a drum after a blow, a crush or under a cast, and
    # hurting: the guide's "increased pressure within muscle compartments". Only with both the
    # injury and the pain told; a calf "rock hard" after a run is a cramp.
    (
        r"^(?=[\s\S]*\b(?:kick\w*|hit|struck|crush\w*|trapped|pinned|cast|plaster\w*|splint\w*|"
        r"fractur\w*|broke\w*|break|bandag\w*|tackl\w*|stamped on|run over|ran over)\b)"
        r"(?=[\s\S]*\b(?:pain\w*|hurt\w*|agony|agonising|agonizing|unbearable|excruciating|"
        r"scream\w*|killing|insane)\b)([\s\S]*?)\b(?:rock hard|(?:hard|tight|tense) (?:as|like) "
        r"(?:a )?(?:rock|stone|wood|board|brick|drum)|tight as a drum)\b",
        r"\1has pressure in my muscle compartment",
    ),
    # The pain under a cast told without its name, beside numb toes: "his leg is in plaster since
    # yesterday and he's crying that it's unbearable, his toes are numb". Not an itch.
    (
        r"^(?=[\s\S]*\b(?:cast|casts|plaster\w*|splint\w*|bandag\w*|brace|boot)\b)"
        r"(?=[\s\S]*\b(?:numb\w*|tingl\w*|pale|cantfeel)\b)(?![\s\S]*\bitch)([\s\S]*?)\b"
        r"(?:its|it is) (?:so |really |just |absolutely |completely )?(?:unbearable|agony|"
        r"agonising|agonizing|excruciating)\b",
        r"\1the pain is unbearable",
    ),
    # Half the body told numb a few words on: "the entire right side of my body, shoulder down to
    # toes, has felt numb". Not past a turn to another part: "... is fine but my foot is numb".
    (
        r"\bbodyside\b(?! face)((?:(?!\b(?:but|fine|ok|okay|normal|not|no|except|didnt|doesnt|"
        r"isnt|wasnt|never|dont)\b|, (?:my|his|her|their) (?:foot|feet|leg|legs|toes|knee|calf|"
        r"thigh|shin)\b)[^.!?\n]){0,80}?)\b"
        r"(numb|tingl\w*|weak|dead|heavy|asleep|cantfeel)\b",
        r"bodyside \2\1",
    ),
    # A leg tried and not moved: "when I try to raise it off the floor nothing happens".
    (
        r"\b(?:try|tries|tried|trying) to (?:raise|lift|move|pick up) (?:it|them|my leg|my foot|"
        r"his leg|his foot|her leg|her foot)\b[^.!?]{0,30}?\b(?:nothing happens|nothing happened|"
        r"it (?:wont|doesnt|didnt|will not|does not) (?:move|budge|go|lift)|(?:it|they) (?:just )?"
        r"(?:stays|stayed) (?:down|put|there))\b",
        "cant lift my leg",
    ),
    # A thing that toppled onto someone's back or head hit it: "the wardrobe fell over onto my
    # back" (a thing that fell over alone "toppled", mentions.py).
    (
        r"\b(?:toppled|tipped|came down|crashed down|fell) (?:over )?(?:on|onto|on to) (my|his|her|"
        r"their) (back|head|neck|spine|lower back)\b",
        r"hit \1 \2",
    ),
    # A foot that cannot be pulled up, slaps the floor or catches as one walks: the guide's
    # "inability to lift the leg or foot". "I can't pull my foot up", "it slaps the floor and
    # catches on the rug when I walk".
    (
        rf"\b{_CANNOT} (?:pull|bring|get|lift|flex|point) (?:my|his|her|their|the) (?:foot|toes|"
        r"feet)(?: \w+)? up\b|\b{_CANNOT} (?:pull|bring|lift|flex) (?:it|them) up\b",
        "cant lift my foot",
    ),
    (
        r"\b(foot|feet|toes?|it|they)((?: \w+){0,3}?) (?:slaps|slap|slapping|slapped|smacks|"
        r"smacking|catches|catch|catching|caught|snags|snagging|snagged) (?:down )?(?:on )?"
        r"(?:the |every )?(?:floor|ground|rug|carpet|kerb|curb|step|steps|stairs|pavement|lino)\b",
        r"\1\2 footdrag",
    ),
    # A foot or leg that drags or flops: the words alone ("sagging", "dropping") are a typo away
    # from others, so the screen reads the pair.
    (
        r"\b(foot|foots|feet|leg|legs|ankle|toes)( (?:\w+ ){0,4}?)"
        r"(?:drags|dragging|dragged|drag)\b",
        r"\1\2footdrag",
    ),
    (
        r"\b(?:drag|drags|dragging|dragged) (my|his|her|their|the|one) (foot|feet|leg|legs)\b",
        r"footdrag \1 \2",
    ),
    # "my right leg has been numb for weeks ... and now it drags": "it" for the leg told before.
    (
        r"^(?=[\s\S]*\b(?:foot|feet|leg|legs)\b)([\s\S]*?)\b(?:now it|it now|it also|it has "
        r"started|it started|it keeps|it kind of|it sort of|it is) (?:to )?(?:drags|dragging|"
        r"drag)\b(?! on\b| out\b)",
        r"\1the leg footdrag",
    ),
    (
        r"\b(foot|foots|feet|leg|legs|ankle|toes)( (?:\w+ ){0,4}?)"
        r"(?:flops|flopping|flopped|flop)\b",
        r"\1\2floppy",
    ),
    (r"\b(?:puffed out|out of puff)\b", "short of breath"),
    (r"\bnot (?:getting )?enough (?:air|breath)\b", "short of breath"),
    # A drink that runs out of one side of the mouth: "his tea keeps dribbling out the right
    # corner of his mouth", "water coming out the side of her mouth when she drinks".
    (
        r"\b(?:tea|coffee|drink|drinks|water|juice|milk|soup|food|dribble|drool|saliva|spit|it) "
        r"(?:keeps |kept |is |was |just |started |starts |been )*(?:dribbl\w*|running|runs|ran|"
        r"leak\w*|spill\w*|coming|comes|came|pour\w*|drool\w*|falling|falls|fell) (?:out )?(?:of )?"
        r"(?:from )?(?:the )?(?:left |right |one )?(?:side|corner|edge)s? of (?:his|her|my|their|"
        r"the|your|our) mouth\b",
        "mouth droops",
    ),
    # Air one has none of, in a second language: "I have no air", "she has no more air".
    (
        r"\b(?:i|he|she|they|we|hes|shes|im|(?:my|our) " + RELATIVES + r") (?:have|has|had|got|"
        r"having|is having) (?:no|no more|not) air(?=\s*(?:[,.!?;]|$|and\b|at all\b|left\b|"
        r"anymore\b|any more\b|to breathe\b|now\b|since\b|today\b|in (?:my|his|her|their|the) "
        r"(?:lungs|chest)\b))|"
        r"\bno air (?:in|into|going into) (?:my|his|her|their|the) lungs\b",
        "short of breath",
    ),
    (
        r"\b(?:dived|dove|dive|dives|diving|jumped|jumping|went head ?first) (?:head ?first )?"
        r"(?:in|into) (?:the )?shallow(?: end| water| bit| part)?\b",
        "hit my head diving",
    ),
    (
        r"\b(?:have|had|has|need|needed|needs) to (?:pick|lift|haul|pull) (?:it|my leg|my foot|"
        r"his leg|his foot|her leg|her foot) up with (?:my|his|her|both) hands\b",
        "cant lift my leg",
    ),
    (
        rf"\b{_CANNOT} get {_THE_LIMB} (?:back )?up\b",
        "cant lift my leg",
    ),
    # A leg or foot that will not do what it is told.
    (
        r"\b(leg|legs|foot|feet|toes)\b((?: \w+){0,4}?) (?:wont|will not|doesnt|does not|isnt|"
        r"is not|arent|are not|not|no longer|stopped) (?:listen\w*|cooperat\w*|co operat\w*|"
        r"respond\w*|obey\w*|do (?:anything|what (?:i|he|she|they) (?:tell|want|ask)))",
        r"\1\2 leg wont move",
    ),
    (
        rf"\b{_CANNOT} (?:get|make) {_THE_LIMB} (?:to )?(?:do anything|move|work|go|budge)\b",
        "cant move my leg",
    ),
    # "Leg went numb, but it's been two hours and I still can't raise it": the limb told before
    # is what cannot be lifted, though a contrast or a sentence stands between (the rules read
    # within one segment). Not "couldn't move it for a few seconds" (told as passing, the story's
    # to weigh), nor a question's limb ("why does my foot...?"), nor a thing lifted ("the box").
    (
        r"\b(leg|legs|foot|feet)\b((?:(?!\b(?:box|boxes|bag|bags|suitcase|shopping|crate|"
        r"weights?|barbell|dumbbell|kettlebell|baby|toddler|lid|jar)\b)"
        # Furniture is a thing lifted, not where one sat or fell: "collapsed on the sofa, he
        # cannot lift it" is the leg.
        r"(?!(?<!on the )(?<!in the )(?<!to the )(?<!on my )(?<!in my )(?<!onto the )"
        r"(?<!into the )(?<!off the )(?<!from the )\b(?:table|chair|sofa)\b)[^?])"
        rf"{{0,160}}?)\b({_CANNOT}) "
        r"(lift|raise|move|budge) (?:it|them)\b(?! (?:up )?(?:without|with|for|past|beyond|higher|"
        r"over|above|when|until|till|after)\b)",
        r"\1\2\3 \4 my \1",
    ),
    # Words swapped for others: "asked for the 'kettle' when he meant his glasses", as the
    # guide's stroke speech. Not "called me when she meant to text".
    (
        r"\b(?:asked for|asks for|asking for|said|says|called|calls|calling)(?: it| the| a| an|"
        r" his| her| my| their)? (?!(?:me|us|him|her|them|you)\b)\w+(?: \w+)? when (?:he|she|"
        r"they|i|we|mum|dad|mom|grandad|grandpa|grandma|nan) (?:meant|means|wanted|wants)\b",
        "words come out wrong",
    ),
    # Unable to stand at all. Not "can't stand the tingling" or "can't stand sitting" (to bear),
    # nor "can't stand for long at work" or "through the rush without sitting down" (the guide's
    # numbness in the way of daily life).
    (
        rf"\b(?:{_CANNOT}|unable to|not able to) (?:stand|stand up|"
        r"bear weight|put (?:any )?weight (?:on|through) (?:it|them|my leg|his leg|her leg|"
        r"the leg|my foot|his foot|her foot))\b(?! (?:it|the|this|that|these|those|him|her|them|"
        r"my|his|their|your|being|people|for|long|too|very|all|still|around|straight|at work|in)"
        r"\b)(?! \w+ing\b)(?![^.,;!?]{0,25}\b(?:for long|for very long|long enough|for more than|"
        r"for hours|all day|all shift|for a while|as long|too long|at work|for ages|them long|it "
        r"long)\b)"
        # "can't stand at the counter through the morning rush without sitting down": how long.
        r"(?![^.,;!?]{0,60}\b(?:without (?:sitting|a break|a rest|resting|leaning|taking a break)|"
        r"(?:through )?(?:the|a|my|his|her|their|a whole|whole) (?:\w+ )?(?:shift|rush|day|service|"
        r"mass|sermon|concert|queue|line|meeting|lesson|class))\b)"
        # "so numb after sitting on the floor I couldn't stand, but it went after a minute".
        r"(?![^.!?]{0,40}\b(?:went|gone|passed|fine|ok|normal|back)\b[^.!?]{0,15}\b(?:after|in|"
        r"within) (?:a |one |two |a few |a couple of |\d+ )?(?:minute|min|second|moment)s?\b)",
        "cant stand up",
    ),
    # A leg "like rubber" or "gone to mush" may be weakness or only tiredness: a hint, so the
    # red-flag questions start, led by the model's reading.
    (
        r"\b(leg|legs|knee|knees)\b((?: \w+){0,3}?) (?:like|to|into) (?:rubber|jelly|spaghetti|"
        r"noodles?|a noodle|a rag doll|mush)\b",
        r"\1\2 weak",
    ),
    # A leg that gives way told as buckling under someone. Not "folded": "sat with my legs
    # folded under me" is a way of sitting.
    (
        r"\b(leg|legs|knee|knees|it|they)( (?:just |keeps |kept |then |suddenly |simply )?)"
        r"(?:buckles|buckled|buckling|crumples|crumpled|crumpling|collapses|collapsed|"
        r"collapsing|folds|folding) (?:under|beneath|underneath) (?:me|him|her|them)\b",
        r"\1\2leg gave way",
    ),
    (
        r"\b(leg|knee|it)( (?:just|suddenly|then|simply) )folded (?:under|beneath|underneath) "
        r"(?:me|him|her|them)\b|\b(?<!sit )(?<!sat )(?<!sitting )(leg|knee|it)( )fold (?:under|"
        r"beneath|underneath) (?:me|him|her)\b(?! when (?:i|he|she) (?:sit|sat|kneel|knelt))|"
        r"\b(leg|legs|knee|knees|it|they)( (?:just |then |suddenly |totally "
        r"|completely |simply |keeps |keep |kept |still |always )?)(?:gave|gives|give|giving) "
        r"(?:out|way)\b",
        r"\1\3\5\2\4\6leg gave way",
    ),
    (
        r"\b(pee|wee|toilet|loo|bathroom|urinate|bladder)\b([^.!?]*?)\bnothing (?:comes|will come|"
        r"came|would come|is coming) out\b",
        r"\1\2cant pee",
    ),
    (
        r"\b(?:(?:fatter|bigger|larger|thicker|puffier|twice the size) than|(?:double|twice|three "
        r"times) the size of) (?:the|my|his|her|their) "
        r"(?:other|left|right)(?: one| leg| calf| side)?\b",
        "swollen",
    ),
    # One calf or leg told as huge: "my calf is massive and red". Not calves grown by training:
    # "my calves are massive from cycling".
    (
        r"\b((?:calf|leg|thigh|ankle|shin)(?: \w+)?) (?:is|looks|has gone|went|got|feels|is all) "
        r"(?:all )?(?:massive|huge|enormous|ballooned|like a balloon|twice the size|humongous|fat|"
        r"puffy|puffed up)\b"
        r"(?! (?:from|after|because of|with) (?:cycling|running|training|the gym|gym|squats|"
        r"lifting|football|rugby|skating|dancing)\b)",
        r"\1 is swollen",
    ),
    # Speech not understood, either way: "he doesn't understand what we say to him", "we can't
    # understand a word she says". Not a doctor or anyone else who "doesn't understand me" (a
    # complaint), nor a topic not understood (figures.py).
    (
        r"(?<!doctor )(?<!doctors )(?<!gp )(?<!doc )(?<!nurse )(?<!physio )(?<!neurologist )"
        r"(?<!specialist )(?<!consultant )(?<!nobody )(?<!no one )(?<!boss )(?<!family )"
        rf"\b(?:doesnt|does not|dont|do not|didnt|did not|{_CANNOT}|isnt able to|is not able "
        r"to|not able to|unable to)(?: seem to| really| even)? (?:understand|follow|make sense "
        r"of) (?:what (?:we|i|you|people|anyone|they|he|she|the \w+) (?:say|says|said|are "
        r"saying|is saying|were saying|tell|told)|(?:a|one) word|me|us|anyone|anybody|people|"
        r"him|her|them|you|words|(?:simple |our |my |his |her )?questions)\b",
        "difficulty speaking",
    ),
    # A limb pressed inside what holds it (the guide's "increased pressure within muscle
    # compartments"): a cast, splint or bandage too tight, or pain under it past bearing.
    (
        r"\b(?:cast|plaster|splint|bandage|brace)s?(?: (?!off\b|and\b|but\b)\w+){0,3}? "
        r"(?:is |was |feels |felt |seems |got |gets |"
        r"has got |getting |going )?(?:too |so |really |very |way too |super |a bit too )+"
        r"tight\b|\btight (?:cast|plaster|splint|bandage)\b",
        "compartment pressure",
    ),
    # The limb inside told tight or hard, with no "too": "since the cast went on my calf is
    # tight and my toes are numb". Never once it is off ("the cast came off and my calf is tight"),
    # nor a fisher's or a play's cast ("first cast of the day my calf got tight").
    (
        r"\b(?:cast|plaster|splint)s?\b(?: (?!off\b|came\b|remov\w*|taken\b|cut\b|out\b|of\b|and\b|"
        r"but\b|before\b|until\b|till\b)\w+){0,5}? (?:calf|leg|shin|foot|ankle|thigh|knee|toes|"
        r"arm) "
        r"(?:is|feels|felt|was|gets|got|getting|going|are|feel) (?:really |so |very |too |super |"
        r"rock |all |like )?"
        r"(?:tight|hard|rock hard)\b",
        "compartment pressure",
    ),
    (
        r"\b(?:severe|unbearable|excruciating|agonising|agonizing|escalating|terrible|awful|"
        r"extreme|worsening|horrendous|crazy)\b(?: \w+){0,3}? pain (?:under|in|inside|beneath) "
        r"(?:the|his|her|my|their|a|this) (?:cast|plaster|splint|bandage)\b|"
        r"\bpain (?:under|in|inside|beneath) (?:the|his|her|my|their|a|this) (?:cast|plaster|"
        r"splint|bandage)\b(?: \w+){0,3}? (?:unbearable|excruciating|agonising|agonizing|"
        r"getting worse|worse and worse|killing)\b",
        "compartment pressure",
    ),
    # A weight on the chest: "like someone is standing on my chest".
    (
        r"\b(?:standing|stood|sitting|sat|kneeling|pressing|pushing|pressed|crushing|a weight|"
        r"a ton of bricks|an elephant|a brick|heavy weight) on (?:my|his|her|their) chest\b",
        "chest pressure",
    ),
    # Soiling told as a mess: "he messed himself without knowing". Not "messed myself up".
    (
        r"\b(?:messed|mucked|dirtied) (?:himself|herself|myself|themselves|his pants|her pants|"
        r"my pants|his trousers|her trousers|my trousers)\b(?! up\b)",
        "soiled myself",
    ),
    # The same in a second language, unknown to the person: "grandfather dirty his trousers
    # without knowing it". Mud on trousers is known.
    (
        r"\b(?:dirty|dirties|soil|soils) (?:his|her|my|their) (?:trousers|pants|underwear|bed|"
        r"clothes)\b(?= (?:\w+ ){0,2}without (?:knowing|noticing|feeling|realising|realizing)\b)",
        "soiled myself",
    ),
    # Water lost in the night, new: "wetting the bed and I never used to".
    (r"\b(?:wet|wets|wetting|wetted) (?:the|my|his|her|their) bed\b", "wet myself"),
    # Water not passed for hours: "haven't had a wee since yesterday". Not a bowel alone.
    (
        rf"\b{_NOT_DONE} (?:had|have|done|do|passed|pass|been for)"
        r"(?: a (?:poo|poop|number two) or)? (?:a |any )?"
        rf"(?:wee|pee|piss|wees|pees|urine|water|number one)\b{_FOR_A_WHILE}",
        "cant pee",
    ),
    (
        rf"\b(?:{_NOT_DONE}|not been|hasnt been|havent been|isnt|is not|wasnt|not) (?:peed|weed|"
        r"pissed|urinated|peeing|weeing|urinating|passed urine|passed water)\b(?= (?:since|for|all|"
        r"today|this|last|in (?:\d+|a|an|over|the (?:last|past)|hours|ages)\b))",
        "cant pee",
    ),
    (
        rf"\b{_NOT_DONE} (?:emptied|empty|been able to empty) (?:my|his|her|their|the) bladder\b",
        "cant pee",
    ),
    (
        rf"\b{_HAVE_NOT} been (?:to the (?:loo|toilet|bathroom) )?for a (?:wee|pee|piss)\b"
        rf"{_FOR_A_WHILE}",
        "cant pee",
    ),
    # Lips or fingers gone blue: not a sign the guide names, but worth the red-flag questions
    # (a hint, bot.triage.lexicon.HINTS). Not toes in the cold.
    (
        r"\b(lips?|fingers|fingertips|fingernails|nails|face)\b((?: \w+){0,3}?) (?:are |is |look |"
        r"looks |have gone |has gone |gone |going |turned |turning )?(?:blue|grey|gray|purple)\b",
        r"\1\2 bluish",
    ),
    # A leg red and hot (or warm): not the guide's clot (swelling and severe pain), but worth
    # the red-flag questions (a hint, bot.triage.lexicon.HINTS).
    (r"\b(?:red|hot|warm) and (?:hot|red|warm)\b", "inflamed"),
    # A face fallen on one side, in a second language: "now her face one side is down, the eye
    # and mouth".
    (
        r"\b(?:face|mouth)(?: on)? one side (?:of it )?(?:is |has |went |gone |was |has gone |is "
        r"gone )?(?:down|dropped|dropping|fallen|falling|droopy|drooping|sagging|slipped)\b",
        "face drooping",
    ),
    # A hand held to the chest, the way people show its pain: "he's gripping his chest", "came
    # in holding his chest saying something is pressing on him". Not a chest of drawers, nor
    # a baby held to one's chest, nor a part played on a stage (mentions.py reads "acting").
    (
        r"^(?![\s\S]*\b(?:stage|scripted|script|scenes?|rehears\w*|audition\w*|actors?|actress\w*|"
        r"drama|acting|pretend\w*|roles?|plays?|film\w*|movies?|shows?|characters?)\b)"
        r"([\s\S]*?)\b(?:clutch\w*|grip\w*|grabb\w*|grabs|holding|holds|held) (?:on to |onto |at )?"
        r"(?:his|her|my|their) (?:chest|heart)\b(?! of\b)",
        r"\1chest pain",
    ),
    # Control of the bladder being lost, told as now: "I keep losing control of my bladder". Not
    # supposed or asked about in general ("does losing bladder control mean hospital?").
    (
        r"\b(?:i am|im|i keep|keep|keeps|he is|hes|she is|shes|they are|theyre|been|started|"
        r"starting|is|are) losing control (?:of|over) (my|his|her|their) (bladder|bowels?)\b",
        r"lost control of \1 \2",
    ),
    # Breath lost at the least effort: "I've been puffing just crossing the room". Not a pipe.
    (
        r"\b(?:puffing|panting|huffing(?: and puffing)?|wheezing|gasping)(?: and \w+ing)? (?:just |"
        r"even |after |from |when |while )?(?:crossing|walking (?:across|to|up|round|around)|"
        r"getting up|going to the|standing up|climbing|moving|talking|getting dressed|brushing)\b",
        "short of breath",
    ),
    # Air hunger told as drowning: "I feel like I'm drowning on land". Never "drowning in work".
    (
        r"\b(?:feel|feels|felt|feeling) like (?:i am|im|he is|hes|she is|shes|they are|theyre) "
        r"drowning\b(?! in\b)",
        "cant breathe",
    ),
    # A weight on the chest told only as a picture: "feels like an elephant is sitting on him".
    # Only as a likeness: a cat asleep on one's lap is no sign.
    (
        r"\b(?:like|as if|as though) (?:an elephant|a (?:\w+ )?weight|a (?:ton of )?bricks?|"
        r"something (?:heavy |big )?|somebody|someone|a truck|a lorry|a horse|a rock|a boulder)"
        r"(?: is| was| were| has)? (?:sitting|sat|standing|stood|pressing|pushing|pressed|lying|"
        r"parked|kneeling|stepping) on (?:him|her|me|them|(?:my|his|her|their) chest)\b",
        "chest pressure",
    ),
)
