"""Signs of people the writer only hears of, reads of or imagines: folds run at the end of
bot.triage.daily_senses, on the lowercased text without apostrophes.

"If someone landed badly and lost feeling in their legs, what are the staff meant to do?" asks
about anyone; so does "if my father say one day his leg is numb", which has not happened. "Stories
about people with chest pain in the back of the ambulance" are a paramedic's; "a video of a guy
whose leg went numb after a car crash" is a stranger's; "the author was paralysed after a stroke"
is a book's, "the story of the paralysed man at the pool" a parable's, "I hear about clot in leg"
hearsay; "I see patient with stroke" is a cleaner's day at work; "I'm writing my dissertation on
stroke symptoms" is a topic; "I saw 'loss of bladder control' on a list" is a term read; "she held
my arm" leans on the writer; "I just want to understand the word" and "my granddaughter said to ask
something" are a wish to learn. Each is marked "hypothetically" (so its signs are asked about,
never dropped) or its words are taken away when they are nobody's: a sign told of the writer or
someone with them now ("if someone asks, my face is drooping", "he held my arm and his face
dropped") is read as ever. Probes and guards in tests/unit/test_loose_senses_and_month_dates.py.
Pure.
"""

from __future__ import annotations

# A body's words: what a clause told of someone now would hold.
_BODY = (
    r"(?:numb|tingl|weak|droop|slur|cant|cannot|pain|swell|swollen|breath|chest|bladder|bowel|"
    r"fell|fall|collaps|paraly|speech|speak|talk|word|face|arm|leg|foot|feet|toe|calf|back|neck|"
    r"head|wet|soil)\w*"
)
# Never where the writer goes on in the same sentence to tell of their body ("I watched a video
# of a guy who fell, and today my toes are numb"); where the stranger goes on ("... and he ended
# up paralysed") the supposing goes on too.
_OWN_AFTER = (
    r"(?![^.!?;]*\b(?:and|but|then|so|now|today|tonight|suddenly|because|cos|coz) (?:my|i|im|ive|"
    r"we|our|me|now|today|tonight|this|suddenly|since)\b[^.!?;]{0,40}?\b" + _BODY + ")"
)
# Nor where anyone goes on so, for what could be about someone of the writer's own ("I keep
# imagining the worst and her face is drooping").
_ANYONE_AFTER = (
    r"(?![^.!?;]*\b(?:and|but|then|so|now|today|tonight|suddenly|because|cos|coz) (?:my|i|im|ive|"
    r"his|her|he|she|hes|shes|we|our|me|now|today|tonight|this|suddenly|since)\b[^.!?;]{0,40}?\b"
    + _BODY
    + ")"
)
# What is told as now ends any supposing.
_NOT_NOW = r"(?![^.!?;]*\b(?:now|today|tonight|right now|this morning|currently)\b)"
_STRANGERS = r"(?:guy|man|woman|girl|boy|lady|bloke|person|kid|patient|athlete|player|runner|dude)"

HEARD_OF: tuple[tuple[str, str], ...] = (
    # Anyone at all, or a day that has not come: "if someone landed badly", "if my father say
    # one day his leg is numb".
    (
        r"\bif (someone|somebody|anyone|anybody|a person|people|a patient|a stranger|a passenger"
        r"|a customer|a colleague|a student|a pupil|a child|a kid)\b" + _OWN_AFTER,
        r"hypothetically if \1",
    ),
    # Its "and" goes on supposing: "if someone landed badly and lost feeling in their legs";
    # never what is told as now ("if anyone knows and my face is drooping now").
    *(
        (
            r"(\bhypothetically if (?:someone|somebody|anyone|anybody|a person|people|a patient)"
            r"\b[^,.;!?]{0,60}?) and (?!hypothetically)(?![^,.;!?]*\b(?:now|today|tonight|"
            r"currently|this morning|at the moment|right now)\b)",
            r"\1 and hypothetically ",
        ),
    )
    * 2,
    (r"\bif\b(?=[^.!?,;]{0,40}\bone day\b)" + _NOT_NOW, "hypothetically if"),
    # What people mean by a word: "when people say 'sudden' numbness, how sudden do they mean?".
    (
        r"\bwhen (?:people|doctors|nurses|websites|leaflets|they|you|the guide|the nhs) (?:say|"
        r"write|talk about|mention|describe|use the word)\b" + _ANYONE_AFTER,
        "hypothetically when people say",
    ),
    (
        r"\b(?:what|how \w+|which \w+) (?:do|does|did) (?:they|you|people|doctors|we|the guide|"
        r"it|that|this) (?:actually |really |exactly )?mean\b",
        "what is the definition",
    ),
    # A worker's stories of other people: "loads of stories bout people with chest pain".
    (
        r"\b(stories|tales|anecdotes) (?:of|about|bout|abt) (?:the )?(?:people|patients|folk|"
        r"guys|men|women|customers|passengers|clients|kids|callers)\b" + _OWN_AFTER,
        r"\1 hypothetically about others",
    ),
    (
        r"\b(video|clip|documentary|reel|tiktok|short|film|movie|programme|program|episode|"
        r"article|post|story|news story|podcast) (?:of|about|on|with) (?:a|some|this|one|an) "
        r"(?:\w+ )?" + _STRANGERS + r"s?\b" + _OWN_AFTER,
        r"\1 hypothetically about a stranger",
    ),
    # A story told of someone, or heard of: "the story of the paralysed man at the pool", "I hear
    # about clot in leg".
    (
        r"\b(story|stories|parable|tale|legend|myth|miracle|fable) of (the|a|an)\b" + _OWN_AFTER,
        r"\1 hypothetically of \2",
    ),
    (
        r"\b(hear|heard|hearing|hears) (?:a lot |so much |much |many things )?(about|of)\b"
        + _ANYONE_AFTER,
        r"\1 hypothetically \2",
    ),
    # A book's author or character: "the author was paralysed after a stroke".
    (
        r"\bthe (?:books |films |storys |novels )?(?:author|writer|narrator|main character|"
        r"character|hero|heroine|protagonist)\b" + _OWN_AFTER,
        "a character hypothetically",
    ),
    # Patients seen at work, in a second language too: "every day I see patient with stroke".
    (
        r"\b(see|saw|seeing|treat|treated|treating|nurse|nursing|clean for|look after|looking "
        r"after|care for|caring for) (?:many |lots of |a lot of |the |some )?patient (with|who)\b",
        r"\1 patients \2",
    ),
    # A topic written on: "my dissertation on public awareness of stroke symptoms".
    (
        r"\b(dissertation|thesis|essay|assignment|coursework|research project|school project|"
        r"presentation|leaflet|article|blog post) (on|about)\b" + _ANYONE_AFTER,
        r"\1 hypothetically \2",
    ),
    # A term read on a list: "I just saw 'loss of bladder control' on a list".
    (
        r"\b(?:saw|read|seen|spotted|came across|noticed) (?:the (?:words?|phrase|term) )?(?:\w+ )"
        r"{1,6}?(?:on|in) (?:a|the|this|that|some|an) (?:\w+ )?(?:list|leaflet|poster|website|"
        r"checklist|chart|pamphlet|brochure|form|questionnaire|handout)\b",
        "read a term on a list",
    ),
    # Wanting to learn, imagining, and being told to ask: "I just want to understand the word",
    # "I keep imagining her hurting her spine", "my granddaughter said to ask something". Never
    # someone who cannot understand ("he can't understand what I say"), nor a sentence with
    # someone's sign in it ("my toes are numb, I want to understand this").
    (
        r"((?:^|[.!?;]\s*)(?:(?!\b(?:my|his|her|he|she|hes|shes|our|him|their)\b)[^.!?;])*?)"
        r"\b(?:want|wanted|wanting|trying|try|tried|like|hoping|hope|need) to (?:fully |better |"
        r"properly )?understand\b(?= (?:the|which|what|how|more|better|it|this|that)\b)"
        r"(?![^.!?;]*\b(?:my|his|her|i|im|ive|he|she|hes|shes|we|our|me|him)\b)",
        r"\1wondering about",
    ),
    (r"\b(?:keep |kept )?imagining\b" + _ANYONE_AFTER, "imagine"),
    (
        r"\b(?:said|told me|told us|says|tells me) (?:i should |we should )?(?:to )?ask\b",
        "suggested asking",
    ),
    # Someone else holding the writer's arm: "so she held my arm for a minute".
    (
        r"\b(she|he|they|mum|mom|dad|nan|gran|grandma|grandad|grandpa|wife|husband) (?:held|took|"
        r"grabbed|leaned on|clung to|held on to|hung on to|gripped) my arm\b",
        r"\1 leaned on me",
    ),
)
