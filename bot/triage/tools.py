"""One engine and one detector per Content, built once: both are pure and hold no state."""

from __future__ import annotations

from dataclasses import dataclass

from bot.content.models import Content
from bot.triage.detect import Detector
from bot.triage.engine import TriageEngine


@dataclass(frozen=True)
class TriageTools:
    engine: TriageEngine
    detector: Detector


_BUILT: dict[int, tuple[Content, TriageTools]] = {}


def tools_for(content: Content) -> TriageTools:
    """The engine and detector for this content (normally one Content per process)."""
    built = _BUILT.get(id(content))
    if built is None or built[0] is not content:
        tools = TriageTools(
            TriageEngine.from_triage(content.triage), Detector(content.triage.emergency_signs)
        )
        built = (content, tools)
        _BUILT[id(content)] = built
    return built[1]
