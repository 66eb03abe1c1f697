"""Questions and out-of-scope messages as people type them, scored as the field set's README says.

The sets (`../shared/field/questions.jsonl`, `out_of_scope.jsonl`, and sets of the same form in
`tests/data/`) hold one message a line: a question with `accept` (the entries that answer it, best
first) and `style`, or an out-of-scope message with `kind`. What counts:
- a question is correct only when the bot answers it directly with an accepted entry; a "did you
  mean" is counted apart, as good when it holds an accepted entry; a declined question is lost;
- an out-of-scope message is correct when the bot gives no direct answer.
With `route`, each message first goes through the free-text route's decision (the red-flag screen,
then the story levels) as the bot takes it, so a question held up there counts as not answered.
Pure apart from reading the files.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.figures import percentile
from bot.faq.answer import Band, Reply
from bot.ui.stories_render import APPOINTMENT_SECTION, SELF_CARE_SECTION

# A story reply ends in the guide section it comes from, a tap away: the section it names.
STORY_SECTIONS = {"appointment": APPOINTMENT_SECTION, "self_care": SELF_CARE_SECTION}

Answerer = Callable[[str], Reply]
Router = Callable[[str], str | None]  # the outcome that keeps a message from the guide, or None


@dataclass(frozen=True)
class Message:
    id: str
    text: str
    accept: tuple[str, ...]  # empty for an out-of-scope message
    group: str  # the question's style or the message's kind


@dataclass(frozen=True)
class Outcome:
    message: Message
    result: str  # correct, wrong, suggest-good, suggest-other, declined; or a route's outcome
    seconds: float
    first: bool  # answered with the first accepted id
    offered: bool = False  # a wrong answer's "or did you mean" holds an accepted entry


def load(path: Path) -> list[Message]:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [
        Message(
            row["id"], row["text"], tuple(row.get("accept", ())), row.get("style", row.get("kind"))
        )
        for row in rows
    ]


def score(
    answerer: Answerer, messages: list[Message], route: Router | None = None
) -> list[Outcome]:
    outcomes = []
    for message in messages:
        started = time.perf_counter()
        held = route(message.text) if route is not None else None
        reply = None if held is not None else answerer(message.text)
        seconds = time.perf_counter() - started
        if reply is None:
            outcomes.append(Outcome(message, held or "declined", seconds, False))
            continue
        ids = [entry.id for entry in reply.ranked]
        first = bool(message.accept) and bool(ids) and ids[0] == message.accept[0]
        if reply.band is Band.ANSWER:
            result = "correct" if ids[0] in message.accept else "wrong"
        elif reply.band is Band.SUGGEST:
            result = "suggest-good" if set(ids) & set(message.accept) else "suggest-other"
        else:
            result = "declined"
        offered = result == "wrong" and bool({e.id for e in reply.also} & set(message.accept))
        outcomes.append(Outcome(message, result, seconds, first and result == "correct", offered))
    return outcomes


def _pct(part: int, whole: int) -> str:
    return f"{part / whole:.1%} ({part})" if whole else "-"


def table(outcomes: list[Outcome], *, in_scope: bool) -> str:
    """Markdown: one row per style (or kind) and the whole set, then latency."""
    by_group: dict[str, Counter[str]] = defaultdict(Counter)
    for outcome in outcomes:
        by_group[outcome.message.group][outcome.result] += 1
        by_group["all"][outcome.result] += 1
    held = sorted(
        {o.result for o in outcomes}
        - {"correct", "wrong", "suggest-good", "suggest-other", "declined"}
    )
    if in_scope:
        head = ["correct", "wrong", "suggest-good", "suggest-other", "declined", *held]
    else:
        head = ["not answered", "wrong", "suggest-good", "suggest-other", "declined", *held]
    lines = [f"| group | n | {' | '.join(head)} |", "|---|---|" + "---|" * len(head)]
    for group in sorted(by_group, key=lambda g: (g == "all", g)):
        counts = by_group[group]
        n = sum(counts.values())
        if in_scope:
            cells = [_pct(counts[h], n) for h in head]
        else:
            answered = counts["correct"] + counts["wrong"]
            cells = [
                _pct(n - answered, n),
                _pct(answered, n),
                *(_pct(counts[h], n) for h in head[2:]),
            ]
        lines.append(f"| {group} | {n} | {' | '.join(cells)} |")
    ms = [o.seconds * 1000 for o in outcomes]
    firsts = sum(o.first for o in outcomes)
    lines += [
        "",
        f"- answered with the first accepted id: {firsts} of {len(outcomes)}"
        if in_scope
        else "- (an out-of-scope message is right when it is not answered directly)",
        f"- per message: p50 {percentile(ms, 50):.2f} ms, p95 {percentile(ms, 95):.2f} ms",
    ]
    if in_scope:
        lines.append(_offered(outcomes))
    if in_scope and held:
        lines.append(_story_sections(outcomes))
    return "\n".join(lines)


def _offered(outcomes: list[Outcome]) -> str:
    """Of the questions not answered right, those shown an accepted entry as a "did you mean":
    the suggestions, or a close call's runners-up under a wrong answer."""
    rest = [o for o in outcomes if o.result != "correct"]
    good = sum(o.result == "suggest-good" for o in rest)
    under = sum(o.offered for o in rest)
    return (
        f"- not answered right, yet an accepted entry offered: {good + under} of {len(rest)} "
        f'({good} in a "did you mean", {under} under a wrong answer)'
    )


def _story_sections(outcomes: list[Outcome]) -> str:
    """Questions given a story's reply whose named section is one they accept, apart: not a
    direct answer by the README's letter, but the guide's words on what they asked."""
    named = sum(
        STORY_SECTIONS.get(o.result) in o.message.accept for o in outcomes if o.result != "correct"
    )
    correct = sum(o.result == "correct" for o in outcomes)
    return (
        f"- a story's reply naming an accepted section: {named} more "
        f"(with them, {_pct(correct + named, len(outcomes))})"
    )


def misses(outcomes: list[Outcome], *, in_scope: bool) -> list[str]:
    wrong = []
    for outcome in outcomes:
        bad = outcome.result != "correct" if in_scope else outcome.result in {"correct", "wrong"}
        if bad:
            message = outcome.message
            said = outcome.result + ("+offered" if outcome.offered else "")
            wrong.append(f"  {said} {message.id} {message.accept}: {message.text}")
    return wrong
