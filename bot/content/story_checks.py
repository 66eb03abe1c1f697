"""Checks of stories.yaml and diary.yaml that need the rest of the content: the appointment
criteria and self-care items they name."""

from __future__ import annotations

from collections.abc import Iterator

from bot.content.checks import Problem
from bot.content.inventory import DIARY_FILE, STORIES_FILE, entry_name
from bot.content.models import Content

# bot.stories reads these levels by name: self-care, questions in general, and no story at all.
REQUIRED_LEVELS = ("temporary", "asking", "unrelated")


def check_stories(content: Content) -> Iterator[Problem]:
    """Every appointment criterion has exactly one level; levels and self-care items name what
    exists; the levels bot.stories reads by name are there; no exemplar is written twice."""
    stories = content.stories
    criteria = [c.id for c in content.triage.appointment_criteria]
    named: dict[str, str] = {}
    seen: dict[str, str] = {}
    for i, level in enumerate(stories.levels):
        where = entry_name("levels", i, level.id)
        if level.id in {other.id for other in stories.levels[:i]}:
            yield Problem(STORIES_FILE, where, f"id {level.id!r} is used twice")
        if level.criterion is not None:
            if level.criterion not in criteria:
                message = f"field 'criterion': unknown appointment criterion {level.criterion!r}"
                yield Problem(STORIES_FILE, where, message)
            elif level.criterion in named:
                message = f"field 'criterion': {level.criterion!r} is {named[level.criterion]}'s"
                yield Problem(STORIES_FILE, where, message)
            named.setdefault(level.criterion, level.id)
            if level.source is None:
                yield Problem(STORIES_FILE, where, "field 'source': a criterion needs its quote")
        for j, exemplar in enumerate(level.exemplars):
            key = " ".join(exemplar.lower().split())
            if key in seen:
                message = f"field 'exemplars[{j}]': {exemplar!r} repeats {seen[key]}"
                yield Problem(STORIES_FILE, where, message)
            seen.setdefault(key, f"{where} exemplars[{j}]")
    for criterion in criteria:
        if criterion not in named:
            yield Problem(STORIES_FILE, "levels", f"no level for the criterion {criterion!r}")
    ids = {level.id for level in stories.levels}
    for required in REQUIRED_LEVELS:
        if required not in ids:
            yield Problem(STORIES_FILE, "levels", f"the level {required!r} is required")
    for name in ("emergency_line", "emergency_short", "sign_pointer"):
        if "{number}" not in getattr(stories.replies, name):
            yield Problem(STORIES_FILE, "replies", f"field {name!r}: needs the {{number}} to call")
    entries = {entry.id for entry in content.faq} | {section.id for section in content.sections}
    for field in ("self_care_entries", "advice_entries", "topic_entries"):
        for j, entry_id in enumerate(getattr(stories, field)):
            if entry_id not in entries:
                message = f"field '{field}[{j}]': no FAQ entry or section {entry_id!r}"
                yield Problem(STORIES_FILE, field, message)
    items = {item.id for item in content.triage.self_care}
    for j, item in enumerate(stories.self_care_items):
        if item not in items:
            message = f"field 'self_care_items[{j}]': unknown self-care item {item!r}"
            yield Problem(STORIES_FILE, "self_care_items", message)


def check_diary(content: Content) -> Iterator[Problem]:
    """Each diary notice names an appointment criterion that exists, once; ids are unique."""
    diary = content.diary
    criteria = {c.id for c in content.triage.appointment_criteria}
    seen: set[str] = set()
    for i, notice in enumerate(diary.notices):
        where = entry_name("notices", i, notice.criterion)
        if notice.criterion not in criteria:
            message = f"field 'criterion': unknown appointment criterion {notice.criterion!r}"
            yield Problem(DIARY_FILE, where, message)
        if notice.criterion in seen:
            yield Problem(DIARY_FILE, where, f"criterion {notice.criterion!r} is noticed twice")
        seen.add(notice.criterion)
    for kind, choices in (("places", diary.places), ("sides", diary.sides)):
        ids = [choice.id for choice in choices]
        if len(set(ids)) != len(ids):
            yield Problem(DIARY_FILE, kind, "an id is used twice")
