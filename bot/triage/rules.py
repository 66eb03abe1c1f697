"""Word classes, and the signs they describe together: "face" + "droop" is the guide's facial
drooping, so people who write a sign in words no phrase of content/triage.yaml lists still reach
the emergency outcome. Language, not medicine (see lexicon.py); detect.py stems the classes once
at import and matches a rule within a segment.
"""

from __future__ import annotations

CLASSES: dict[str, str] = {
    "face": "face facial mouth smile lip lips cheek",
    "droop": "droop drop drooping dropping sag sagging saggy crooked lopsided uneven fallen "
    "hanging hangs sliding slid slipping wonky pulled",
    "numb": "numb cantfeel dead tingling",
    "weak_or_numb": "weak numb cantfeel paralysed dead limp",
    "side": "side left right half",
    "sudden": "sudden suddenly",
    "arm": "arm hand",
    "leg": "leg foot thigh calf",
    "speech": "speech words word",
    "speech_trouble": "slur slurred garbled jumbled mumbled mumbling fumbling fumble muddling "
    "funny strange weird wrong trouble difficulty struggling wont",
    "speak": "speak talk talking speaking",
    "speak_trouble": "slur slurred garbled funny strange weird trouble difficulty struggling "
    "nonsense gibberish jumbled muddled",
    "manner": "properly clearly normally right straight",
    "slurring": "slur slurred slurring gibberish",
    "smile": "smile grin",
    "smile_trouble": "cant wont uneven crooked wonky lopsided droop drooping",
    "suffocating": "suffocating suffocate suffocated choking",
    "chest": "chest breastbone sternum",
    "chest_trouble": "pain hurt ache aching sore tight pressure heavy heaviness crushing squeezing "
    "sharp stabbing burning",
    "breath": "breath air",
    "breath_trouble": "cant barely hardly hard difficult difficulty trouble struggling short "
    "shortness enough gasping hurt hurts pain painful",
    "impact": "hit bang banged bump bumped knock knocked fall landed slip slipped whack smack "
    "kick kicked punched tackle tackled "
    "injury trauma crash struck tumble tumbled clash clashed collided",
    "head_or_spine": "head back spine spinal neck tailbone coccyx",
    "vehicle": "car motorbike motorcycle bike bicycle scooter truck bus van",
    "crash": "accident crash crashed collision",
    "excreta": "pee poo urine wet soiled",
    "clothes": "myself himself herself themselves pants trousers underwear knickers",
    "continence": "bladder bowel bowels pee poo urine toilet loo",
    "lost": "cant lost loss",
    "no_feeling": "cantfeel unaware",
    "soiling": "accident",
    "underclothes": "pants trousers underwear knickers nappy diaper",
    "control": "hold control stop",
    "leaking": "leak leaking leaks comeout dribbling notworking byitself",
    "lower_limb": "leg foot knee",
    "fall": "fall fell fallen falling tumble tumbled tumbling",
    "height": "roof ladder stairs staircase scaffolding scaffold tree horse balcony bunk cliff "
    "hayloft loft attic trailer tractor platform",
    "move": "lift raise move pick flex",
    "weak": "weak weakness",
    "bodyside": "bodyside",
    "cant": "cant unable wont",
    "failing": "notworking collapse buckling buckled floppy footdrag",
    "saddle": "saddlearea",
    "clot_limb": "leg calf thigh",
    "swelling": "swollen swell",
    "pain": "pain hurt ache aching tender sore wince winces wincing winced flinch flinches "
    "throbbing throbs agony burning hot warm red redness inflamed",
}

RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("stroke", ("face", "droop")),
    ("stroke", ("face", "numb", "side")),
    ("stroke", ("speech", "speech_trouble")),
    ("stroke", ("speak", "speak_trouble")),
    ("stroke", ("speak", "cant", "manner")),
    ("stroke", ("sudden", "speak", "cant")),
    ("stroke", ("slurring",)),
    ("stroke", ("smile", "smile_trouble")),
    ("stroke", ("weak_or_numb", "bodyside")),
    ("stroke", ("sudden", "weak_or_numb", "side")),
    ("stroke", ("sudden", "weak_or_numb", "arm")),
    ("stroke", ("arm", "leg", "weak_or_numb", "side")),
    ("chest-breathing", ("chest", "chest_trouble")),
    ("chest-breathing", ("breath", "breath_trouble")),
    ("chest-breathing", ("suffocating",)),
    ("head-spinal-injury", ("impact", "head_or_spine")),
    ("head-spinal-injury", ("vehicle", "crash")),
    ("head-spinal-injury", ("fall", "height")),
    ("bladder-bowel", ("excreta", "clothes")),
    ("bladder-bowel", ("continence", "lost", "control")),
    ("bladder-bowel", ("continence", "no_feeling")),
    ("bladder-bowel", ("soiling", "underclothes")),
    ("bladder-bowel", ("soiling", "continence")),
    ("bladder-bowel", ("continence", "leaking")),
    ("bladder-bowel", ("saddle", "numb")),
    ("severe-weakness", ("lower_limb", "cant", "move")),
    ("severe-weakness", ("lower_limb", "weak", "move")),
    ("severe-weakness", ("lower_limb", "failing")),
    ("blood-clot", ("clot_limb", "swelling", "pain")),
)
RULE_GAP = 4  # content words allowed between a rule's words, beyond one per class
