"""One day of the numbness diary, as the rules see it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

NONE, MILD, MODERATE, STRONG = 0, 1, 2, 3
LEVELS = (NONE, MILD, MODERATE, STRONG)
MAX_NOTE_CHARS = 1000
BOTH = "both"


@dataclass(frozen=True)
class DayEntry:
    """What a person said about one calendar day (their own time zone's)."""

    day: date
    level: int
    places: frozenset[str] = frozenset()
    side: str | None = None  # "left", "right", "both", or not said

    @property
    def numb(self) -> bool:
        return self.level > NONE


def toggle(places: frozenset[str], place: str) -> frozenset[str]:
    """A place tapped once is added, tapped again is taken away."""
    return places - {place} if place in places else places | {place}


def places_text(places: frozenset[str]) -> str:
    """How places are stored: sorted ids joined by commas (empty for none)."""
    return ",".join(sorted(places))


def places_from(text: str | None) -> frozenset[str]:
    return frozenset(part for part in (text or "").split(",") if part)
