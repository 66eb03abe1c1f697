"""PerChatOrderedProcessor inside a real PTB Application (talking to the emulator): one chat's
updates are handled in arrival order even when the first is slow, other chats do not wait for
it, and no more than the bound run at once."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from telegram import Update
from telegram.ext import Application, BaseUpdateProcessor, ContextTypes, TypeHandler

from bench.update_order import PerChatOrderedProcessor, order_key
from tgemu.server import BotApiEmulator

TOKEN = "4242:orderTest"


def message_update(update_id: int, chat_id: int, text: str) -> Update:
    return Update.de_json(
        {
            "update_id": update_id,
            "message": {
                "message_id": update_id,
                "date": 0,
                "chat": {"id": chat_id, "type": "private", "first_name": "A"},
                "from": {"id": chat_id, "is_bot": False, "first_name": "A"},
                "text": text,
            },
        },
        None,
    )


class Recorder:
    """Handles an update by sleeping as long as its text says, noting when it starts and ends."""

    def __init__(self) -> None:
        self.events: list[tuple[str, str]] = []
        self.running = 0
        self.most_running = 0

    async def handle(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.message
        assert message is not None
        assert message.text is not None
        name, _, seconds = message.text.partition(":")
        self.running += 1
        self.most_running = max(self.most_running, self.running)
        self.events.append(("start", name))
        await asyncio.sleep(float(seconds))
        self.events.append(("end", name))
        self.running -= 1


async def run_updates(
    processor: BaseUpdateProcessor | int, updates: list[Update], recorder: Recorder
) -> None:
    async with BotApiEmulator(token=TOKEN) as emulator:
        application = (
            Application.builder()
            .token(TOKEN)
            .base_url(emulator.base_url)
            .concurrent_updates(processor)
            .build()
        )
        application.add_handler(TypeHandler(Update, recorder.handle))
        async with application:
            await application.start()
            for update in updates:
                await application.update_queue.put(update)
            await application.update_queue.join()
            await application.stop()


def order_of(events: list[tuple[str, str]], kind: str) -> list[str]:
    return [name for event, name in events if event == kind]


async def test_one_chats_updates_stay_in_order_behind_a_slow_first_one() -> None:
    recorder = Recorder()
    updates = [
        message_update(1, 7, "a1:0.2"),
        message_update(2, 7, "a2:0"),
        message_update(3, 7, "a3:0"),
        message_update(4, 8, "b1:0"),
    ]
    await run_updates(PerChatOrderedProcessor(4), updates, recorder)
    assert order_of(recorder.events, "start")[-2:] == ["a2", "a3"]
    events = recorder.events
    assert events.index(("start", "a2")) > events.index(("end", "a1"))
    # The other chat did not wait for the slow update.
    assert events.index(("end", "b1")) < events.index(("end", "a1"))


async def test_ptbs_own_concurrency_would_reorder_them() -> None:
    """The failure the processor exists to prevent, so the test above means something."""
    recorder = Recorder()
    updates = [message_update(1, 7, "a1:0.2"), message_update(2, 7, "a2:0")]
    await run_updates(8, updates, recorder)
    assert order_of(recorder.events, "end") == ["a2", "a1"]


async def test_no_more_than_the_bound_run_at_once() -> None:
    recorder = Recorder()
    updates = [message_update(n, 100 + n, f"u{n}:0.05") for n in range(1, 9)]
    updates += [message_update(20 + n, 101, f"v{n}:0") for n in range(3)]
    await run_updates(PerChatOrderedProcessor(3), updates, recorder)
    assert recorder.most_running == 3
    assert len(order_of(recorder.events, "end")) == len(updates)
    # v0-v2 share u1's chat: they wait for it, in order, without taking a slot meanwhile.
    starts = [name for name in order_of(recorder.events, "start") if name.startswith("v")]
    assert starts == ["v0", "v1", "v2"]
    assert recorder.events.index(("start", "v0")) > recorder.events.index(("end", "u1"))


def test_keys_are_chats_then_users() -> None:
    update = message_update(1, 55, "hi")
    assert order_key(update) == 55
    callback: dict[str, Any] = {
        "update_id": 2,
        "callback_query": {
            "id": "q",
            "from": {"id": 56, "is_bot": False, "first_name": "A"},
            "chat_instance": "c",
            "data": "x",
        },
    }
    assert order_key(Update.de_json(callback, None)) == 56
    assert order_key(object()) is None


def test_one_at_a_time_is_plain_ptb() -> None:
    with pytest.raises(ValueError, match="concurrent_updates"):
        PerChatOrderedProcessor(1)
