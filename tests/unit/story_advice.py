"""The advice a story's reply carries, through the whole free-text route, for the story tests.

Shared so that each test file reads a story the way the bot does (screen, then understand),
with one loaded content, index and screen.
"""

from __future__ import annotations

from bot.content import load_content
from bot.faq.index import FaqIndex
from bot.stories import Level
from bot.stories.route import Step
from bot.stories.tools import reader_for
from bot.stories.understand import understand
from bot.triage import tools_for

CONTENT = load_content()
READER = reader_for(CONTENT)
INDEX = FaqIndex.from_content(CONTENT)
SCREEN = tools_for(CONTENT).screen


def advised(text: str) -> Level | None:
    """The level whose advice the reply carries: its story step or its banner."""
    decision = understand(text, SCREEN.screen(text), INDEX, READER).decision
    if decision.self_care or decision.step is Step.SELF_CARE:
        return Level.SELF_CARE
    if decision.step is Step.APPOINTMENT or decision.advice is Level.APPOINTMENT:
        return Level.APPOINTMENT
    return decision.banner
