"""One engine and one red-flag screen per Content, built once: both are pure and hold no state.

Building the screen embeds every exemplar with the shipped model (a fraction of a second), so it
happens at start-up (`bot.app.application`), not on someone's first message.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.content.models import Content
from bot.language import default_encoder
from bot.triage.detect import Detector
from bot.triage.engine import TriageEngine
from bot.triage.red_flags import RedFlagScreen
from bot.triage.semantic import SemanticScreen


@dataclass(frozen=True)
class TriageTools:
    engine: TriageEngine
    screen: RedFlagScreen

    @property
    def detector(self) -> Detector:
        """The lexicon alone: for callers that must not wait for the model."""
        return self.screen.detector


_BUILT: dict[int, tuple[Content, TriageTools]] = {}


def tools_for(content: Content) -> TriageTools:
    """The engine and screen for this content (normally one Content per process)."""
    built = _BUILT.get(id(content))
    if built is None or built[0] is not content:
        signs = content.triage.emergency_signs
        detector = Detector(signs)
        exemplars = content.exemplars
        semantic = SemanticScreen(
            default_encoder(),
            detector,
            exemplars.red_flags,
            exemplars.calm,
            exemplars.with_numbness,
        )
        tools = TriageTools(
            TriageEngine.from_triage(content.triage), RedFlagScreen(detector, semantic, signs)
        )
        built = (content, tools)
        _BUILT[id(content)] = built
    return built[1]
