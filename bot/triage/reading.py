"""A sentence as the red-flag screen reads it: words marked negated, hedged or said to be fine.

The lexicon (detect.py) fills these in; the language model's half (parts.py, semantic.py) reads
the same marks, so both halves agree on what a message denies or only wonders about.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BECAUSE = frozenset(("because", "cos", "coz", "cuz", "becuz", "bcoz", "bc"))


@dataclass
class Token:
    word: str  # as typed, after normalising
    stem: str
    matches: frozenset[str]  # the vocabulary words it stands for
    content: bool  # not a stopword
    segment: int  # index of its segment (between contrast words) in the sentence
    negated: bool = False
    hedged: bool = False
    reassured: bool = False  # said to be fine ("my legs feel fine"), counted as negated


@dataclass
class Clause:
    tokens: list[Token]
    hedges: set[int] = field(default_factory=set)  # positions of uncertainty cues
    not_cues: set[int] = field(default_factory=set)  # "no" that reports a loss: "no strength"
    history: bool = False
    carried: bool = False  # a negation from a list before reaches it

    @property
    def stems(self) -> list[str]:
        return [t.stem for t in self.tokens]

    def doubts(self, position: int) -> bool:
        """Whether a doubt of the clause reaches this word: one before it, with no "because"
        between ("asked if I was ok because I was slurring" gives the reason as fact)."""
        return any(
            hedge < position
            and not any(t.stem in BECAUSE for t in self.tokens[max(hedge, 0) + 1 : position])
            for hedge in self.hedges
        )


@dataclass(frozen=True)
class ReadSentence:
    """One sentence as the screen read it: clauses of marked words, and what kind of sentence."""

    clauses: list[Clause]
    question: bool
    general_question: bool  # a question with no first person: "can sitting cause a clot?"
