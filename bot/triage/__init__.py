"""Red-flag triage, pure: the /check state machine and the free-text emergency screen (the
lexicon OR the shipped language model, bot.triage.red_flags).

Nothing in this package imports telegram or the database; handlers translate to and from it.
"""

from bot.triage.countries import find_country
from bot.triage.detect import Detection, Detector, Finding, Screen
from bot.triage.engine import (
    Answer,
    InvalidMove,
    Level,
    Phase,
    Question,
    Result,
    TriageEngine,
    TriageState,
)
from bot.triage.red_flags import RedFlagScreen
from bot.triage.tools import TriageTools, tools_for

__all__ = [
    "Answer",
    "Detection",
    "Detector",
    "Finding",
    "InvalidMove",
    "Level",
    "Phase",
    "Question",
    "RedFlagScreen",
    "Result",
    "Screen",
    "TriageEngine",
    "TriageState",
    "TriageTools",
    "find_country",
    "tools_for",
]
