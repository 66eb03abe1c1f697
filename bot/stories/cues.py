"""What the words of a message say about a numbness story, read without the model.

The guide's reasons to book an appointment are mostly said in a few kinds of words: a time ("for
two weeks", "since March"), something it stops ("I keep tripping", "it wakes me at night"), a
change ("creeping up", "worse every month"), and a side ("only my left foot"). Temporary
numbness is told as a position or pressure and its passing ("sat cross-legged", "came back when
I stood up"). These patterns (the reasons' own in bot.stories.reason_words) catch the common
ways; the model (bot.stories.levels) the rest.
Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.stories.beside_words import saddle_told, signs_told
from bot.stories.feeling_words import MORE_NUMBNESS
from bot.stories.hurt_words import HURT, NO_HURT, NOT_SWOLLEN, SWOLLEN
from bot.stories.passing_words import BROUGHT_ON, PASSED
from bot.stories.positions import NOT_POSITION, POSITION
from bot.stories.reason_words import (
    ACTIVITY_SPAN,
    AGE,
    DAILY_LIFE,
    DURATION,
    FREQUENCY,
    PERSISTING,
    WORSENING,
)
from bot.stories.side_words import ONE_SIDED
from bot.triage.chat_spellings import respell

NUMBNESS = re.compile(
    r"\b(?:numb\w*|tingl\w*|tingel\w*|tinlg\w*|pins[- ](?:and|n)[- ]needles|asleep|"
    r"fall(?:s|en)? asleep|"
    r"(?:can'?t|cannot|can not|don'?t|couldn'?t|could not|did not|didn'?t)(?: really| quite| "
    r"properly| fully)? feel|no feelin\w*|"
    r"zero (?:feeling|sensation)|no sensation|(?:tv|television|into) static|"
    r"(?:lost|losing|lose|loses) (?:the |all |some )?feeling|belong(?:s|ed)? to (?:someone|"
    r"somebody) else|"
    r"(?:foot|feet|leg|legs|toes?|thigh|calf|calves) (?:\w+ )?died|"
    r"(?:foot|feet|leg|legs|toes?|thigh|calf|calves) dead|"
    r"(?:foot|feet|leg|legs|toes?) (?:felt|feel|feels|feeling|went|go|goes) (?:all )?funny|"
    r"loss of (?:feeling|sensation)|(?:lost|losing) (?:some )?sensation|"
    r"(?:reduced|less|decreased|diminished|poor|little) (?:sensation|feeling)|dead leg|fizz\w*|"
    r"(?:reduction|loss|decrease|drop) (?:of|in) (?:sensation|feeling)|"
    r"prickl\w*|"
    # "the sleeping feeling", "ants walking feeling", "the legs feeling is dull", "current in foot".
    r"full of (?:\w+ )?(?:pins|needles)|needles and pins|sleep(?:ing|y) (?:feeling|sensation)|"
    r"ants? (?:walking|crawling|running|marching|biting)|(?:many|little|tiny) ants|"
    r"pin ?cushions?|pinsy|stat(?:ic|icky)|"
    # Said by likeness: "felt muffled", "toes felt like they'd dozed off", "thigh front feel like
    # not mine", "legs felt like they belonged to a scarecrow", "feet were wood", "dull toes".
    r"(?:felt|feel|feels|feeling|were|was|are|is|went|gone|all|so|bit|kind of|kinda) "
    r"(?:muffled|muted|distant|far away|numbish|wooden)|"
    r"(?:toes|feet|foot|legs?) (?:\w+ ){0,3}(?:dozed|nodded) off|"
    r"like (?:they|it)(?:'d| had)? (?:disappeared|vanished|switched off|been switched off)|"
    r"(?:feel|feels|felt) like not (?:mine|my own)|belong(?:s|ed)? to (?:a|an) \w+|"
    r"(?:foot|feet|leg|legs|toes?|shins?|calf|calves|thighs?) (?:were|was|are|is) "
    r"(?:like )?(?:wood|stone|rubber|ice)\b|"
    r"(?:toes|feet|foot|legs?|shins?|ankles?|thighs?|soles?) (?:\w+ )?dull\b(?! ache| pain)|"
    r"dull (?:sensation|feeling|patch)|like (?:a |an )?(?:bag|sack|lump|block) of|"
    r"like (?:cotton|paper|sponges?)|a size too (?:thick|big)|dead[- ](?:feeling|ish)\b|"
    r"(?:doesn'?t|does not|didn'?t|did not|won'?t) register|"
    r"(?:legs?|feet|foot|toes)(?: had| have| has)? disappeared|"
    r"like ants|(?:feeling|sensation) (?:is|was|are|were|become|became) (?:\w+ )?dull|"
    r"buzz\w*|cotton wool|like (?:wood|rubber|cardboard)|(?:go|goes|went|gone|going|feels?|"
    r"felt|was|is|were|are|totally|completely)(?: a bit| kind of| sort of| really| a little)? dead|"
    r"(?:go|goes|went|gone|going|feels?|felt|kinda|all|a bit) fuzzy|fuzzy (?:feeling|sensation)|"
    r"(?:foot|feet|leg|legs|toes?) conk(?:s|ed)? out|(?:total|totally|complete|pure) jelly|"
    r"(?:can|could) feel (?:much |a lot |far |a bit )?less|"
    # "felt like it wasn't there", "I can feel the wool on my left foot but not the right"
    r"(?:felt|feel|feels) like (?:it|they|my \w+) (?:wasn'?t|weren'?t|isn'?t|aren'?t) there|"
    r"can feel (?:\w+ ){0,6}(?:on|in|with) (?:my|the|his|her) (?:left|right)(?: \w+)? but not|"
    r"to sleep|(?:foot|feet|leg|legs|toes?) (?:is |are |was |"
    r"were )?(?:sleep|sleeping|slept)|(?:went|gone|goes|go|going) sleep|"
    r"(?:feel|feels|felt|go|goes|went|going|was|were|is|are) (?:like )?sleeping|"
    r"(?:foot|feet|leg|legs|toes?)(?:'s| is| are)? waking up|current (?:feeling|sensation)|"
    r"electric (?:feeling|sensation|current)|"
    # "his foot was gone", "a dead foot", "like walking on sponges"
    r"(?:foot|feet|leg|legs|toes?) (?:was|were|is|are|had) gone|dead (?:foot|feet|toes?|limb)|"
    r"walking on (?:sponges?|cotton|pillows?|clouds?|marshmallows?|foam)|"
    r"(?:pure|full|total|all|just|like|went|gone|go|goes|was|were) static|static feeling|"
    r"(?:felt|feel|feels|feeling|gone|going|gets?|got) (?:sort of |kind of |a bit |kinda |all )?"
    r"dull(?! ache| pain)|" + MORE_NUMBNESS + r")\b"
)
PERSON = re.compile(
    r"\b(?:i|i'm|im|i've|ive|me|my|mine|myself|we|our|us|he|she|his|her|him|they|their|them|"
    r"mum|mom|mother|dad|father|husband|wife|partner|son|daughter|brother|sister|grandma|"
    r"grandad|grandpa|granny|gran|nan|aunt|uncle|friend|boyfriend|girlfriend|child|kid|baby)\b"
)
QUESTION = re.compile(
    r"\?|\b(?:tips|advice|signs|symptoms|ideas|info|information)\s*[.!]*\s*$|"
    r"(?:^|[.!;:]\s+|,\s*(?:so|but|and)\s+)(?:(?:so|ok|okay|and|but|wait|hey|well|also) ){0,2}"
    r"(?:what|wat|why|how|when|which|who|is|are|can|could|"
    r"should|would|will|do|does|did|any|anything|tips?|advice|help|wondering|i wonder|"
    r"what'?s|whats|is it|is this|is that)\b|"
    # Asked without a question's words or mark: "I'd like to know if it can come back."
    r"\b(?:i'?d like to|i would like to|i'?d love to|i want(?:ed)? to|i need to|i'?m trying to|"
    r"i am trying to|(?:can|could) you|please|help me) (?:know|understand|find out|figure out|"
    r"work out|learn|tell me|explain)\b|"
    # A goal told, the way to it asked: "want to make his house safer", "we're trying to keep
    # her nerves from getting worse", "i'd like to stop my legs going numb".
    r"\b(?:i'?d like to|i would like to|i want(?:ed)? to|we want(?:ed)? to|want to|wanna|"
    r"(?:i'?m|i am|we'?re|we are) trying to|trying to) (?:stop|keep|prevent|protect|make|avoid|"
    r"ease|get rid of|help|look after|support|cope with|manage|deal with|do something about)\b|"
    # A question's word order inside a run-on line: "hard to do my job should i get it checked".
    r"\b(?:should|shall|can|could|do|would) (?:i|we) (?:get|see|go|call|worry|ask|book|wait|try|"
    r"take|use|do|be)\b|"
    r"\b(?:how|what) (?:do|can|could|should|would) (?:i|we) (?:do|stop|keep|help|protect|prevent|"
    r"avoid|ease|fix|treat|get|make|tell|know)\b|"
    # A wish to know, told as a statement: "I'm keen to learn how to stop it", "it would help to
    # know which vitamins matter", "I'd appreciate some pointers".
    r"\b(?:keen|eager|hoping|looking|wanting|needing|interested) to (?:learn|know|understand|"
    r"find out|hear|read up)\b|"
    r"\binterested in (?:learning|knowing|finding out|understanding|hearing|what|how|why|"
    r"whether|which)\b|"
    r"\b(?:it would|it'?d|would) (?:help|be (?:good|nice|helpful|useful|great)) to (?:know|"
    r"understand|learn|hear|find out)\b|"
    r"\b(?:i'?d|i would|would) (?:appreciate|welcome|value|be grateful for) (?:some |any |an? )?"
    r"(?:info|information|advice|tips|guidance|pointers|explanation|help|insight|thoughts)\b|"
    r"\b(?:gimme|give me|looking for|searching for|hoping for|after) (?:the |some |a |any )?"
    r"(?:info|information|"
    r"advice|tips|rundown|lowdown|run down|basics|overview|explanation|facts)\b|"
    r"\b(?:wondering|wondered|wonder|curious|no idea|not clear|unclear|unsure|uncertain|dunno|"
    r"no clue|not (?:really |totally |entirely |quite |too )?(?:sure|certain)|"
    r"(?:don'?t|do not|didn'?t|never) (?:really )?(?:understand|get|know)|"
    r"can'?t (?:work out|figure out|understand|picture|see|imagine|tell)|any idea) "
    # ("not sure how to describe it" is about the telling, not a question)
    r"(?:on |to me )?(?:if|whether|why|what|how(?! to (?:describe|explain|put|say|word))|when|"
    r"which|about)\b|"
    # A wish to understand, in other words: "trying to get my head around it".
    r"\b(?:get|wrap) my head (?:a?round)\b|"
    # Things to do, asked for as a search-box fragment: "stuff i can do at home for numb legs".
    r"^(?:\S+\s+){0,2}?(?:stuff|stuf|things|ways|anything|something) (?:i|we|you|to) "
    r"(?:can |could |should )?(?:do|try|take|use)\b|"
    r"\b(?:tell|explain to|show) me (?:if|whether|why|what|how|when|about)\b|"
    # The question after a comma or a dash: "my legs go numb on the couch, why does that happen"
    r"[,\-]\s*(?:so |but |and |ok |okay )?(?:(?:is|are|was) (?:this|that|it|tht|there|these|"
    r"those)|(?:should|do|can|could|would|will) (?:i|we|he|she|they|you)|"
    r"(?:does|did|will|would|could|can) (?:it|this|that|she|he|they)|"
    r"(?:what|wat|why|how|wich|which|when) (?:is|are|does|do|did|should|can|could|would|"
    r"causes?|happens?|long|often|come|to|tho|though)|any (?:tips|advice|ideas?)|"
    # "..., does physio do anything", "..., anything I can do myself", "..., what stretches help"
    r"(?:does|do|can|could|should|would|will) (?!not\b)(?:\w+ ){0,2}(?:do|help|work|fix|cure|"
    r"stop|ease|make|mean|cause|need|get|go|be|have)|"
    r"anything (?:i|we|he|she|they|you|to|that|else)|"
    r"what (?!a\b|an\b)\w+(?: \w+)? (?:help|helps|work|works|should|can|would|do|does|is|are))\b|"
    # A question tag or a bare "why" at the end: "thats normal right", "sitting makes it numb why"
    r"(?:,|\b(?:normal|ok|okay|fine))\s*right\s*[.!]*$|"
    r"\b(?:why|y|how come|or not|or nah)\s*(?:tho|though|lol)?\s*[.!]*$"
)
# A search-box query: a few words naming a topic of the guide, nobody in them ("treatment
# numb legs", "acupuncture for numbness"); people type to a bot as to a search engine.
QUERY = re.compile(
    r"^(?:\S+\s+){0,5}?(?:treatments?|cures?|causes?|remed(?:y|ies)|exercises?|stretches|tests?|"
    r"testing|medications?|meds|medicines?|pills|drugs|support|groups?|prevent(?:ion|ing)?|"
    r"basics|overview|surgery|operations?|therapy|physio|diet|vitamins?|acupuncture|massage|"
    r"supplements?|diagnosis|outlook)\b(?:\s+\S+){0,5}\s*[.!]*$"
)
# Passing denied, with what it did not pass on: "it doesn't improve when I get up and walk", "it
# doesn't go when I take them off". Taken out before PASSED is looked for.
NOT_PASSING = re.compile(
    r"\b(?:doesn'?t|does not|don'?t|do not|didn'?t|did not|won'?t|will not|hasn'?t|has not|"
    r"haven'?t|have not|never|not)(?: \w+)? "
    r"(?:improve|go|get "
    r"better|pass|ease|change|wear off|come back|came back|returned|shift|budge|clear|settle|fade)"
    r"\w*(?: away)?(?: (?:even )?"
    r"(?:when|once|after|if) "
    r"[^.?!,]{0,40})?|"
    # Passing only expected: "I thought the numb toes would settle".
    r"\b(?:thought|hoped|expected|assumed|figured|was sure)(?: \w+){0,5} would (?:have )?(?:settle|"
    r"settled|pass|passed|go away|gone away|wear off|worn off|clear|cleared|get better|got "
    r"better)\b|"
    # Only wished for: "I just want it to go away", "wish it would pass".
    r"\b(?:want|wanted|wish|wished|need|needed)(?: \w+){0,2} (?:it|them|this|that) (?:to|would) "
    r"(?:go away|pass|wear off|clear|stop)\b|"
    # A past cause returning, no feeling coming back: "the drugs coming back to bite me".
    r"\b(?:come|comes|coming|came) back to (?:bite|haunt)\b|"
    # Asked, not told: "is that normal or should someone look at it", "will it go away?".
    r"\b(?:is|was|isnt|wasnt|would|could|will|can|should) (?:that|this|it) (?:be )?(?:normal|ok|"
    r"okay|fine|alright)\b|"
    r"\b(?:will|would|should|could|can|does|do) (?:it|this|that|they|the numbness|the tingling) "
    r"(?:ever |just |eventually )?(?:go away|pass|wear off|come back|get better)\b|" + BROUGHT_ON
)
STAYS = re.compile(
    r"\b(?:(?:just|now) stays|stays (?:even|all day|all the time|now|there)|(?:doesn'?t|does not|"
    r"won'?t|will not|never) (?:go|goes|wear|pass)(?: away| off)?(?: anymore| any more| now)|"
    r"no longer (?:goes|passes|wears off|clears)|not going away (?:anymore|any more|now)|"
    r"(?:is|it'?s|its) (?:there )?(?:constant|permanent) now|(?:has |have |had )?stayed (?:numb|"
    r"tingly|dead|asleep)|stays (?:numb|tingly|dead)|"
    # "stay numb for hours after I get off the bike", "has stuck around the whole time"
    r"(?:stuck|stayed|hung|hanging|sticking) around|"
    r"stay(?:s|ed|ing)? (?:numb|tingly|dead|asleep) for (?:hours|ages|days|the rest of the day|"
    r"the whole day|the evening|the night|a day|\d+ (?:hours|hrs|days)))\b|"
    # What pressed it came off days ago and it is still numb: "took the belt off a week ago and
    # still numb". Not "stood up, still numb for a second, then fine", which passed.
    r"\b(?:took|taken|take|takes|got|pulled) (?:it|them|\w+ \w+) off\b[^.?!]{0,30}?\b(?:and|but) "
    r"(?:(?:it|they|its|it'?s|theyre|they'?re|is|are|\w+) ){0,2}still (?:numb|tingl\w*|dead|"
    r"asleep)\b(?! (?:for a (?:sec|second|moment|minute|bit)|then))|"
    r"\b(?:a week|weeks|days|\d+ days|a month|months|a fortnight) (?:ago|later|on)\b[^.?!]{0,20}?"
    r"\bstill (?:numb|tingl\w*|dead|asleep)\b|"
    # "it's been 40 minutes and the outside of the shin is still numb"
    r"\b(?:it'?s|it has|its) been (?:\d+|an?|one|two|three|forty|thirty|twenty|ten|fifteen|"
    r"several|a few|a couple of) (?:minutes|mins|hours|hrs|hour)\b[^.?!]{0,50}?\bstill (?:numb|"
    r"tingl\w*|dead|asleep)\b|"
    # "usually it's gone once I walk around. This time ... just haven't gone"
    r"\bthis time\b[^.?!]{0,80}?\b(?:hasn'?t|haven'?t|has not|have not|didn'?t|did not|won'?t|"
    r"isn'?t|aren'?t) (?:gone|go|going|pass\w*|wear\w* off|clear\w*)\b"
)
# How a question in general is asked: "how do I know if it's a stroke?" tells of nobody.
ASKER = re.compile(
    r"\b(?:how (?:do|can|would|will|should|could) (?:i|we|you|one) "
    r"(?:know|tell|spot|recogni[sz]e)|when (?:should|do|would|must|can) (?:i|we|you|one)|"
    r"should (?:i|we|you)|(?:do|would) (?:i|we|you) need to|"
    r"what should (?:i|we|you) (?:do|look for|watch for)|(?:can|could) (?:i|we|you)|"
    r"(?:i|we)(?: want| wanted| need| would like|'?d like) to (?:know|understand|learn)|"
    r"(?:i|we)'?(?:ve| have)? always wondered)\b"
)


# A question framed in general, not a report with a question mark: "what are the signs of a
# stroke?", "how would I know if it's a clot?" (not "numb leg and slurred speech, dangerous?").
IN_GENERAL = re.compile(
    r"\b(?:signs?|symptoms?|warning|means?|meaning|difference|what if|if|when|which|how do|"
    r"how can|how would|how will|how to|what causes|can \w+ cause|what is|what are|what does|"
    r"why (?:would|does|do|can|is)|explain|tell me about)\b|"
    r"\b(?:can|could|does|do|would|will|is|are)\b[^.?!]{0,40}\b(?:cause|causes|make|makes|give|"
    r"gives|present|lead|trigger|triggers|a sign|signs)\b"
)


# "No other symptoms", "no signs of infection": symptoms denied, not asked about in general.
_NO_OTHER = re.compile(
    r"\b(?:no|without|not any|zero) (?:other |more |further |new )?(?:symptoms?|signs?)\b"
)


# Numbness only feared for later, none told now: "I still worry about my feet going numb down the
# line", "terrified it'll happen to me too". A worry to answer from the guide, not a story.
FEARED = re.compile(
    r"\b(?:worr(?:y|ied|ies|ying)|afraid|scared|terrified|fear\w*|anxious|nervous|concerned|"
    r"dread\w*)\b[^.?!]{0,60}\b(?:will|it'?ll|i'?ll|they'?ll|going to|gonna|might|down the line|"
    r"in the future|later on|later in life|one day|someday|some day|happen to me)\b"
)
# What is only to come is not told now: "my feet will go numb", "it might get tingly".
TO_COME = re.compile(
    r"\b(?:will|'ll|might|may|could|would|gonna|going to)(?: \w+)? (?:go|get|become|end up|lose)\b"
)
TOLD_NOW = re.compile(
    r"\b(?:is|are|was|were|been|went|gone|goes|go|feels?|felt|keeps?|kept|getting|got|started?|"
    r"still|already|now|has|have|lost)\b(?: \w+){0,2} (?:numb\w*|tingl\w*|dead|asleep|pins and "
    r"needles|no feeling|the feeling)\b"
)


# The teller says all is well now: "I have no symptoms", "he's perfectly healthy", "legs fine".
ALL_CLEAR = re.compile(
    r"\b(?:(?:i|we|he|she|they) (?:have|has|had) no (?:symptoms|problems|issues)|no symptoms "
    r"(?:now|at all|myself|whatsoever)|(?:i'?m|i am|he'?s|she'?s|he is|she is|they'?re|they are|"
    r"we'?re|we are|everyone'?s|everyone is) (?:now |myself |totally |perfectly |completely |"
    r"absolutely |fully |all )*(?:fine|well|healthy|okay|ok|good|better|recovered)\b"
    r"(?! (?:but|except|apart|until|till))|"
    r"nothing(?:'?s| is)? wrong with (?:me|him|her|them|us)|not unwell|"
    r"(?:my |his |her |their )?legs? (?:are |is |feel |feels )?(?:totally |perfectly |all )?"
    r"(?:fine|normal|healthy|great|perfect)\b(?! (?:but|except|until|till)))"
)


@dataclass(frozen=True)
class Cues:
    numbness: bool  # names numbness or tingling, or not feeling something
    person: bool  # tells of someone: "I", "my", a relative
    question: bool  # asks something
    reasons: frozenset[str]  # appointment criteria the words show (triage.yaml ids)
    position: bool  # a position or pressure that numbs a leg for a while
    passed: bool  # says the numbness passed, or passes on moving
    lasting: bool = False  # names a span of days or more ("for three weeks", "since March")

    @property
    def temporary(self) -> bool:
        return self.position and self.passed

    impersonal: bool = False  # nobody in it but the asker's "how do I know", "when should I"

    in_general: bool = False  # framed as a question about signs in general

    hurt: bool = False  # tells of an injury, a pain beyond the ordinary or a swollen limb

    feared: bool = False  # numbness only feared for later, none told now

    all_clear: bool = False  # the teller says all is well now ("I have no symptoms")

    told_signs: frozenset[str] = frozenset()  # signs whose own words are told (beside_words.py)

    saddle: bool = False  # names the parts one sits on or the toilet (beside_words.py)

    @property
    def impersonal_question(self) -> bool:
        """A question about numbness in general: nobody's story in it."""
        return self.question and self.impersonal


MOMENTARY = re.compile(
    r"(?<!keep )(?<!keeps )(?<!always )(?<!kept )\b(?:wobbl\w*|stumbl\w*|unsteady|"
    r"(?:fell|fall) over|(?:lost|lose|losing) (?:my|his|her|their) (?:balance|footing)|"
    r"walk\w* (?:funny|strange\w*|weird\w*|oddly|differently)|"
    r"feel (?:the|my) (?:ground|floor) for a (?:minute|moment|sec|second|bit|few)|"
    r"had to hold (?:on to |onto )?(?:the )?(?:wall|door|chair|table|rail)|"
    r"(?:could barely|could hardly|couldn'?t|could not) feel the (?:ground|floor))\b"
)


_QUOTES = re.compile(r"(?<![a-z0-9])['\"‘“”]|['\"”](?![a-z0-9])")


def read_cues(text: str) -> Cues:
    # "shoud i get it checked" asks as "should i" does.
    # Quote marks around a word go, apostrophes inside one stay: "her leg was 'gone'".
    unquoted = _QUOTES.sub(" ", text.lower().replace("’", "'").replace("&", " and "))
    flat = respell(" ".join(unquoted.split()))
    reasons = set()
    timed = ACTIVITY_SPAN.sub(" ", FREQUENCY.sub(" ", AGE.sub(" ", flat)))
    if PERSISTING.search(timed):
        reasons.add("lasting-days")
    position = bool(POSITION.search(NOT_POSITION.sub(" ", flat)))
    # Numbness that now stays, whatever passed before: "used to clear when I walked to the car,
    # since the start of the month it just stays".
    passed = bool(PASSED.search(NOT_PASSING.sub(" ", flat))) and not STAYS.search(flat)
    # A wobble on standing up with a leg still asleep is part of numbness that passed, not daily
    # life it gets in the way of: "stood up, wobbled, 2 min later fine".
    if DAILY_LIFE.search(MOMENTARY.sub(" ", flat) if position and passed else flat):
        reasons.add("daily-activities")
    if WORSENING.search(flat):
        reasons.add("worsening-spreading")
    if ONE_SIDED.search(flat):
        reasons.add("one-side")
    person = bool(PERSON.search(flat))
    return Cues(
        numbness=bool(NUMBNESS.search(flat)),
        person=person,
        question=bool(QUESTION.search(flat) or (QUERY.search(flat) and not person)),
        reasons=frozenset(reasons),
        position=position,
        passed=passed,
        lasting=bool(DURATION.search(timed)),
        impersonal=not PERSON.search(ASKER.sub(" ", flat)),
        told_signs=signs_told(flat),
        saddle=saddle_told(flat),
        in_general=bool(IN_GENERAL.search(_NO_OTHER.sub(" ", flat))),
        hurt=bool(
            HURT.search(NO_HURT.sub(" ", flat)) or SWOLLEN.search(NOT_SWOLLEN.sub(" ", flat))
        ),
        all_clear=bool(ALL_CLEAR.search(flat)),
        feared=bool(FEARED.search(flat))
        and not TOLD_NOW.search(TO_COME.sub(" ", flat))
        and not (reasons or position or PASSED.search(flat)),
    )
