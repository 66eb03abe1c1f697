"""The held-out dev set and the figures measured on it, shared by the test and the benchmark.

A question counts as found at top-1 when the right entry ranks first, at top-3 when it ranks in
the first three; either way only if the bot did not turn the question down as "not covered" (then
the person sees nothing of the ranking). `answered`/`answered_wrong` count the direct answers (the
high band), the failure that matters most. Out-of-scope questions count as rejected only when the
bot says the guide does not cover them (a "did you mean" is not a rejection).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median

import yaml

from bot.faq.answer import Band, Reply, answer
from bot.faq.index import FaqIndex

DEV_SET_PATH = Path(__file__).resolve().parents[1] / "tests" / "data" / "faq_dev_set.yaml"


@dataclass(frozen=True)
class Labelled:
    question: str
    accepted: frozenset[str]
    """Ids of the entries that answer it: the label first, then any `also`."""


@dataclass(frozen=True)
class DevSet:
    in_scope: list[Labelled]
    out_of_scope: list[str]


@dataclass
class Figures:
    """What the benchmark prints and the test holds."""

    in_scope: int = 0
    out_of_scope: int = 0
    top1: int = 0
    top3: int = 0
    answered: int = 0
    answered_wrong: int = 0
    rejected: int = 0
    oos_answered: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def top1_rate(self) -> float:
        return self.top1 / self.in_scope if self.in_scope else 0.0

    @property
    def top3_rate(self) -> float:
        return self.top3 / self.in_scope if self.in_scope else 0.0

    @property
    def rejection_rate(self) -> float:
        return self.rejected / self.out_of_scope if self.out_of_scope else 0.0

    @property
    def p50_ms(self) -> float:
        return median(self.latencies_ms) if self.latencies_ms else 0.0

    @property
    def p95_ms(self) -> float:
        if not self.latencies_ms:
            return 0.0
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def load_dev_set(path: Path = DEV_SET_PATH) -> DevSet:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    in_scope = [
        Labelled(question, frozenset([group["answer"], *group.get("also", [])]))
        for group in raw["in_scope"]
        for question in group["asked"]
    ]
    return DevSet(in_scope=in_scope, out_of_scope=list(raw["out_of_scope"]))


def evaluate(index: FaqIndex, dev_set: DevSet) -> Figures:
    figures = Figures(in_scope=len(dev_set.in_scope), out_of_scope=len(dev_set.out_of_scope))
    for item in dev_set.in_scope:
        reply = _timed(index, item.question, figures)
        shown = [entry.id for entry in reply.ranked]
        if shown and shown[0] in item.accepted:
            figures.top1 += 1
        else:
            figures.misses.append(f"{item.question!r}: {reply.band} {shown}")
        if any(entry_id in item.accepted for entry_id in shown):
            figures.top3 += 1
        if reply.band is Band.ANSWER:
            figures.answered += 1
            figures.answered_wrong += shown[0] not in item.accepted
    for question in dev_set.out_of_scope:
        reply = _timed(index, question, figures)
        if reply.band in (Band.NOT_COVERED, Band.SMALL_TALK):
            figures.rejected += 1
        else:
            ranked = [entry.id for entry in reply.ranked]
            figures.misses.append(f"out of scope {question!r}: {reply.band} {ranked}")
        figures.oos_answered += reply.band is Band.ANSWER
    return figures


def _timed(index: FaqIndex, question: str, figures: Figures) -> Reply:
    start = time.perf_counter()
    reply = answer(index, question)
    figures.latencies_ms.append((time.perf_counter() - start) * 1000)
    return reply
