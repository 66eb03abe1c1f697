"""The language model's half of the red-flag screen: signs written in words no phrase lists.

People describe a stroke as "she sounds drunk" and a blood clot as "one leg is twice the size of
the other". The lexicon (detect.py) cannot list every such sentence, so parts of each message are
also turned into sentence vectors and placed by a classifier trained on everyday descriptions of
each sign and on messages that only look like one (content/exemplars.yaml). A part whose sign is
likely enough escalates; one less likely asks that sign's red-flag question first.

Which parts (`bot.triage.parts`): each segment of a sentence (between contrast words), and its
clauses and the pieces between connectives ("and", "with"), because the sign is often one short
piece of a long story ("we got back from Spain on Sunday and my calf is twice the size"); each of
those again without its numbness words; and the whole message as one text, for a sign told over
two sentences. How the story says it began matters too (`_onset_in`): "suddenly", "since this
morning" lower the bar for an alarm; one-sided numbness told as coming on over weeks, one leg numb
alone with nothing sudden and nothing beyond its numbness, and numbness the story says has
passed, can only ask.

Negation works as in the lexicon, because the model barely tells "no chest pain" from "chest
pain". `Detector.read` marks every word negated or hedged:
- the words that are neither ("plain") are what is classified, run through the model on their
  own so that the denied words cannot colour them: "no chest pain but I can't breathe" has a
  plain "I can't breathe";
- a segment whose sign shows only with its negated words is a denial ("I'm not slurring") when
  those words, read alone, describe the sign, and a sign when they describe something working
  normally ("he doesn't make sense", "I have no control over my bladder");
- past history and general questions ("I had a stroke in 2019", "how do I know if it's a
  stroke?") are left to the lexicon, which asks rather than escalates; uncertainty ("not sure if
  her smile is crooked") can only ask.
Pure: the encoder is handed in.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

import numpy as np

from bot.content.models import ExemplarGroup
from bot.language.cache import Embedder as _TextEmbedder
from bot.language.cache import embedded, store_for
from bot.language.classifier import ExemplarClassifier
from bot.language.encoder import SentenceStates, unit_mean
from bot.triage.detect import Detector
from bot.triage.onset_words import BEYOND_NUMBNESS, NEW_CHANGE, OVER_WEEKS
from bot.triage.parts import (
    FILLERS,
    NUMBNESS,
    PROBLEMS,
    SYMPTOM_PLACES,
    SYMPTOMS,
    Part,
    Span,
    parts_of,
)
from bot.triage.reading import ReadSentence
from bot.triage.sign_settings import (
    ALARM_SETTINGS,
    ASKED_WITHOUT_MARK,
    DENIAL_UNSETS,
    QUESTION_SETTINGS,
    SIGN_SETTINGS,
    setting_words,
)
from bot.triage.told_words import onset_in, told_words

CALM = "calm:"  # label prefix of the calm groups
NORMAL = CALM + "working-normally"  # body parts working as they should


class Embedder(_TextEmbedder, Protocol):
    def read(self, sentences: Sequence[Sequence[str]]) -> list[SentenceStates]: ...


@dataclass(frozen=True)
class Bands:
    """A sign's probability from the classifier, set on the development set
    (tests/data/symptoms_dev.jsonl) and checked on sets nobody tuned on (BENCHMARKS.md). The ask
    band leans low on purpose: when unsure, the red-flag questions."""

    escalate: float = 0.65
    sudden_escalate: float = 0.45  # when the message says it came on suddenly or just now
    ask: float = 0.40


class Level(Enum):
    ESCALATE = "escalate"
    ASK = "ask"


@dataclass(frozen=True)
class SemanticHit:
    sign_id: str
    level: Level
    probability: float
    exemplar: str  # the nearest exemplar of the sign: why the screen decided
    via_negation: bool = False  # a normal function denied: "he doesn't make sense"


class SemanticScreen:
    """Classifies a message's parts. Build once (training takes well under a second)."""

    def __init__(
        self,
        embedder: Embedder,
        detector: Detector,
        red_flags: Sequence[ExemplarGroup],
        calm: Sequence[ExemplarGroup],
        with_numbness: Sequence[str] = (),
        bands: Bands | None = None,
    ) -> None:
        self._embedder = embedder
        self._detector = detector
        self.bands = bands or Bands()
        labels, texts = _training_set(red_flags, calm, with_numbness)
        vectors = embedded(embedder, texts)
        self.classifier = ExemplarClassifier(labels, texts, vectors, keep_in=store_for(embedder))
        names = self.classifier.labels
        sign_of = {group.id: group.sign or group.id for group in red_flags}
        self._signs = list(dict.fromkeys(sign_of.values()))
        # Each sign's columns (its groups) in the classifier's output; a sign's probability is
        # the sum over its groups ("stroke" is the face, the speech and the one-sided groups).
        self._columns = {
            sign: [i for i, name in enumerate(names) if sign_of.get(name) == sign]
            for sign in self._signs
        }
        # The same sums for every sign at once (a row times this matrix), for the hot path.
        self._sign_sums = np.zeros((len(names), len(self._signs)), dtype=np.float32)
        for k, sign in enumerate(self._signs):
            self._sign_sums[self._columns[sign], k] = 1.0
        self._sudden = {names.index(group.id) for group in red_flags if group.sudden}
        self._sudden_signs = {sign_of[group.id] for group in red_flags if group.sudden}
        self._normal = names.index(NORMAL)

    def hits(
        self,
        text: str,
        read: list[ReadSentence] | None = None,
        denied: Collection[str] = (),
    ) -> list[SemanticHit]:
        """Every sign some part of the message describes, escalations and likeliest first.

        `read` is the lexicon's reading of the same text, when the caller has it already;
        `denied` the signs the lexicon found denied in it ("she isn't slurring"), which a
        negation cannot then make present."""
        read = self._detector.read(text) if read is None else read
        runs, parts = parts_of(read)
        if not parts:
            return []
        told = told_words(read)
        gradual, sudden, passed = onset_in(told)
        # One leg numb on one side, told with nothing sudden and nothing beyond its numbness,
        # asks as gradual one-sided numbness does: that is the guide's reason to book. What is
        # denied or told as normal ("no weakness, face normal") is nothing beyond it.
        standing = told_words(read, affirmed_only=True, cleared_only=True)
        beyond = bool(_BEYOND_NUMBNESS.search(standing))
        slow = gradual and bool(_OVER_WEEKS.search(told)) and not _NEW_CHANGE.search(told)
        affirmed = told_words(read, affirmed_only=True)
        cleared = told_words(read, cleared_only=True)
        asked = not sudden and (
            any(sentence.question for sentence in read) or bool(_ASKED.search(told))
        )
        settings = _SETTINGS | (_QUESTION_SETTINGS if asked else {})
        unset = frozenset(
            sign
            for sign, setting in settings.items()
            if not setting.search(
                setting_words(sign, affirmed if sign in DENIAL_UNSETS else cleared)
            )
        )
        calm = _Calm(
            one_side=gradual or not (sudden or beyond),
            any_stroke=slow and not beyond,
            unset=unset,
        )
        spans = _Spans(self._embedder, self.classifier, runs)
        # Every run a part's plain words, pieces or whole lie in is needed: read them in one go
        # (the encoder shares them out over two cores); denied words alone only when asked for.
        needed = [span for part in parts for span in (part.plain, *part.pieces, part.full)]
        spans.read({span[0] for span in needed if span is not None})
        plains = [part.plain for part in parts if part.plain is not None]
        # The whole message too: a sign may take two sentences to tell ("They put my leg in
        # plaster today. Now the pain inside is much worse and my toes are numb.").
        without = tuple(spans.without_numbness(p) for p in plains)
        wholes = [tuple(plains), without] if len(plains) > 1 else []
        spans.classify_all([(span,) for span in needed if span is not None] + wholes)
        found: dict[str, SemanticHit] = {}
        hits = [h for part in parts for h in self._judge(part, spans, calm, sudden, passed, denied)]
        if wholes:
            uncertain = passed or any(part.uncertain for part in parts)
            for whole in wholes:
                hit = self._hit(spans, whole, uncertain, calm, sudden)
                hits += [hit] if hit is not None else []
        for hit in hits:
            best = found.get(hit.sign_id)
            if best is None or _rank(hit) > _rank(best):
                found[hit.sign_id] = hit
        return sorted(found.values(), key=_rank, reverse=True)

    def _judge(
        self,
        part: Part,
        spans: _Spans,
        calm: _Calm,
        sudden: bool,
        passed: bool,
        denied_signs: Collection[str],
    ) -> Iterable[SemanticHit]:
        uncertain = part.uncertain or passed  # passed numbness: ask, never alarm, on the model
        for span in (part.plain, *part.pieces):
            hit = self._hit(spans, [span], uncertain, calm, sudden)
            if hit is not None:
                yield hit
        hit = self._hit(spans, [part.full], uncertain, calm, sudden)
        if hit is None or part.denied is None or hit.sign_id in denied_signs:
            return
        if spans.denies_symptoms(part.denied):
            return  # "it doesn't hurt at all": a symptom denied, no function lost
        # Only now are the denied words run on their own: most denials deny no sign at all.
        # Read alone, denied words that describe the sign make a denial ("no chest pain"); any
        # others, most often a body part working normally, make the denial itself the sign
        # ("he doesn't make sense", "he hasn't passed water since last night").
        denied = spans.classify(part.denied)
        if denied is None:
            return
        row = denied[0]
        described = self._probability(row, hit.sign_id)
        if described < self.bands.ask or row[self._normal] > described:
            yield SemanticHit(hit.sign_id, hit.level, hit.probability, hit.exemplar, True)

    def _probability(self, row: np.ndarray, sign: str) -> float:
        return float(row[self._columns[sign]].sum())

    def _hit(
        self,
        spans: _Spans,
        chosen: Sequence[Span | None],
        uncertain: bool,
        calm: _Calm,
        sudden: bool,
    ) -> SemanticHit | None:
        """The sign the chosen spans, pooled as one text, describe, and how surely."""
        if not chosen or None in chosen:
            return None
        found = spans.classify(*(span for span in chosen if span is not None))
        if found is None:
            return None
        row, vector = found
        sums = row @ self._sign_sums
        best = int(np.argmax(sums))
        sign, probability = self._signs[best], float(sums[best])
        group = max(self._columns[sign], key=lambda i: row[i])
        # The guide's stroke numbness is sudden: one-sided numbness told as coming on over weeks,
        # or a leg numb alone with nothing sudden (`calm`), asks, not alarms; so does a sign
        # whose setting the message never tells.
        calm_onset = (
            (calm.one_side and group in self._sudden)
            or (calm.any_stroke and sign in self._sudden_signs)
            or sign in calm.unset
        )
        escalate = self.bands.sudden_escalate if sudden else self.bands.escalate
        if probability >= escalate and not (uncertain or calm_onset):
            level = Level.ESCALATE
        elif probability >= self.bands.ask:
            level = Level.ASK
        else:
            return None
        exemplar, _ = self.classifier.closest(vector, self.classifier.labels[group])
        return SemanticHit(sign, level, probability, exemplar)


@dataclass(frozen=True)
class _Calm:
    """When the model's stroke reading can only ask, by how the message tells its onset."""

    one_side: bool  # one leg numb alone, nothing sudden: the one-sided stroke group asks
    # Numbness told as coming on over weeks or months, with nothing beyond it and nothing new
    # since ("and now he sounds drunk"): whichever stroke group the model likens its words to
    # ("the outer edge of my left foot, the right is fine" reads like a face pulled to one
    # side), the guide's stroke is sudden, so every stroke group asks.
    any_stroke: bool
    # Signs whose setting the message never tells (bot.triage.sign_settings): asked, not alarmed.
    unset: frozenset[str] = frozenset()


class _Spans:
    """A message's runs of words, each run through the model only when a span of it is first
    needed, and each span classified once."""

    def __init__(
        self, embedder: Embedder, classifier: ExemplarClassifier, runs: list[list[str]]
    ) -> None:
        self._embedder = embedder
        self._classifier = classifier
        self._runs = runs
        self._states: dict[int, SentenceStates] = {}
        self._classified: dict[tuple[Span, ...], tuple[np.ndarray, np.ndarray] | None] = {}

    def classify(self, *spans: Span) -> tuple[np.ndarray, np.ndarray] | None:
        """The classifier's probabilities for a span (or several pooled as one) and its vector;
        None for a span the model's window cut off."""
        if spans not in self._classified:
            self.classify_all([spans])
        return self._classified[spans]

    def classify_all(self, groups: Sequence[tuple[Span, ...]]) -> None:
        """Classify these spans (each group pooled as one text) in one matrix product: a
        fraction of the GIL-held time of a dozen small ones."""
        vectors: dict[tuple[Span, ...], np.ndarray] = {}
        for spans in dict.fromkeys(groups):
            if spans in self._classified:
                continue
            rows = [self._states_of(run).rows(positions) for run, positions in spans]
            vector = unit_mean(np.concatenate(rows)) if rows else None
            if vector is None:
                self._classified[spans] = None
            else:
                vectors[spans] = vector
        if not vectors:
            return
        probabilities = self._classifier.probabilities(np.stack(list(vectors.values())))
        for (spans, vector), row in zip(vectors.items(), probabilities, strict=True):
            self._classified[spans] = (row, vector)

    def read(self, runs: Collection[int]) -> None:
        wanted = sorted(run for run in runs if run not in self._states)
        read = self._embedder.read([self._runs[run] for run in wanted])
        self._states.update(zip(wanted, read, strict=True))

    def denies_symptoms(self, span: Span) -> bool:
        run, positions = span
        words = [w for w in (self._runs[run][i] for i in positions) if w not in FILLERS]
        if PROBLEMS.intersection(words):
            return True
        told = [w for w in words if w not in SYMPTOM_PLACES]
        return bool(told) and all(w in SYMPTOMS for w in told)

    def without_numbness(self, span: Span) -> Span:
        run, positions = span
        return run, tuple(i for i in positions if self._runs[run][i] not in NUMBNESS)

    def _states_of(self, run: int) -> SentenceStates:
        if run not in self._states:
            (self._states[run],) = self._embedder.read([self._runs[run]])
        return self._states[run]


def _training_set(
    red_flags: Sequence[ExemplarGroup], calm: Sequence[ExemplarGroup], tails: Sequence[str]
) -> tuple[list[str], list[str]]:
    """Labels and texts: each red-flag exemplar as written and, joined to a numbness phrase in
    turn, as people write it; each calm exemplar as written."""
    labels: list[str] = []
    texts: list[str] = []
    for group in red_flags:
        for i, exemplar in enumerate(group.exemplars):
            labels.append(group.id)
            texts.append(exemplar)
            if tails:
                labels.append(group.id)
                texts.append(f"{exemplar} {tails[i % len(tails)]}")
    for group in calm:
        labels += [CALM + group.id] * len(group.exemplars)
        texts += group.exemplars
    return labels, texts


_SETTINGS = {sign: re.compile(words) for sign, words in (SIGN_SETTINGS | ALARM_SETTINGS).items()}
_QUESTION_SETTINGS = {sign: re.compile(words) for sign, words in QUESTION_SETTINGS.items()}
_ASKED = re.compile(ASKED_WITHOUT_MARK)
_OVER_WEEKS = re.compile(OVER_WEEKS)
_NEW_CHANGE = re.compile(NEW_CHANGE)
_BEYOND_NUMBNESS = re.compile(BEYOND_NUMBNESS)


def _rank(hit: SemanticHit) -> tuple[bool, float]:
    return hit.level is Level.ESCALATE, hit.probability
