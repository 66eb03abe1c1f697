"""A button tap in a private chat counts only from that chat's person, for every button family.

Every route is replaced by a recorder: a refused tap reaches none of them, so it can change no
row and send into no chat; a tap by the chat's own person reaches exactly its family's route.
"""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from telegram import CallbackQuery, Chat, Message, Update, User

from bot.core.bot_data import BotData
from bot.core.metrics import METRICS_KEY, BotMetrics
from bot.handlers import buttons
from bot.ui import texts
from bot.ui.callbacks import decode, encode

# One real payload per button family (reminders, check, FAQ, settings, topics, privacy...).
PAYLOADS = [
    encode(action, *args)
    for action, args in [
        ("chk", ("new",)),
        ("chk", ("c1", "tok", "y")),
        ("emg", (3, 0)),
        ("fup", ("on", "c1")),
        ("ctry", ("DE",)),
        ("fa", ("s", "overview", "e")),
        ("fm", ("sitting-numb",)),
        ("fb", ("f", "sitting-numb", "u")),
        ("tp", ("t", "causes")),
        ("pl", ("on", "m")),
        ("pl", ("keep", "m")),
        ("pl", ("ovn", "m", 45, "1700", "0900", 31)),
        ("st", ("rm",)),
        ("del", ("yes",)),
        ("ob", ("zone",)),
        ("ob", ("both",)),
        ("brk", ()),
        ("rd", (7,)),
        ("rs", (7,)),
        ("rp", (7,)),
        ("dl", ("r7", 2)),
        ("dl", ("20260302", 0)),
        ("dw", ("20260302", "feet")),
        ("ds", ("20260302", "left")),
        ("dn", ("20260302",)),
        ("dk", ("20260302",)),
        ("cr", ("acc", "AbCdEfGhIjKlMnOpQrStUv")),
        ("cr", ("no",)),
        ("cr", ("end", 3)),
        ("cr", ("mis", 3, "on")),
    ]
]
PEOPLE = st.integers(min_value=1, max_value=5)


def tap(sender: int, chat: int, data: str) -> Update:
    message = Message(1, datetime(2026, 1, 1, tzinfo=UTC), Chat(chat, Chat.PRIVATE))
    query = CallbackQuery("q", User(sender, "Someone", False), "inst", message=message, data=data)
    return Update(1, callback_query=query)


@settings(max_examples=300, deadline=None)
@given(PEOPLE, PEOPLE, st.sampled_from(PAYLOADS) | st.text(max_size=40))
async def test_no_foreign_sender_reaches_any_route(sender: int, chat: int, data: str) -> None:
    routed: list[str] = []
    answered: list[str | None] = []

    async def route(update: Any, context: Any, callback: Any) -> None:
        routed.append(callback.action)

    async def answer_tap(query: Any, text: str | None = None, **_: Any) -> None:
        answered.append(text)

    metrics = BotMetrics()
    context = SimpleNamespace(application=SimpleNamespace(bot_data=BotData({METRICS_KEY: metrics})))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(buttons, "ROUTES", dict.fromkeys(buttons.ROUTES, route))
        patch.setattr(buttons, "answer_tap", answer_tap)
        await buttons.on_button(tap(sender, chat, data), context)  # type: ignore[arg-type]
    callback = decode(data)
    known = callback is not None and callback.action in buttons.ROUTES
    if sender != chat:
        assert routed == []
        assert answered == [texts.FOREIGN_BUTTON]
        family = callback.action if known and callback is not None else "unknown"
        assert metrics.foreign_callbacks.value(family=family) == 1
    elif known:
        assert routed == [callback.action]  # type: ignore[union-attr]
    else:
        assert routed == []
        assert answered == [texts.STALE_BUTTON]


def test_every_family_of_the_bot_is_in_the_generated_payloads() -> None:
    actions = {decode(data).action for data in PAYLOADS}  # type: ignore[union-attr]
    assert set(buttons.ROUTES) <= actions
