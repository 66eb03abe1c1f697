"""The quality gate of ``scripts/build_language_model.py``: the int8 model against the original.

On ``CHECK_SENTENCES`` (short everyday sentences, health and other topics) the int8 embeddings
must keep cosine similarity >= ``MIN_COSINE`` with float32 sentence-transformers, or the build
fails and nothing is written. Imports numpy, onnxruntime, tokenizers and (for the reference
only) sentence-transformers inside the functions, so the build script can be read without them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

TOKENIZER_NAME = "tokenizer.json"
EMBEDDING_DIM = 384
MIN_COSINE = 0.97
CHECK_BATCH = 8

CHECK_SENTENCES = (
    "My left leg goes numb when I sit for a long time.",
    "I feel pins and needles in my feet every morning.",
    "The calf muscle cramps at night and wakes me up.",
    "Should I see a doctor about swelling in my ankle?",
    "Walking for twenty minutes a day helps my circulation.",
    "My toes feel cold even when the room is warm.",
    "Crossing my legs makes the tingling worse.",
    "Is it normal for my foot to fall asleep on long flights?",
    "I forgot to do my stretching exercises yesterday.",
    "Remind me to drink water at three o'clock.",
    "The pain in my knee started after I went hiking.",
    "Numbness in both legs can be a sign of nerve problems.",
    "I have diabetes and my feet sometimes burn.",
    "Sudden weakness in one leg needs urgent medical help.",
    "Compression socks made my legs feel lighter.",
    "How often should I take a break from my desk?",
    "My back hurts and the pain runs down my thigh.",
    "I sleep better when I raise my legs on a pillow.",
    "Can vitamin B12 deficiency cause tingling?",
    "The physiotherapist showed me three new exercises.",
    "It is raining again, so I will walk tomorrow.",
    "What time does the pharmacy close on Sunday?",
    "Please stop sending me reminders for today.",
    "Thanks, that advice was really helpful!",
    "I bought fresh bread and cheese at the market.",
    "The train to the city was late this morning.",
    "My daughter is learning to play the piano.",
    "We watched a funny film about a lost dog.",
    "The football match ended in a draw.",
    "Tomatoes grow well in a sunny corner of the garden.",
    "The laptop battery dies after two hours.",
    "I need to renew my passport before the summer trip.",
    "The soup needs a little more salt.",
    "Our neighbours are painting their fence blue.",
    "He fixed the bicycle chain with a small wrench.",
    "The museum is free on the first Sunday of the month.",
    "Snow closed the mountain road for two days.",
    "She reads a chapter of her book every night before bed.",
    "hi",
    "leg numb again, what do i do",
)


@dataclass(frozen=True)
class Agreement:
    """Cosine similarity and absolute differences between two sets of embeddings."""

    mean_cosine: float
    min_cosine: float
    max_abs_diff: float


@dataclass(frozen=True)
class BuildReport:
    """What a build measured, for PROVENANCE.md and the console."""

    int8_vs_reference: Agreement
    int8_single_vs_reference: Agreement
    float_onnx_vs_reference: Agreement
    single_vs_batched: Agreement


def onnx_embed(
    model_path: Path, tokenizer_path: Path, sentences: list[str], batch: int = CHECK_BATCH
) -> npt.NDArray[np.float32]:
    """Embed sentences the way the bot will: onnxruntime + tokenizers, one thread."""
    import numpy as np
    import onnxruntime as ort
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(tokenizer_path))
    # tokenizer.json pads every input to 128 tokens; pad to the longest in the batch instead.
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106 - a token, not a secret
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    session = ort.InferenceSession(
        str(model_path), sess_options=options, providers=["CPUExecutionProvider"]
    )
    parts = []
    for start in range(0, len(sentences), batch):
        encodings = tokenizer.encode_batch(sentences[start : start + batch])
        feed = {
            "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
        }
        parts.append(session.run(["sentence_embedding"], feed)[0])
    return np.concatenate(parts).astype(np.float32)


def reference_embed(model_dir: Path, sentences: list[str]) -> npt.NDArray[np.float32]:
    """Float32 embeddings from the sentence-transformers pipeline itself."""
    import numpy as np
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(1)
    model = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True)
    return np.asarray(
        model.encode(sentences, batch_size=CHECK_BATCH, convert_to_numpy=True), dtype=np.float32
    )


def agreement(a: npt.NDArray[np.float32], b: npt.NDArray[np.float32]) -> Agreement:
    """Row-wise cosine similarity (mean, min) and the largest absolute element difference."""
    import numpy as np

    a64 = a.astype(np.float64)
    b64 = b.astype(np.float64)
    cos = (a64 * b64).sum(axis=1) / (np.linalg.norm(a64, axis=1) * np.linalg.norm(b64, axis=1))
    return Agreement(
        mean_cosine=float(cos.mean()),
        min_cosine=float(cos.min()),
        max_abs_diff=float(np.abs(a64 - b64).max()),
    )


def check_quality(model_dir: Path, float_path: Path, int8_path: Path) -> BuildReport:
    """Compare int8 and float32 ONNX against the reference; fail below ``MIN_COSINE``."""
    sentences = list(CHECK_SENTENCES)
    tokenizer_path = model_dir / TOKENIZER_NAME
    reference = reference_embed(model_dir, sentences)
    float_onnx = onnx_embed(float_path, tokenizer_path, sentences)
    int8 = onnx_embed(int8_path, tokenizer_path, sentences)
    single = onnx_embed(int8_path, tokenizer_path, sentences, batch=1)
    if int8.shape != (len(sentences), EMBEDDING_DIM):
        raise SystemExit(f"unexpected embedding shape {int8.shape}")
    report = BuildReport(
        int8_vs_reference=agreement(int8, reference),
        int8_single_vs_reference=agreement(single, reference),
        float_onnx_vs_reference=agreement(float_onnx, reference),
        single_vs_batched=agreement(single, int8),
    )
    print(f"check sentences: {len(sentences)}")
    rows = (
        (f"int8 ONNX, batches of {CHECK_BATCH}, vs float32 reference", report.int8_vs_reference),
        ("int8 ONNX, one at a time, vs float32 reference", report.int8_single_vs_reference),
        ("float32 ONNX vs float32 reference", report.float_onnx_vs_reference),
        (f"int8 one at a time vs int8 in batches of {CHECK_BATCH}", report.single_vs_batched),
    )
    for label, result in rows:
        print(
            f"{label}: mean cosine {result.mean_cosine:.6f}, min cosine "
            f"{result.min_cosine:.6f}, max abs diff {result.max_abs_diff:.2e}"
        )
    worst = min(report.int8_vs_reference.min_cosine, report.int8_single_vs_reference.min_cosine)
    if worst < MIN_COSINE:
        raise SystemExit(f"quality gate failed: min cosine {worst:.6f} < {MIN_COSINE}")
    f = report.float_onnx_vs_reference
    if f.min_cosine < 0.9999:
        raise SystemExit(f"float32 export disagrees with the reference: {f.min_cosine:.6f}")
    return report
