"""Measuring the red-flag screen on a labelled set: sensitivity and specificity, per sign.

Used by the dev-set test (which holds the screen to 100% sensitivity and at least 90%
specificity) and by bench/triage_report.py (which prints the table). Pure.

A line is labelled `emergency` (with its sign), `ambiguous` (should at least get the red-flag
questions) or `none`. "Escalated" means the emergency outcome (Screen.EMERGENCY).
- sensitivity of a sign: its emergency lines escalated with that sign named, over its lines;
  overall: emergency lines escalated at all, over all emergency lines;
- specificity of a sign: lines not labelled with that sign where the screen did not name it,
  over those lines; overall: non-emergency lines not escalated, over non-emergency lines;
- ambiguous caught: ambiguous lines that got at least the red-flag questions;
- left alone: `none` lines that the screen let through untouched (Screen.NONE).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.triage.detect import Detection, Detector, Screen
from bot.triage.red_flags import RedFlagScreen

EMERGENCY, AMBIGUOUS, NONE = "emergency", "ambiguous", "none"


@dataclass(frozen=True)
class Example:
    text: str
    expected: str
    sign: str | None = None


@dataclass
class Outcome:
    example: Example
    detection: Detection
    seconds: float

    @property
    def escalated(self) -> bool:
        return self.detection.screen is Screen.EMERGENCY

    @property
    def correct(self) -> bool:
        if self.example.expected == EMERGENCY:
            return self.escalated and self.example.sign in self.detection.signs
        if self.example.expected == AMBIGUOUS:
            return self.detection.screen is not Screen.NONE
        return not self.escalated


@dataclass
class Rate:
    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 1.0

    def add(self, hit: bool) -> None:
        self.hits += hit
        self.total += 1


@dataclass
class Report:
    outcomes: list[Outcome]
    sensitivity: dict[str, Rate] = field(default_factory=dict)
    specificity: dict[str, Rate] = field(default_factory=dict)
    overall_sensitivity: Rate = field(default_factory=Rate)
    overall_specificity: Rate = field(default_factory=Rate)
    ambiguous_caught: Rate = field(default_factory=Rate)
    left_alone: Rate = field(default_factory=Rate)

    @property
    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.correct]


def load_examples(path: Path) -> list[Example]:
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        example = Example(row["text"], row["expected"], row.get("sign"))
        if example.expected not in (EMERGENCY, AMBIGUOUS, NONE):
            raise ValueError(f"{path}:{number}: unknown label {example.expected!r}")
        if (example.expected == EMERGENCY) != (example.sign is not None):
            raise ValueError(f"{path}:{number}: an emergency line (and only one) names its sign")
        examples.append(example)
    return examples


def evaluate(
    detector: Detector | RedFlagScreen, examples: Iterable[Example], signs: Sequence[str]
) -> Report:
    outcomes = []
    for example in examples:
        started = time.perf_counter()
        detection = detector.screen(example.text)
        outcomes.append(Outcome(example, detection, time.perf_counter() - started))
    report = Report(outcomes)
    for sign in signs:
        report.sensitivity[sign], report.specificity[sign] = Rate(), Rate()
    for outcome in outcomes:
        example = outcome.example
        for sign in signs:
            named = outcome.escalated and sign in outcome.detection.signs
            if example.sign == sign:
                report.sensitivity[sign].add(named)
            else:
                report.specificity[sign].add(not named)
        if example.expected == EMERGENCY:
            report.overall_sensitivity.add(outcome.escalated)
        else:
            report.overall_specificity.add(not outcome.escalated)
        if example.expected == AMBIGUOUS:
            report.ambiguous_caught.add(outcome.detection.screen is not Screen.NONE)
        if example.expected == NONE:
            report.left_alone.add(outcome.detection.screen is Screen.NONE)
    return report
