"""Cutting a normalised message into sentences, segments and clauses: step 2 of the red-flag
screen (bot.triage.detect).

Where a message is cut decides how far a negation reaches: "no chest pain but I can't breathe"
must be read as two segments, or the "no" would wrongly cover the second one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.triage import lexicon
from bot.triage.rule_windows import CLASS_STEMS
from bot.triage.words import stems

CONTRAST = frozenset(lexicon.CONTRAST.split())
QUESTION_OPENERS = frozenset(lexicon.QUESTION_OPENERS.split())
QUESTION_LEADS = frozenset(lexicon.QUESTION_LEADS.split())
_MODALS = frozenset(["could", "would", "can", "will", "should"])
_AUXILIARIES = frozenset(
    [
        *("do", "does", "did", "is", "are", "was", "were", "can", "could", "should", "will"),
        *("would", "shall", "might", "may", "have", "has"),
    ]
)
# A short question typed on into a statement with no mark between: "is this normal his face
# is drooping", "should i worry, my calf is swollen". The statement is read as one, unless the
# question holds a sign's words ("what if his face droops and his arm goes weak" supposes both).
_SUBJECTS = (
    r"i|im|ive|my|he|hes|his|she|shes|her|they|theyre|their|we|our|mum|mom|dad|nan|gran|grandad|"
    r"grandma|grandpa|husband|wife|son|daughter|partner"
)
_RUN_ON = re.compile(
    r"^((?:\S+ ){2,4}(?:normal|ok|okay|serious|bad|worry|worried|wrong|happening|dangerous|fine|"
    r"safe|emergency|urgent|common|concerning|worrying|problem|thing|real|help|do|possible))"
    r"(?:,| and| but| so| coz| cause| because)? ((?:" + _SUBJECTS + r") .+)$"
)
_SIGN_STEMS = frozenset().union(*CLASS_STEMS.values())
# A question tagged on at the end, with no question mark: "dvt and numb feet is that a thing".
_TAGGED = re.compile(
    r"\b(?:is|isnt|can|could|does|do) (?:that|it|this|there) (?:even |actually |really |just )?"
    r"(?:a thing|a real thing|normal|possible|common|related|linked|connected|a symptom)$"
)

# A question typed after a comma, with no mark: "my dad's legs are numb, what kinds of treatment
# exist", "grab bars, rugs, what changes at home help". Only a question's own opening: "..., is
# fine now" tells, and "..., which wears off" goes on telling.
_ASKED_LAST = re.compile(
    r",\s*(?:(?:so|and|but|ok|okay|also|anyway) )?(?:(?:what|how|why)\b|"
    r"(?:is|are|can|could|should|would|will|do|does) (?:it|this|that|i|we|he|she|they|there|you)"
    r"\b)[^,]*$"
)


def sentences(text: str) -> Iterable[tuple[str, bool]]:
    """Sentences with whether each is a question (ends with "?" or opens like one)."""
    for match in re.finditer(r"[^.!?;\n()]+[.!?;\n()]*", text):
        chunk = match.group(0)
        body = chunk.rstrip(".!?;\n() ")
        words = re.findall(r"[a-z0-9]+", body)
        if not words:
            continue
        asks = _opens_as_question(words)
        run_on = _RUN_ON.match(body) if asks and "?" not in chunk else None
        if run_on is not None and not _SIGN_STEMS & stems(run_on.group(1)):
            yield run_on.group(1), True
            yield run_on.group(2), False
            continue
        tagged = bool(_TAGGED.search(" ".join(words)) or _ASKED_LAST.search(body))
        yield body, "?" in chunk or asks or tagged


def _opens_as_question(words: list[str]) -> bool:
    """Whether the sentence's first word, after any chat words leading in, opens a question."""
    at = next((i for i, word in enumerate(words) if word not in QUESTION_LEADS), len(words))
    first = words[at] if at < len(words) else ""
    following = words[at + 1] if at + 1 < len(words) else ""
    # "could be nerves, his face is drooping" says "it could be": no question.
    if first == "when" and following not in _AUXILIARIES:
        return False  # "when she smiles only one side goes up" tells, "when do I" asks
    return first in QUESTION_OPENERS and not (first in _MODALS and following == "be")


def segments(sentence: str) -> list[list[str]]:
    """The sentence cut at contrast words into segments, each cut at commas into clauses."""
    cut: list[list[str]] = [[]]
    for piece in sentence.split(","):
        current: list[str] = []
        for word in piece.split():
            if word in CONTRAST and (current or cut[-1]):
                if current:
                    cut[-1].append(" ".join(current))
                cut.append([])
                current = []
            current.append(word)
        if current:
            cut[-1].append(" ".join(current))
    return [segment for segment in cut if segment]
