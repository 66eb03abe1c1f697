"""The words of the guide's four reasons to book an appointment, read without the model.

"Contact your healthcare provider ... if numbness persists beyond a few days, interferes with
daily activities, or progressively worsens", and numbness on one side: a time ("for two weeks",
"since March"), something it stops ("I keep tripping", "it wakes me at night"), a change
("creeping up", "worse every month"); a side ("only my left foot") is bot.stories.side_words. How
often numbness comes, or how long someone sat, is no time it lasts. Used by bot.stories.cues.
Pure.
"""

from __future__ import annotations

import re

from bot.stories.daily_life_words import MORE_DAILY_LIFE
from bot.stories.spreading_words import MORE_WORSENING, NOT_BACK_TO_NORMAL

_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
)
_NUMBER = (
    r"(?:\d+|a few|a couple of|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|few|several|couple of|many)"
)
_PLURAL = (
    r"(?:\d+|a few|a couple of|couple of|couple|few|several|many|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve)"
)
_MORE_THAN_FEW_DAYS = (
    r"(?:\d{2,}|[4-9]|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)"
)
# Days counted as they pass: "day 10 of my foot being numb", "the sixth day now".
_DAY_COUNT = (
    rf"\bday (?:number )?{_MORE_THAN_FEW_DAYS}\b|\b(?:\d{{1,2}}th|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|eleventh|twelfth) day\b"
)

# A count of more than one with its unit left singular, as in a second language: "since 2 week",
# "maybe 3 month". Not an age or a length of something else: "a 3 month old", "a 2 week trip".
_SINGULAR_COUNT = (
    rf"\b(?:{_PLURAL} (?:week|month|year)|{_MORE_THAN_FEW_DAYS} day)\b(?! ?(?:old|holiday|trip|"
    r"course|contract|plan|break|stay|wait|waiting|programme|program|supply|check|review|"
    r"appointment|follow|visit|leave|later|ago|before|after))"
)

PERSISTING = re.compile(
    rf"{_DAY_COUNT}|{_SINGULAR_COUNT}|"
    # "That started around Easter and it's now mid-May": begun at a time of year long gone.
    r"\b(?:started|began|begun|starting) (?:around |about |at |in |just after |just before |"
    r"before |after |back in |back at )?(?:easter|christmas|xmas|the new year|new year|"
    r"(?:early |mid |late |the start of |the end of )?(?:january|february|march|april|june|july|"
    r"august|september|october|november|december))\b|"
    r"\b(?:for|over|in) (?:the )?(?:past |last |about |around |nearly |almost |over |like |good |"
    r"whole |solid |close to |going on |more than |just over |well over |some |roughly |"
    r"approximately |approx |at least |maybe |probably |easily )*"
    rf"(?:(?:\w+ or |\w+ to |\w+-)?{_MORE_THAN_FEW_DAYS} days|"
    rf"{_NUMBER} (?:good |whole |full |solid )?(?:weeks?|wks|months?|mths|years?|yrs)|"
    r"weeks|months|years|ages|a while|a good while|quite a while|a long while|some time|"
    r"this month|"
    r"(?<=past |last )(?:month|fortnight|year|while))\b|"
    r"\b(?:half a year|(?:took|taken) (?:about |around |nearly |over )?(?:weeks|months|a month|"
    r"a year))\b|"
    # "more than one week continuous", "already two weeks".
    r"\b(?:more than|longer than|already) (?:one |a |1 |two |2 |three |3 )?(?:full )?(?:weeks?|"
    r"months?)\b(?! ago)|"
    rf"\b{_NUMBER} (?:whole |full |entire )?(?:weeks?|wks|months?|mths|years?|yrs) (?:now|ago|"
    r"straight)\b|"
    # "It's been a week that both my legs ...", "has been numb a month": a span told with "been",
    # not the time since something else ("it's been a week since the flight").
    rf"\b(?:it'?s|its|it has|has|have|had) been (?:numb |tingly |dead |like this |going on )?"
    r"(?:for )?(?:about |around |nearly |almost |over |more than |like |just over |well over )?"
    rf"(?:{_NUMBER} (?:weeks?|wks|months?|mths|years?|yrs)|{_MORE_THAN_FEW_DAYS} days)\b"
    r"(?! since| ago| after| before)|"
    rf"\b{_MORE_THAN_FEW_DAYS} days (?:now|ago|straight|in a row)\b|"
    # "From last Monday ... today is Sunday": "from" for "since", in a second language.
    r"\bfrom (?:last (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)|\d+ (?:days|weeks|months)|(?:two|three|four|five|six|several|many) (?:days|weeks|"
    r"months))\b|"
    r"\bsince (?:about |around |roughly |maybe |like |probably )?(?:the (?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|week) before last|last (?:week|month|year)|"
    r"january|february|"
    r"march|april|may|june|july|august|"
    r"september|october|november|december|christmas|xmas|easter|the summer|the spring|the winter|"
    r"the autumn|monday|tuesday|wednesday|thursday|friday|saturday|sunday|my (?:surgery|"
    r"operation|holiday|chemo\w*))\b|"
    r"\b(?:won'?t|doesn'?t|does not|will not|isn'?t|is not|not) (?:go(?:ing)? away|shift|budge|"
    r"clear(?:ing)? up|stop(?:ping)?|wear(?:ing)? off|improv\w*|get(?:ting)? better)\b|"
    r"\b(?:all the time|constant\w*|every (?:single )?day|every (?:single )?night|always there|"
    r"most of the day|"
    r"day and night|permanent\w*|persist\w*|(?:hasn'?t|haven'?t|has not|have not) (?:gone|"
    r"stopped|improved|changed)|"
    r"never (?:goes|went) away|weeks now|months now|fortnight|a while now|for a while|"
    r"going on (?:for )?(?:a while|a good while|weeks|months|ages)|"
    r"been like (?:this|that) (?:for )?(?:a (?:good |long )?while|weeks|months|ages)|"
    r"since (?:the )?(?:spring|summer|autumn|fall|winter|harvest)|"
    # "since like mid-march", "still here in march", "still there today, a week and a half later"
    r"since (?:like |about |around )?(?:mid|early|late|the (?:middle|start|end) of)[- ]?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|spring|summer|autumn|winter)|"
    r"still (?:here|there|with me|going) (?:in|by|today|now|this)|still (?:hanging (?:around|"
    r"about|on)|lingering)|"
    r"since (?:early |late )?last (?:week|month)|(?:week|month) (?:two|three|four|2|3|4) of|"
    r"(?:second|third|fourth) (?:week|month) of|"
    r"(?:started|began|begun|came on) (?:last|on) (?:week|month|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)|the last while|a week and a half)\b|"
    rf"\b(?:{_PLURAL} (?:weeks|wks|months|mths|years|yrs)|{_MORE_THAN_FEW_DAYS} days|"
    r"(?:been|for) (?:weeks|months|years|ages)|"
    r"(?:for|since|from) (?:like |about |around |some |a few |before |maybe )?(?:a |one |the start "
    r"of (?:the |this )?)?(?:weeks?|months?|christmas|easter))\b|"
    # "since I got back from holiday last week", "months of this", "not worse, not better".
    r"\bsince [^.?!,]{0,30}? last (?:week|month)\b|\b(?:weeks|months) of (?:this|it)\b|"
    r"\bnot (?:any )?worse,? (?:and )?not (?:any )?better\b|"
    # "for most of this year", "over recent weeks", "the feeling never came back", "he's had the
    # numbness for a long time".
    r"\bfor most of (?:this|the|last) (?:year|month|week)\b|\b(?:over|in|during) (?:the )?recent "
    r"(?:weeks|months)\b|\bnever (?:came|come|comes) back\b|\b(?:had|has|have|been)(?: the| "
    r"this| that)? (?:numbness|tingling|numb|tingly|it)(?: \w+)? for a long time\b|"
    # "continuously since 2 October", "since the clocks went back", "all of the summer holidays",
    # "a dull numb feeling that never really goes".
    rf"\bsince (?:the )?\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH}\b|\bsince {_MONTH} \d{{1,2}}"
    r"(?:st|nd|rd|th)?\b|\bsince (?:about |around |roughly |just after )?(?:the )?(?:clocks "
    r"(?:went|go|changed)|new year|new years|"
    r"halloween|bonfire night|thanksgiving|valentines?(?: day)?|the (?:school )?holidays|half "
    r"term|(?:the )?(?:school|term|uni) (?:started|went back|began))\b|"
    r"\b(?:all|most|the whole)(?: of)? (?:the |this |last )?(?:summer|winter|easter|christmas|"
    r"school|spring|autumn|half term)(?: holidays?| break| vacation| term)\b|"
    r"\bnever (?:really |fully |completely |quite )?(?:goes|went)(?: away| off)?\b"
    r"(?! (?:numb|dead|to sleep|asleep|tingly))|"
    # "since we moved house, and that was back in March", "since the kids went back to school",
    # "nonstop since the start of the holidays", "some months", "since half year", "..., months".
    r"\bsince (?:we|i|he|she|they) (?:moved|retired|changed jobs|switched jobs|came back|got back|"
    r"went back|started (?:my |the |a |at |his |her )?(?:new )?(?:job|work|school|uni|college|role|"
    r"course|shifts?))\b|\b(?:that|it|this) was back in " + _MONTH + r"\b|\bsince (?:the )?"
    r"(?:kids|children|school|term) (?:went back|started|began|go back)\b|\bsince the start of the "
    r"(?:school |summer |christmas |easter )?(?:holidays|term|year|month)\b|\bnon ?stop\b|"
    r"\bsome (?:months|years)\b|\bfrom last (?:week|month|year)\b|\bsince half (?:a )?year\b|"
    # "since the weekend before last", "every time I've visited this month", "around New Year
    # ... it's March now", "been a month", "for like 2wks".
    r"\bsince the (?:weekend|week|month) before last\b|\bsince the (?:week|weekend|day|month) "
    r"(?:before|after) (?:easter|christmas|xmas|the holidays|half term|my birthday)\b|"
    r"\b(?:around|about|since) (?:when )?the clocks (?:went|go|changed)\b|\bstill (?:exactly )?"
    r"the same\b|\b(?:been )?like this (?:for )?most of the (?:year|month|summer|winter)\b|"
    r"\bover the (?:summer|winter|spring|autumn|holidays)\b|\bsince my (?:birthday|wedding|"
    r"anniversary|holiday|retirement)\b|\b(?:hang|hangs|hanging|hung) around for "
    r"(?:a |the )?(?:whole|full|entire) (?:week|month)\b|\bfor (?:a |the )?(?:whole|full|entire) "
    r"(?:week|month|fortnight)\b|\bevery time (?:i|we)(?:'ve| have)? "
    r"(?:visited|visit|seen|see|called|rang|spoken)\b|\b(?:around|since|at|from|after) (?:the )?"
    r"new year\b|\bit'?s (?:" + _MONTH + r") now\b|\bbeen (?:a|one|about a|like a|nearly a|over a) "
    r"(?:month|fortnight|year)\b|\b\d+ ?(?:wks|weeks)\b|"
    r"[,.] (?:for )?(?:weeks|months|years)\.?$|"
    # "since last Thursday", "for most of the summer", "since the 3rd and it's the 15th now",
    # "(that was the 3rd, it's the 20th now)".
    r"\bsince last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\b|"
    r"\bfor (?:most|much|all) of (?:the |this |last )?(?:summer|winter|spring|autumn|fall|"
    r"holidays)\b|\bsince (?:the )?\d{1,2}(?:st|nd|rd|th)\b(?! (?:time|hour|minute|floor|"
    r"lap|round|set|game|go))|\b(?:was|on) the \d{1,2}(?:st|nd|rd|th)\b[^.?!]{0,20}?\b(?:it'?s|it "
    r"is|today is|now) the \d{1,2}(?:st|nd|rd|th)\b"
)
# How often numbness comes is no time it lasts: "every few weeks", "twice a month" (but "every
# day" is numbness all the time, and stays).
FREQUENCY = re.compile(
    r"\b(?:every|each|once|twice|(?:a few|a couple of|several|many|\w+) times) (?:a |an |per |"
    r"every |each )?(?:few |couple of |other |\d+ |couple )?(?:weeks?|wks|months?|mths|years?|"
    r"yrs)\b"
)
# An age is no time the numbness lasts: "my son 10 years sits at chess", "she's 7 years old".
AGE = re.compile(
    r"\b(?:(?:son|daughter|child|kid|boy|girl|grandson|granddaughter|nephew|niece|brother|sister|"
    r"baby|toddler)(?: is|,| \(| aged)? ?\d{1,2} ?(?:years?|yrs?)|\d{1,3} ?(?:years?|yrs?|months?) "
    r"old)\b"
)
# How long someone sat, knelt or played is no time the numbness lasts: "sat on his feet playing
# video games for ages", "been sitting for a while". Not when the numbness comes between.
ACTIVITY_SPAN = re.compile(
    r"\b(?:sat|sit|sits|sitting|kneel\w*|knelt|squat\w*|driv\w*|drove|gaming|gamed|play\w*|"
    r"feet up|legs up|propped|perch\w*|"
    r"watch\w*|stood|standing|crouch\w*|lying|lay|lain|slept|sleeping|stud\w*|travel\w*|flying|"
    r"flew|scroll\w*|\w*feeding|nursing|position)\b(?: (?!numb|tingl|asleep|dead|feel|felt|went|"
    r"gone|been)\w+){0,10}? for "
    r"(?:ages|hours|a while|a long time|so long|too long)\b"
)
# A time span of days or more, said outright: what lets a story told calmly stand as calm.
DURATION = re.compile(
    rf"{_DAY_COUNT}|{_SINGULAR_COUNT}|"
    rf"\b(?:{_PLURAL} (?:weeks|wks|months|mths|years|yrs)|{_MORE_THAN_FEW_DAYS} days|"
    r"(?:a|one) (?:whole |full )?(?:week|month|year)|fortnight|"
    r"(?:been|for|over) (?:weeks|months|years|ages)|"
    r"since (?:last (?:week|month|year)|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|christmas|xmas|easter|(?:the )?(?:spring|summer|autumn|"
    r"winter))|(?:for|since|from) (?:like |about |around |some |a few |before )?(?:a |one |the "
    r"start of (?:the |this )?)?(?:weeks?|months?|christmas|easter)|since last (?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday))\b"
)
DAILY_LIFE = re.compile(
    r"\b(?:trip(?:s|ping|ped)? (?:over|up|on)|keep trip\w*|stumbl\w*|unsteady|wobbl\w*|"
    r"(?:my|his|her|lose|losing|lost|off) (?:balance|footing)|fall(?:ing)? over|"
    r"(?<!\bno )(?<!\bany )(?<!\bwithout )(?:struggl\w*|trouble|difficult\w*|hard|clumsy) "
    r"(?:with |on |climbing |going up )?(?:the )?(?:stairs|steps|walks?|walking|hills?)|"
    r"(?:can'?t|cannot|can not|can no longer|no longer able to|unable to|hard to|harder to|"
    r"(?<!\bno )(?<!\bany )(?<!\bwithout )(?:trouble|difficult\w*|struggl\w*)) "
    # "can't stand the tingling", "can't stand sitting": to bear, not to stand up.
    r"(?:to )?(?:walk|walking|work|working|drive|driving|sleep|sleeping|ride|riding|cycle|cycling|"
    r"stand(?! (?:the|it|this|that|these|those|him|her|them|\w+ing)\b)|standing|run|"
    r"running|climb|climbing|(?:get|go|going|getting) (?:up|down) (?:the )?stairs|do my|"
    r"play|playing|dance|dancing|cook|cooking|carry|carrying|finish|concentrate|"
    r"(?:really )?(?:do|manage|finish) (?:the|my|our|his|her) (?:\w+ )?(?:walk|walks|shift|round|"
    r"shopping|job|run)|go (?:to )?(?:the )?(?:market|shops?|shopping|supermarket) (?:alone|on "
    r"(?:my|his|her) own|by (?:myself|himself|herself)))|"
    r"(?:keeps?|keeping|kept) me (?:up|awake)|ruin\w* my (?:runs?|walks?|sleep|work|days?|nights?)|"
    r"wak(?:e|es|ing) me|can'?t sleep|cannot sleep|"
    r"(?:can'?t|cannot|can not) (?:get (?:off )?to sleep|fall asleep|manage|cope with|do) (?:my )?"
    r"(?:shifts?|job|work|round|sleep)?|(?:can'?t|cannot) get (?:off )?to sleep|"
    r"drop(?:s|ping)? things|(?:had|have) to (?:stop|give up|quit|leave)|gave up|given up|"
    r"stopp(?:ed|ing) me|gets? in the way|getting in the way|got in the way|interfer\w*|"
    r"stop (?:my|his|her) (?:\w+ )?(?:walks?|runs?|hikes?|swims?|gym|class|classes|training|group|"
    r"club|"
    r"shifts?|work|job|football|dancing|cycling|rides)\b|"
    r"(?:stopped|given up|gave up|quit|cut|cutting|dropped) (?:\w+ ){0,2}(?:walks?|runs?|"
    r"hours|hikes?|hiking|rambles?|swims?|golf|tennis|matches|rounds|"
    r"shifts|team|football|gym|dancing|cycling|rides|class|classes|lessons?|training|practice|"
    r"choir|club|yoga|pilates|gardening)|prevents? (?:me|him|her|them) from|"
    r"pull(?:ed)? out of|drop(?:ped|ping|s)? out of|"
    r"(?:everyday|day to day|day-to-day) life|"
    r"affect\w* (?:my|his|her) (?:work|job|life|day|walking|sleep|driving)|"
    r"daily (?:life|activities|tasks)|"
    # Not the greeting: "sorry for disturbing", "sorry to disturb you, doctor".
    r"(?<!sorry for )(?<!sorry to )(?<!not to )disturb\w*(?! (?:you|u|the doctor|doctor|your))|"
    r"unsafe|slow(?:er)? (?:to|when) walk\w*|"
    r"(?:feel|feeling) the (?:[\w-]+ ){0,2}pedals?|"
    r"(?:feel|feeling) the (?:pedals?|accelerator|brake|clutch|floor|ground|ladder|rungs|ball|"
    r"bike|steps?|stairs)|clumsy|"
    r"hold(?:s|ing)? (?:on to |onto )?the (?:rail|railing|banister|wall)|watch my feet|"
    # "round the supermarket holding the trolley" (a shuffle alone is how numbness is walked
    # off), "can't get through a full
    # school day on my feet".
    r"(?:hold|holding|cling\w*) (?:on to |onto |to )?the (?:trolley|cart|furniture)|"
    r"(?:can'?t|cannot|can no longer|struggl\w* to) get through (?:a |the |my )?(?:full |whole |"
    r"school |work |working )*(?:day|shift|week|lesson|class)|"
    r"(?:making|makes|made|make) (?:\w+ ){0,7}(?:hard|difficult|awkward|tricky|a problem)|"
    r"(?:making|makes|made) (?:\w+ ){1,4}a (?:real )?(?:chore|struggle)|"
    r"(?:making|makes|made) (?:my|his|her|their) (?:\w+ ){1,4}(?:hard|harder|difficult|tricky)|"
    r"(?:turned|turning|become|becoming|became) (?:into )?a (?:real )?(?:struggle|chore|nightmare)|"
    r"miss(?:ing|ed|es)? (?:a |the )?(?:last |bottom |top |odd )?(?:steps?|stairs?|kerbs?|curbs?)|"
    r"(?:stairs|steps|walking|walks|work|job|driving|running)(?:'?s)? (?:is |are )?(?:getting "
    r"|becoming )?(?:hard|harder|difficult|tough|tricky|a struggle|awkward)|"
    r"(?:hard|difficult|awkward|tricky) (?:to|now|lately)|problems? (?:in|at|with) (?:my )?"
    r"(?:job|work|walking)|(?:can'?t|cannot) do my (?:job|work)|"
    r"stopped (?:driving|walking|running|working|going|playing|dancing|cycling)|"
    r"(?:no longer|not able to|can'?t) (?:walk|go|drive|work|run)|"
    # "stopped taking the stairs", "makes the job much harder", "I keep stubbing them and don't
    # notice till they bruise".
    r"stopped (?:taking|using|climbing|doing) (?:the )?(?:stairs|steps)|"
    r"(?:making|makes|made|make) (?:\w+ ){1,3}(?:much|a lot|far|way|so much) (?:harder|more "
    r"difficult|tougher)|keep (?:stubbing|bumping|banging|knocking|cutting|burning|bruising)|"
    r"(?:didn'?t|don'?t|doesn'?t|hadn'?t|haven'?t|did not|do not) (?:notice|feel) (?:\w+ )?"
    r"(?:till|until)|"
    # "my boss says I walk strange", "stairs are a problem now", "can't trust each step", "up 4-5
    # times a night", "can't feel my clutch pedal", "can not stand whole lesson".
    r"(?:walk|walks|walking) (?:strange|strangely|funny|weird|weirdly|oddly|differently)|"
    r"(?:stairs|steps|walking|driving|work) (?:are|is) (?:a |now a |becoming a )?(?:real |big |"
    r"proper )?(?:problem|issue|nightmare|challenge)|trust (?:each|every|my) step|"
    r"(?:up|awake|wake up|waking up) "
    r"(?:\d+(?:-\d+)?|several|a few|many|three|four|five) times (?:a|each|every) night|"
    r"feel (?:the|my) (?:clutch |brake |gas |bike )?pedals?|"
    r"(?:can'?t|cannot|can not) stand (?:the )?whole "
    r"(?:lesson|shift|day|service|class|meeting|mass)|(?:can'?t|cannot|can not) stand (?:the |a )?"
    r"full (?:shift|day|service|lesson)|need (?:to )?sit down (?:many|several|a lot of|lots of) "
    r"times|(?:can'?t|cannot) tell (?:if|whether|when|how hot) (?:the )?(?:bath|bathwater|bath "
    r"water|water|shower)|(?:become|becoming|became|is|it'?s) (?:a )?(?:real )?(?:hassle|"
    r"nuisance)|(?:must|have to|had to|need to) stop every (?:hour|half hour|\d+ minutes)|"
    r"(?:is|it'?s|it is) (?:a )?(?:big |real )?problem (?:for|with|at) (?:my|his|her) (?:work|job)|"
    r"nervous on the (?:stairs|steps)|holds? (?:on to |onto )?the (?:rail|railing|banister|"
    r"handrail)|(?:trust|trusting) (?:the ground|my footing|my feet)|"
    # "cannot go to the mosque by walking", "well enough to play football properly anymore",
    # "the stairs are a real effort", "I have to watch every step".
    r"(?:can'?t|cannot|can not|can no longer|no longer|unable to) (?:go|get) (?:to )?(?:the |his "
    r"|her |my )?\w+ (?:by walking|on foot|walking)|well enough to (?:play|walk|drive|work|run|"
    r"dance|balance|stand|cycle|ride)|(?:properly|normally|like before) any ?more|"
    r"(?:can'?t|cannot|can not|can no longer) use (?:my|the|his|her) [\w ]{0,30}? ?any ?more|too "
    r"numb to (?!(?:notice|tell|know|say|care)\b)\w+|"
    # Sleep lost night after night: "I keep waking up", "it's wrecking my sleep and my job",
    # "getting maybe four hours of sleep".
    # "makes me walk slow like old man", "not safe on scaffold", "boss send me home".
    r"(?:make|makes|made|making) (?:me|him|her) (?:walk|move) (?:so |very |really )?(?:slow|slowly|"
    r"funny|strange|strangely|weird|like)|not safe (?:on|at|to|when|for|in)|(?:boss|manager|"
    r"supervisor|foreman) (?:send|sends|sent) (?:me|him|her) home|"
    r"call(?:ed|ing|s)? in sick|(?:been |am |is |was )?off sick|slowing (?:me|him|her) down|"
    r"(?:can'?t|cannot|don'?t|do not) trust (?:them|my feet|my legs|his feet|her feet)|"
    r"cut (?:down |back )?(?:on )?(?:my |his |her )?(?:clients|customers|appointments|hours|"
    r"shifts|work)|"
    # Near falls, again and again: "almost fall two times this week", "nearly went over twice".
    # Once, on getting up, is how a leg asleep is told.
    r"(?:almost|nearly) (?:fall|fell|fallen|falling|went over|gone over|go over|tripped|trip)"
    r"(?: over)? (?:twice|two times|three times|\d+ times|several times|a few times|a couple of "
    r"times|again and again)|"
    r"(?:can'?t|cannot) tell (?:if|whether|what|where) (?:i'?m|i am|he'?s|she'?s) (?:on|stepping|"
    r"standing|walking)|"
    # "afraid to walk to market alone now", "I get cut without knowing", "I walk so slow",
    # "even going to bus stop is hard".
    r"(?:afraid|scared|nervous|frightened) (?:to|of) (?:walk|walking|go out|going out|drive|"
    r"driving|climb|climbing|the stairs|stairs|use the stairs)\b|"
    r"(?:got|get|gets|getting|had|have) (?:a )?(?:cut|cuts|bruise\w*|burn\w*|blister\w*) "
    r"(?:\w+ ){0,3}(?:without (?:knowing|noticing|feeling|realising|realizing)|and (?:don'?t|"
    r"didn'?t|do not|did not|never) (?:notice|feel))|(?:i|he|she|"
    r"they) walks? (?:so|very|really|too) slow(?:ly)?|"
    r"(?:going|walking|getting) to (?:the )?(?:\w+ ){0,2}is (?:so |very |really )?(?:hard|"
    r"difficult)|"
    r"keeps? (?:me )?waking (?:me )?up(?! with)|(?:wreck|ruin|destroy|kill|mess)\w* (?:up )?"
    r"(?:my|his|her) (?:sleep|job|work|nights?)|"
    r"(?:only|maybe|barely|just|about) (?:\d|two|three|four|five) hours'? (?:of )?sleep|"
    r"(?:can'?t|cannot|can not) tell (?:where|how) (?:my|his|her|their) (?:feet|foot|legs?) "
    r"(?:land|are|go|are landing|landed)|"
    # "now needs the banister and takes the stairs one at a time", "can barely manage round the
    # block without a rest", "is difficult to walk on the field, I must go slow", "had to drop
    # my long runs".
    r"(?:needs?|needing|relies on|grips?|clings? to) (?:the |a |his |her |my )?(?:banister|"
    r"bannister|handrail|railing|rail|walking stick|stick)|(?:stairs|steps) one at a time|"
    r"one step at a time|(?:barely|hardly|only just|can'?t) (?:manage|make it|get|walk) "
    r"[^.?!]{0,30}?without (?:a rest|stopping|a break|resting|sitting)|(?:is|its|it'?s|it is|now "
    r"is) (?:so |very |really )?(?:difficult|hard|tough) to (?:walk|climb|stand|work|drive|run)|"
    r"(?:must|have to|had to|has to) (?:go|walk) (?:slow|slowly|carefully)|"
    r"messing (?:w|with|up) (?:my|his|her) (?:\w+ )?(?:gym|training|runs?|walks?|work|job|sleep|"
    r"sessions?|game|football|sport)|(?:can'?t|cannot) (?:squat|balance|jump|dance|run) properly|"
    r"(?:had to |have to )?drop (?:my|his|her|the) (?:\w+ )?(?:runs?|walks?|rides?|classes?|"
    r"sessions?|shifts?|hours)|"
    r"(?:step|steps|stepped|stepping|stand|stood|standing) on (?:a |some )?(?:drawing |sewing )?"
    r"(?:lego|pins?|glass|"
    r"nails?|a plug|something sharp|tacks?|thorns?) and (?:don'?t|didn'?t|never|do not|did not) "
    r"(?:even )?(?:notice|feel)|"
    r"(?:stairs|steps|walking|climbing|the walk|the climb)(?: \w+){0,6} (?:is|are) (?:a |such a )?"
    r"(?:real |big |huge )?effort|watch (?:every|each) step|" + MORE_DAILY_LIFE + r")\b"
)
# "Now they're fine" tells that it passed, not that it changed since.
_NOT_WELL = r"(?!(?: [\w']+){0,2} (?:gone|fine|ok|okay|better|normal|alright|good))"
# "Gone now after walking" tells that it passed, not that it spread: no "now" after these.
_NOT_PASSED = (
    "(?<!gone )(?<!fine )(?<!ok )(?<!okay )(?<!better )(?<!normal )(?<!alright )(?<!good )"
)
WORSENING = re.compile(
    r"\b(?:getting (?:more |a bit more |slowly more )?numb(?:er)?|getting worse|got worse|"
    r"worse and worse|worse than|worsen\w*|spread(?!sheet)\w*|grow(?:s|ing)|grew|"
    r"(?:start|starts|started|began|begin|begins) (?:small|little|tiny|as a (?:small|little))|"
    r"(?:more|bigger|worse|further) (?:numb )?(?:every|each) (?:time|check|day|week)|"
    r"creep\w* in (?:slow|slowly|gradual\w*|bit by bit)\b|"
    r"now (?:is|it is|it'?s) (?:big|bigger|larger|wider)|"
    rf"{_NOT_PASSED}now (?:in|after|also|it)(?!(?:'s| is| was)? (?:ok|okay|fine|better|gone|"
    r"normal|good|alright)\b)|"
    r"creep\w* (?:up|higher)|crept (?:up|higher)|mov(?:ed|ing|es) up|going up|gone up|"
    r"(?:going|moving|creeping|getting|gone|went) higher|mov(?:ed|ing|es) from \w+(?: \w+)? (?:to|"
    r"into|up)|now (?:till|until|up to|to) (?:the |her |his |my )?knees?|"
    r"(?:it|numbness|they) (?:go|goes|went) up|bigger now|"
    r"(?:first|at first|to begin with) (?:only |just )?[^.?!]{0,40}\bnow|"
    r"(?:gone|went|go|going) (?:up )?from (?:a |about )?\d+ (?:out of 10 |/10 )?to|"
    r"up to my|higher and higher|higher every|further up|more and more|"
    r"used to be (?:just |only )?(?:in )?(?:my |his |her |the )?\w+[^.?!]{0,40}\bnow|"
    r"(?:getting|got|gets|grown|growing|grew|bit|lot|much|become|became|becomes|becoming) bigger|"
    r"bigger and bigger|"
    rf"increas\w*|progress\w*|{_NOT_PASSED}now (?:also|it'?s|its|my|both|the whole|up)"
    rf"{NOT_BACK_TO_NORMAL}|"
    r"(?:started|began|begun) in (?:my |the )?\w+ (?:and|but) now|each (?:week|month|day)|"
    r"every (?:week|month)|month by month|week by week|doubled|tripled|higher up|"
    r"(?:twice|double) (?:the|its|as) (?:size|big)|(?:gone|went|spread|moved|progressed) from "
    r"(?:just |only )?(?:the |my |his |her )?[^.?!]{0,40}? to (?:both|all|the whole|right up|up)\b|"
    r"creep\w* (?:slowly|gradually|steadily) (?:up|"
    r"higher)|(?:started|began) in (?:my|his|her|their|the) \w+ [^.?!]{0,30}\bthis (?:year|month)|"
    # "Before, only small toe was numb. Now all the foot", "just a bit tingly at christmas, now
    # both legs are numb to the knee", "worse every time I visit", "getting slowly bigger".
    r"(?:before|previously|originally|in the beginning|at the start),? (?:it was |they were |"
    rf"there was |was |were )?(?:only|just) [^?!]{{0,50}}?\bnow\b{_NOT_WELL}|"
    r"(?:was|were) (?:just|only) (?:a (?:bit|little|touch) )?(?:numb|tingly|tingling|dead)\b"
    rf"[^?!]{{0,40}}?\bnow\b{_NOT_WELL}|"
    r"worse (?:every|each) (?:time|week|month|visit)|now (?:\w+ ){0,3}reach\w* (?:up )?(?:to )?"
    r"(?:my|his|her|their|the) (?:shins?|knees?|calf|calves|ankles?|thighs?|hips?|waist)|"
    r"(?:getting|got|grown|growing|grew) (?:slowly |gradually |steadily |a bit |a little )"
    r"(?:bigger|larger|wider|worse)|"
    # "used to stop at his toes. This month it's reached his heels", "was just in her toes at
    # her last check-up, now it's halfway up her shins", "now goes round the tops of his feet
    # too", "have slowly gone a bit numb", "gradually developing numbness".
    r"used to (?:stop|end|finish|be|stay) (?:at|in|around|below|on) [^?!]{0,60}?\b(?:now|this "
    r"(?:month|week|year))\b" + _NOT_WELL + r"|(?:was|were) (?:just|only) (?:in|on|at|around) "
    r"[^?!]{0,60}?\bnow\b" + _NOT_WELL + r"|now (?:goes|go|reaches|covers|extends|includes|wraps|"
    r"runs|spreads)\b[^.?!]{0,40}\b(?:too|as well|also)|(?:slowly|gradually|steadily|"
    r"progressively) (?:gone|going|getting|become|becoming|developing|developed|turned|turning|"
    r"got) (?:a bit |a little |more )?(?:numb\w*|tingl\w*|dead)|"
    # "now is April and numb go to all foot", "gone to the whole leg"
    r"\b(?:a little|slightly|a bit|bit|lot|much|even|noticeably) (?:bigger|larger|wider|further "
    r"up|higher)|\bnow (?:near|at|up to|almost at|almost up to|close to|nearly at|nearly up to) "
    r"(?:my|his|her|the|their) (?:knees?|shins?|ankles?|calf|calves|thighs?|hips?|waist)|"
    r"\b(?:enlarg\w*|expand\w*|widen\w*)|\bcompared (?:with|to) (?:last|a|this time last) "
    r"(?:year|month|few months|summer|winter)\b|\b(?:slowly|gradually) (?:turned|turning|turn) "
    r"into\b|\b(?:bit by bit|little by little|inch by inch)|"
    r"\b(?:go|goes|gone|went|going|spread(?!sheet)\w*|mov\w*|reach\w*) (?:to|into|over) "
    r"(?:all|the whole|"
    r"whole|both|the entire|my whole|his whole|her whole) (?:foot|feet|leg|legs|sole|soles|shin|"
    r"shins)|" + MORE_WORSENING + r")\b"
)
