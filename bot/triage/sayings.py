"""Sayings in a body's words, and what someone read: folds run last in bot.triage.mentions
(after the mouth's senses and fiction, which this module gathers with its own), on the lowercased
text without apostrophes.

"Break a leg tonight!" wishes luck; "a bladder of steel on road trips" holds on well; "his face
dropped a mile" at a lost game is shock; "paralysed with shame" after a 5-0 defeat is a feeling
(frames.py knows "paralysed with fear"). "I read that loss of bladder control alongside leg
numbness can indicate a spinal problem" repeats what was read, in the general "can", and "my
friend tell me when leg is numb and you cannot control the pee, it is very danger" what a friend
says happens to anyone: both suppose, so they are asked about, never alarmed at. So do a claim
heard and checked ("my mate said you can lose your leg from a tight cast, is that real"), what a
friend said can happen ("numbness after a fall can mean spinal damage") and a topic looked up
("the bowel bladder thing"). A person who is "a pain in the chest", a nickname and a
"paralysing" cold snap are no one's chest or legs. None of these is anyone's leg, bladder or
face now. Each fold takes only its own phrase, and the same words
told as a sign now are read as before ("he broke a leg", "she can't hold her bladder", "his face
dropped on one side", "I read that it can be a stroke, and now his face droops", "my dad says
when he stands his leg gives way", "my wife says my face droops, is that true?"). Probes and
guards in tests/unit/test_pressed_legs_sayings_and_dated_histories.py and
tests/unit/test_answers_lists_and_claims.py.
"""

from __future__ import annotations

from bot.triage.fiction_senses import FICTION_SENSES
from bot.triage.mouth_senses import MOUTH_SENSES

# Anyone in particular: a general "you" told with one of these is someone's own story.
_SOMEONE = r"(?:i|im|ive|my|me|he|hes|his|him|she|shes|her|we|our|us)"

# Who tells a claim heard, in the general "you".
_TELLERS = (
    r"friend|friends|mate|mates|pal|mum|mom|mother|dad|father|sister|brother|teacher|colleague|"
    r"coworker|neighbour|neighbor|aunt|uncle|cousin|grandma|granny|nan|coach|boss|someone|"
    r"people|everyone|they|somebody"
)

SAYINGS: tuple[tuple[str, str], ...] = (
    # Luck wished, never a leg asked about: not "did he break a leg?".
    (
        r"(?<!did )(?<!might )(?<!could )(?<!would )(?<!will )(?<!he )(?<!she )(?<!i )"
        r"(?<!you )(?<!they )\bbreak a leg\b",
        "good luck",
    ),
    (
        r"\b(?:a |an )?(?:bladder|bladders) (?:of|like) (?:steel|iron|a camel|a horse|concrete)\b|"
        r"\b(?:an )?(?:iron|steel|camel) bladder\b",
        "good stamina",
    ),
    (
        r"\b(?:face|faces|jaw|jaws) (?:\w+ )?(?:dropped|fell) a mile\b",
        "looked shocked",
    ),
    # Risk named, no heart: "the left back is a heart attack waiting to happen".
    (r"\b(?:a |an )?(?:heart attack|stroke|disaster) waiting to happen\b", "a big risk"),
    # Things stuck, not people: "our train sat paralysed for hours", "the frost left them
    # paralysed", "the whole carriage couldn't breathe from the heat".
    (
        r"\b((?:the |our |my |a )?(?:train|trains|bus|buses|traffic|plane|flight|flights|queue|"
        r"motorway|roads?|network|airport|station|city|town|country|system|roses|plants|garden|"
        r"crops|flowers|hedge|lawn|aim|economy)) (?:\w+ ){0,3}?(?:sat|was|were|stood|got|went|"
        r"is|are|left|lay|remained|stayed) paraly[sz]ed\b",
        r"\1 stood still",
    ),
    (
        r"\b(?:frost|snow|ice|cold|drought|heat|storm|strike|strikes|snail|snails|slugs?) "
        r"(?:has |had )?(?:left|leaves|made) (?:them|it|the (?!(?:\w+ )?(?:man|woman|boy|girl|"
        r"driver|rider|runner|child|kid|patient|player|climber|skier|walker)\b)(?:\w+ )?\w+) "
        r"paraly[sz]ed\b",
        "the weather hit the garden",
    ),
    (
        r"\b(?:clematis|ivy|weeds?|bindweed|brambles?|vines?|creepers?|roots?|the plants?|the "
        r"hedge) (?:has |had |is |was )?(?:nearly |almost |slowly |completely )?(?:choked|choking|"
        r"chokes|strangled|strangling|strangles|smothered|smothering)\b",
        "overgrew",
    ),
    (
        r"\b(?:the )?(?:whole|entire) (?:carriage|coach|bus|train|room|class|classroom|office|"
        r"crowd|stadium|hall|cinema|plane|cabin|family) (?:was cant|cant|could not|couldnt) "
        r"breathe\b",
        "everyone felt stuffy",
    ),
    # A person who annoys, and the names friends give: "I'm a pain in the chest lol", "my mates
    # nickname me 'chest pain'". Never "it's a pain in the chest", told as a pain.
    (
        r"\b(im|hes|shes|youre|theyre|being|(?!(?:it|this|that|there|which|what|who)\b)\w+ "
        r"(?:is|am|are|was|were)) (?:such |a real |"
        r"a right |a total )?a (?:real |right |total )?pain in the (?:\w+ )?(?:neck|arse|ass|butt|"
        r"backside|bum|chest|head|rear)\b",
        r"\1 annoying",
    ),
    (
        r"\b(nickname|nicknamed|nicknames|nicknaming) (me|him|her|us|them|my \w+)(?: as)? "
        r"(?:\w+ ?){1,3}?(?= *(?:because|coz|cos|cuz|since|lol|haha\w*|[,.!?]|$))",
        r"\1 \2 something",
    ),
    # Weather and strikes that stop a town: "the forecast called it a paralysing cold snap".
    (
        r"\bparaly[sz]ing (cold snap|cold spell|cold|snow\w*|storms?|strikes?|frost|freeze|fog|"
        r"heat ?wave|heat|blizzards?|traffic|gridlock|fear|shyness|indecision|stage fright)\b",
        r"a big \1",
    ),
    (
        r"\bparaly[sz]ed (?:with|by) (shame|embarrassment|guilt|regret|dread|cringe|awe|"
        r"jealousy|self ?doubt|stage fright|anxiety)\b",
        r"frozen with \1",
    ),
    # What was read or heard, in the general "can": "I read that ... can indicate a spinal
    # problem". Only with a general modal after it, never "I read that my symptoms", told now.
    (
        r"\b((?:(?:i|we) (?:have |ve |had |d )?)?(?:read|heard|seen|learned|learnt|been told)"
        r"(?: (?:online|somewhere|recently|once|on (?:a |the )?\w+|in (?:a |the )?\w+))?) that\b"
        r"(?=(?:(?!\b(?:my|his|her|our|their|i|he|she|we)\b)[^.!?]){0,120}\b(?:can|could|may|"
        r"might|is a sign|are signs|means|indicates?)\b)",
        r"\1 hypothetically that",
    ),
    # A clip or a post that says what can happen: "saw a tiktok saying tingly feet can be a sign
    # of heart attack in women, legit?". Never one about my own.
    (
        r"\b((?:i |we |just )?(?:saw|seen|watched|read) (?:a |an |this |some |that )?(?:tiktok|"
        r"video|post|reel|article|thread|youtube video|short|tweet|advert|ad|meme)s?"
        r"(?: \w+){0,3}?) "
        r"(?:saying|that says|that said|which said|claiming)\b(?=(?:(?!\b(?:my|his|her|our|their|i|"
        r"he|she|we)\b)[^.!?]){0,120}\b(?:can|could|may|might|is a sign|are signs|means|"
        r"indicates?)\b)",
        r"\1 hypothetically saying",
    ),
    # A topic looked up, nobody's sign: "just looking up the bowel bladder thing because my
    # sister mentioned it". Never "googling because my legs are numb".
    (
        r"\b(looking up|looking into|reading up on|reading about|researching|googling|googled|"
        r"looked up|read up on)\b(?=(?:(?!\b" + _SOMEONE + r"\b)[^.!?]){1,60}?(?:\b(?:thing|"
        r"things|stuff|topic|signs?|symptoms?)\b|[.!?]|$))",
        r"\1 hypothetically",
    ),
    # What someone says happens to anyone, the general "you": "my friend tell me when leg is numb
    # and you cannot control the pee, it is very danger". Never what they say of themselves.
    (
        r"\b((?:my |a |our )?(?:friend|friends|mum|mom|mother|dad|father|sister|brother|teacher|"
        r"colleague|coworker|neighbour|neighbor|aunt|uncle|cousin|grandma|granny|nan|coach|boss) "
        r"(?:tell|tells|told|said|says|say)(?: me| us)?(?: that)?) (?=(?:when|if|whenever) "
        r"(?:(?!\b" + _SOMEONE + r"\b)[^.!?])*\byou\b(?:(?!\b" + _SOMEONE + r"\b)[^.!?])*"
        r"(?:[.!?]|$))",
        r"\1 hypothetically ",
    ),
    # A claim heard and checked: "my mate said you can lose your leg from a tight cast, is that
    # real", "someone told him tingling after a tackle to the neck is serious. Is that right?".
    # Asked about; never what was said of anyone in particular ("my wife says my face droops").
    (
        r"\b((?:my |a |our |his |her )?(?:" + _TELLERS + r") (?:tell|tells|told|said|says|say)"
        r"(?: me| us| him| her| them)?(?: that)?) (?=(?:(?!\b" + _SOMEONE + r"\b)[^.!?])*[,.!?] *"
        r"(?:(?:is|was) (?:that|it|this) |is |its |thats )?(?:true|real|right|correct|a thing)"
        r"\b)",
        r"\1 hypothetically ",
    ),
    # What someone said can happen, in the general "can": "my friend said numbness after a fall
    # can mean spinal damage". Never "the nurse said his numbness could be a clot".
    (
        r"\b((?:my |a |our |his |her )?(?:" + _TELLERS + r")(?:,? who (?:is|was|works as) an? "
        r"\w+,?)? (?:said|says|told (?:me|us|him|her)|"
        r"mentioned)(?: that)?) (?=(?:(?!\b" + _SOMEONE + r"\b)[^.!?]){0,80}?\b(?:can|could|"
        r"may|might|is a sign|are signs)\b)",
        r"\1 hypothetically ",
    ),
)

LAST_SENSES: tuple[tuple[str, str], ...] = (*MOUTH_SENSES, *FICTION_SENSES, *SAYINGS)
"""The folds this module gathers, in their order: the mouth's, fiction's, then sayings."""
