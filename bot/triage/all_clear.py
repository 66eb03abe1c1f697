"""A checklist told all clear: the teller says all is well now and denies what they checked.

"My face is normal, my speak is normal ... I have no problem now", "no numbness or tingling
anywhere, can run and jump ... he's totally fine and eating his tea", "no swelling in either
calf, breathing comfortably, I have nothing to report today". People write such lists after a
scare or for a diary; the model likens their words to the signs they rule out ("arm and leg both
side strong" to "arm and leg weak on the left"). Told so, the model's sign asks its question
instead of alarming: the red-flag questions stay one tap away.

Only where all of this holds: the teller says plainly that they (or the person they write about)
are fine now, not "fine but" or "fine until"; the message denies something; nothing is told as
sudden, and no time of today is told after the all clear ("I'm fine now, this morning ..."), though
one before it may be the day the list was made ("tackled at training tonight ... he's totally
fine"); and the lexicon found no sign of its own (a sign it finds escalates before the model is
asked). Used by bot.triage.ask_only. Pure: the lexicon's marked words in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.triage.onset_words import RECENT_ONSET, SUDDEN_ONSET
from bot.triage.reading import ReadSentence

# The words as the lexicon normalised them: lowercase, apostrophes gone ("im", "hes").
_WELL_NOW = re.compile(
    r"\b(?:(?:i|we|he|she|they) (?:have|has|got) (?:no|nothing) (?:symptoms?|problems?|issues?|"
    r"complaints?)|nothing to report|(?:all|everything) (?:is |seems |looks )?(?:well|good|fine|"
    r"ok|okay|normal)|"
    # "my toes were numb after the party but now is fine", in a second language.
    r"now (?:is|its|it is|they are|theyre|all is|everything is) (?:totally |completely |all )?"
    r"(?:fine|ok|okay|normal|good)|"
    r"(?:im|i am|hes|he is|shes|she is|theyre|they are|were|we are|i feel|he feels|she feels|he|"
    r"she|"
    r"(?:my|his|her) legs? (?:feel|feels|are|is)) "
    r"(?:now |myself |totally |perfectly |completely |absolutely |fully |all |really )*"
    r"(?:fine|well|healthy|okay|ok|good|normal))(?: myself| now| today| at all| anymore)?\b"
    r"(?! (?:but|except|apart|until|till|yesterday|earlier|before|at first|then|and then)\b)"
)
# Someone's own word that they are fine is no all clear: "she says she's fine", "he say he is ok";
# the teller's own "I think we're good" is.
_REPORTED = re.compile(
    r"\b(?<!\bi )(?<!\bwe )(?:says?|said|insists?|insisted|claims?|claimed|reckons?|thinks?|keeps "
    r"saying|tells (?:me|us)|told (?:me|us)|swears?|promises?)(?: that)? $"
)
_NOT_WELL_AFTER = re.compile(rf"\b(?:but|except|although|though|however|only)\b|{RECENT_ONSET}")
_SUDDEN = re.compile(SUDDEN_ONSET)
# A denial of anyone's trouble, which the lexicon marks on no word: "nobody has any symptoms".
_NOBODY = re.compile(r"\b(?:nobody|no one|noone|none of us) (?:has|have|had|is|was|feels)\b")


def checklist_all_clear(read: Sequence[ReadSentence]) -> bool:
    """Whether the message is a checklist told all clear (see the module)."""
    clauses = [clause for sentence in read for clause in sentence.clauses]
    texts = [" ".join(t.word for t in clause.tokens) for clause in clauses]
    denied = sum(
        any(t.negated for t in clause.tokens) or bool(_NOBODY.search(text))
        for clause, text in zip(clauses, texts, strict=True)
    )
    if denied < 2:
        return False  # a list checked: two things or more denied or told normal
    words = " ".join(texts)
    if _SUDDEN.search(words):
        return False
    found = _WELL_NOW.search(words)
    if found is None or _REPORTED.search(words[max(0, found.start() - 30) : found.start()]):
        return False
    # "She's fine now. But her speech was slurred at lunch": a turn after the all clear (a sudden
    # word anywhere has already said no).
    return not _NOT_WELL_AFTER.search(words[found.end() :])
