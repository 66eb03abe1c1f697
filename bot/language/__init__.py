"""The shipped sentence-embedding model: load once, embed text, compare with exemplars.

People do not write the words a lexicon expects ("she sounds drunk" for slurred speech), so the
red-flag screen and retrieval also compare a message's meaning with short example sentences. The
model is all-MiniLM-L6-v2, quantised to int8 and committed under `model/` with its provenance
(`model/PROVENANCE.md`, rebuilt by `scripts/build_language_model.py`); it is read by onnxruntime
and tokenizers on the CPU, never downloaded, never torch. Pure: no telegram, no SQL.
"""

from bot.language.classifier import ExemplarClassifier, Training
from bot.language.encoder import Encoder, default_encoder

__all__ = ["Encoder", "ExemplarClassifier", "Training", "default_encoder"]
