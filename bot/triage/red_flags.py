"""The free-text red-flag screen: the lexicon OR the language model.

    message ──► lexicon (detect.py) ── a clear sign ─────────► EMERGENCY
                   │ nothing clear
                   ▼
                model (semantic.py) ── a sign, high score ────► EMERGENCY
                   │                 ── a sign, lower score ──► AMBIGUOUS, that sign asked first
                   ▼
                lexicon hedged or hinted ─────────────────────► AMBIGUOUS
                otherwise ────────────────────────────────────► NONE

A lexical hit escalates as it always has, and the model is not even asked (the emergency reply
does not wait for it). The model can only add: it never turns a lexical emergency or question
into less. Pure; the encoder sits inside the SemanticScreen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.content.models import EmergencySign
from bot.triage.ask_only import signs_that_only_ask
from bot.triage.detect import Detector
from bot.triage.findings import Detection, Screen
from bot.triage.reading import ReadSentence
from bot.triage.semantic import Level, SemanticHit, SemanticScreen
from bot.triage.told_words import onset


class RedFlagScreen:
    """Build once per content (bot.triage.tools); holds no per-message state."""

    def __init__(
        self, detector: Detector, semantic: SemanticScreen, signs: Sequence[EmergencySign]
    ) -> None:
        self.detector = detector
        self.semantic = semantic
        self._priority = {sign.id: sign.priority for sign in signs}

    def screen(self, text: str) -> Detection:
        lexical, read = self.detector.screen_and_read(text)
        if lexical.screen is Screen.EMERGENCY:
            return lexical
        return self.with_model(text, lexical, read)

    def with_model(self, text: str, lexical: Detection, read: list[ReadSentence]) -> Detection:
        """The model's half after the lexicon's (the shells run this one in a worker thread)."""
        hits = self.semantic.hits(text, read, denied_signs(lexical))
        told = onset(read)
        asks = signs_that_only_ask(read, lexical.findings, told, self._priority)
        hits = [replace(hit, level=Level.ASK) if hit.sign_id in asks else hit for hit in hits]
        return replace(self.combine(lexical, hits), onset=told)

    def combine(self, lexical: Detection, hits: Sequence[SemanticHit]) -> Detection:
        """The outcome from the lexicon's reading and the model's hits (exposed for the bench,
        which times and reports the two halves apart)."""
        if lexical.screen is Screen.EMERGENCY:
            return lexical
        escalated = sorted(
            {hit.sign_id for hit in hits if hit.level is Level.ESCALATE},
            key=self._priority.__getitem__,
        )
        if escalated:
            return Detection(
                Screen.EMERGENCY,
                tuple(escalated),
                lexical.findings,
                lexical.hints,
                by_model=True,
            )
        hedged = [f.sign_id for f in lexical.findings if f.hedged and not f.negated]
        suspected = tuple(dict.fromkeys([*(hit.sign_id for hit in hits), *hedged]))
        if hits or lexical.screen is Screen.AMBIGUOUS:
            return Detection(
                Screen.AMBIGUOUS,
                (),
                lexical.findings,
                lexical.hints,
                suspected=suspected,
                by_model=lexical.screen is Screen.NONE,
                model_suspects=bool(hits),
            )
        return lexical


def denied_signs(lexical: Detection) -> frozenset[str]:
    """The signs the lexicon read as denied ("she isn't slurring"): the model's half takes the
    lexicon's word for those denials."""
    return frozenset(f.sign_id for f in lexical.findings if f.negated)
