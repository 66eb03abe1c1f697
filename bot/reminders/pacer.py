"""Pacing reminders within Telegram's limits, with room left for replies to people.

Telegram allows about 30 messages a second per bot and about one a second per chat. A token bucket
still lets a burst through at the start of each second, which is exactly what Telegram punishes;
so sends are spaced evenly, one slot every 1/rate seconds, and no window of one second ever holds
more than `rate` reminders. The default rate (20/s) leaves a third of the budget to the replies of
people who are typing.
"""

from __future__ import annotations

import asyncio

DEFAULT_REMINDERS_PER_SECOND = 20.0
CHAT_SPACING_SECONDS = 1.0


class Pacer:
    """Hands out evenly spaced send slots (event-loop time, i.e. real time)."""

    def __init__(
        self,
        rate_per_second: float = DEFAULT_REMINDERS_PER_SECOND,
        chat_spacing: float = CHAT_SPACING_SECONDS,
    ) -> None:
        if rate_per_second <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate_per_second
        self.chat_spacing = chat_spacing
        self._spacing = 1.0 / rate_per_second
        self._next_slot = 0.0
        self._chat_last: dict[int, float] = {}
        self._lock = asyncio.Lock()

    def chat_is_ready(self, chat_id: int) -> bool:
        """False while this chat had a message less than a second ago."""
        loop_now = asyncio.get_running_loop().time()
        last = self._chat_last.get(chat_id)
        return last is None or loop_now - last >= self.chat_spacing

    async def acquire(self, chat_id: int) -> None:
        """Wait for the next free slot; slots are handed out in call order."""
        loop = asyncio.get_running_loop()
        async with self._lock:
            slot = max(loop.time(), self._next_slot)
            self._next_slot = slot + self._spacing
            delay = slot - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            self._chat_last[chat_id] = loop.time()
            if len(self._chat_last) > 50_000:
                self._forget_old_chats(loop.time())

    def _forget_old_chats(self, loop_now: float) -> None:
        self._chat_last = {
            chat: at for chat, at in self._chat_last.items() if loop_now - at < self.chat_spacing
        }

    async def pause(self, seconds: float) -> None:
        """A 429 told us to wait: no slot is handed out before it has passed."""
        loop = asyncio.get_running_loop()
        async with self._lock:
            self._next_slot = max(self._next_slot, loop.time() + seconds)
