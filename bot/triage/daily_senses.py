"""A sign's words in the sense a busy day gives them: folds run at the end of
bot.triage.other_senses, on the lowercased text without apostrophes.

"Drowning in deadlines and can't breathe with all this work" is work that swamps; "I have 'heart
attack' when I see the price of shoes" a price that shocks; "my cat knocked my plant over and
there's soil everywhere" a plant's soil; "first aid kit inventory, bandages splints etc" a kit's
stock; so are an animal's legs, a singer's vowels, stress that chokes, a dry mouth, a lorry pulled
over, a checklist "all as usual", furniture that "collapsed", a chair's arm, a fright watching a
match, a mind "paralysed" in a game of chess, a weak kick, a fear of a stroke, a drill on its signs,
a worker's stories and a droopy face practised for a play. None is anyone's breath, chest, bowels,
leg, face or cast. Each fold takes only its own phrase: "I can't breathe with all this work and my
chest is crushing" keeps its chest, a breath lost "with all this work" and a numb leg in the same
clause are read as ever, "I soiled myself" and "soil myself" are read as ever, and so is a bandage
told on a leg ("first aid kit came out, the bandage on his leg is too tight and his toes are numb").
Probes and guards in tests/unit/test_busy_days_and_examples.py. Words used loosely
(loose_senses.py) and signs only heard of (heard_of.py) run last. Pure.
"""

from __future__ import annotations

from bot.triage.heard_of import HEARD_OF
from bot.triage.loose_senses import LOOSE_SENSES

DAILY_SENSES: tuple[tuple[str, str], ...] = (
    (
        r"\b(?:couldnt|was cant|cant) breathe (?:with|under|for) (?:all )?(?:this|the|these|my|"
        r"that) (?:\w+ )?(?:work|deadlines?|homework|exams?|assignments?|emails?|workload|"
        r"paperwork|admin|meetings?)\b(?![^.!?,;]*\b(?:numb\w*|tingl\w*|dead|weak\w*)\b)",
        "am swamped",
    ),
    (
        r"\bheart attack(?= when (?:i|we|he|she|you|they) (?:see|saw|sees|look at|looked at|open|"
        r"opened|get|got|check|checked) (?:the|my|his|her|our|their|that|this) (?:\w+ )?(?:prices?|"
        r"bills?|costs?|receipts?|invoices?|statements?|quotes?|fees?)\b)",
        "a fright",
    ),
    (
        r"^(?=[\s\S]*\b(?:plants?|pots?|potting|garden\w*|compost|repot\w*|seedlings?|flower ?beds?"
        r"|allotment)\b)([\s\S]*?)\bsoil\b(?! (?:myself|himself|herself|themselves|my|his|her|"
        r"their|the bed|pants|trousers|underwear|nappy|diaper)\b)",
        r"\1dirt",
    ),
    (
        r"^(?=[\s\S]*\bfirst aid (?:kits?|box|bag|supplies|inventory|stock|cupboard)\b)([\s\S]*?)"
        r"\b(?:bandages?|splints?|slings?|dressings?)(?:,? (?:and )?(?:bandages?|splints?|slings?|"
        r"dressings?|plasters?|gauze|tape))+\b",
        r"\1supplies",
    ),
    # Furniture that gives way, a chair's arm, a fright at a match, a fear that paralyses a
    # thought, a sport's weak kick: "the chest of drawers collapsed on my foot", "my leg was
    # slung over the arm of the chair", "absolute heart attack watching it", "I am paralysed,
    # cannot think", "how do I stop my kick being so weak".
    (
        r"\b(drawers|wardrobe|table|chair|bed|sofa|bookcase|bookshelf|cupboard|shelving|desk|cot|"
        r"flatpack|deckchair|stool) (?:has |had |just )?(?:collapsed|collapses|collapsing|crashed)"
        r"\b",
        r"\1 broke",
    ),
    (r"\b(?:arm|arms) of the (?:chair|sofa|couch|settee|armchair|bench|seat)\b", "armrest"),
    (
        r"\b(?:an? )?(?:absolute|total|proper|complete|mini|little) heart attack\b(?= (?:watching|"
        r"seeing|when|at|lol|haha|moment)\b)|\bheart attack on legs\b",
        "a fright",
    ),
    (
        r"\b(am|was|were|is|felt|feel|got|get) paralysed\b(?=,? (?:cannot|cant|couldnt|could not|"
        r"was cant) think\b| (?:with|by) (?:fear|nerves|indecision|panic|stage fright)\b)",
        r"\1 frozen",
    ),
    (
        r"\b(kick|kicks|stroke|strokes|swing|serve|backhand|forehand|throw|punch|tackle) "
        r"(?:is |was |being |are |feels )(?:so |too |really |a bit |still )?weak\b",
        r"\1 needs work",
    ),
    # A fear, a drill, a worker's stories and a part practised, no one's sign: "my brain went
    # straight to stroke", "terrified of missing a stroke on shift", "drilling us on stroke
    # signs", "he tells stories of heart attack and stroke", "practising a droopy face and
    # slurring" for a play. Never a sign told of someone ("he has stroke signs now").
    (
        r"\bmy (?:brain|mind|head|first thought|thoughts) (?:went|jumped|goes|go|leapt|raced) "
        r"(?:straight |right |immediately )?to (?:a )?(stroke|heart attack|clot|blood clot|dvt)\b",
        r"i was scared of a \1",
    ),
    (r"\b(?:terrified|frightened|petrified) of\b", "scared of"),
    (
        r"\b(?:i )?thought (?:my |the |it |this |that )?(?:\w+ ){0,3}?(?:meant|was|might be|could "
        r"be) (?:a |an )?(blood clot|clot|stroke|heart attack|dvt)\b",
        r"i was scared of a \1",
    ),
    (
        r"\b(?:stroke|stroking|stroked|strokes) (?:the |my |his |her |our |their |a )?(?:\w+ )?"
        r"(dog|doggy|doggie|dogs|cat|cats|kitty|puppy|kitten|pet|horse|pony|bunny|rabbit|hamster)\b",
        r"pet the \1",
    ),
    (
        r"\b(on|about|know|learn\w*|remember\w*|recite\w*|revis\w*) (?:the )?(?:stroke|heart "
        r"attack) (signs|symptoms|warning signs|checklist|checks|tests|acronym)\b",
        r"\1 health \2",
    ),
    (
        r"\b(?:stories|tales|anecdotes) (?:of|about) (?:(?:\w+ ){0,2}?(?:heart attacks?|strokes?)"
        r"(?: and | or |, )?)+",
        "stories from work ",
    ),
    (
        r"\bpractis\w* (?:a |her |his |my |the )?(?:droopy|drooping|crooked) (?:face|smile)"
        r"(?: and (?:slurring|slurred speech|a slur))?",
        "practising a role",
    ),
    # Breath lost laughing, with words between: "laughed so hard at the speech I literally
    # couldn't breathe"; and stress: "I feel like I can't breathe when I think about the meeting".
    (
        r"\blaugh\w* so (?:hard|much)\b((?:(?!\b(?:now|today|tonight|this|suddenly|then)\b)"
        r"[^.!?,]){0,40}?)\b(?:i|we|he|she) (?:literally |actually )?"
        r"(?:couldnt|was cant|cant) breathe\b",
        r"laughing a lot\1",
    ),
    (
        r"\b(?:feel like )?(?:i )?(?:cant|couldnt|was cant) breathe when (?:i|we) think "
        r"(?:about|of)\b",
        "am stressed thinking about",
    ),
    # A grumble is no speech gone wrong: "she's grumbling that I'm making a fuss".
    (r"\b(?:grumbl|whing|moan)(?:e|es|ed|ing)\b", "complaining"),
    # A pet stroked, a lift out of order, a phone's cracked face, a crooked smile from a tooth, a
    # lecture's topic, a joke, speech too fast in a language class: "the cat is stroke by
    # everyone", "our lift in building is broken", "my phone has a cracked face", "my smile is
    # crooked cos of one wonky tooth", "the speaker discussed chest pain", "say 'I can't
    # breathe' as a joke", "slurring words together because I speak too fast".
    (r"\b(?:is|are|was|get|gets|got|being) stroked? by\b", "petted by"),
    (
        r"\b(?:the |our )?lift (?:in (?:the |our |my )?(?:building|block|flats?) )?(?:is |was |has "
        r"been )?(?:broken|out of order|not working|down)\b",
        "the elevator is broken",
    ),
    (
        r"\b(phone|screen|watch|clock|tablet)s? (?:has|have|with|got) (?:a )?(?:cracked|broken|"
        r"smashed|scratched) face\b",
        r"\1 screen cracked",
    ),
    (
        r"\bsmile (?:is |looks )?crooked (?:cos|because|coz|due to) (?:of )?(?:a |one |my |his |"
        r"her )?(?:wonky |crooked |chipped |missing )?(?:tooth|teeth|brace|braces)\b",
        "teeth are wonky",
    ),
    (
        r"\b(?:discussed|discussing|discusses|lectured on|presented on|covered) (?:chest pain|"
        r"heart attacks?|strokes?|blood clots?|spinal injur(?:y|ies))\b",
        "discussed health",
    ),
    (
        r"\b(?:cant breathe|having a stroke|heart attack)\b(?= (?:as a joke|jokingly|for a joke|"
        r"for a laugh|as a laugh)\b)",
        "joke",
    ),
    (
        r"^(?=[\s\S]*\b(?:(?:english|french|spanish|german|language) (?:teacher|class|lesson|"
        r"course)|speak too fast|talk too fast|chat a lot)\b)"
        r"([\s\S]*?)\bslurring (?:my |his |her )?words together\b",
        r"\1speaking quickly",
    ),
    # An animal's legs, a singer's vowels, stress that chokes, a dry mouth before a speech, a
    # lorry pulled over, a checklist "all as usual": "a cat with a clot in its back legs", "the
    # director said my vowels were slurring", "deadline stress is choking me", "my mouth goes
    # dry just thinking about it", "I stop on side", "face, speech, breathing all as usual".
    (r"\bin its (?:back |hind |front )?(?:legs?|paws?|foot|feet)\b", "in the animal"),
    (
        r"\b(?:my |his |her |our |the )?(?:vowels|consonants|notes|lyrics|diction|harmonies)\b"
        r"(?: \w+){0,2} (?:slurr\w*|"
        r"slurred)\b",
        "singing needs work",
    ),
    (
        r"\b(stress|deadlines?|work|pressure|anxiety|debt|bills|workload|job|exams?|grief) "
        r"(?:is |are |was |were )?(?:choking|suffocating|smothering|strangling) (?:me|him|her|us|"
        r"them)\b",
        r"\1 is overwhelming",
    ),
    (r"\bmouth (?:goes|went|is|gets|got|going) (?:so |really |bone )?dry\b", "nerves"),
    (
        r"\b(?:stop|stopped|pull|pulled|park|parked) (?:on|at|to|onto) (?:the )?(?:side|hard "
        r"shoulder)(?: of the road)?\b",
        "pulled over",
    ),
    (r"\ball (?:as usual|as normal|like normal|same as always)\b", "all normal"),
    # A speech to give at an occasion: "terrified about the speech" as best man.
    (
        r"\b(?:about|before|for|giving|give|write|writing|practising|rehearsing|dreading) "
        r"(?:the |a |my )?(?:best man |wedding |leaving |retirement |school |award )?speech\b"
        r"(?=[\s\S]*\b(?:best man|wedding|toast|leaving do|retirement|award|ceremony|rehearsal|"
        r"audience|podium)\b)(?! (?:is|was|has|sounds|slurr\w*|problem|therapy))",
        "about the toast",
    ),
    # What a word means where one comes from, and a screen's sound: "in my country we say stroke
    # is when face go down", "the speech on my mum's TV is out of sync".
    (
        r"\b(?:we|they|people|doctors) (?:say|call) (?:a |it )?(?:stroke|heart attack|clot) "
        r"(?:is )?when\b",
        "supposedly it is when",
    ),
    (
        r"(?<!\bhis )(?<!\bher )(?<!\bmy )(?<!\btheir )(?<!\byour )\b(?:the )?(?:speech|voices?)\b"
        r"(?= (?:on|from) (?:(?:my|the|his|her|our|their|your|\w+s) ){0,2}(?:tv|telly|television|"
        r"laptop|phone|computer|radio|video|film|app|headphones)\b)",
        "the audio",
    ),
    (
        r"^(?=[\s\S]*\b(?:tv|telly|television|video|audio|film|subtitles|screen)\b)([\s\S]*?)\bout "
        r"of sync\b",
        r"\1needing a settings fix",
    ),
    *LOOSE_SENSES,  # words used loosely: clocks, moods, dismay, pride (loose_senses.py)
    *HEARD_OF,  # anyone, strangers, books, topics and terms read (heard_of.py)
)
