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
    """Hands out evenly spaced send slots (event-loop time, i.e. real time).

    A slot is reserved at once and waited for by the send itself, so whoever hands out the work
    (the dispatcher's tick) never sleeps through a second of slots: a tick that slept would
    outlast its interval, and the scheduler would skip the next one.
    """

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

    def chat_is_ready(self, chat_id: int) -> bool:
        """False while this chat had, or has a reserved slot for, a message less than a second
        before now."""
        loop_now = asyncio.get_running_loop().time()
        last = self._chat_last.get(chat_id)
        return last is None or loop_now - last >= self.chat_spacing

    def reserve(self, chat_id: int) -> float:
        """The next free slot (event-loop time), taken for this chat; slots go in call order."""
        loop_now = asyncio.get_running_loop().time()
        slot = max(loop_now, self._next_slot)
        self._next_slot = slot + self._spacing
        self._chat_last[chat_id] = slot
        if len(self._chat_last) > 50_000:
            self._forget_old_chats(loop_now)
        return slot

    @staticmethod
    async def wait_for(slot: float) -> None:
        delay = slot - asyncio.get_running_loop().time()
        if delay > 0:
            await asyncio.sleep(delay)

    def _forget_old_chats(self, loop_now: float) -> None:
        self._chat_last = {
            chat: at for chat, at in self._chat_last.items() if loop_now - at < self.chat_spacing
        }

    def pause(self, seconds: float) -> None:
        """A 429 told us to wait: no slot is handed out before it has passed. Slots reserved
        before it are not moved; their sends check the hold before going out."""
        loop_now = asyncio.get_running_loop().time()
        self._next_slot = max(self._next_slot, loop_now + seconds)
