"""The one 429 hold and the per-chat spacing of reminders."""

from __future__ import annotations

import asyncio

import pytest

from bot.sending.chat_spacing import ChatSpacing
from bot.sending.hold import SendHold


def _now() -> float:
    return asyncio.get_running_loop().time()


async def test_no_hold_is_waited_out_at_once() -> None:
    hold = SendHold()
    assert not hold.held()
    started = _now()
    await hold.wait_out()
    assert _now() - started < 0.05


async def test_a_hold_is_waited_out_and_a_shorter_one_never_shortens_it() -> None:
    hold = SendHold()
    hold.pause(0.3)
    hold.pause(0.05)
    assert hold.held()
    assert hold.remaining() == pytest.approx(0.3, abs=0.05)
    started = _now()
    await hold.wait_out()
    assert _now() - started >= 0.29
    assert not hold.held()


async def test_a_hold_extended_while_waiting_is_waited_out_too() -> None:
    hold = SendHold()
    hold.pause(0.1)
    started = _now()
    waiter = asyncio.create_task(hold.wait_out())
    await asyncio.sleep(0.05)
    hold.pause(0.2)  # a second 429 while the first wait runs
    await waiter
    assert _now() - started >= 0.24


async def test_a_chat_is_busy_while_its_message_is_in_flight_and_a_second_after() -> None:
    chats = ChatSpacing(0.2)
    assert chats.is_ready(7)
    chats.begin(7)
    assert not chats.is_ready(7)
    assert chats.is_ready(8)
    await asyncio.sleep(0.3)  # however long it waited for its slot, it is still in flight
    assert not chats.is_ready(7)
    chats.end(7)
    assert not chats.is_ready(7)
    await asyncio.sleep(0.21)
    assert chats.is_ready(7)


async def test_two_messages_in_flight_to_one_chat_keep_it_busy_until_both_end() -> None:
    chats = ChatSpacing(0.0)
    chats.begin(7)
    chats.begin(7)
    chats.end(7)
    assert not chats.is_ready(7)
    chats.end(7)
    assert chats.is_ready(7)
