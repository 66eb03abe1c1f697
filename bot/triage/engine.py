"""The /check state machine: a pure function of the content's triage rules and the answers so far.

Questions come in one fixed order: the emergency signs by `priority` (most time-critical first),
then the appointment criteria in file order. Each is answered Yes, No or Not sure, and "Not sure"
counts as yes: under-triage is the worst failure this product can have.

    start ──► E1 ─no─► E2 ─no─► … ─no─► E7 ─no─► A1 ─no─► … ─no─► A4 ─no─► SELF-CARE
               │        │                │        │                │
             yes/?    yes/?            yes/?    yes/?            yes/?
               ▼        ▼                ▼        ▼                ▼
           EMERGENCY (at once, no further question)   APPOINTMENT (at once)

When the free-text screen suspects one sign ("she sounds drunk"), the check leads with that sign's
question and asks the others after it, in priority order (`start(lead=...)`); the rules are the
same, only the order changes, and the lead travels in the state.

So every reachable state is "n times No, then possibly one Yes/Not sure": the answers fit in a few
bits, and `encode`/`decode` turn a state into a short token for callback data (Telegram allows 64
bytes). `decode` accepts only reachable states, so a forged token cannot put the machine anywhere
the rules would not. Nothing here imports telegram or the database.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from enum import Enum

from bot.content.models import AppointmentCriterion, EmergencySign, Triage


class Answer(Enum):
    """What a person can answer to one question; the value is its one-letter wire form."""

    YES = "y"
    NO = "n"
    UNSURE = "u"

    @property
    def counts_as_yes(self) -> bool:
        """Not sure counts as yes: asking again costs a tap, missing an emergency costs a life."""
        return self is not Answer.NO


class Phase(Enum):
    EMERGENCY = "emergency"
    APPOINTMENT = "appointment"


class Level(Enum):
    """How /check ends, most urgent first."""

    EMERGENCY = "emergency"
    APPOINTMENT = "appointment"
    SELF_CARE = "self_care"


@dataclass(frozen=True)
class Question:
    """One question of the check: `number` counts from 1 for "Question 2 of 11"."""

    number: int
    phase: Phase
    item: EmergencySign | AppointmentCriterion

    @property
    def id(self) -> str:
        return self.item.id

    @property
    def text(self) -> str:
        return self.item.question


@dataclass(frozen=True)
class TriageState:
    """The answers given so far, in question order; the next question is `answers[len]`."""

    answers: tuple[Answer, ...] = ()
    lead: int = 0  # 0: priority order; n: the n-th sign (in priority order) is asked first

    @property
    def step(self) -> int:
        return len(self.answers)


@dataclass(frozen=True)
class Result:
    """A finished check: the level and what led there (signs or criteria answered yes/unsure)."""

    level: Level
    signs: tuple[EmergencySign, ...] = ()
    criteria: tuple[AppointmentCriterion, ...] = ()
    unsure: bool = False  # the deciding answer was "Not sure" rather than "Yes"


class InvalidMove(ValueError):
    """An answer to a finished check or Back from the first question: the caller's bug."""


_STEP_BITS = 5
_ANSWER_BITS = 2
_ANSWER_CODES = {Answer.NO: 1, Answer.YES: 2, Answer.UNSURE: 3}
_CODE_ANSWERS = {code: answer for answer, code in _ANSWER_CODES.items()}
_DIGITS = string.digits + string.ascii_lowercase
MAX_TOKEN_LENGTH = 12


@dataclass(frozen=True)
class TriageEngine:
    """The check over one content's rules. Build once per Content and share: it holds no state."""

    signs: tuple[EmergencySign, ...]
    criteria: tuple[AppointmentCriterion, ...]
    questions: tuple[Question, ...] = field(init=False)

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.signs, key=lambda sign: sign.priority))
        object.__setattr__(self, "signs", ordered)
        questions = [Question(i + 1, Phase.EMERGENCY, sign) for i, sign in enumerate(ordered)]
        offset = len(questions)
        questions += [
            Question(offset + i + 1, Phase.APPOINTMENT, criterion)
            for i, criterion in enumerate(self.criteria)
        ]
        if len(questions) >= 1 << _STEP_BITS:
            raise ValueError("too many triage questions for the compact state encoding")
        object.__setattr__(self, "questions", tuple(questions))

    @classmethod
    def from_triage(cls, triage: Triage) -> TriageEngine:
        return cls(tuple(triage.emergency_signs), tuple(triage.appointment_criteria))

    @property
    def total(self) -> int:
        """How many questions a check can ask: the "of 11" in "Question 2 of 11"."""
        return len(self.questions)

    # Moves ------------------------------------------------------------------------------------

    def start(self, lead: str | None = None) -> TriageState:
        """A new check; with `lead` (a sign id), that sign's question comes first."""
        ids = [sign.id for sign in self.signs]
        return TriageState((), ids.index(lead) + 1 if lead in ids else 0)

    def order(self, state: TriageState) -> tuple[Question, ...]:
        """The questions in the order this check asks them, numbered from 1."""
        if not state.lead:
            return self.questions
        first = state.lead - 1
        ordered = [self.questions[first], *(q for i, q in enumerate(self.questions) if i != first)]
        return tuple(Question(i + 1, q.phase, q.item) for i, q in enumerate(ordered))

    def current(self, state: TriageState) -> Question | None:
        """The question to ask now; None once the check has a result."""
        if self.result(state) is not None:
            return None
        return self.order(state)[state.step]

    def answer(self, state: TriageState, answer: Answer) -> TriageState:
        if self.current(state) is None:
            raise InvalidMove("the check is already finished")
        return TriageState((*state.answers, answer), state.lead)

    def back(self, state: TriageState) -> TriageState:
        """Undo the last answer (the result of a finished check too, which reopens it)."""
        if not state.answers:
            raise InvalidMove("there is no earlier question")
        return TriageState(state.answers[:-1], state.lead)

    def result(self, state: TriageState) -> Result | None:
        """The outcome once decided: the first yes ends the check, so only the last can be one."""
        if not state.answers:
            return None
        last_index = state.step - 1
        last = state.answers[-1]
        if last.counts_as_yes:
            question = self.order(state)[last_index]
            unsure = last is Answer.UNSURE
            if question.phase is Phase.EMERGENCY:
                return Result(Level.EMERGENCY, signs=(question.item,), unsure=unsure)  # type: ignore[arg-type]
            return Result(Level.APPOINTMENT, criteria=(question.item,), unsure=unsure)  # type: ignore[arg-type]
        if state.step == self.total:
            return Result(Level.SELF_CARE)
        return None

    def is_reachable(self, state: TriageState) -> bool:
        """Whether the rules can produce this state: only No before the last answer, and no
        more answers than questions."""
        if state.step > self.total or not 0 <= state.lead <= len(self.signs):
            return False
        return all(answer is Answer.NO for answer in state.answers[:-1])

    # Compact form for callback data ----------------------------------------------------------

    def encode(self, state: TriageState) -> str:
        """A short lowercase base-36 token: 5 bits of step, 2 bits per answer, then the lead
        (absent when 0, so tokens of checks without a lead read as they always did)."""
        value = state.step
        for index, answer in enumerate(state.answers):
            value |= _ANSWER_CODES[answer] << (_STEP_BITS + _ANSWER_BITS * index)
        value |= state.lead << (_STEP_BITS + _ANSWER_BITS * state.step)
        return _to_base36(value)

    def decode(self, token: str) -> TriageState | None:
        """The state a token stands for; None for anything malformed or unreachable."""
        if not token or len(token) > MAX_TOKEN_LENGTH or any(c not in _DIGITS for c in token):
            return None
        if len(token) > 1 and token[0] == "0":
            return None  # one canonical form per state
        value = int(token, 36)
        step = value & ((1 << _STEP_BITS) - 1)
        rest = value >> _STEP_BITS
        answers: list[Answer] = []
        for _ in range(step):
            answer = _CODE_ANSWERS.get(rest & ((1 << _ANSWER_BITS) - 1))
            if answer is None:
                return None
            answers.append(answer)
            rest >>= _ANSWER_BITS
        state = TriageState(tuple(answers), rest)  # what is left is the lead
        return state if self.is_reachable(state) else None


def _to_base36(value: int) -> str:
    if value == 0:
        return "0"
    digits = []
    while value:
        value, remainder = divmod(value, 36)
        digits.append(_DIGITS[remainder])
    return "".join(reversed(digits))


_TYPED_ANSWERS = {
    Answer.YES: "yes, y, yeah, yep, yup, yes it is, yes i do, yes i have, i do, i have",
    Answer.NO: "no, n, nope, nah, no it isnt, no i dont, no i havent, not at all, i dont",
    Answer.UNSURE: "not sure, unsure, dont know, i dont know, idk, maybe, im not sure, "
    "not certain, perhaps, possibly, no idea",
}
_TYPED = {
    phrase.strip(): answer
    for answer, phrases in _TYPED_ANSWERS.items()
    for phrase in phrases.split(",")
}


def parse_answer(text: str) -> Answer | None:
    """A typed reply that is plainly an answer ("yes", "Nope.", "I don't know"); None otherwise.

    Someone frightened may type "yes" instead of tapping: that must count, at once.
    """
    words = "".join(c for c in text.lower() if c.isalnum() or c.isspace()).split()
    return _TYPED.get(" ".join(words)) if len(words) <= 5 else None
