"""Text to unit vectors with the committed int8 MiniLM model.

One session per process (`default_encoder`): loading costs a few hundred milliseconds and tens of
megabytes, so it happens once at start, never per message. onnxruntime is told to use one thread:
the bot runs on small machines beside a database, and a message is a few short sentences, where
more threads cost more in hand-offs than they save. The session releases the GIL while it runs,
so callers on an event loop run the encoder in a worker thread.

A sentence is run once and any span of its words is embedded by pooling the token states of
those words (`SentenceStates.pool`): the red-flag screen looks at a clause, the words left after
a negation and the pieces between "and"s, and running the model on each would cost several times
as much. Exemplars are pooled the same way (over their words, not the [CLS]/[SEP] markers), so a
span and an exemplar are compared like with like.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import onnxruntime
from tokenizers import Encoding, Tokenizer

MODEL_DIR = Path(__file__).resolve().parent / "model"
MODEL_FILE = "minilm-l6-v2-int8.onnx"
TOKENIZER_FILE = "tokenizer.json"
DIMENSIONS = 384
MAX_TOKENS = 128  # what MiniLM was trained on; longer sentences are cut
BATCH = 32  # exemplars are run this many at a time at start-up


@dataclass(frozen=True)
class SentenceStates:
    """One sentence's token states and the word each token belongs to (-1 for none)."""

    words: np.ndarray  # (tokens,) int
    states: np.ndarray  # (tokens, DIMENSIONS) float32

    def pool(self, indices: Collection[int] | None = None) -> np.ndarray | None:
        """The unit vector of these words (all words when None); None if none of them was
        kept (a sentence longer than the model's window loses its end)."""
        return unit_mean(self.rows(indices))

    def rows(self, indices: Collection[int] | None = None) -> np.ndarray:
        """The token states of these words (all words when None), to pool across sentences."""
        if indices is None:
            return self.states[self.words >= 0]
        # A lookup table over word numbers, its last slot (where -1 lands) never chosen: several
        # times faster than np.isin on the screen's dozen spans a message.
        chosen = np.zeros(int(self.words.max(initial=-1)) + 2, dtype=bool)
        chosen[[i for i in indices if 0 <= i < len(chosen) - 1]] = True
        return self.states[chosen[self.words]]


def unit_mean(rows: np.ndarray) -> np.ndarray | None:
    """The normalised mean of token states; None when there are none."""
    if not len(rows):
        return None
    mean = rows.mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return (mean / norm).astype(np.float32) if norm > 0 else None


class Encoder:
    """Sentences in, L2-normalised float32 vectors out (cosine similarity is a dot product)."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        self.model_path = model_dir / MODEL_FILE
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3  # no warnings about unused initialisers on every start
        self._session = onnxruntime.InferenceSession(
            str(self.model_path), options, providers=["CPUExecutionProvider"]
        )
        tokenizer = Tokenizer.from_file(str(model_dir / TOKENIZER_FILE))
        tokenizer.enable_truncation(MAX_TOKENS)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106 - a token, no secret
        self._tokenizer = tokenizer  # set up once here: encoding is then safe from any thread
        # A second core reads half of a long message's sentences (see `read`). One worker for
        # the process: concurrent readers share it, and each still reads its own half meanwhile.
        self._helper = ThreadPoolExecutor(max_workers=1, thread_name_prefix="encoder-helper")

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, in order; an empty input gives an empty (0, 384) array.

        Texts are run in batches of similar length (sorted), so little time goes on padding."""
        rows = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        encodings = self._tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: (sum(encodings[i].attention_mask), i))
        for start in range(0, len(order), BATCH):
            chosen = order[start : start + BATCH]
            # One text (a message's meaning, the hot path) is already encoded as its own batch.
            batch = (
                encodings
                if len(texts) == 1
                else self._tokenizer.encode_batch([texts[i] for i in chosen])
            )
            for i, sentence in zip(chosen, self._run(batch), strict=True):
                vector = sentence.pool()
                if vector is not None:
                    rows[i] = vector
        return rows

    def read(self, sentences: Sequence[Sequence[str]]) -> list[SentenceStates]:
        """Each sentence, given as its words, run once: pool any span of it afterwards.

        One run per sentence, not one padded batch: a message mixes a long sentence with short
        ones, and padding them all to the longest cost a quarter more at the 95th percentile.
        Two or more sentences are shared out by length between the calling thread and a helper
        thread (onnxruntime lets go of the GIL and one session serves concurrent runs): a long
        story's screen takes a fifth less time on two cores, at the same CPU."""
        encodings = [
            self._tokenizer.encode(list(words), is_pretokenized=True) for words in sentences
        ]
        if len(encodings) < 2:
            return [self._run([encoding])[0] for encoding in encodings]
        mine, theirs = _halves([len(e.ids) for e in encodings])
        helped = self._helper.submit(lambda: [self._run([encodings[i]])[0] for i in theirs])
        states: dict[int, SentenceStates] = {i: self._run([encodings[i]])[0] for i in mine}
        states.update(zip(theirs, helped.result(), strict=True))
        return [states[i] for i in range(len(encodings))]

    def _run(self, encodings: list[Encoding]) -> list[SentenceStates]:
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        (states,) = self._session.run(
            ["token_embeddings"], {"input_ids": ids, "attention_mask": mask}
        )
        return [
            SentenceStates(
                np.array([-1 if w is None else w for w in e.word_ids], dtype=np.int64),
                np.asarray(states[i], dtype=np.float32),
            )
            for i, e in enumerate(encodings)
        ]


def _halves(lengths: Sequence[int]) -> tuple[list[int], list[int]]:
    """Indices split in two of about equal tokens, longest first (the caller takes the first)."""
    halves: tuple[list[int], list[int]] = ([], [])
    load = [0, 0]
    for i in sorted(range(len(lengths)), key=lambda i: (-lengths[i], i)):
        side = 0 if load[0] <= load[1] else 1
        halves[side].append(i)
        load[side] += lengths[i]
    return halves


@cache
def default_encoder() -> Encoder:
    """The process's one encoder over the committed model."""
    return Encoder()
