"""What the red-flag screen found in a message: the outcome, the signs, and why.

Both halves of the screen report here: the lexicon's `findings` (a phrase or word-class rule,
negated or hedged) and the language model's `suspected` signs, which lead the red-flag questions
when the screen asks rather than escalates.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Screen(Enum):
    EMERGENCY = "emergency"  # a clear sign: the emergency outcome now
    AMBIGUOUS = "ambiguous"  # looks like a sign, or hints at one: ask the red-flag questions
    NONE = "none"  # nothing, or only negated signs


@dataclass(frozen=True)
class Finding:
    sign_id: str
    phrase: str  # the content phrase, or "rule: face+droop"
    negated: bool = False
    hedged: bool = False


@dataclass(frozen=True)
class Onset:
    """How the message says its numbness came and went, from its words (`semantic.onset`)."""

    gradual: bool = False  # over days or weeks, and nothing sudden
    sudden: bool = False  # suddenly, just now, since this morning
    passed: bool = False  # it has gone, or goes on moving


@dataclass(frozen=True)
class Detection:
    screen: Screen
    signs: tuple[str, ...] = ()  # clearly present signs, most time-critical first
    findings: tuple[Finding, ...] = ()
    hints: tuple[str, ...] = ()  # words that made an otherwise quiet message ambiguous
    suspected: tuple[str, ...] = ()  # signs to ask about first, most likely first
    by_model: bool = False  # the language model, not the lexicon, decided the outcome
    model_suspects: bool = False  # the model itself suspects a sign, whatever the lexicon found
    onset: Onset = Onset()  # read with the model's half (the lexicon alone leaves it empty)
