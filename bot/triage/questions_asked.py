"""Questions about which signs matter, and doubts about whether two complaints are linked: folds
the screen applies before it reads.

"My kid plays rugby, what symptoms after a knock to the neck mean ER straight away?" asks which
signs to act on, for someone of one's own: the knock is supposed, not told, so it asks at most
(a sign told as now beside it keeps its own words). "Not sure if related: pins and needles in
both feet and a pressure in my chest" doubts a link, not the pressure: the complaint is told and
escalates. Part of `bot.triage.lexicon.FOLDS`, after pastimes.py, on the lowercased text without
apostrophes; probes and guards in tests/unit/test_red_flag_pastimes_and_pets.py.
"""

from __future__ import annotations

from bot.triage.frames import NAMED

QUESTIONS_ASKED: tuple[tuple[str, str], ...] = (
    # A risk worried about: "how worried should I be about her having a stroke?". Not "worried
    # she is having a stroke", told now.
    (
        r"\b(worried|worry|scared|afraid|anxious|nervous|concerned) (?:\w+ ){0,3}?(?:about|of) "
        r"(?:her|him|them|me|my \w+|his|their|mum|dad|mom) (?:having|getting|developing) "
        r"(?:a |an )?(?=" + NAMED + r"\b)",
        r"\1 hypothetically about a ",
    ),
    # A condition taught, and its signs listed after a comma: "teacher tell us in class about
    # stroke, face fall down one side". The comma goes, so the signs stay in the lesson's clause.
    (
        r"\b((?:tell|tells|told|teach|teaches|taught|showed|shows|explained|explains|learned|"
        r"learnt) (?:us |me |the class |the kids |the students )?(?:in (?:class|school|training|"
        r"the course|the lesson|a lesson|college|uni) )?)about (?:hypothetically )?((?:the |a )?"
        r"(?:signs of |symptoms of )?" + NAMED + r")\b,?",
        r"\1hypothetically about \2",
    ),
    # "What symptoms after a knock to the neck mean ER?", "which signs would need an ambulance",
    # "what injuries to the back or neck would make numb legs serious".
    (
        r"\b(what|which)( (?:warning |red flag |danger |emergency |serious |kinds? of |sorts? of )?"
        r"(?:symptoms?|signs?|injury|injuries|knocks?|falls?|accidents?))"
        r" (?=(?:\w+ ){0,10}?(?:mean|means|meant|need|needs|should|would|warrant|warrants|require|"
        r"requires|call for|calls for)\b)",
        r"\1\2 hypothetically ",
    ),
    # The same list asked for in a statement: "I want a short list of the warning signs that mean
    # 'stop, call for help now' if either of them mentions a numb leg".
    (
        r"\b((?:list|sheet|card|poster|note|leaflet) of (?:the )?(?:main |key |big |usual )?"
        r"(?:warning|red flag|danger|emergency|serious) (?:symptoms?|signs?))( that| which)? "
        r"(?=(?:\w+ ){0,10}?(?:mean|means|need|needs|should|would|warrant|warrants|require|"
        r"requires|call for|calls for)\b)",
        r"\1 hypothetically\2 ",
    ),
    # Anyone at all, supposed, in a course's question: "question for a first aid course: when
    # someone has numb legs after a fall, when should we call an ambulance?". Only where a course
    # or a lesson is named: "when someone has a drooping face, should I call? my husband has that
    # right now" is told.
    (
        r"^(?=[\s\S]*\b(?:first aid|course|class|training|exam|quiz|lesson|workshop|module|"
        r"assignment|homework|lecture)\b)([\s\S]*?)\b(when|if) (?:someone|somebody|a person|"
        r"a patient|people|anyone|a casualty) (has|have|gets|get|is|are)\b",
        r"\1\2 hypothetically someone \3",
    ),
    # A rule heard and checked: "my friend say if face drop with numb leg, call ambulance. Is
    # true?". Advice someone gave, asked whether it is true; no one's sign is told.
    (
        r"\b(says?|said|told (?:me|us)|tells? (?:me|us)|heard|read)( that)? (if|when) "
        r"(?=[^.?!]{0,80}\b(?:call|dial|ring|phone|get|go to|go)\b[^?!]{0,40}?[.?!,]\s*"
        r"(?:is (?:it|that|this) |is |its |it is |thats |that is )?(?:true|right|correct)\b)",
        r"\1\2 \3 hypothetically ",
    ),
    # A story heard of a stranger: "a friend told me about someone who got back pain and numb
    # legs and then couldn't pee ... if that ever happened to someone, how quickly ...".
    (
        r"\b(told (?:me|us)|heard|read|hearing|reading) (?:a story |an article |a post )?about "
        r"(someone|somebody|a (?:man|woman|guy|person|lady|bloke|girl|boy|patient|stranger))"
        r" (who|that|whose)\b",
        r"\1 about \2 hypothetically \3",
    ),
    # Anyone at all, supposed with "say" opening the sentence: "Say someone's foot goes numb
    # and then they can't get their words out. Is that an ambulance?". One's own ("say my calf
    # got swollen") is hedged by the lexicon (detect.py).
    (
        r"(^|[.!?\n]\s*)say,? (?=(?:someone|somebody|someones|somebodys|a person|a persons|anyone|"
        r"anybody|a patient|a friend|a stranger|a relative|an old person|an elderly person|your|"
        r"you)\b)",
        r"\1hypothetically ",
    ),
    # Whether two complaints belong together, not whether either is there: said plainly.
    (
        r"\b(?:not sure|unsure|dunno|dont know|no idea) (?:if|whether) (?:its |it is |this is |"
        r"theyre |they are |these are )?(?:related|connected|linked|relevant)\b",
        "also",
    ),
    # An example given inside a question about which signs matter: "... when should they call
    # the emergency number, for example after a fall from a trailer or if someone's speech goes
    # strange?". Only in a question, and only a supposed event: "for example after I fell
    # yesterday" tells one.
    (
        r"\b(?:for example|for instance|eg|e g|such as|like)(?: maybe)? (after (?:a|an|any) |"
        r"(?:if|when) (?:someone|somebody|a person|anyone|anybody|a worker|people|they|you)\b)"
        r"(?=[^.!?]*\?)(?![^.!?]*\b(?:this morning|yesterday|today|tonight|ago|just now|earlier|"
        r"i|im|ive|my|me|we|our|us|he|she|his|her|him)\b)",
        r"hypothetically \1",
    ),
)
