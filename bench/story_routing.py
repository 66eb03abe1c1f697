"""What the bot does with each symptom story, through the whole free-text route, per level.

Scored as the field set's README says: an appointment-level story is right when the reply
advises an appointment and names the reason (the story reply, or a guide answer under the
story's appointment advice); a self-care story when it gives the guide's self-care (the story
reply, or an answer under the self-care advice); an emergency when it escalates or asks the
red-flag questions at once; a story of level none must not be escalated. Used by
bench/triage_report.py; pure apart from the model.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass

from bench.figures import percentile
from bench.routing import Router
from bench.triage_field import LEVELS, Story
from bot.stories.route import Step

RIGHT = {
    "emergency": {"emergency", "check", "check+appointment"},
    "appointment": {"appointment", "answer+appointment", "check+appointment"},
    "selfcare": {"self_care", "answer+self_care"},
}


@dataclass(frozen=True)
class Routed:
    story: Story
    outcome: str  # the step, "+level" for an answer under a story's advice
    seconds: float


def outcome_of(router: Router, text: str) -> str:
    routed = router.route(text)
    decision = routed.read.decision
    if decision.self_care:
        return f"{routed.step.value}+self_care"  # the guide's self-care answer itself
    banner = decision.banner or decision.advice
    return routed.step.value + (f"+{banner.value}" if banner is not None else "")


def route_all(router: Router, stories: list[Story]) -> list[Routed]:
    routed = []
    for story in stories:
        started = time.perf_counter()
        outcome = outcome_of(router, story.text)
        routed.append(Routed(story, outcome, time.perf_counter() - started))
    return routed


def is_right(level: str, outcome: str) -> bool:
    if level == "none":
        return outcome != Step.EMERGENCY.value
    return outcome in RIGHT[level]


def table(routed: list[Routed]) -> str:
    by_level: dict[str, Counter[str]] = defaultdict(Counter)
    for item in routed:
        by_level[item.story.level][item.outcome] += 1
    lines = ["| level | stories | right | replies (most first) |", "|---|---|---|---|"]
    for level in LEVELS:
        counts = by_level.get(level)
        if not counts:
            continue
        n = sum(counts.values())
        right = sum(c for outcome, c in counts.items() if is_right(level, outcome))
        spread = ", ".join(f"{outcome} {c}" for outcome, c in counts.most_common())
        lines.append(f"| {level} | {n} | {right / n:.1%} ({right}) | {spread} |")
    ms = [item.seconds * 1000 for item in routed]
    lines += [
        "",
        "right: emergency escalated or asked at once; appointment advice naming the reason; "
        "the guide's self-care; level none not escalated.",
        f"- per story (screen and reading, one thread): p50 {percentile(ms, 50):.2f} ms, "
        f"p95 {percentile(ms, 95):.2f} ms",
    ]
    return "\n".join(lines)


def wrong(routed: list[Routed]) -> list[str]:
    return [
        f"  {item.story.level}/{item.story.sign} -> {item.outcome}: {item.story.text}"
        for item in routed
        if not is_right(item.story.level, item.outcome)
    ]
