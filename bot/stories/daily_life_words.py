"""More of the guide's second reason to book, numbness that keeps someone from daily life, as
people say it: read by bot.stories.reason_words beside its own DAILY_LIFE words (a module of its
own, so that one stays readable).

"I cannot go with my hiking club", "I cannot keep up with my family when shopping", "cannot go
jogging like before", "walk careful like old man", "she does not trust her feet on the rough
road", "cycling is now difficult", "nan won't walk to the shops now", "must stop and sit many
times", "nervous on the ladder": a life narrowed by the numbness, often in a second language. Pure.
"""

from __future__ import annotations

MORE_DAILY_LIFE = (
    r"(?:can'?t|cannot|can not|unable to|no longer) (?:go|come) (?:with|to) (?:my |the |our |his |"
    r"her |their )?(?:\w+ )?(?:club|class|classes|group|team|market|shops?|church|gym|walks?|"
    r"hikes?|hiking|practice|training)|"
    r"(?:can'?t|cannot|can not|unable to) keep up with|"
    r"(?:can'?t|cannot|can not|no longer) go (?:jogging|running|hiking|walking|cycling|swimming|"
    r"dancing|shopping)|"
    r"makes? (?:my|his|her|their) walking (?:slow|slower|hard|harder|difficult)|"
    r"walks? (?:careful|carefully|slow|slowly) like (?:an |a )?old (?:man|woman|lady|person)|"
    r"(?:does not|doesn'?t|don'?t|do not) trust (?:my|his|her|their) (?:feet|legs|foot|leg)|"
    r"(?:cycling|walking|driving|working|standing|climbing|running|dancing) (?:is|has become|"
    r"became|got) (?:now )?(?:so |very |really )?(?:difficult|hard|harder|tough)|"
    # "struggling w stairs", "won't walk to the shops now", "wont go on his walks now"
    r"struggl\w* w (?:the )?(?:stairs|steps|walking)|"
    r"(?:wont|won'?t|will not|no longer) (?:go|walk|come)(?: on| to| up| round| into)? (?:the |"
    r"his |her |my |their )?(?:walks?|shops?|market|upstairs|stairs|town|church|park)|"
    # "so numb that I must stop and sit many times", "has to stop and rest on every walk"
    r"(?:must|have to|had to|has to|need to|needs to|keep having to|keeps having to) stop and "
    r"(?:sit|rest)(?: down)? (?:many|several|lots of|a lot of|a few|so many|loads of) times|"
    r"(?:must|have to|had to|has to|need to|needs to|keep having to|keeps having to) stop and "
    r"(?:sit|rest)(?: down)? (?:on|during|at) (?:every|each|all) (?:\w+ )?(?:walk|shift|trip)s?|"
    # "nervous to get in the shower on her own", "can't control the ball properly"
    r"(?:nervous|scared|afraid|frightened) (?:to|of) (?:get\w* in(?:to)? the (?:shower|bath)|"
    r"walk\w* (?:on her own|on his own|alone|outside)|go\w* (?:up|down) the stairs|"
    r"shower\w* alone)|"
    r"(?:can'?t|cannot|can not|unable to) (?:control|kick|feel) the (?:ball|pedals?|clutch)|"
    # "making me nervous on the ladder at work", "can't tell where my boots are on the rungs"
    r"(?:nervous|scared|afraid|frightened|wobbly|unsteady|shaky) (?:up |on |going up )(?:the |a )?"
    r"(?:ladders?|scaffold\w*|roofs?|rungs|steps|stepladder)|"
    r"(?:can'?t|cannot|can not|hard to|unable to) tell where (?:my|his|her|their) (?:feet|foot|"
    r"boots?|shoes?|toes) (?:are|is)|"
    # "now affecting my ability to walk long distances", "it affects her mobility"
    r"(?:affect\w*|impair\w*|limit\w*|reduc\w*) (?:my|his|her|their) (?:ability|capacity) to|"
    r"(?:affect\w*|impair\w*) (?:my|his|her|their) (?:walking|work|job|driving|sleep|balance|gait|"
    r"mobility)\b|"
    # "I keep losing my flip flops without noticing"
    r"(?:lose|losing|lost|loses) (?:my |his |her |their )?(?:flip ?flops|slippers|sandals|shoes?|"
    r"sliders) without (?:noticing|knowing|feeling|realising|realizing)|"
    # "my numb feet have made me give up my walking group", "I can't judge the uneven paths".
    r"(?:made|make|makes|making) (?:me|him|her|them) (?:give up|quit|drop out of|stop going to) "
    r"(?:my |his |her |their |the )?\w+|(?:can'?t|cannot|can not) judge (?:the |where the )?"
    r"(?:uneven |rough )?(?:paths?|ground|steps?|stairs|kerbs?|curbs?|floor|pavements?)|"
    # "I can't tell how much I'm pressing the pedals"
    r"(?:tell|judge|know|feel) how (?:much|hard) (?:i'?m|i am|he'?s|she'?s|he is|she is) "
    r"press\w* (?:on )?(?:the |my )?(?:\w+ )?pedals?"
)
