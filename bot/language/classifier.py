"""Which labelled group of example sentences a text belongs to: a linear classifier over vectors.

The exemplars of a label are many phrasings of one thing ("she sounds drunk", "her words come out
jumbled"); a softmax regression learns which directions of the embedding tell the labels apart,
so words every label shares (nearly every message mentions numbness) stop counting as evidence.
It is trained when the bot starts, from the content's exemplars, in a fraction of a second:
exemplars stay data that a reviewer can edit, with no trained file to keep in step with them.
Training is deterministic (zero start, fixed steps), so the same content always gives the same
decisions; that is also why the weights may be kept on disk under a digest of everything they are
trained from (`keep_in`): a restart, a second worker or a test that starts the bot again reads
them back instead of paying the second of training again. Pure numpy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.language.cache import arrays_for


@dataclass(frozen=True)
class Training:
    """Settings of the regression. `sharpness` scales the cosine-sized inputs so probabilities
    can approach 0 and 1; `l2` keeps weights small so an unseen phrasing is not over-trusted."""

    sharpness: float = 10.0
    l2: float = 0.005
    steps: int = 300
    rate: float = 1.0
    momentum: float = 0.9


class ExemplarClassifier:
    """Labels in first-seen order; `probabilities` gives one row per text, one column per label."""

    def __init__(
        self,
        labels: Sequence[str],
        texts: Sequence[str],
        vectors: np.ndarray,
        training: Training | None = None,
        *,
        keep_in: Path | None = None,
    ) -> None:
        if not (len(labels) == len(texts) == len(vectors)):
            raise ValueError("one label and one text per exemplar vector")
        self.labels = tuple(dict.fromkeys(labels))
        self.training = training or Training()
        self._texts = tuple(texts)
        self._vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self._own = np.array([self.labels.index(label) for label in labels])
        self._weights, self._bias = _fitted(
            self._vectors, self._own, len(self.labels), self.training, keep_in
        )

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        logits = (vectors * self.training.sharpness) @ self._weights + self._bias
        return _softmax(logits)

    def closest(self, vector: np.ndarray, label: str) -> tuple[str, float]:
        """The exemplar of `label` nearest to a text, and its cosine: why a text was placed."""
        rows = np.flatnonzero(self._own == self.labels.index(label))
        similarity = self._vectors[rows] @ vector
        best = int(np.argmax(similarity))
        return self._texts[rows[best]], float(similarity[best])


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


def _fitted(
    vectors: np.ndarray, own: np.ndarray, classes: int, training: Training, keep_in: Path | None
) -> tuple[np.ndarray, np.ndarray]:
    if keep_in is None:
        return _fit(vectors, own, classes, training)
    key = b"\0".join(
        [b"softmax-regression-1", repr(training).encode(), str(classes).encode()]
        + [np.ascontiguousarray(a).tobytes() + str(a.shape).encode() for a in (vectors, own)]
    )
    shapes = {"weights": (vectors.shape[1], classes), "bias": (classes,)}

    def compute() -> dict[str, np.ndarray]:
        weights, bias = _fit(vectors, own, classes, training)
        return {"weights": weights, "bias": bias}

    stored = arrays_for(key, shapes, compute, keep_in)
    return stored["weights"].astype(np.float32), stored["bias"].astype(np.float32)


def _fit(
    vectors: np.ndarray, own: np.ndarray, classes: int, training: Training
) -> tuple[np.ndarray, np.ndarray]:
    """Class-balanced softmax regression by gradient descent with Nesterov momentum: a label with
    few exemplars weighs as much as one with many."""
    inputs = vectors * np.float32(training.sharpness)
    count, dimensions = inputs.shape
    targets = np.eye(classes, dtype=np.float32)[own]
    sizes = np.bincount(own, minlength=classes).astype(np.float32)
    weight = (count / (classes * np.maximum(sizes, 1)))[own][:, None] / count
    weights = np.zeros((dimensions, classes), dtype=np.float32)
    bias = np.zeros(classes, dtype=np.float32)
    velocity_w, velocity_b = np.zeros_like(weights), np.zeros_like(bias)
    rate, momentum, l2 = (np.float32(x) for x in (training.rate, training.momentum, training.l2))
    for _ in range(training.steps):
        ahead_w, ahead_b = weights + momentum * velocity_w, bias + momentum * velocity_b
        error = (_softmax(inputs @ ahead_w + ahead_b) - targets) * weight
        velocity_w = momentum * velocity_w - rate * (inputs.T @ error + l2 * ahead_w)
        velocity_b = momentum * velocity_b - rate * error.sum(axis=0)
        weights, bias = weights + velocity_w, bias + velocity_b
    return weights, bias
