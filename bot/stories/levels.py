"""A numbness story's level: the guide's reasons for an appointment, temporary numbness, or unclear.

Only after the red-flag screen found no emergency. The words (`bot.stories.cues`) decide where
they are plain; the shipped model (`bot.language`), trained on stories.yaml's everyday sentences
for each level, adds what the words did not say in the usual ways ("my gran no longer goes out
alone" gets in the way of daily life). Both are needed to call a message a story at all: it
tells of someone's numbness, and it is not a question about numbness in general.

Which level wins, and why:
- a reason to book an appointment makes it an appointment, named; numbness that passes on moving
  is temporary only while nothing says it is getting worse or in the way of daily life (a leg
  that goes numb on a long drive for years is still temporary, "only my left leg" in such a story
  is where it happened, not a sign);
- a story with neither is unclear, and gets the red-flag questions.
Pure: the encoder is handed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from bot.content.models import StoryLevel
from bot.language.cache import Embedder, embedded, store_for
from bot.language.classifier import ExemplarClassifier
from bot.stories.cues import Cues, read_cues

TEMPORARY = "temporary"
ASKING = "asking"
UNRELATED = "unrelated"
# Reasons that outweigh numbness passing on moving: the guide's temporary numbness neither grows
# nor stops a day's walking.
OUTWEIGH_PASSING = frozenset({"worsening-spreading", "daily-activities"})
LASTING = "lasting-days"


@dataclass(frozen=True)
class Bands:
    """Probabilities from the level classifier, set on tests/data/symptoms_dev.jsonl."""

    story: float = 0.5  # no person or numbness word, but the model reads a story
    reason: float = 0.5  # a reason the words did not show


class Level(StrEnum):
    APPOINTMENT = "appointment"
    SELF_CARE = "self_care"
    UNCLEAR = "unclear"


@dataclass(frozen=True)
class Story:
    level: Level
    reasons: tuple[str, ...] = ()  # appointment criteria ids, in triage.yaml's order
    by_model: bool = False  # the model, not the words, gave the level


@dataclass(frozen=True)
class StoryEntries:
    """The guide entries a story's reply may carry, by what their answer is (stories.yaml):
    `self_care`, the self-care for temporary numbness itself; `advice`, the guide's advice to
    book an appointment itself; `topics`, what a story may name beyond its numbness (a
    condition, a treatment, a test). The rest (symptoms, always-serious, the serious causes)
    would be alarm beside the advice, never carried."""

    self_care: frozenset[str] = frozenset()
    advice: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()

    def carried(self, story: Story, entry_id: str) -> bool:
        """Whether a story whose level its own words gave, answered with this entry, gets that
        answer under its advice: the question it leaves unsaid ("day ten of a numb foot, I
        figured it would be gone by now" asks how long to wait; "fell asleep with my leg tucked
        under me" asks why). A self-care story carries only the self-care: a cause answered
        beside it read as alarming."""
        if story.by_model:
            return False
        if story.level is Level.APPOINTMENT:
            return entry_id in self.advice or entry_id in self.topics
        return story.level is Level.SELF_CARE and entry_id in self.self_care


class StoryReader:
    """Build once per content (training takes a fraction of a second)."""

    def __init__(
        self,
        embedder: Embedder,
        levels: Sequence[StoryLevel],
        criteria: Sequence[str],
        bands: Bands | None = None,
        entries: StoryEntries | None = None,
    ) -> None:
        self._embedder = embedder
        self.entries = entries or StoryEntries()
        self.bands = bands or Bands()
        labels = [level.id for level in levels for _ in level.exemplars]
        texts = [text for level in levels for text in level.exemplars]
        self.classifier = ExemplarClassifier(
            labels, texts, embedded(embedder, texts), keep_in=store_for(embedder)
        )
        self._criterion = {level.id: level.criterion for level in levels if level.criterion}
        self._order = {criterion: i for i, criterion in enumerate(criteria)}

    def vector(self, text: str) -> np.ndarray:
        return self._embedder.embed([text])[0]

    def read(
        self, text: str, vector: np.ndarray | None = None, cues: Cues | None = None
    ) -> Story | None:
        """The story's level, or None when the message tells no numbness story."""
        cues = read_cues(text) if cues is None else cues
        if vector is None:
            vector = self.vector(text)
        row = self.classifier.probabilities(vector[None, :])[0]
        found = dict(zip(self.classifier.labels, row, strict=True))
        told = 1.0 - found.get(ASKING, 0.0) - found.get(UNRELATED, 0.0)
        if cues.impersonal_question and not _told_level(cues):
            return None
        if not _is_story(cues, told, self.bands):
            return None
        return self._level(cues, found)

    def _level(self, cues: Cues, found: dict[str, float]) -> Story:
        reasons = set(cues.reasons)
        by_model = False
        if not reasons:
            best = max(self._criterion, key=lambda label: found.get(label, 0.0))
            # Numbness the story says passed does not last for days, however often it comes
            # ("twice a month for a few minutes, then fine").
            lasts = not (cues.passed and self._criterion[best] == LASTING)
            if found.get(best, 0.0) >= self.bands.reason and not cues.temporary and lasts:
                reasons.add(self._criterion[best])
                by_model = True
        # A position or pressure the guide names, and nothing else: its temporary numbness,
        # whether or not the story says it passed ("numb toes after sitting").
        temporary = cues.temporary or (cues.position and not reasons)
        if temporary and not reasons & OUTWEIGH_PASSING:
            return Story(Level.SELF_CARE, (), by_model and not cues.temporary)
        if reasons:
            ordered = tuple(sorted(reasons, key=lambda r: self._order.get(r, len(self._order))))
            return Story(Level.APPOINTMENT, ordered, by_model)
        return Story(Level.UNCLEAR)


def _told_level(cues: Cues) -> bool:
    """Numbness told with what gives its level, though nobody is named: "leg numb from
    kneeling, gone after standing. ok?", "numb feet 3 weeks. normal?". Such a question asks
    about what happened, not about numbness in general."""
    lasting = cues.lasting or bool(cues.reasons & {LASTING, "worsening-spreading"})
    return cues.numbness and (cues.temporary or (lasting and bool(cues.reasons)))


def _is_story(cues: Cues, told: float, bands: Bands) -> bool:
    if cues.feared:
        return False  # numbness only feared for later: a worry the guide answers
    if cues.numbness and (cues.person or _told_level(cues)):
        return True
    # "It keeps spreading, first my feet, now my calves": a reason, told of someone.
    return (cues.numbness or (cues.person and bool(cues.reasons))) and told >= bands.story
