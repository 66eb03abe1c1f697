"""A sign's words inside a frame that tells no event: the news, a study or a story, a fear of a
day to come, a relative's old stroke given as the reason for worrying, a condition's name on a
poster or a pair of socks, a leaflet's list, a claim about people in general, a dream, a decade,
a condition as a figure of speech, a belief explained away, a dismissal told; and everyday senses
of a sign's words: a shift too long to stand through, a sofa collapsed onto, a plane's landing, a
language not spoken, furniture's legs, a weak serve, a size told by a hand, a fall that nearly
happened, a limb asleep on the toilet.

Folds applied before the screen reads a word (bot.triage.lexicon.FOLDS, right after figures.py),
on the lowercased text without apostrophes. Each turns the frame into words that hedge the sign
("hypothetically", "afraid of", "in the past", "supposedly") or carry none, so the message asks
the red-flag questions at most. What is told as happening beside the frame ("I'm scared he'll
have a stroke, his face is drooping") keeps its own words and escalates: each class has probes
and guards in tests/unit/test_red_flag_frames.py.
"""

from __future__ import annotations

from bot.triage.told_normal import TOLD_NORMAL

# The conditions of the guide's emergencies, as people name them.
NAMED = (
    r"(?:mini |another )?(?:stroke|strokes|clot|clots|blood clots?|dvt|dvts|deep vein "
    r"thrombosis|thrombosis|embolism|pulmonary embolism|compartment syndrome|cauda equina|"
    r"spinal (?:cord )?injur\w*|heart attacks?)"
)
_WORRY = (
    r"(?:worr\w*|anxious|paranoid|panic\w*|scared|nervous|fret\w*|overthink\w*|freak\w*|"
    r"terrified|frightened|afraid|jumpy|on edge|cautious|careful|check\w*)"
)
_FUTURE = (
    r"(?:ill|hell|shell|theyll|youll|itll|id|hed|shed|theyd|youd|itd|wed|"
    r"(?:i|he|she|they|you|it|dad|mum|mom|(?:my|his|her) "
    r"\w+) (?:will|might|could|may|would|is going to|are going to|am going to|gonna))"
)

FRAMES: tuple[tuple[str, str], ...] = (
    # The news, a paper or a feed, about someone in general: "I read in the news that a
    # well-known actor had a stroke at 45". Not someone of one's own: "saw on facebook that my
    # cousin's face is drooping" stays as it is.
    (
        r"\b(?:i |ive |i have |we |just )?(?:read|saw|seen|heard|watched) (?:in|on) (?:the |a |an "
        r")?(?:news|paper|papers|newspaper|article|magazine|tv|telly|radio|post|facebook|"
        r"instagram|tiktok|twitter|reddit|forum|documentary)(?: today| yesterday| recently)? "
        r"(?:that |about )(?=(?:a|an|some|one|this|people|someone|somebody|numbness|strokes?|"
        r"clots?|dvt|young|famous|celebrity)\b)",
        "supposedly ",
    ),
    # A study of a condition: "preparing a presentation on deep vein thrombosis".
    (
        r"\b(presentation|essay|assignment|project|lecture|talk|dissertation|thesis|poster|quiz|"
        r"exam|revision|coursework|module|seminar|case study|podcast|blog post|research|"
        r"homework|report) (?:on|about|covering|covers|covered|is on|is about|for) "
        r"(?=(?:a |an |the )?" + NAMED + r"\b)",
        r"\1 on hypothetically ",
    ),
    # A story's character: "I'm writing a novel where a character collapses with a numb leg".
    (
        r"\b(?:writing|novel|book|script|screenplay|story|fiction|chapter|scene|film|movie|"
        r"game|fanfic|watching|watched|episode|tv|telly|soap|drama|series|netflix)\b"
        r"[^.!?\n]{0,80}?\b(?:a|the|my|one|our|main) (?:character|protagonist|heroine|hero|"
        r"villain)s?\b",
        "a story where hypothetically a character",
    ),
    # A fear for a day to come: "scared one day he'll have a stroke", "worried I'll get a clot".
    (
        r"\b(?:one day|someday|some day|in (?:the )?future|eventually|later in life|when (?:im|"
        r"i am|hes|he is|shes|she is|they are|theyre) older)\b[^.!?\n]{0,30}?\b"
        + _FUTURE
        + r" (?:have|get|suffer|develop|end up with) (?:a |an )?(?="
        + NAMED
        + r"\b)",
        "might one day have a ",
    ),
    (
        r"\b(?:scared|afraid|worried|terrified|frightened|fear|fearing|worry|worrying|panicking|"
        r"anxious|nervous|paranoid|thinking|imagining|dreading|convinced) (?:that |about whether |"
        r"whether |about how )?"
        + _FUTURE
        + r" (?:have|get|suffer|develop|end up with) (?:a |an )?(?="
        + NAMED
        + r"\b)",
        "afraid of a ",
    ),
    # A relative's stroke given as the reason one worries: "my grandad had a stroke so I worry
    # about everything".
    (
        r"\b(had|has had|suffered|survived) (an? " + NAMED + r")(?: once| before| years ago| a "
        r"while back| last year| in the past)?(?= (?:so|which is why|thats "
        r"why|and so|and since then|and ever since|and because of that|and now|because of "
        r"(?:that|which)) (?:i|im|i am|i get|ive|i have|i keep|we|were|my \w+)\b[^.!?\n]{0,25}?"
        r"\b" + _WORRY + r"\b)",
        r"\1 \2 in the past",
    ),
    # ...and the other way round: "I freaked cos my grandad had a stroke".
    (
        r"\b(" + _WORRY + r"[^.!?\n]{0,30}?\b(?:cos|coz|cause|because|since|as) (?:my \w+|he|she|"
        r"they|mum|mom|dad) )(had|has had|suffered|survived) (an? " + NAMED + r")\b",
        r"\1\2 \3 in the past",
    ),
    # A condition's name on a thing: "the DVT posters at the airport", "my flight socks".
    (
        r"\b(?:dvt|clot|stroke|thrombosis|blood clot) (posters?|leaflets?|ads?|adverts?|"
        r"advertisements?|campaigns?|awareness|socks|stockings|tights|prevention|videos?|"
        r"documentar(?:y|ies)|articles?|booklets?|info|information|advice|risks?)\b",
        r"health \1",
    ),
    # A shift too long to stand through is a day's limit, no leg that fails: "can't stand at
    # the till for my whole shift anymore". Not "I can't stand up at all".
    (
        r"\b(?:cant|cannot|couldnt|can no longer|unable to|not able to) (?:stand|walk|be on my "
        r"feet|stay on my feet)(?: up)?(?: (?:at|behind|in|on) (?:the |my |a )?\w+)?(?= (?:for "
        r"(?:long|very long|too long|that long|more than|over|longer than|the whole|my whole|a "
        r"whole|an entire|whole|all|hours|ages|a full|half)|all day|as long as|the whole|my "
        r"whole|a full shift|a whole shift|(?:for )?(?:more|longer) than (?:an?|half an|\d+|a few|"
        r"one|two|three|four|five|ten|twenty|thirty|forty) (?:hours?|hrs?|minutes?|mins?))\b)",
        "struggle to stand",
    ),
    # Furniture that falls over is no one's fall: "my chest of drawers fell over, nobody hurt".
    (
        r"\b(?:(?:my|the|our|a|his|her|their) )?(?:chest of drawers|drawers|wardrobe|bookcase|"
        r"bookshelf|shelf|shelves|cupboard|mirror|lamp|vase|fence|tree|christmas tree|telly|tv|"
        r"statue|cabinet|dresser|plant pot) (?:just |has |had )?(?:fell|fallen|falls|toppled|"
        r"tipped|crashed|came|come) (?:over|down)\b"
        # Not onto someone: "the wardrobe fell over onto my back".
        r"(?! (?:on|onto|on to|against) (?:me|my|him|his|her|them|their|us|our|the (?:baby|kid|"
        r"child|dog)|mum|dad))",
        "the furniture shifted",
    ),
    # The furniture, once shifted, that "fell on the carpet": "it just fell on the carpet".
    (
        r"(?<=the furniture shifted)([^.!?]*[.!?,]?[^.!?]*?)\b(?:it|that) (?:just )?fell "
        r"(?:on|onto) (?:the )?(?:carpet|floor|rug|bed|sofa)\b",
        r"\1it rests on the carpet",
    ),
    *TOLD_NORMAL,  # grip, limbs, smile and face told as normal (told_normal.py)
    # A way of sitting or lying, no side of the body: "legs tucked to one side", "sleep on one
    # side".
    (
        r"\b(tucked|folded|curled|bent|lying|lie|lay|sleep\w*|slept|leaning|lean) (?:to|on|onto) "
        r"one side\b",
        r"\1 sideways",
    ),
    # A sofa collapsed onto: "came home and collapsed on the beanbag".
    (
        r"\b(?:collapsed|collapse|collapsing|collapses|flopped|crashed) (?:on|onto|into|in|on "
        r"to) (?:the |my |a |our |his |her )?(?:sofa|couch|settee|bed|beanbag|bean bag|chair|"
        r"armchair|recliner|hammock|lounger|sun lounger)\b",
        "sat down on the sofa",
    ),
    # A plane's landing is no fall: "took them off after landing". Not "after landing on my
    # back".
    (
        r"\b(?:after|on|since|before|during|at|upon) (?:the )?landing\b(?! (?:on|awkward\w*|badly"
        r"|hard|heavily|flat|wrong\w*)\b)",
        "after we arrived",
    ),
    # A leaflet's list, a claim about people in general: "the leaflet mentions clots", "the
    # neighbour says old people have a stroke without knowing it".
    (
        r"\b(?:the |a |this |my |his |her )?(?:leaflet|booklet|pamphlet|information sheet|info "
        r"sheet|discharge (?:sheet|notes|letter)|handout|label|packet|patient information) "
        r"(?:they gave (?:us|me|him|her) )?(?:says?|said|mentions?|mentioned|lists?|listed|"
        r"warns?|warned|talks? about|covers?)\b",
        "supposedly",
    ),
    (
        r"\b(?:say|says|said|told (?:me|us)|tells (?:me|us)|reckons|claims|heard|read) (?:that )?"
        r"(?=(?:old |older |elderly |young |many |some |most |all |lots of |a lot of )?(?:people|"
        r"persons|adults|women|men|diabetics|smokers|athletes|everyone|anyone|anybody) (?:can |"
        r"could |may |might |often |sometimes |do |usually )?(?:have|get|had|suffer|develop) "
        r"(?:a |an )?" + NAMED + r"\b)",
        "supposedly ",
    ),
    # Old times named as such: "back then his leg lost feeling", "when my son was 12", "3
    # years before" as a second language says "ago".
    (r"\bback then\b", "in the past"),
    (
        r"\b(?:in|during|back in) the (?:(?:19|20)?[0-9]0s|fifties|sixties|seventies|eighties|"
        r"nineties|noughties)\b",
        "in the past",
    ),
    (
        r"\bwhen (?:my|his|her|our|their) (?:\w+ )?(?:was|were) (?:about |around |only )?"
        r"(?:[1-9][0-9]?|young|younger|little|small|a baby|a kid|a child|a teenager)\b"
        r"(?! (?:minutes?|mins?|hours?|hrs?)\b)",
        "in the past",
    ),
    (r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many) years? before\b", "years ago"),
    # An injury named straight after a dated event is that event's: "in a car accident 3 years
    # ago, whiplash, legs tingly for a while".
    (
        r"\b((?:[0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|many) "
        r"(?:years?|months?|yrs?) ago), (?:a |bad |mild |some |minor )?(whiplash|concussion|"
        r"(?:broken|fractured|cracked) \w+|(?:slipped|herniated|bulging) discs?|(?:back|neck|head|"
        r"spinal|spine) injury)\b",
        r"\1 with \2",
    ),
    # A condition's short aside in brackets ("a mini stroke (tia) in march") belongs to it: a
    # bracket would cut the condition off from when it happened.
    (r"\b(" + NAMED + r") \([a-z ]{1,30}\)", r"\1"),
    # A condition had in a month named or at an age: "had a mini stroke in march", "had
    # compartment syndrome after a football injury at 19". Not "at 10 this morning".
    (
        r"\b(had|suffered|got|was diagnosed with|survived) (an? )?("
        + NAMED
        + r")\b([^.!?\n]{0,40}?) "
        r"(?:in|last|back in|during) (?:january|february|march|april|may|june|july|august|"
        r"september|october|november|december)\b",
        r"\1 \2\3\4 in the past",
    ),
    (
        r"\b(had|suffered|got|was diagnosed with|survived) (an? )?("
        + NAMED
        + r")\b([^.!?\n]{0,40}?) "
        r"(?:at|aged|at age|at the age of) (?:1[0-9]|[2-9][0-9])\b(?![:.]?\s?\d| ?(?:am|pm|oclock|"
        r"today|this|tonight|ish)\b)",
        r"\1 \2\3\4 in the past",
    ),
    # A dream told: "I had a dream I couldn't move my legs". Not "woke from a nightmare and I
    # can't move my legs".
    (
        r"\b(dream|dreams|dreamt|dreamed|nightmare|nightmares) (?:that |where |in which |about )?"
        r"(?=(?:i|ill|id|im|ive|he|hell|hed|she|shell|shed|they|theyll|my|his|her|someone|"
        r"somebody)\b)",
        r"\1 hypothetically ",
    ),
    # A moment to get up after kneeling, no leg that fails: "can't stand up straight away".
    (
        r"\b(?:cant|cannot|couldnt) (?:stand|get) (?:up )?(?=(?:straight away|right away|"
        r"immediately|at once|at first|(?:for )?(?:a|one) (?:minute|moment|second)|for a "
        r"(?:few minutes|bit|few seconds))\b)",
        "need a moment to get up ",
    ),
    # A language not spoken is no speech lost: "he not speak English".
    (
        r"\b(?:not|doesnt|dont|cant|cannot|does not|do not|no|barely|hardly) (?:speak|speaks|"
        r"talk) (?:much |good |any |very good |a lot of |the )?(?:english|french|german|spanish|"
        r"italian|polish|russian|arabic|urdu|hindi|chinese|portuguese|turkish|dutch|language|"
        r"local language)\b",
        "is from abroad",
    ),
    # A worry that it is the heart, no chest pain told: "he's worried it's his heart".
    (
        r"\b(?:worried|scared|afraid|thinks|thought|wonders|wondering|convinced|fears|worries|"
        r"paranoid) (?:that )?(?:its|it is|it was|it might be|it could be|it may be) (?:his|her|"
        r"my|their|your|the) heart\b(?! (?:attack|pain|hurt))",
        "afraid of heart trouble",
    ),
    # Socks for a flight are tight socks, no flight's clot: "flight socks a size too small".
    (r"\b(?:flight|compression|compresion|travel|support) (socks|stockings|tights)\b", r"tight \1"),
    # Calves the same size are symmetrical: "his calves look the same size".
    (r"\b(?<!not )(?<!isnt )(?<!arent )the same size\b", "symmetrical"),
    # Shoes slipped off are shoes taken off, no slip: "slipped my heels off under the table".
    (
        r"\bslip(?:ped|ping|s)? (?:(?:them|'?em|it|those|my \w+|his \w+|her \w+|the \w+) off|off "
        r"(?:my|his|her|the|their) (?:shoes|heels|boots|trainers|sandals|slippers|socks))\b",
        "took them off",
    ),
    # A dismissal told, no speech that makes no sense: "he says it's nothing", "she say it is
    # old age".
    (
        r"\b(?:he|she|they|mum|mom|dad|grandad|grandpa|nan|gran|grandma|wife|husband) (?:says?|"
        r"said|keeps saying|insists|thinks|tells me) (?:that )?(?:its|it is|it was|this is|is) "
        r"(?:nothing|just|only|old age|normal|fine|age|stress|nerves|the cold|his age|her age)\b",
        "shrugs it off as",
    ),
    # Nothing mentioned is no speech lost: "she don't say any pain".
    (
        r"\b(?:doesnt|dont|didnt|does not|do not|did not|never) (?:say|says|mention|mentions|"
        r"report|complain(?: of| about)?) (?:any |of any |about any )?(?=(?:pain|ache|problem|"
        r"trouble|numbness)\b)",
        "reports no ",
    ),
    # Boots buckled are boots fastened, and a walk to the loo no toilet trouble: "ski boots
    # buckled too tight", "he walked to the loo and they came back". Not "went to the toilet
    # and nothing came out".
    (
        r"\b((?:boots?|shoes?|sandals?|belts?|straps?|skates?|bindings?|helmets?|seat ?belts?|"
        r"harness\w*|buckles?) (?:\w+ )?)(?:buckled|buckles|buckling)\b|\bbuckled (?=(?:up|in|"
        r"them|it|my|his|her|the)\b)",
        r"\1fastened ",
    ),
    (
        r"\b(walked|walking|walks|hobbled|limped|wandered|ran|strolled|hopped|stomped|paced) "
        r"(?:over |off |down )?to the (?:loo|toilet|bathroom|restroom|wc|gents|ladies)\b",
        r"\1 down the hall",
    ),
    # A fall that did not happen: "nearly fell on the stairs twice".
    (
        r"\b(?:nearly|almost|very nearly|just about) (?:fell|fall|falling|fallen|went over|"
        r"tripped|slipped)\b",
        "wobbled",
    ),
    # A condition as a figure of speech: "this homework is giving me a stroke", "my boss nearly
    # had a stroke when he saw the numbers", "the whole site was paralysed for hours".
    (
        r"\b(?:giving|give|gives|gave|given) (?:me|him|her|us|them|you) an? (?:stroke|heart "
        r"attack|coronary|fit|aneurysm|embolism)\b",
        "stressing me out",
    ),
    (
        r"\b(?:nearly|almost|practically|about to) (?:had|have|having) an? (?:stroke|heart attack|"
        r"coronary|fit|aneurysm)(?= (?:when|over|at|seeing|because|after (?:seeing|hearing|"
        r"reading)|reading|hearing)\b)",
        "was shocked",
    ),
    # A game or a drive done badly: "my mate said I played like I was having a stroke".
    (
        r"\b(?:played|plays|play|playing|drove|drives|driving|drive|wrote|writes|writing|danced|"
        r"dancing|dances|sang|singing|parked|parks|typed|typing) like (?:(?:i|he|she|they|you|we) "
        r"(?:was|were|is|are|am)|im|hes|shes|youre|theyre) (?:having|had) an? (?:stroke|heart "
        r"attack|seizure|fit)\b",
        "played badly",
    ),
    (
        r"\b(?:job|site|city|traffic|network|country|company|office|project|work|everything|"
        r"production|system|town|airport|roads?|trains?|factory|team|government|defen[cs]e|attack|"
        r"midfield|squad|club|league|economy|market|internet|wifi|computer|laptop|phone|screen|app|"
        r"printer|(?:sewing |washing )?machine|cooking|kitchen|car|engine|business|shop|plan|bank|"
        r"account|meeting|construction|renovation|garden|garage|boiler|fridge|oven|lift|elevator|"
        r"escalator|bus|school|homework)s?(?: in (?:the )?\w+)? (?:was|is|were|are|got|has been|"
        r"had been|have been|become|became) (?:totally |completely |utterly |basically |all |fully "
        r"|now |still )?paraly[sz]ed?\b",
        "stopped",
    ),
    # A size told by a hand, no hand that is numb: "a numb patch the size of a hand".
    (
        r"\b(?:about |roughly )?(?:the )?size of (?:a|my|your|his|her|an) (?:hand|palm|fist|coin|"
        r"thumb|finger|credit card|phone|egg|orange|tennis ball|golf ball)\b",
        "palm sized",
    ),
    # Effort or laughter "so hard" is no hard calf: "laughing so hard at the show last night".
    (
        r"\b(laugh\w*|giggl\w*|cry\w*|cried|tried|trying|try|worked|working|work|train\w*|"
        r"push\w*|studied|studying)((?: \w+){0,2}) (?:so|really|very|too) hard\b",
        r"\1\2 so much",
    ),
    # A limb asleep on the toilet is a limb asleep on a seat: "my foot fell asleep on the toilet
    # again". The toilet stays in "can't feel it when I sit on the toilet" and "can't pee".
    (
        r"\b((?:foot|feet|leg|legs|toes?|thighs?)(?: \w+){0,2} (?:fell asleep|falls asleep|"
        r"asleep|went numb|goes numb|go numb|went dead|went to sleep|numb)(?: \w+){0,4}? (?:on|"
        r"sitting on|sat on) the) (?:toilet|loo)\b",
        r"\1 seat",
    ),
    # A stroke believed and then explained away: "convinced he was having a stroke because his
    # leg felt funny, but it was only from sitting on it".
    (
        r"\b(?:convinced|thought|was sure|were sure|certain|feared|panicked) (?:that )?(?:he|she|"
        r"i|they|you|we)(?: was| were| is| are|s|re)? having an? (stroke|heart attack|clot)\b"
        r"(?=[^.!?]{0,80}\b(?:but|turned out|only|just)\b)",
        r"wondered about a \1",
    ),
    # Full feeling is no numbness: "he has full sensation in both legs". Not beside strength:
    # "full feeling and strength" would read as "no strength".
    (
        r"\b(?:full|normal|all (?:his|her|the|my)) (?:sensation|feeling)\b"
        r"(?! (?:and|or|&) (?:strength|power|movement|function|control))",
        "no numbness",
    ),
    # A seat's reading time: "every morning I sit on the toilet reading the news". Not "sat on
    # the toilet for an hour and nothing comes out".
    (
        r"\b(sit|sits|sitting|sat) on the (?:toilet|loo)(?= (?:reading|scrolling|playing|browsing|"
        r"watching|texting|on (?:my|his|her) phone)\b)",
        r"\1 on the seat",
    ),
    # Furniture's legs (never "lift my leg off the bed"), laughter's paralysis, a stroke of sport
    # that is weak, a word's meaning:
    # "the leg of my dining table has collapsed", "paralysed with laughter", "my breaststroke
    # kick is weak", "the phrase dead leg", "learn the stroke signs for my nan".
    (
        r"\b(?:the|a|one) legs? of (?:the|my|a|our|his|her) (?:\w+ )?(?:chest of drawers|"
        r"drawers|wardrobe|cupboard|sideboard|bookcase|shelf|shelves|cot|crib|bed frame|table|"
        r"chair|desk|bed|stool|"
        r"sofa|couch|"
        r"cabinet|dresser|piano|tripod|ladder|bench)\b|\b(?:table|chair|desk|bed|stool|sofa|couch|"
        r"cabinet|dresser|piano|tripod|ladder|bench) legs?\b",
        "the furniture",
    ),
    (
        r"\bparaly[sz]ed (?:with|by) (laughter|fear|shock|fright|terror|indecision|boredom|"
        r"nerves)\b",
        r"frozen with \1",
    ),
    (
        r"\b(kick|stroke|swing|serve|technique|form|backhand|forehand|tackle|jump|sprint|game|"
        r"footwork|dribbling|passing|shooting) (?:is|was|looks|feels) (?:a bit |really |so |too )?"
        r"(?:weak|poor|bad|dead|rubbish|off)\b",
        r"\1 needs work",
    ),
    (
        r"\b(phrase|term|word|expression|slang|saying|idiom|called|calls it|means|meaning of|what "
        r"is a|whats a) (?:a )?dead leg\b",
        r"\1 thigh bruise",
    ),
    (
        r"\b(learn|know|teach|recogni[sz]e|spot|read about|look up|remember|memori[sz]e) (?:the |"
        r"about )?(stroke|clot|dvt|heart attack) (?:warning )?(?:signs|symptoms)\b",
        r"\1 the signs of \2",
    ),
)
