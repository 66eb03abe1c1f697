"""What the flood guard treats as urgent: /emergency in any spelling, and clear emergency text."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import pytest
from telegram import Chat, Message

from bot.content import load_content
from bot.handlers.flood import UrgencyScreen, command_of
from bot.handlers.screening import screen_text
from bot.triage import Screen, tools_for


def message(text: str | None) -> Message:
    return Message(1, datetime(2026, 1, 5, tzinfo=UTC), Chat(7, Chat.PRIVATE), text=text)


@pytest.fixture(scope="module")
def services() -> Any:
    return SimpleNamespace(content=load_content())


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("/emergency", "emergency"),
        ("/Emergency@legcare_bot now", "emergency"),
        ("/help", "help"),
        ("/ emergency", None),
        ("/", None),
        ("emergency", None),
        ("", None),
    ],
)
def test_command_of(text: str, command: str | None) -> None:
    assert command_of(message(text)) == command


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("/emergency", True),
        ("/EMERGENCY@legcare_bot", True),
        ("my face looks droopy and my leg is numb", True),
        # Words no lexicon phrase lists: the language model's half of the screen.
        ("my calf has blown up to twice the size of the other and hurts, foot numb", True),
        ("no chest pain, just numb toes after sitting", False),
        ("is numbness after sitting normal?", False),
        (None, False),
    ],
)
async def test_urgency(services: Any, text: str | None, urgent: bool) -> None:
    assert await UrgencyScreen()(message(text), services) is urgent


async def test_verdicts_are_remembered_per_exact_text_and_bounded(
    services: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = UrgencyScreen(remember=2)
    detector = tools_for(services.content).detector
    original = detector.screen_and_read
    calls: list[str] = []

    def counting(text: str) -> Any:
        calls.append(text)
        return original(text)

    monkeypatch.setattr(detector, "screen_and_read", counting)
    emergency = "my face looks droopy and my leg is numb"
    assert await screen(message(emergency), services) is True
    assert await screen(message(emergency), services) is True
    assert await screen(message(emergency + " "), services) is True  # another text: screened
    assert calls == [emergency, emergency + " "]
    await screen(message("a"), services)
    await screen(message("b"), services)
    assert await screen(message(emergency), services) is True  # forgotten, so screened again
    assert calls[-1] == emergency


async def test_a_failing_model_leaves_the_lexicons_verdict(
    services: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> list[object]:
        raise RuntimeError("the model's session is gone")

    monkeypatch.setattr(tools_for(services.content).screen.semantic, "hits", broken)
    doubtful = await screen_text(services, "I'm not sure if my face is drooping")
    assert doubtful.screen is Screen.AMBIGUOUS  # the red-flag questions, from the lexicon alone
    clear = await screen_text(services, "my face is drooping and my leg is numb")
    assert clear.screen is Screen.EMERGENCY
