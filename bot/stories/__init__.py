"""Numbness stories: what a message that tells of someone's numbness needs, short of an emergency.

The red-flag screen (bot.triage) runs first; a story it found no emergency in gets the guide's
advice for its level (bot.stories.levels): an appointment with the reason named, self-care for
temporary numbness, or the red-flag questions when it is unclear. Pure: no telegram, no SQL.
"""

from bot.stories.cues import Cues, read_cues
from bot.stories.levels import Level, Story, StoryReader

__all__ = ["Cues", "Level", "Story", "StoryReader", "read_cues"]
