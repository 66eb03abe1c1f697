"""Where a sign happens: words a message must hold for the model alone to alarm on that sign.

The guide's compartment syndrome is "increased pressure within muscle compartments" that "can
compress nerves and blood vessels": a limb pressed from inside, after an injury or under a cast
or a bandage, and painful. The model also likens a nerve story ("sciatica numbness down my leg
for months, it's a nerve thing, not a muscle thing") or shin splints to it. A message that tells
of no pressure, injury or pain at all, or denies them ("no injury, no pain"), can only ask that
sign's question, never alarm on the model alone; the lexicon's own findings are untouched.

The guide's loss of bladder or bowel control is about the toilet and the saddle area; the model
also likens "a patch where I can't feel much" to "my bottom area has no feeling". Its alarm needs
the message to name the bladder, the bowel, the toilet, wetting or soiling, or the parts one sits
on.

The guide's clot is a calf swollen, painful, warm or red; the model also likens "only my right
calf, on the side, has a numb feeling" to a calf that is "tight and swollen and throbs". Its alarm
needs one of the clot's own words, or what brings a clot on (a flight, an operation, bed rest),
told and not denied.

Before these were set, every emergency of every set the model alone escalated on one of these
signs held one of its words. Regular expressions over the normalised words, keyed by the
sign's id in content/triage.yaml.
"""

import re

# An injury, what holds a limb, a pressed limb and its pain: the compartment syndrome's setting,
# and part of what a question about weakness must tell (QUESTION_SETTINGS).
_INJURY_AND_PAIN = (
    r"kick\w*|injur\w*|hit|struck|bash\w*|crush\w*|cast|plaster\w*|splint\w*|bandag\w*|tight\w*|"
    r"tense|hard|swell\w*|swollen|pain\w*|hurt\w*|agony|killing|throb\w*|burst\w*|pressure"
)

# A side of the body, not of a topic: "what the treatment side looks like", "on the safe side",
# "any side effects" are no side of anyone.
_A_SIDE = (
    r"(?<!treatment )(?<!medical )(?<!safe )(?<!bright )(?<!flip )(?<!practical )"
    r"(?<!positive )(?<!negative )(?<!science )(?<!financial )(?<!technical )(?<!lighter )"
    r"(?<!business )(?<!legal )(?<!mental )(?<!emotional )sides?(?! effects?\b)"
)

SIGN_SETTINGS: dict[str, str] = {
    "compartment-syndrome": (
        rf"\b(?:{_INJURY_AND_PAIN}|casts|brace|boot|broke\w*|break\w*|fractur\w*|fell|fall\w*|"
        r"accident|surgery|operation|op|whack\w*|smash\w*|firm|puff\w*|agonising|agonizing|"
        r"bruis\w*|ache\w*|aching|sore|wrap\w*|strap\w*|tourniquet|pressed|squeez\w*|stretched|"
        r"bursting)\b"
    ),
    "blood-clot": (
        r"\b(?:swell\w*|swollen|swolen|puff\w*|bigger|fat|fatter|thick\w*|larger|bulg\w*|red|"
        r"redd\w*|redness|"
        r"inflam\w*|hot|warm\w*|heat|burn\w*|(?<!back )(?<!neck )(?<!head )pain\w*|hurt\w*|sore\w*|"
        r"ache\w*|aching|tender\w*|throb\w*|"
        r"tight\w*|hard|firm|tense|cramp\w*|agony|killing|clot\w*|dvt|thromb\w*|embol\w*|vein\w*|"
        r"discolou?r\w*|purple|blue|flight|flew|fly\w*|plane|airport|long haul|surgery|operation|"
        r"op|bed ?rest|bedridden|bed bound|immobil\w*|cast|pill|contracepti\w*|pregnan\w*|"
        r"heavy|heaviness)\b"
    ),
    "bladder-bowel": (
        r"\b(?:bladder\w*|bowel\w*|pee\w*|wee|weeing|weed|wees|piss\w*|urin\w*|toilet\w*|loo|"
        r"bathroom(?! (?:floor|tiles?|mat|rug|door|scales|shower|sink|mirror|step|light))|restroom|"
        r"potty|wc|poo\w*|poop\w*|shit\w*|crap\w*|"
        r"(?<!bar )(?<!piano )(?<!camping )(?<!foot )(?<!high )(?<!kitchen )(?<!operators )"
        r"(?<!folding )(?<!wooden )(?<!step )(?<!milking )(?<!drum )(?<!work )"
        r"stool\w*(?! (?:base|legs?|seat|top|rung))|"
        r"wet\w*(?! (?:socks?|shoes?|boots?|trainers|grass|feet|weather|roads?|floor|clothes|hair|"
        r"towels?|swimsuit|kit|gear))|soil\w*|"
        r"leak\w*|accident\w*|incontinen\w*|continen\w*|pad|pads|nappy|nappies|diaper\w*|wipe\w*|"
        r"wiping|bum|butt|butts|buttock\w*|bottom|backside|arse|ass|groin|crotch|genital\w*|"
        r"privates?|down there|saddle|perine\w*|inner thighs?|anus|rectum|vagina\w*|penis|"
        r"testic\w*|scrotum|(?<!bath )(?<!shower )(?<!hot )(?<!cold )(?<!warm )(?<!sea )(?<!pool )"
        r"(?<!the )water(?! (?:pouch|bottles?|pack|bag|tank|proof|bladder|reservoir))|flow|"
        r"stream|empty\w*|desperate|sit bones?|"
        r"between (?:my|his|her|their|the|your) legs|where (?:i|he|she|they|you) sits?)\b"
    ),
}

# Settings the model's alarm needs that are no sign's words of their own (bot.triage.parts reads
# SIGN_SETTINGS as those): the chest or the breath, or what comes with them, for the model to
# alarm on trouble there. Without, "he has high blood pressure and smokes" beside numb feet (the
# guide's risk factors, an appointment) was the model's chest pain. Every emergency of every set
# the model alone escalated on this sign holds one of these words.
ALARM_SETTINGS: dict[str, str] = {
    "chest-breathing": (
        r"\b(?:chest\w*|breath\w*|breth\w*|brea?the?\w*|air|lungs?|heart\w*|palpitat\w*|"
        r"wheez\w*|gasp\w*|pant\w*|puff\w*|huff\w*|winded|chok\w*|suffocat\w*|oxygen|"
        r"inhal\w*|asthma\w*|ribs?|sternum|(?<!blood )pressure|tight\w*|squeez\w*|crush\w*|"
        r"elephant|sweat\w*|grey|gray|pale|clammy)\b"
    ),
}

# Signs whose setting a denial takes away: "no injury, no pain, I can walk normally" tells of no
# pressed limb, "no pain, no swelling" no clot. Not the bladder's: "he hasn't peed since last
# night" is its sign, not a denial.
DENIAL_UNSETS: frozenset[str] = frozenset({"compartment-syndrome", "blood-clot"})

# Signs whose setting a question must tell for the model alone to alarm on it. A question about
# nerve damage or a disc ("how do I keep my legs from getting nerve damage?") reads to the model
# like a leg that cannot hold one up; a question that tells nothing a leg does or fails to do
# asks that sign's question instead. Statements keep the model's alarm: real weakness is told in
# words no list holds ("it's not listening to me", "won't cooperate").
QUESTION_SETTINGS: dict[str, str] = {
    # A stroke told beside the numbness: the face, speech or understanding, one side, an arm, the
    # eyes, the chest or breath. "can barely pronounce its name" (a condition's) is a hard word,
    # and "he says his legs ache when he walks" a report, neither the speech of a stroke.
    "stroke": (
        r"\b(?:face|facial|droop\w*|smil\w*|mouth|lips?|cheek\w*|eyes?|eyelids?|vision|sight|"
        r"blur\w*|see|seeing|double|speech|speak\w*|spoke|spoken|talk\w*|words?|slur\w*|"
        r"mumbl\w*|babbl\w*|garbl\w*|gibberish|nonsense|sentences?|sense|understand\w*|"
        r"understood|confus\w*|muddl\w*|drunk|"
        r"pronounc(?!\w* (?:it\b|(?:the|its|their|that|this) (?:name|word)))\w*|"
        r"(?:cant|cannot|couldnt|unable to|struggl\w* to|trouble|hard to) say|arms?|hands?|"
        r"grip\w*|" + _A_SIDE + r"|sided|left|right|half|chest|breath\w*|strokes?|tia|dizz\w*|"
        r"head\w*)\b"
    ),
    "severe-weakness": (
        r"\b(?:weak\w*|lift\w*|rais\w*|pick\w*|point\w*|flex\w*|bend\w*|pull\w*|push\w*|"
        r"drag(?!\w* into\b)\w*|dangl\w*|hang\w*|droop\w*|drop\w*|flop\w*|slap\w*|catch\w*|"
        r"caught|trip\w*|"
        r"stumbl\w*|fall\w*|fell|falls?|collaps\w*|buckl\w*|fold\w*|gave|give|gives|giving|"
        r"hold\w*|held|(?:put|puts|putting|bear\w*|bore|take|takes|taking|took|carry\w*|carri\w*|"
        r"any|no|full|my|his|her|their|your) weight|support\w*|bear|stand\w*|stood|"
        # A walker, a walking stick or frame is an aid asked about, not a leg that fails.
        r"walk(?!ers?\b|ing (?:sticks?|frames?|aids?|poles?|canes?)\b)\w*|step\w*|stairs?|climb\w*|"
        r"move\w*|moving|movement|budg\w*|shift\w*|control\w*|work\w*|useless|dead|heavy|"
        r"strength|strong|power\w*|paraly\w*|floor|ground|pavement|steady|unsteady|wobbl\w*|"
        r"balance|limp\w*|obey\w*|respond\w*|listen\w*|cooperat\w*|lame|jelly|rubber|mush|"
        r"noodle\w*|(?:wont|will not|doesnt|does not|cant|cannot|not|wouldnt) (?:go|come) up|"
        r"get up|got up|gone down|went down|"
        rf"go down|goes down|{_INJURY_AND_PAIN})\b"
    ),
}

# A question's chest, told as trouble: in a question the model alone alarms on the chest or the
# breath only where the message tells them hurting, tight, pressed or failing ("my chest is
# tight and my leg is numb, should I go in?"), not where it names them ("my mates begged me to
# stop my karaoke, is singing good for the lungs?"). The chest's own words are still needed
# (ALARM_SETTINGS): both are required, each by a look-ahead. Of every set's emergencies the model
# alone escalated on this sign in a question, each tells one of these words.
_CHEST_TROUBLE = (
    r"pain\w*|hurt\w*|ache\w*|achy|aching|sore|tight\w*|pressure|press\w*|crush\w*|squeez\w*|"
    r"heavy|heaviness|weight|elephant|sitting on|cant breathe|breathless\w*|short of "
    r"breath|shortness|out of breath|gasp\w*|struggl\w*|labou?red|wheez\w*|cough\w*|palpitat\w*|"
    r"racing|pound\w*|flutter\w*|sweat\w*|clammy|faint\w*|dizz\w*|grey|gray|pale|blue|chok\w*|"
    r"suffocat\w*|panting|winded|weird|funny|odd|strange|discomfort|uncomfortable|heartburn|"
    r"indigestion|rubbing|holding|clutch\w*|burn\w*|stab\w*|sharp|fast|faster|shallow|rapid\w*|"
    r"quick|catch|hard|harder|ran a race|marathon|puff\w*|huff\w*|rattl\w*|noisy|noise\w*|"
    r"whistl\w*|gurgl\w*|strain\w*|effort|lips|barely|hardly|stop\w*|not breathing|cantbreath\w*"
)
QUESTION_SETTINGS["chest-breathing"] = (
    rf"^(?=[\s\S]*?{ALARM_SETTINGS['chest-breathing']})(?=[\s\S]*?\b(?:{_CHEST_TROUBLE})\b)"
)

# A question's clot, told as trouble: in a question the model alone alarms on a clot only where
# the leg is told swollen, red, warm, hard or painful, not where a question names only what
# brings one on ("going on a long flight next month, what symptoms afterwards should send me to
# hospital?"). Told so, it asks the clot's question instead.
QUESTION_SETTINGS["blood-clot"] = (
    r"\b(?:swell\w*|swollen|swolen|puff\w*|bigger|fat|fatter|thick\w*|larger|bulg\w*|red|redd\w*|"
    r"redness|"
    r"inflam\w*|hot|warm\w*|heat|burn\w*|(?<!back )(?<!neck )(?<!head )pain\w*|hurt\w*|sore\w*|"
    r"ache\w*|aching|tender\w*|throb\w*|tight\w*|hard|firm|tense|cramp\w*|agony|killing|"
    r"discolou?r\w*|purple|blue|heavy|heaviness)\b"
)

# A message asks even with no question mark and no question's first word: "i have high blood
# pressure, does that have anything to do with my legs getting numb", "starting to wonder if the
# two are connected", "home tips for numb legs", "I would like to know whether you can recommend".
# For QUESTION_SETTINGS, over the words as read.
ASKED_WITHOUT_MARK = (
    r"\b(?:(?:does|do|is|are|can|could|would|will|should) (?:that|it|this|there|they|these|"
    r"those)|wonder\w*|curious|tips|advice|ideas|self help|self care|home remed\w*|"
    r"any way to|how to|(?:like|want|wish|need) to know|recommend\w*)\b"
)

# A pain told of another place is not the leg's: "my lower back has been sore for weeks and now
# the side of my calf feels dull" tells no sore calf. For the settings of a clot and of a pressed
# limb, such a pain is taken out before their words are looked for; "my back is sore and my calf
# is swollen" keeps "swollen".
_PAIN_ELSEWHERE = re.compile(
    r"\b(?:back|neck|head|shoulders?|teeth|tooth|throat|stomach|tummy|ears?|hips?)\b(?: (?:has|"
    r"have|is|are|was|were|been|feels|felt|so|very|really|quite|always|still|a|bit|little|kind|of|"
    r"getting|got|gets|being)){0,4} (?:sore\w*|pain\w*|ache\w*|aching|achy|hurt\w*|tender\w*|"
    r"killing)\b"
)
_PLACED_ELSEWHERE = frozenset({"blood-clot", "compartment-syndrome"})
# A toe's own swelling, redness or pain: gout's big toe, no clot's calf ("woke up with my big toe
# swollen red and so painful"). A calf told beside it keeps its words.
_TROUBLE = (
    r"(?:swell\w*|swollen|red\w*|hot|warm|inflam\w*|sore\w*|pain\w*|throb\w*|tender\w*|hurt\w*)"
)
_LIMB_BEFORE = re.compile(
    r"\b(?:legs?|calf|calves|thighs?|shins?|knees?|ankles?|foot|feet)\b(?: \w+)?(?: and| with|,)"
    r"(?: (?:my|his|her|their|the|all|both|down to|to))* $"
)
_TOE_TROUBLE = re.compile(
    r"\b(?:big |little |small )?toes?(?: joints?| knuckles?)?(?: (?:has|have|is|are|was|were|"
    r"been|got|gone|went|suddenly|very|really|so|super|all|and|joint)){0,4}(?: "
    + _TROUBLE
    + r"(?: and| so| very| super| really)*){1,5}"
)


def setting_words(sign: str, words: str) -> str:
    """The words a sign's setting is looked for in: for a clot or a pressed limb, without a pain
    told of another place; for a clot, without a toe's own trouble."""
    if sign not in _PLACED_ELSEWHERE:
        return words
    words = _PAIN_ELSEWHERE.sub(" ", words)
    return _TOE_TROUBLE.sub(_toes_alone, words) if sign == "blood-clot" else words


def _toes_alone(found: re.Match[str]) -> str:
    """A toe's trouble, unless a leg is told with the toe: "my leg and toes are swollen"."""
    before = found.string[max(0, found.start() - 30) : found.start()]
    return found.group(0) if _LIMB_BEFORE.search(before) else " "
