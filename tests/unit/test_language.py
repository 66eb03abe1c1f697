"""The shipped sentence-embedding model and the classifier over exemplars: present, intact,
loaded from the repository, and sensible.

No skip: the model is part of the default install, and every test that screens free text uses it.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.language import ExemplarClassifier, Training, default_encoder
from bot.language.cache import _file_digest, embedded, vectors_for
from bot.language.encoder import (
    DIMENSIONS,
    MODEL_DIR,
    MODEL_FILE,
    TOKENIZER_FILE,
    SentenceStates,
    _halves,
)

ENCODER = default_encoder()


def _sha256(name: str) -> str:
    return hashlib.sha256((MODEL_DIR / name).read_bytes()).hexdigest()


def test_the_committed_files_match_their_provenance():
    provenance = (MODEL_DIR / "PROVENANCE.md").read_text(encoding="utf-8")
    for name in (MODEL_FILE, TOKENIZER_FILE, "LICENSE"):
        assert _sha256(name) in provenance, f"{name} differs from the one PROVENANCE.md records"
    assert re.search(r"Apache", provenance)
    assert "scripts/build_language_model.py" in provenance
    assert (MODEL_DIR / MODEL_FILE).stat().st_size <= 40 * 1024 * 1024


def test_vectors_are_unit_length_and_one_per_text_in_order():
    texts = ["my leg is numb", "the weather is lovely", "my leg is numb"]
    vectors = ENCODER.embed(texts)
    assert vectors.shape == (3, DIMENSIONS)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    assert np.allclose(vectors[0], vectors[2], atol=1e-5)  # deterministic
    assert ENCODER.embed([]).shape == (0, DIMENSIONS)


def test_meaning_not_spelling_decides_closeness():
    anchor, paraphrase, other = ENCODER.embed(
        ["he is slurring his words", "his speech sounds drunk", "we painted the kitchen"]
    )
    assert anchor @ paraphrase > anchor @ other + 0.3


def test_a_span_of_a_sentence_is_pooled_from_one_run():
    (states,) = ENCODER.read([["my", "calf", "is", "swollen", "and", "my", "foot", "is", "numb"]])
    whole = states.pool()
    calf = states.pool([0, 1, 2, 3])
    assert whole is not None
    assert calf is not None
    assert np.isclose(np.linalg.norm(calf), 1.0, atol=1e-3)
    (alone,) = ENCODER.embed(["my calf is swollen"])
    assert calf @ alone > 0.85  # the span means what it says on its own
    assert states.pool([]) is None
    assert ENCODER.read([]) == []


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.integers(min_value=-1, max_value=12), max_size=30),
    chosen=st.sets(st.integers(min_value=-3, max_value=20), max_size=15),
)
def test_a_span_takes_exactly_the_tokens_of_its_words(words: list[int], chosen: set[int]):
    """Word -1 is a marker ([CLS], [SEP], padding) and never part of a span; a word number past
    the sentence's end (cut by the model's window) selects nothing."""
    states = np.arange(len(words) * 2, dtype=np.float32).reshape(len(words), 2)
    sentence = SentenceStates(np.array(words, dtype=np.int64).reshape(-1), states)
    expected = [
        row for row, word in zip(states, words, strict=True) if word >= 0 and word in chosen
    ]
    assert np.array_equal(sentence.rows(chosen), np.array(expected).reshape(-1, 2))


def test_sentences_read_together_are_each_read_as_alone_and_in_order():
    """Several sentences are shared out over two threads; each must come back as if read alone,
    in its own place."""
    texts = [
        "my calf is swollen and hot",
        "no",
        "we came back from a long flight on sunday and my foot is numb",
        "she sounds drunk",
    ]
    sentences = [text.split(" ") for text in texts]
    together = ENCODER.read(sentences)
    alone = [ENCODER.read([sentence])[0] for sentence in sentences]
    assert len(together) == len(sentences)
    for joint, single in zip(together, alone, strict=True):
        assert np.array_equal(joint.words, single.words)
        assert np.array_equal(joint.states, single.states)


@settings(max_examples=200, deadline=None)
@given(lengths=st.lists(st.integers(min_value=1, max_value=130), max_size=12))
def test_sentences_are_shared_out_whole_and_about_evenly(lengths: list[int]):
    mine, theirs = _halves(lengths)
    assert sorted(mine + theirs) == list(range(len(lengths)))
    load = sum(lengths[i] for i in mine), sum(lengths[i] for i in theirs)
    # Longest first onto the lighter side: the two never differ by more than the longest.
    assert abs(load[0] - load[1]) <= max(lengths, default=0)


def test_long_messages_are_cut_not_refused():
    long = "my foot tingles " * 400  # far past the model's 128 tokens
    (vector,) = ENCODER.embed([long])
    assert np.isfinite(vector).all()
    (states,) = ENCODER.read([long.split()])
    assert states.pool([1000]) is None  # a word past the window was cut off


def _blobs(seed: int) -> tuple[list[str], np.ndarray]:
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(3, 8))
    labels = [name for name in "abc" for _ in range(10)]
    points = np.repeat(centres, 10, axis=0) + rng.normal(scale=0.1, size=(30, 8))
    points /= np.linalg.norm(points, axis=1, keepdims=True)
    return labels, points.astype(np.float32)


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=0, max_value=10_000))
def test_the_classifier_learns_separable_groups_and_its_rows_are_probabilities(seed: int):
    labels, points = _blobs(seed)
    texts = [f"t{i}" for i in range(len(labels))]
    classifier = ExemplarClassifier(labels, texts, points, Training(steps=200))
    odds = classifier.probabilities(points)
    assert classifier.labels == ("a", "b", "c")
    assert np.allclose(odds.sum(axis=1), 1.0, atol=1e-5)
    predicted = [classifier.labels[i] for i in odds.argmax(axis=1)]
    assert predicted == labels
    again = ExemplarClassifier(labels, texts, points, Training(steps=200))
    assert np.array_equal(again.probabilities(points), odds)  # deterministic training


def test_the_closest_exemplar_explains_a_placement():
    labels, points = _blobs(7)
    texts = [f"t{i}" for i in range(len(labels))]
    classifier = ExemplarClassifier(labels, texts, points)
    assert classifier.closest(points[12], "b") == ("t12", pytest.approx(1.0, abs=1e-5))
    with pytest.raises(ValueError, match="one label"):
        ExemplarClassifier(["a"], ["x", "y"], points[:2])


def test_exemplar_vectors_are_cached_per_model_and_sentences(tmp_path):
    calls: list[list[str]] = []

    def compute(texts):
        calls.append(list(texts))
        return np.ones((len(texts), 4), dtype=np.float32) * len(calls)

    model = tmp_path / "model.onnx"
    model.write_bytes(b"weights")
    first = vectors_for(model, ["a", "b"], compute, tmp_path / "cache")
    again = vectors_for(model, ["a", "b"], compute, tmp_path / "cache")
    assert len(calls) == 1
    assert np.array_equal(first, again)
    vectors_for(model, ["a", "c"], compute, tmp_path / "cache")  # other sentences
    model.write_bytes(b"other weights")
    _file_digest.cache_clear()
    vectors_for(model, ["a", "c"], compute, tmp_path / "cache")  # another model
    assert len(calls) == 3
    for damaged in (tmp_path / "cache").glob("*.npy"):
        damaged.write_bytes(b"not an array")
    assert vectors_for(model, ["a", "c"], compute, tmp_path / "cache").shape == (2, 4)
    assert len(calls) == 4  # recomputed, not trusted


def test_trained_weights_kept_on_disk_give_the_same_decisions_and_are_retrained_when_unsure(
    tmp_path, monkeypatch
):
    import bot.language.classifier as classifier_module

    fits: list[int] = []
    real_fit = classifier_module._fit

    def counting_fit(*args):
        fits.append(1)
        return real_fit(*args)

    monkeypatch.setattr(classifier_module, "_fit", counting_fit)
    labels, points = _blobs(3)
    texts = [f"t{i}" for i in range(len(labels))]
    fresh = ExemplarClassifier(labels, texts, points)
    stored = ExemplarClassifier(labels, texts, points, keep_in=tmp_path)
    again = ExemplarClassifier(labels, texts, points, keep_in=tmp_path)
    assert len(fits) == 2  # the third read the second's weights back
    assert np.array_equal(again.probabilities(points), fresh.probabilities(points))
    assert np.array_equal(stored.probabilities(points), fresh.probabilities(points))

    ExemplarClassifier(labels, texts, points, Training(steps=50), keep_in=tmp_path)
    ExemplarClassifier(["b", *labels[1:]], texts, points, keep_in=tmp_path)  # a label moved
    moved = points.copy()
    moved[0, 0] += 0.01
    ExemplarClassifier(labels, texts, moved, keep_in=tmp_path)  # another exemplar's vector
    assert len(fits) == 5

    for damaged in tmp_path.glob("*.npz"):
        damaged.write_bytes(b"not an archive")
    repaired = ExemplarClassifier(labels, texts, points, keep_in=tmp_path)
    assert len(fits) == 6  # recomputed, not trusted
    assert np.array_equal(repaired.probabilities(points), fresh.probabilities(points))


class _CountingEmbedder:
    """A fake encoder (no model file, so nothing is kept on disk) that counts what it reads."""

    def __init__(self) -> None:
        self.read: list[str] = []

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.read += texts
        return np.array([[float(len(text)), 1.0] for text in texts], dtype=np.float32)


def test_texts_this_process_embedded_already_are_taken_from_memory_not_run_again():
    encoder = _CountingEmbedder()
    whole = embedded(encoder, ["first text", "second", "third one"])
    held_back = embedded(encoder, ["third one", "first text"])  # a part left out, reordered
    assert encoder.read == ["first text", "second", "third one"]
    assert np.array_equal(held_back, whole[[2, 0]])
    embedded(encoder, ["second", "a new one"])  # one text never seen: the list is run
    assert encoder.read[3:] == ["second", "a new one"]
    assert embedded(_CountingEmbedder(), ["second"]).shape == (1, 2)  # another encoder: its own


def test_the_cache_keeps_the_files_used_last_and_removes_the_rest(tmp_path, monkeypatch):
    monkeypatch.setattr("bot.language.cache.KEPT_FILES", 3)
    model = tmp_path / "model.onnx"
    model.write_bytes(b"weights")
    cache = tmp_path / "cache"

    def compute(texts):
        return np.ones((len(texts), 2), dtype=np.float32)

    vectors_for(model, ["first"], compute, cache)
    first = next(cache.glob("exemplars-*.npy"))
    os.utime(first, (1, 1))  # long ago...
    for text in ("second", "third"):
        vectors_for(model, [text], compute, cache)
    vectors_for(model, ["first"], compute, cache)  # ...but read back now: used last
    vectors_for(model, ["fourth"], compute, cache)  # one more than kept: the oldest goes
    assert len(list(cache.glob("exemplars-*.npy"))) == 3
    assert first.exists()
