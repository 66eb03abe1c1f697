"""Symptom stories labelled by triage level, scored as the red-flag screen acts on them.

The sets (`../shared/field/symptoms.jsonl`, `tests/data/symptoms_dev.jsonl` and others of that
form) hold one story a line: `{"text", "level", "sign"}`, the level one of emergency,
appointment, selfcare, none. What counts, as the field set's README says: an emergency story is
caught when the screen escalates, or at least asks the red-flag questions at once; any other story
must not be escalated (asking is over-cautious there, and counted apart). Used by
bench/triage_report.py; pure apart from reading the file.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from bench.figures import percentile
from bot.triage import Screen
from bot.triage.red_flags import RedFlagScreen

EMERGENCY = "emergency"
LEVELS = ("emergency", "appointment", "selfcare", "none")


@dataclass(frozen=True)
class Story:
    id: str
    text: str
    level: str
    sign: str


@dataclass(frozen=True)
class Scored:
    story: Story
    screen: Screen
    by_model: bool
    seconds: float


def kind_of_set(path: Path) -> str:
    """ "symptoms" (level per story), "questions" (no emergency in any line: the field set's
    questions and out-of-scope messages) or "lexicon" (the lexicon's expected/sign sets)."""
    with path.open(encoding="utf-8") as file:
        first = json.loads(next((line for line in file if line.strip()), "{}"))
    if "level" in first:
        return "symptoms"
    return "lexicon" if "expected" in first else "questions"


def question_outcomes(screen: RedFlagScreen, path: Path) -> str:
    """How many messages that report no emergency the screen escalates or asks about: each of
    those is a question the guide could have answered, held up by the red-flag check."""
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    lexicon, both = Counter[str](), Counter[str]()
    for row in rows:
        lexicon[screen.detector.screen(row["text"]).screen.value] += 1
        both[screen.screen(row["text"]).screen.value] += 1
    return "\n".join(
        [
            "| screen | escalated | asked | left to the guide |",
            "|---|---|---|---|",
            *(
                f"| {name} | {c['emergency']} | {c['ambiguous']} | {c['none']} of {len(rows)} |"
                for name, c in (("lexicon alone", lexicon), ("lexicon OR model", both))
            ),
        ]
    )


def load_stories(path: Path) -> list[Story]:
    stories = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row["level"] not in LEVELS:
                raise ValueError(f"{path}: unknown level {row['level']!r}")
            stories.append(Story(row.get("id", ""), row["text"], row["level"], row["sign"]))
    return stories


def score(screen: RedFlagScreen, stories: list[Story]) -> list[Scored]:
    scored = []
    for story in stories:
        started = time.perf_counter()
        detection = screen.screen(story.text)
        seconds = time.perf_counter() - started
        scored.append(Scored(story, detection.screen, detection.by_model, seconds))
    return scored


def _pct(part: int, whole: int) -> str:
    return f"{part / whole:.1%} ({part}/{whole})" if whole else "-"


def tables(scored: list[Scored]) -> str:
    """Markdown: emergencies per sign, the other levels per sign, and the headline figures."""
    by_sign: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for item in scored:
        by_sign[(item.story.level, item.story.sign)][item.screen.value] += 1
    lines = [
        "| level | sign | lines | escalated | asked | neither |",
        "|---|---|---|---|---|---|",
    ]
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    for level in LEVELS:
        for (own, sign), counts in sorted(by_sign.items()):
            if own != level:
                continue
            n = sum(counts.values())
            totals[level].update(counts)
            lines.append(
                f"| {level} | {sign} | {n} | {counts['emergency']} | {counts['ambiguous']} | "
                f"{counts['none']} |"
            )
    emergency = totals[EMERGENCY]
    n_emergency = sum(emergency.values())
    calm = Counter[str]()
    for level in LEVELS[1:]:
        calm.update(totals[level])
    n_calm = sum(calm.values())
    caught = emergency["emergency"] + emergency["ambiguous"]
    ms = [item.seconds * 1000 for item in scored]
    escalated = sum(item.screen is Screen.EMERGENCY for item in scored)
    by_model = sum(item.by_model for item in scored if item.screen is Screen.EMERGENCY)
    lines += [
        "",
        f"- emergencies escalated: {_pct(emergency['emergency'], n_emergency)}; escalated or "
        f"asked at once: {_pct(caught, n_emergency)}",
        f"- non-emergencies not escalated: {_pct(n_calm - calm['emergency'], n_calm)} "
        f"(asked: {calm['ambiguous']})",
        f"- escalations decided by the model: {by_model} of {escalated}",
        f"- screen per message: p50 {percentile(ms, 50):.2f} ms, p95 {percentile(ms, 95):.2f} "
        f"ms, max {max(ms):.2f} ms",
    ]
    return "\n".join(lines)


def misses(scored: list[Scored], *, asked: bool = False) -> list[str]:
    """One line per story the screen got wrong: an emergency neither escalated nor asked, or a
    calm story escalated; with `asked`, also every emergency only asked about."""
    wrong = []
    for item in scored:
        story = item.story
        missed = story.level == EMERGENCY and item.screen is Screen.NONE
        only_asked = asked and story.level == EMERGENCY and item.screen is Screen.AMBIGUOUS
        false_alarm = story.level != EMERGENCY and item.screen is Screen.EMERGENCY
        if missed or false_alarm or only_asked:
            kind = "MISS" if missed else "FALSE ALARM" if false_alarm else "ASKED"
            wrong.append(f"  {kind} {story.id} {story.level}/{story.sign}: {story.text}")
    return wrong
