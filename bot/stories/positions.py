"""Where a story's numbness came from: a position held or something pressing (sitting, kneeling,
crossing one's legs, a long drive, tight shoes), as bot.stories.cues reads it, and a position the
message denies ("not from sitting"), which tells none. Pure.
"""

from __future__ import annotations

import re

POSITION = re.compile(
    r"\b(?:sit|sits|sitting|sat|seated|cross[- ]?legged|crossed|crossing|leg over|kneel\w*|knelt|"
    r"(?:on|onto) (?:my |his |her |their )?knees|squat\w*|lotus|meditat\w*|pray\w*|tucked|"
    r"slept|sleeping on|lying on|lay on|lie on|laying on|lying still|lay still|leaning|"
    r"(?:on|onto) (?:my|his|her|their) (?:front|stomach|tummy|belly)|stadium|stands|bleachers|"
    r"cross(?:es|ing)? (?:my|his|her|their|your|our|both|one|the) (?:legs?|ankles?|feet)|"
    r"(?:weird|odd|awkward|funny|strange|twisted) (?:lean|stance|pose)|meetings|lectures|"
    r"classes|concerts|services|"
    r"under (?:me|him|her|them)|"
    r"positions?|posture|bench|benches|pews?|passenger|on top of (?:mine|my|his|her)|(?:at|"
    r"behind) the wheel|"
    r"awkward(?:ly)?|bent|cab|lorry|truck|without a break|"
    r"(?:leg|legs|foot|feet) (?:on|over|across) (?:the )?other|(?:sleep\w*|slept|lying|lie|lay) "
    r"on (?:the|one) side|"
    r"tight|too small|to small|narrow|new (?:shoes|boots)|laced|shoes?|boots?|socks?|jeans|"
    r"leggings|tights|trousers|pants|waistband|belt|heels|high heel|trainers|sneakers|"
    r"ps[2-5]|playstation|xbox|console|ranked|grind|(?:gaming|netflix|tv|telly|box ?set|series) "
    r"marathon|binge\w*|stood up and|"
    r"drive|drives|driving|drove|rolled over|woke (?:up )?(?:with|and) (?:my |a |his |her )?"
    r"(?:leg|legs|foot|feet)|car|bus|coach|train|rail|plane|flight|flew|flying|journey|ride|rides|"
    r"riding|motorbike|bike|cycling|rode|stirrups?|footstool|foot ?rest|ottoman|propped|"
    r"resting (?:my|his|her) (?:leg|legs|foot|feet) on|pressed (?:hard |down )?(?:on|against|into)|"
    r"(?:trapped|pinned|stuck) under (?:the|my|a|our) (?:dog|cat|baby|kid|toddler|child|puppy)|"
    r"(?:dog|cat|baby|toddler|puppy|kid|child|son|daughter|grandson|granddaughter|grandchild|"
    r"dogs|cats|kids) (?:was |is |were |are )?(?:asleep |sleeping |sleeps |slept |napped |napping "
    r"|naps |lying |lies |lay |sat |sits |sitting )?on (?:my|his|her) (?:legs?|lap|feet|foot|"
    r"thighs?)|(?:dog|cat|baby|toddler|puppy|kid|child) (?:sleeps|slept|naps|napped|sits|sat|"
    r"lies|lay) on (?:it|them)|horseback|turbo trainer|exercise bike|spin "
    r"class|(?:long|gaming|study|coding|marathon|\d+ ?(?:hr|hour)) sessions?|"
    r"travel\w*|"
    r"cinema|theatre|church|mosque|temple|meeting|lecture|class|concert|films?|movies?|"
    r"toilet|loo|desk|couch|sofa|chair|armchair|seats?|floor|bath(?! water)|bed|gaming|gamed|"
    r"vans?|wellies|"
    r"computer|"
    r"laptop|pc|desk job|office job|workstation|exam hall|(?:long|school|maths?|final|written|"
    r"\w+[- ]hour|\d+ ?(?:hr|hrs|hour|hours)) (?:exams?|examinations?)|sewing|knitting|crochet\w*|"
    r"embroider\w*|"
    r"straps?|rowing machine|lying across|flite|terminal|airport|on (?:my|his|her|their) heels|"
    r"skates?|during (?:a|an|the|my|his|her) exams?|"
    r"(?:couldn'?t|could not|can'?t|"
    r"cannot|wasn'?t able to) (?:really )?move (?:much|a lot|very much|about much|around much)|"
    r"wellingtons|stool|crouch\w*|airplane|aeroplane|lap|hammock|perched|dangling|"
    r"poses?|yoga|pilates|shapewear|spanx|corsets?|girdles?|taxi|(?:long|double|night) shifts?|"
    r"beanbag|bean bag|curl(?:ed|ing|s)? up|recliner|(?:funny|odd|weird|strange) angle|"
    r"motorway|highway|freeway|"
    # "long haul from Dubai", "stockings a bit too snug", "lying under sinks, twisted", "on the
    # sustain pedal", "a five hour poker game", "a lengthy dental appointment", "stood up from".
    r"tractor|combine harvester|forklift|digger|wallet|camping|hard ground|sleeping bag|tent|dash|"
    r"dashboard|feet up|legs up|perch\w*|side of the "
    r"(?:tub|bath|bed)|long[- ]?haul|snug|stilettos?|waist trainer|binder|face down|tattoo|"
    r"(?:lying|lie|lay|"
    r"laying|working) under|twisted|contorted|"
    r"pedals?|piano|drums?|drumming|drum kit|poker|cards|chess|mahjong|mah-jong|sermons?|dental|"
    r"dentist'?s?|bleacher|"
    r"(?:stood|stand|stands|standing|got|get|gets|getting) up from|"
    # "sqatting in the garden", "my grandson on my knee", "long sajda and tashahhud", "wedged
    # in with my knees up".
    r"sqat\w*|squating|on (?:my|his|her|their) knee|sajda\w*|sujood|sujud|tashahhud|namaz|"
    r"salah|salat|taraweeh|prostrat\w*|puja|pooja|wedged|cramped|squashed in|knees up|bunk|berth|"
    r"asleep|to sleep|dead leg|(?:sleep|sleeps|rest\w*|lean\w*|lay|lays|laid|lie|lies)"
    r"(?: \w+)? on (?:my|his|her|their) (?:legs?|foot|feet|side))\b"
)
# A position denied: "not from sitting", "not after sitting or anything". Taken out before
# POSITION is looked for.
NOT_POSITION = re.compile(
    r"\b(?:not|never|isn'?t|wasn'?t|nothing to do with)(?: just| even| really)? (?:from|after|"
    r"when|while|by|because of|due to|caused by) (?:sitting|sat|kneeling|crossing my legs|"
    r"(?:a |my |the )?(?:position|posture|chair|desk|shoes?))\b"
)
