"""A "no" that negates nothing after it: "no strength in my leg" reports a loss, and "no
seriously my chest is tight", "no he can't lift his leg" answer someone before telling a sign.

Without these, the word after such a "no" would be read as denied, and a sign told at once after
an answer of "no" would be lost. A determiner "no" stays a negation: "no chest pain", "no really
bad pain". Pure; detect.py skips these positions when it looks for a negation cue. Probes and
guards in tests/unit/test_answers_lists_and_claims.py.
"""

from __future__ import annotations

from bot.triage import lexicon
from bot.triage.reading import Clause, Token
from bot.triage.words import stems as _stems

_NEG_SHORT = _stems(lexicon.NEGATION_SHORT)
_DEFICITS = _stems(lexicon.DEFICITS)
# Who a sign is told of, right after an answer: "no he can't", "no my face".
_TELLER_WORDS = "i im ive id he hes she shes we were they theyre my his her our their"
_TELLERS = frozenset(_TELLER_WORDS.split())
# What may stand between the answer and the teller: "no really I can't breathe", "no joke".
_INSISTING_WORDS = (
    "really seriously honestly literally actually wait listen look please sorry "
    "joke lie kidding cap"
)
_INSISTING = frozenset(_INSISTING_WORDS.split())


def not_cues(clause: Clause) -> set[int]:
    """The positions of the clause's "no"s that negate nothing after them."""
    tokens = clause.tokens
    found = set()
    for i, token in enumerate(tokens[:-1]):
        if token.stem not in _NEG_SHORT:
            continue
        if tokens[i + 1].matches & _DEFICITS or (token.word == "no" and _answers(tokens, i)):
            found.add(i)
    return found


def _answers(tokens: list[Token], position: int) -> bool:
    after = [t.word for t in tokens[position + 1 : position + 3]]
    if after and after[0] in _INSISTING:
        after = after[1:]
    return bool(after) and after[0] in _TELLERS
