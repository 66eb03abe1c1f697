"""The red-flag screen runs first, and /check, /emergency, /country and their buttons are wired."""

from __future__ import annotations

import asyncio
import threading
from types import SimpleNamespace
from typing import Any

import pytest

from bot.app.commands import COMMAND_NAMES
from bot.content import load_content
from bot.handlers import (
    buttons,
    check,
    country,
    emergency,
    free_text,
    recheck,
    respond,
    screening,
)
from bot.triage import Detection, Screen
from bot.ui import stories_render
from bot.ui import triage_render as ui


@pytest.mark.parametrize("handled", [True, False])
async def test_the_red_flag_screen_decides_first_and_its_verdict_goes_on(
    monkeypatch: pytest.MonkeyPatch, handled: bool
) -> None:
    calls: list[str] = []
    verdict = Detection(Screen.AMBIGUOUS, suspected=("stroke",))

    reading = object()

    async def screen_and_read(services: Any, text: str) -> tuple[Detection, Any]:
        calls.append("screen")  # the message is read beside the screen, for the reply
        return verdict, reading

    async def screen_for_red_flags(update: Any, context: Any, text: str, detection: Any) -> bool:
        assert detection is verdict  # screened once, the verdict handed on
        calls.append("red flags")
        return handled

    async def answer(
        update: Any, context: Any, text: str, detection: Any, read: Any, sender: Any
    ) -> None:
        assert detection is verdict
        assert read is reading  # read once, beside the screen
        calls.append("respond")

    async def foreign(update: Any, context: Any, text: str) -> bool:
        calls.append("language")
        return False

    async def typed_zone(update: Any, context: Any, text: str) -> bool:
        calls.append("zone")
        return False

    async def diary_note(update: Any, context: Any, text: str, *, quiet: bool, sender: Any) -> bool:
        assert quiet is handled  # a note after emergency instructions is kept without a word
        calls.append("note")
        return False

    monkeypatch.setattr(free_text, "take_diary_note", diary_note)
    monkeypatch.setattr(free_text, "typed_zone", typed_zone)
    monkeypatch.setattr(free_text, "answer_foreign", foreign)
    monkeypatch.setattr(free_text, "screen_and_read", screen_and_read)
    monkeypatch.setattr(free_text, "screen_for_red_flags", screen_for_red_flags)
    monkeypatch.setattr(free_text, "respond", answer)
    update = SimpleNamespace(
        effective_message=SimpleNamespace(text="my face feels odd"), effective_user=None
    )
    context = SimpleNamespace(services=None)
    await free_text.on_free_text(update, context)  # type: ignore[arg-type]
    after = ["language", "zone", "respond"]
    first = ["screen", "red flags", "note"]
    expected = first if handled else [*first, *after]
    assert calls == expected


def test_buttons_are_routed():
    assert buttons.ROUTES[ui.CHECK_ACTION] is check.answer_check
    assert buttons.ROUTES[ui.EMERGENCY_ACTION] is emergency.show_again
    assert buttons.ROUTES[ui.FOLLOWUP_ACTION] is recheck.answer_followup
    assert buttons.ROUTES[ui.COUNTRY_ACTION] is country.choose_country
    assert buttons.ROUTES[stories_render.BREAKS_ACTION] is respond.turn_on_breaks


def test_commands_are_in_the_menu_and_help():
    assert {"check", "emergency", "country"} <= COMMAND_NAMES


def test_the_dispatcher_can_import_the_follow_up_sender_from_the_check_module():
    assert check.send_due_followups is recheck.send_due_followups


def test_the_guides_emergency_instruction_is_the_first_paragraph_and_names_the_number():
    """The emergency message opens with this paragraph (instruction_first), so content edits
    must keep the call instruction, with {number}, at the top."""
    text = load_content().triage.outcomes.emergency.text.strip()
    first = text.split("\n\n")[0]
    assert "{number}" in first
    assert "emergency room" in first


@pytest.mark.parametrize(
    ("text", "by_model"),
    [
        ("my calf is all puffed and throbbing and my foot is numb", True),
        ("my face is drooping on one side and my leg is numb", False),
    ],
)
async def test_an_emergency_does_not_wait_for_the_message_reading(
    monkeypatch: pytest.MonkeyPatch, text: str, by_model: bool
) -> None:
    """The reading is for the guide's answer; an emergency reply must not wait behind it."""
    reading_may_end = threading.Event()
    started: list[bool] = []

    def slow_read(*_: Any) -> Any:
        started.append(True)
        reading_may_end.wait(timeout=10)
        raise AssertionError("the reading was still waited for")

    monkeypatch.setattr(screening, "_read", slow_read)
    services = SimpleNamespace(content=load_content())
    try:
        detection, reading = await asyncio.wait_for(
            screening.screen_and_read(services, text),
            timeout=5,  # type: ignore[arg-type]
        )
    finally:
        reading_may_end.set()
    assert detection.screen is Screen.EMERGENCY
    assert detection.by_model is by_model
    assert reading is None
    if not by_model:
        assert not started  # one the lexicon knows does not even start the reading
