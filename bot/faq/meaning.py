"""How close a question's meaning is to each entry's: the language model's half of retrieval.

People ask in words no variant lists ("is my foot going to stay like this forever?" for "is
diabetic numbness permanent?"), so the lexical index (`bot.faq.index`) alone leaves most
everyday questions to a "did you mean". The shipped sentence model (`bot.language`) places the
question and every way of asking each entry (its question or title, curated paraphrases, and the
questions strangers asked for it, `content/asked/`) in one space, and two readings come from
there:
- a classifier trained on those ways of asking (`ExemplarClassifier`, as the red-flag screen's)
  gives each entry a probability: it learns which directions tell entries apart, so words every
  entry shares ("numb", "legs") stop counting;
- an entry's similarity is its closest way of asking, plus a little of its closest sentence of
  text, which catches questions about a detail no variant names.
Measured on questions nobody tuned on, the classifier beside the lexical score ranks best, and
the similarity adds a little (BENCHMARKS.md). The strangers' questions teach both readings what
the builders' paraphrases lack, above all a situation told with its question only implied; and
their out-of-scope messages teach "not covered" (BENCHMARKS.md, "How strangers asked").

Vectors of the entries are computed once per content (kept on disk between starts by
`bot.language.cache`); a question costs one model run. Pure: the encoder is handed in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bot.language.cache import Embedder, embedded, store_for
from bot.language.classifier import ExemplarClassifier

OUTSIDE = "not-covered"  # the classifier's label for questions the guide does not answer

TEXT_WEIGHT = 0.3
"""How much an entry's closest sentence of text adds to its closest way of asking."""

_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+")
MIN_SENTENCE_WORDS = 4


class EntryMeanings:
    """Every entry's ways of asking and sentences of text as vectors; build once per content."""

    def __init__(
        self,
        embedder: Embedder,
        variants: Sequence[Sequence[str]],
        bodies: Sequence[str],
        outside: Sequence[str] = (),
        asked_by_people: Sequence[tuple[int, str]] = (),
    ) -> None:
        """`asked_by_people`: (entry position, message) for questions strangers asked, learned
        as more ways of asking; `outside`: messages the guide does not cover."""
        self._embedder = embedder
        self._count = len(variants)
        asked = [(i, text) for i, texts in enumerate(variants) for text in texts]
        asked += list(asked_by_people)
        told = [
            (i, sentence)
            for i, body in enumerate(bodies)
            for sentence in _SENTENCE_END.split(body)
            if len(sentence.split()) >= MIN_SENTENCE_WORDS
        ]
        vectors = embedded(embedder, [text for _, text in asked + told] + list(outside))
        labels = [str(i) for i, _ in asked] + [OUTSIDE] * len(outside)
        known = np.concatenate([vectors[: len(asked)], vectors[len(asked) + len(told) :]])
        self.classifier = ExemplarClassifier(
            labels,
            [text for _, text in asked] + list(outside),
            known,
            keep_in=store_for(embedder),
        )
        self._outside = self.classifier.labels.index(OUTSIDE) if outside else None
        # The classifier's columns in entry order (its labels are in first-seen order).
        self._columns = [self.classifier.labels.index(str(i)) for i in range(self._count)]
        self._asked, self._asked_owner = _by_owner(vectors[: len(asked)], [i for i, _ in asked])
        self._told, self._told_owner = _by_owner(
            vectors[len(asked) : len(asked) + len(told)], [i for i, _ in told]
        )

    def vector(self, question: str) -> np.ndarray:
        return self._embedder.embed([question])[0]

    def probabilities(self, vector: np.ndarray) -> tuple[np.ndarray, float]:
        """One probability per entry, in entry order, and the probability that the question is
        one the guide does not cover (content/faq.yaml `not_covered`); together they sum to 1."""
        row = self.classifier.probabilities(vector[None, :])[0]
        outside = float(row[self._outside]) if self._outside is not None else 0.0
        return row[self._columns], outside

    def similarities(self, vector: np.ndarray) -> np.ndarray:
        """One score per entry: cosine of its closest way of asking, plus TEXT_WEIGHT times that
        of its closest sentence (a zero vector, from a question the model could not read, gives
        zeros)."""
        asked = _closest(self._asked @ vector, self._asked_owner, self._count)
        told = np.maximum(_closest(self._told @ vector, self._told_owner, self._count), 0.0)
        return asked + TEXT_WEIGHT * told


def _by_owner(vectors: np.ndarray, owners: list[int]) -> tuple[np.ndarray, _Owners]:
    """Rows grouped by the entry they belong to, so each entry's best row is one reduction."""
    order = np.argsort(np.asarray(owners, dtype=np.int64), kind="stable")
    sorted_owners = np.asarray(owners, dtype=np.int64)[order]
    starts = np.flatnonzero(np.diff(sorted_owners, prepend=-1))
    return vectors[order], _Owners(sorted_owners[starts], starts)


@dataclass(frozen=True)
class _Owners:
    entries: np.ndarray  # the entry of each group of rows
    starts: np.ndarray  # where each group starts


def _closest(cosines: np.ndarray, owners: _Owners, count: int) -> np.ndarray:
    """Each entry's highest cosine (-1 for an entry with none): one `maximum.reduceat` over
    the groups, several times faster than `maximum.at` on a thousand rows."""
    found = np.full(count, -1.0)
    if len(owners.starts):
        found[owners.entries] = np.maximum.reduceat(cosines, owners.starts)
    return found
