"""The reminder pacer: evenly spaced slots, a chat's next message a second after its last, and
a 429's wait respected by every slot handed out after it."""

from __future__ import annotations

import asyncio
import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.sending.reminder_pacer import Pacer


def _loop_time() -> float:
    return asyncio.get_running_loop().time()


@given(
    rate=st.floats(min_value=0.5, max_value=100.0),
    chats=st.lists(st.integers(min_value=1, max_value=5), min_size=1, max_size=60),
)
def test_slots_are_evenly_spaced_and_in_call_order(rate: float, chats: list[int]) -> None:
    async def reserve_all() -> tuple[float, list[float]]:
        pacer = Pacer(rate)
        start = _loop_time()
        return start, [pacer.reserve(chat) for chat in chats]

    start, slots = asyncio.run(reserve_all())
    assert slots[0] >= start
    gaps = [later - earlier for earlier, later in itertools.pairwise(slots)]
    assert all(gap == pytest.approx(1 / rate) for gap in gaps)
    # No window of one second holds more than `rate` slots (rounded up).
    for i, slot in enumerate(slots):
        assert sum(1 for s in slots[i:] if s < slot + 1.0 - 1e-9) <= math.ceil(rate - 1e-9)


async def test_a_chat_is_busy_from_its_reserved_slot_for_a_second() -> None:
    pacer = Pacer(2.0, chat_spacing=1.0)
    assert pacer.chat_is_ready(7)
    pacer.reserve(8)
    pacer.reserve(7)  # half a second from now
    assert not pacer.chat_is_ready(7)
    assert pacer.chat_is_ready(9)


async def test_a_pause_moves_every_later_slot_past_it() -> None:
    pacer = Pacer(10.0)
    before = pacer.reserve(1)
    pacer.pause(5.0)
    after = pacer.reserve(2)
    assert after - before >= 5.0 - 0.01
    assert after >= _loop_time() + 4.9


async def test_waiting_for_a_past_slot_returns_at_once() -> None:
    pacer = Pacer(1.0)
    slot = pacer.reserve(1)
    await pacer.wait_for(slot - 10)
    await pacer.wait_for(slot)
    assert _loop_time() >= slot
