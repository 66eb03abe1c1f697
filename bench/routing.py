"""The whole free-text decision, as the bot takes it, for the benchmarks: screen, then understand.

Pure: the same calls the handlers make (bot.handlers.free_text and respond), without Telegram,
one after the other in one thread (the bot reads the message beside the screen's model half).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.content.models import Content
from bot.faq.index import FaqIndex
from bot.stories.route import Step
from bot.stories.tools import reader_for
from bot.stories.understand import Understanding, understand
from bot.triage import tools_for


@dataclass(frozen=True)
class Routed:
    step: Step
    read: Understanding

    @property
    def entry(self) -> str | None:
        """The guide entry answered with, for an ANSWER."""
        if self.step is Step.ANSWER and self.read.reply.ranked:
            return self.read.reply.ranked[0].id
        return None


class Router:
    def __init__(self, content: Content, index: FaqIndex) -> None:
        self._screen = tools_for(content).screen
        self._reader = reader_for(content)
        self._index = index

    def route(self, text: str) -> Routed:
        detection = self._screen.screen(text)
        read = understand(text, detection, self._index, self._reader)
        return Routed(read.decision.step, read)

    def held(self, text: str) -> str | None:
        """For bench/faq_field: what keeps a message from the guide's own reply (the step, or
        "answer+level" for an answer under a story's advice, which still counts as the answer);
        None when the guide's reply is what the person gets."""
        routed = self.route(text)
        step = routed.step
        if step in (Step.ANSWER, Step.SUGGEST, Step.NOT_COVERED, Step.SMALL_TALK):
            return None
        if step is Step.CHECK and routed.read.decision.answer_first:
            return None  # the guide's answer, the red-flag questions under it
        if step is Step.APPOINTMENT:
            return "appointment"  # the story's advice, the guide's seek-appointment in brief
        return step.value
