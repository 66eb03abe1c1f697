"""One story reader per Content, built once at start-up: its classifier trains on the content's
exemplars with the shipped model (a fraction of a second once their vectors are cached)."""

from __future__ import annotations

from bot.content.models import Content
from bot.language import default_encoder
from bot.stories.levels import StoryEntries, StoryReader

_BUILT: dict[int, tuple[Content, StoryReader]] = {}


def reader_for(content: Content) -> StoryReader:
    built = _BUILT.get(id(content))
    if built is None or built[0] is not content:
        reader = StoryReader(
            default_encoder(),
            content.stories.levels,
            [criterion.id for criterion in content.triage.appointment_criteria],
            entries=StoryEntries(
                self_care=frozenset(content.stories.self_care_entries),
                advice=frozenset(content.stories.advice_entries),
                topics=frozenset(content.stories.topic_entries),
            ),
        )
        built = (content, reader)
        _BUILT[id(content)] = built
    return built[1]
