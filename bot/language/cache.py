"""Exemplar vectors kept on disk between starts, keyed by the model and the exact sentences.

Embedding the content's thousand-odd exemplars costs about a second of CPU at every start; a
restart, a second webhook worker or a test that starts the bot again would pay it each time. The
vectors depend only on the model file and the sentences, so they are stored under a key made of
both and read back when nothing changed. A missing, unreadable or malformed file is recomputed;
the cache lives in the user's own cache directory (`$XDG_CACHE_HOME/legcare`, else
`~/.cache/legcare`), never in a shared temporary folder where another account could plant one.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import IO, Protocol

import numpy as np

log = logging.getLogger(__name__)


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "legcare"


@cache
def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def vectors_for(
    model: Path,
    texts: Sequence[str],
    compute: Callable[[Sequence[str]], np.ndarray],
    directory: Path | None = None,
) -> np.ndarray:
    """`compute(texts)`, read from the cache when the same model already embedded them."""
    key = hashlib.sha256(_file_digest(model).encode())
    for text in texts:
        key.update(text.encode("utf-8") + b"\0")
    path = (directory or cache_dir()) / f"exemplars-{key.hexdigest()[:32]}.npy"
    try:
        vectors = np.load(path, allow_pickle=False)
        if vectors.shape[0] == len(texts) and np.isfinite(vectors).all():
            _used(path)
            return vectors.astype(np.float32, copy=False)
    except (OSError, ValueError):
        pass  # not there yet, or damaged: compute it again
    vectors = compute(texts)
    _save(path, lambda file: np.save(file, vectors, allow_pickle=False))
    return vectors


def arrays_for(
    key: bytes,
    shapes: dict[str, tuple[int, ...]],
    compute: Callable[[], dict[str, np.ndarray]],
    directory: Path,
) -> dict[str, np.ndarray]:
    """`compute()`, read back from `directory` when arrays of these shapes were stored under the
    same key (a digest of everything they are computed from)."""
    path = directory / f"arrays-{hashlib.sha256(key).hexdigest()[:32]}.npz"
    try:
        with np.load(path, allow_pickle=False) as stored:
            arrays = {name: stored[name] for name in shapes}
        if all(
            arrays[name].shape == shape and np.isfinite(arrays[name]).all()
            for name, shape in shapes.items()
        ):
            _used(path)
            return arrays
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
        pass  # not there yet, or damaged: compute it again
    arrays = compute()
    _save(path, lambda file: np.savez(file, **arrays))
    return arrays


def _save(path: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Whole or not at all, for processes starting together; a cache that cannot be written only
    costs the next start its time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as file:
            write(file)
        os.replace(file.name, path)
        _prune(path.parent)
    except OSError as exc:
        log.info("computed arrays not cached", extra={"reason": type(exc).__name__})


KEPT_FILES = 40
"""Cached files kept per directory, the most recently used: every edit of the content makes new
ones (a few MB each) and nothing else would ever remove the old."""


def _used(path: Path) -> None:
    """Mark a file read back as recently used, so pruning keeps what starts still read."""
    with contextlib.suppress(OSError):  # read-only or gone: pruned or recomputed, never wrong
        os.utime(path)


def _prune(directory: Path) -> None:
    """Remove all but the KEPT_FILES most recently used cache files. A process that was about to
    read a removed one computes it again."""
    files = [*directory.glob("exemplars-*.npy"), *directory.glob("arrays-*.npz")]
    if len(files) <= KEPT_FILES:
        return
    dated = []
    for file in files:
        try:
            dated.append((file.stat().st_mtime, file))
        except OSError:
            continue  # removed by another process meanwhile
    for _, file in sorted(dated, reverse=True)[KEPT_FILES:]:
        file.unlink(missing_ok=True)


def _model_file(embedder: object) -> Path | None:
    """The shipped encoder's model file; None for any other embedder (a test's fake)."""
    model = getattr(embedder, "model_path", None)
    return model if isinstance(model, Path) else None


def store_for(embedder: object) -> Path | None:
    """Where what is computed from an embedder's vectors may be kept between starts: the cache
    directory for the shipped encoder (a model file), nowhere for anything else."""
    return cache_dir() if _model_file(embedder) is not None else None


class Embedder(Protocol):
    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


_IN_PROCESS: dict[tuple[int, tuple[str, ...]], np.ndarray] = {}
_IN_PROCESS_LIMIT = 8  # exemplars, entries and story levels of a content or two


def embedded(embedder: Embedder, texts: Sequence[str]) -> np.ndarray:
    """The vectors of content sentences, computed once per process and encoder (a process that
    reloads its content, as tests do, does not embed them again) and, for the shipped encoder,
    kept on disk between starts (`vectors_for`)."""
    key = (id(embedder), tuple(texts))
    if key not in _IN_PROCESS:
        vectors = _from_held(key)
        if vectors is None:
            model = _model_file(embedder)
            if model is not None:
                vectors = vectors_for(model, key[1], embedder.embed)
            else:
                vectors = embedder.embed(list(key[1]))
        if len(_IN_PROCESS) >= _IN_PROCESS_LIMIT:
            _IN_PROCESS.pop(next(iter(_IN_PROCESS)))  # the oldest: content edited since
        _IN_PROCESS[key] = vectors
    return _IN_PROCESS[key]


def _from_held(key: tuple[int, tuple[str, ...]]) -> np.ndarray | None:
    """The texts' vectors taken from lists this process already embedded with the same encoder,
    when those hold every one of them; else None. Content with a part left out (a set of
    content/asked/ held back to score it, bench/learned.py) then costs no model run and leaves
    no file in the cache."""
    owner, texts = key
    if not texts:
        return None
    rows: dict[str, np.ndarray] = {}
    for (held_owner, held_texts), vectors in _IN_PROCESS.items():
        if held_owner == owner:
            rows.update(zip(held_texts, vectors, strict=True))
    if not all(text in rows for text in texts):
        return None
    return np.stack([rows[text] for text in texts])
