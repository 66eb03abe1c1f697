"""The one 429 hold: when Telegram answers "retry after", nothing of this process goes out
before that moment, whoever sends it.

Every sender reads this one object: the limiter before each attempt (replies, reminders, edits,
photos and documents alike), the send budget after sleeping to a slot it was granted before the
429 arrived, and the reminder dispatcher before it claims work or runs its other senders. On
PostgreSQL the budget also writes the pause into the shared schedule, so the other processes'
slots move past it too (bot/sending/budget.py).
"""

from __future__ import annotations

import asyncio


class SendHold:
    """A moment on the event loop's clock before which nothing may be sent."""

    def __init__(self) -> None:
        self.until = 0.0

    def pause(self, seconds: float) -> None:
        """Hold every send for `seconds` from now (a later hold never shortens an earlier one).

        Synchronous on purpose: it takes effect before any await lets another send start."""
        until = asyncio.get_running_loop().time() + seconds
        self.until = max(self.until, until)

    def remaining(self) -> float:
        return max(0.0, self.until - asyncio.get_running_loop().time())

    def held(self) -> bool:
        return self.remaining() > 0

    async def wait_out(self) -> None:
        """Return once no hold is in force (at once when there is none). A hold extended while
        waiting is waited out too."""
        # A deadline, not a condition: sleeping to it is exact, and an event would need a timer.
        while (remaining := self.remaining()) > 0:  # noqa: ASYNC110
            await asyncio.sleep(remaining)
