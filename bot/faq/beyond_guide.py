"""Questions that ask for what the guide never gives: a dose, a price or what insurance pays, a
medicine's side effects, what a test is like to go through (pain, time, results, getting ready),
how long recovery from an operation takes, whether a cause is inherited, restless legs.

The guide names medicines, tests and specialists, but it has no dose, no cost, no word on
insurance or side effects, says nothing of what a test is like to sit through, of recovery or of
heredity (its text holds none of these words: `tests/unit/test_beyond_guide.py` checks it).
Asked "what dose of gabapentin should I take?", the medicines entry is the nearest passage and
can rank far ahead of the rest, yet answering with it would pass it off as the answer to the
dose. Such a question is offered the passage as a "did you mean" instead, never answered with
it, and a "did you mean" it gets anyway says what the guide lacks and who can tell
(`bot.faq.answer`).

Each pattern is a way of asking, not a word alone: "my 300 mg of gabapentin isn't helping, what
else can I do?", "my insurance covers physio, does it help?" and "why dose my leg go numb" (a typo
of "does") are still answered. Pure.
"""

from __future__ import annotations

import re

from bot.faq.text import words

_TEST = (
    r"(?:emg|emgs|electromyo\w*|nerve conduction|conduction (?:test|study|studies)|ncs|mri|mris|"
    r"ct|scans?|needles?|tests?|testing|biopsy|biopsies|bloods|blood (?:test|work|draw)|"
    r"lumbar puncture|spinal tap)"
)
_TAKE = r"(?:should|can|could|do|to|is (?:it )?safe to|am i (?:meant|supposed) to|would)"
_WHO = r"(?:i |he |she |we |you |they |my \w+ )?"
# Medicines that can cause numbness, as against those the guide gives for it: "will the feeling
# come back after chemo?" asks how a side effect runs its course.
_CAUSING_NAMES = (
    r"statins?|atorvastatin|simvastatin|rosuvastatin|chemo\w*|oxaliplatin|cisplatin|"
    r"paclitaxel|vincristine|antibiotics?|cipro\w*|levofloxacin|fluoroquinolones?|isoniazid|"
    r"methotrexate|lithium"
)
_CAUSING = rf"(?:{_CAUSING_NAMES})"
# Medicines people name beside numbness, those that cause it among them. The guide names three
# (gabapentin, pregabalin and amitriptyline) as treatments only; what any of them does besides
# is not in it.
_MEDICINE = (
    rf"(?:{_CAUSING_NAMES}|metformin|"
    r"prednis\w+|steroids?|gabapentin|pregabalin|lyrica|neurontin|amitriptyline|nortriptyline|"
    r"duloxetine|cymbalta|opioids?|oxycodone|tramadol|codeine|morphine|ibuprofen|naproxen|"
    r"aspirin|warfarin|blood thinners?|beta blockers?|"
    r"vitamin b6|b6|pyridoxine|the (?:pills?|tablets?|meds|medications?|medicines?|drugs?))"
)
# "The operation", "my fusion", "a procedure": what a recovery question is about.
_A_OR_OWNER = r"(?:the |my |his |her |their |a |an |this |that )?"
# "How many breaks should I take?" is the guide's own question, not a dose.
_NOT_A_MEDICINE = (
    r"(?:time|breaks?|rests?|walks?|steps?|days?|weeks?|hours?|minutes?|exercises?|stretch\w*|"
    r"sessions?|goes|turns|trips?|stops?|pauses?)"
)

_ASKS: dict[str, tuple[str, str]] = {
    "doses": (
        "a healthcare provider",
        r"\b(?:right|correct|max|maximum|safe|usual|normal|starting|recommended|daily|typical|"
        r"highest|lowest|higher|lower) (?:\w+ )?(?:dose|doses|dosage|dosages|dosing)\b"
        # "what dose" alone is as often "what does" mistyped: "what dose numbness mean"
        r"|\b(?:what|which) (?:dose|doses|dosage|dosages) (?:of|should|would|do|is|for|to|can)\b"
        r"|\b(?:dose|doses|dosage|dosages) (?:of|for)\b"
        rf"|\bhow (?:much|many) (?!{_NOT_A_MEDICINE}\b)(?:\w+ ){{0,4}}{_TAKE} {_WHO}take\b"
        r"|\bhow (?:much|many) (?:mg|milligrams?|mcg|micrograms?|tablets?|pills?|capsules?)\b"
        r"|\boverdos\w*\b|\b(?:taking|take|takes|took) too (?:much|many)\b"
        r"|\bhow (?:many|much|often) (?:\w+ ){0,4}(?:injections?|shots?|jabs?|tablets?|pills?|"
        r"capsules?|doses?|infusions?) (?:\w+ ){0,3}(?:can|could|should|do|does|is|are)\b"
        r"|\b(?:extra|double|doubled|doubling|bigger|smaller|split\w*) "
        r"(?:\w+ )?(?:dose|doses|tablet|tablets|pill|pills|capsule|capsules)\b"
        r"|\b(?:another|missed|skipped|forgotten) dose\b"
        # Coming off a medicine, not off a bike: "get off the train and my legs are numb".
        r"|\btaper\w*\b|\b(?:come|coming) off (?:it|them)\b"
        r"|\b(?:come|coming|get|getting) off (?:my|his|her|the|these|those) "
        r"(?:\w+ ){0,3}(?:tablets?|pills?|meds|medications?|medicines?|drugs?)\b"
        r"|\bwean\w* (?:\w+ )?off\b",
    ),
    "prices, or what insurance pays": (
        "the clinic or your insurer",
        r"\b(?:will|would|does|do|can|could|is|are|if) (?:\w+ ){0,3}(?:insurance|insurer|medicare|"
        r"medicaid|nhs|health plan|plan) (?:\w+ ){0,2}(?:pay|cover|fund|reimburs)\w*\b"
        r"|\b(?:covered|paid for|funded|reimbursed) by (?:\w+ ){0,2}(?:insurance|insurer|medicare|"
        r"medicaid|nhs|plan)\b"
        r"|\bhow much (?:\w+ ){0,6}(?:cost|costs|charge|charges)\b"
        r"|\b(?:cost|costs|price|prices) (?:of|for)\b"
        r"|\bwhat (?:does|do|would|will|might) (?:\w+ ){0,8}cost\b"
        r"|\b(?:uninsured|disability (?:benefits?|allowance|payments?))\b"
        r"|\b(?:public |state |government )?funding\b|\bgrants? (?:for|to)\b"
        r"|\b(?:dont|do not|no longer) (?:have|got) (?:any )?insurance\b"
        # Asked, not told: "the injections cost me a lot out of pocket" asks nothing about money.
        r"|\b(?:what|how much|is there|will there be|would there be) (?:\w+ ){0,4}"
        r"(?:out of pocket|co ?pays?|deductibles?)\b"
        r"|\b(?:will|would|do|does) (?:i|we|he|she|they) (?:\w+ ){0,2}"
        r"(?:get (?:a|the) bill|be billed)\b",
    ),
    "side effects of medicines": (
        "a healthcare provider",
        r"\b(?:what|which|any|common|usual|possible|known|normal|bad|serious|long term) "
        r"(?:\w+ )?side ?effects?\b"
        r"|\b(?:have|has|cause|causes|give|gives|get) (?:any |many |bad )?side ?effects?\b"
        r"|\b(?:is|are) (?:that|this|it|these|those) (?:a |an )?(?:\w+ )?side ?effects?\b"
        # What a medicine does besides its purpose, asked without the words "side effect".
        r"|\b(?:could|can|is|would|might) (?:it|this|that|these|those) (?:\w+ )?(?:be )?"
        r"(?:from |due to |because of |caused by )?(?:the|my|his|her|their|these|those|new) "
        r"(?:new )?(?:pills?|tablets?|meds|medications?|medicines?|drugs?)\b"
        rf"|\b(?:can|could|does|do|will|would|might) (?:\w+ ){{0,2}}{_MEDICINE} "
        r"(?:\w+ ){0,2}(?:cause|causes|causing|make|makes|trigger|triggers|affect|affects|"
        r"damage|damages)\b"
        # Mixing: "combine exercise with diet" is the guide's own advice, so a medicine is named.
        r"|\binteract\w*\b"
        rf"|\b(?:mix\w*|combin\w*|take|taking) (?:\w+ ){{0,2}}{_MEDICINE} (?:\w+ ){{0,3}}with\b"
        rf"|\b(?:take|taking|mix\w*|combin\w*) (?:\w+ ){{0,3}}with (?:\w+ ){{0,2}}{_MEDICINE}\b"
        rf"|\b{_MEDICINE} (?:\w+ ){{0,3}}(?:with|and) (?:a |some )?(?:glass of )?"
        r"(?:alcohol|wine|beer|drinks?|drinking)\b"
        rf"|^(?=.*\b{_CAUSING}\b).*\b(?:come back|comes back|go away|goes away|wear off|wears off|"
        r"recover|recovers|heal|heals|permanent|permanently|reversible|for good|forever)\b",
    ),
    # After an operation or a procedure: the guide says when surgery may be needed, never how
    # the body mends after it. "Will my nerves recover?" without one is the guide's own question.
    "recovery times after an operation": (
        "the team treating you",
        r"\brecovery (?:time|times|period|periods)\b"
        r"|\b(?:recover|recovers|recovering|recovery|heal|heals|healing|back to normal|back on "
        rf"(?:my|his|her|their) feet) (?:\w+ ){{0,4}}(?:after|from|following) {_A_OR_OWNER}"
        r"(?:\w+ ){0,3}(?:surgery|surgeries|operation|operations|op|"
        r"procedure|procedures|fusion|decompression|laminectomy|discectomy|replacement)\b"
        r"|\bhow long (?:\w+ ){0,6}(?:to |does it take to |will it take to )?"
        r"(?:recover|heal)\b"
        rf"|^(?=.*\b(?:after|following) {_A_OR_OWNER}"
        r"(?:\w+ ){0,4}(?:surgery|operation|op|procedure|fusion|decompression|laminectomy|"
        r"discectomy)\b)"
        r"(?=.*\b(?:when (?:can|could|will|should|may|do|does)|how soon)\b)",
    ),
    # Which of two medicines is better: the guide lists the medicines given for nerve numbness
    # and compares none of them ("what works best for nerve numbness?" is its own question).
    "comparisons of medicines": (
        "a healthcare provider",
        rf"\b{_MEDICINE} (?:\w+ ){{0,6}}(?:better|worse|stronger|weaker|safer|gentler|more "
        r"effective|less effective) (?:\w+ ){0,3}than\b"
        rf"|\b{_MEDICINE} (?:vs|versus|compared to|compared with) (?:\w+ ){{0,2}}{_MEDICINE}\b"
        rf"|\b(?:switch|change|move) (?:\w+ ){{0,3}}from {_MEDICINE} to\b",
    ),
    # Licences and the law: the guide's daily safety has no word on driving.
    "rules on driving": (
        "your doctor or the licensing authority",
        r"\b(?:allowed|legal|legally|illegal|permitted|licen[cs]e|licen[cs]ing|dvla|dmv|insured) "
        r"(?:\w+ ){0,3}(?:to )?(?:drive|driving)\b"
        r"|\b(?:drive|driving) (?:\w+ ){0,4}(?:legal|legally|illegal|allowed|licen[cs]e|dvla|"
        r"dmv)\b"
        r"|\b(?:tell|inform|report to|notify) (?:the )?(?:dvla|dmv)\b",
    ),
    # What becomes of a condition or an operation: the guide says what to do, never how it tends
    # to turn out ("what is the success rate of a fusion?", "will it shorten my life?").
    "outlooks or success rates": (
        "a healthcare provider",
        r"\b(?:outlook|outlooks|prognosis|prognoses|life expectancy|success rates?|survival rates?|"
        r"mortality)\b"
        # "the worst possible outcome" is a fear told, not a question of how things turn out.
        r"|\b(?:best|good|typical|usual|long term) outcomes?\b|\boutcomes? (?:of|for|after|from)\b"
        r"|\bshorten (?:\w+ )?(?:life|lives|lifespan)\b"
        r"|\bhow (?:many|much) (?:\w+ ){0,2}(?:years|time) (?:\w+ ){0,4}(?:live|left|got|get)\b"
        r"|\b(?:end|ends|ending|lead|leads|leading) (?:up )?(?:in|to) (?:an |a )?amputations?\b"
        r"|\bhow (?:often|many|likely) (?:\w+ ){0,6}(?:need|needs|get|gets) (?:a )?"
        r"(?:second|another|repeat|redo) (?:one|operation|surgery)\b",
    ),
    # Whether numbness or its causes run in families, asked: the guide names risk factors, none
    # of them a family's or a gene's. Told ("it runs in my family, how do I prevent it?") it is
    # the guide's own question.
    "anything on heredity": (
        "a healthcare provider",
        r"\b(?:hereditary|heredity|inheritable|genetic|genetically)\b"
        r"|\b(?:can|could|do|does|did|will|would|might|is|are) (?:\w+ ){0,4}"
        r"(?:inherit|inherited|run in (?:the |my |our |his |her |their )?famil(?:y|ies)|"
        r"in (?:the |my |our |his |her |their )?genes)\b"
        r"|\b(?:something|a thing|a condition|an illness|a disease) (?:that |which )?"
        r"(?:runs?|can run) in (?:the |a )?famil(?:y|ies)\b"
        r"|\bpass (?:it |this |that |them )?(?:down |on )to (?:my |our |his |her |their )?"
        r"(?:kids?|children|sons?|daughters?|babies|baby)\b",
    ),
    # Restless legs, by name or by its urge: another condition, which the guide never names.
    # A crawling or tingling feeling alone is the guide's own numbness and keeps its answer.
    "anything on restless legs": (
        "a healthcare provider",
        r"\brestless (?:leg|legs)\b|\brls\b|\b(?:urge|urges|need|itch) to (?:move|kick|shake|"
        r"stretch|jiggle|wiggle) (?:my|his|her|their|the|your|our) legs\b",
    ),
    # A test named anywhere, and asked about as something to go through.
    "what a test is like to go through (pain, time, results, getting ready)": (
        "the team doing the test",
        rf"^(?=.*\b{_TEST}\b).*?(?:"
        r"\b(?:does|do|will|would|is|are|did|can) (?:\w+ ){0,8}"
        r"(?:hurt|hurts|sting|stings|painful|sore|uncomfortable|unpleasant)\b"
        r"|\bhow long (?:does|do|will|would|is|are|did) (?:\w+ ){0,8}(?:take|takes|last|lasts)\b"
        r"|\bhow long (?:\w+ ){0,4}results?\b|\bresults? (?:\w+ ){0,3}(?:come back|take)\b"
        r"|\bwhen (?:will|do|does|can|should) (?:i|we|he|she|you|they) (?:get|hear|know)\b"
        r"(?: \w+){0,3} results?\b"
        r"|\bhow (?:do|should|can) (?:i|we|he|she) (?:prepare|get ready)\b"
        r"|\b(?:pacemaker|implants?|metal (?:plates?|pins?|rods?|screws?)|claustroph\w*|"
        r"sedat\w*|radiation|moisturi[sz]\w*|lotions?)\b"
        r"|\bsafe (?:\w+ ){0,3}(?:baby|pregnan\w*)\b|\bpregnan\w* (?:\w+ ){0,6}safe\b"
        r"|\b(?:wear|bring|eat|fast|fasting|prepare|prep|drink)\b(?: \w+){0,4} "
        rf"(?:to|for|before) (?:\w+ ){{0,3}}{_TEST}\b"
        r")",
    ),
}
_PATTERNS = {what: re.compile(pattern) for what, (_, pattern) in _ASKS.items()}
WHO_CAN_TELL = {what: who for what, (who, _) in _ASKS.items()}
"""Who the reply sends the person to instead, for each kind."""


def beyond_guide(text: str) -> str | None:
    """What the message asks for that the guide never gives, in words to tell the person
    ("doses"), or None."""
    flat = " ".join(words(text, limit=len(text)))
    for kind, pattern in _PATTERNS.items():
        if pattern.search(flat):
            return kind
    return None
