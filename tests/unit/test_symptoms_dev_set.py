"""The red-flag screen and the whole free-text route on the symptom-story development set
(tests/data/symptoms_dev.jsonl).

The set was written for this project by someone who had not read content/ and is tuned on, so
its figures are a floor that guards against regressions, not an estimate for new wording: that
comes from sets nobody tuned on (BENCHMARKS.md, "Red-flag screen on symptom stories").
"""

from __future__ import annotations

from pathlib import Path

from bench import story_routing, triage_field
from bench.routing import Router
from bot.content import load_content
from bot.faq.index import FaqIndex
from bot.triage import Screen, tools_for

SET = Path(__file__).resolve().parents[1] / "data" / "symptoms_dev.jsonl"


def test_the_screen_holds_its_levels_on_the_development_set() -> None:
    stories = triage_field.load_stories(SET)
    assert len(stories) == 400
    scored = triage_field.score(tools_for(load_content()).screen, stories)
    emergencies = [s for s in scored if s.story.level == triage_field.EMERGENCY]
    others = [s for s in scored if s.story.level != triage_field.EMERGENCY]
    escalated = sum(s.screen is Screen.EMERGENCY for s in emergencies)
    caught = sum(s.screen is not Screen.NONE for s in emergencies)
    false_alarms = sum(s.screen is Screen.EMERGENCY for s in others)
    assert escalated >= 0.94 * len(emergencies)
    assert caught >= 0.975 * len(emergencies)
    assert false_alarms <= 0.02 * len(others)


def test_the_whole_route_holds_its_levels_on_the_development_set() -> None:
    """Through screen, story and guide: every emergency escalated or asked about, the story
    levels at their floors, no calm story escalated."""
    content = load_content()
    router = Router(content, FaqIndex.from_content(content))
    routed = story_routing.route_all(router, triage_field.load_stories(SET))
    right: dict[str, int] = {}
    for level in triage_field.LEVELS:
        mine = [r for r in routed if r.story.level == level]
        right[level] = sum(story_routing.is_right(level, r.outcome) for r in mine)
    assert right["emergency"] == 200
    assert right["appointment"] >= 0.9 * 80
    assert right["selfcare"] >= 0.95 * 60
    assert right["none"] == 60
