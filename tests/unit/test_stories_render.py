"""Every reply to a story or a question stays a focused chat message and names its guide source."""

from __future__ import annotations

import re

import pytest

from bot.content import load_content
from bot.faq.index import entries_of
from bot.stories import Level, Story
from bot.ui import faq_render, stories_render

CONTENT = load_content()
EMERGENCY = "your local emergency number (112, 911 or 999)"
ALL_REASONS = tuple(c.id for c in CONTENT.triage.appointment_criteria)
LIMIT = 1500  # characters a person reads, the bound for one answer
TAG = re.compile(r"<[^>]+>")


def shown(text: str) -> str:
    return TAG.sub("", text).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def test_the_story_replies_name_their_section_and_stay_short() -> None:
    appointment = stories_render.appointment_screen(
        CONTENT, Story(Level.APPOINTMENT, ALL_REASONS), EMERGENCY
    )
    self_care = stories_render.self_care_screen(CONTENT, EMERGENCY, offer_breaks=True)
    for screen in (appointment, self_care):
        assert len(shown(screen.text)) <= LIMIT
        assert "From the guide:" in screen.text
        assert EMERGENCY in shown(screen.text)
    for reason in CONTENT.triage.appointment_criteria:
        assert reason.label in shown(appointment.text)


@pytest.mark.parametrize("entry", entries_of(CONTENT), ids=lambda e: e.key)
def test_every_answer_with_a_story_or_the_emergency_line_stays_short(entry: object) -> None:
    answer = faq_render.entry_screen(CONTENT, entry.kind, entry.id)  # type: ignore[attr-defined]
    pointer = stories_render.sign_pointer(CONTENT, EMERGENCY)
    screens = [
        answer,
        faq_render.with_pointer(answer, pointer),
        stories_render.with_banner(
            CONTENT, Story(Level.APPOINTMENT, ALL_REASONS), answer, EMERGENCY, offer_breaks=False
        ),
        stories_render.with_banner(
            CONTENT, Story(Level.SELF_CARE), answer, EMERGENCY, offer_breaks=True
        ),
        stories_render.with_breaks_offer(CONTENT, answer),
    ]
    for screen in screens:
        assert len(shown(screen.text)) <= LIMIT, screen.text
        assert "From the guide:" in screen.text
        buttons = [b.text for row in screen.keyboard.inline_keyboard for b in row]
        assert "👍 Helpful" in buttons


def test_the_questions_opened_with_advice_ask_first_and_name_every_reason() -> None:
    intro = "I can't tell for sure from your message whether this is an emergency."
    opening = stories_render.questions_with_advice(
        CONTENT, Story(Level.APPOINTMENT, ALL_REASONS), intro
    )
    text = shown(opening)
    assert text.startswith(intro)  # the questions come first
    assert CONTENT.stories.replies.check_appointment_lead in text
    for reason in CONTENT.triage.appointment_criteria:
        assert reason.label in text
    assert len(text) <= LIMIT
