"""The emulator's update queue, with getUpdates' offset, limit and long-polling semantics."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from collections import deque
from collections.abc import Iterable
from typing import Any

# What Telegram delivers when allowed_updates is unset or empty.
_NOT_BY_DEFAULT = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


class ChangeSignal:
    """Wakes every waiter at once; each `notify` arms a fresh event for the next round."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def wait(self, seconds: float) -> None:
        """Return on the next notify or after `seconds`, whichever comes first."""
        event = self._event
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), seconds)


class PollConflictError(Exception):
    """A newer getUpdates call took over; Telegram answers the older one with 409."""


class UpdateQueue:
    """Unconfirmed updates in order, like Telegram keeps them for a bot.

    Storage is separate from delivery: getUpdates reads `pending()` and confirms by offset; the
    webhook deliverer (emulator_webhook) reads `pending_after()` and acknowledges each update after
    a 2xx, so whatever it has not delivered stays here for getUpdates once the webhook is deleted.
    """

    def __init__(self, first_update_id: int = 1) -> None:
        self._pending: deque[dict[str, Any]] = deque()
        self._next_id = first_update_id
        self._allowed: frozenset[str] | None = None
        self._signal = ChangeSignal()
        self._poll_generation = 0
        self._closed = False

    @property
    def pending_count(self) -> int:
        return len(self._pending)

    @property
    def allowed_updates(self) -> list[str] | None:
        return sorted(self._allowed) if self._allowed is not None else None

    def set_allowed_updates(self, kinds: Iterable[str] | None) -> None:
        """Remember the filter like Telegram does; an empty list means the default set."""
        if kinds is None:
            return
        chosen = frozenset(kinds)
        self._allowed = chosen or None

    def accepts(self, kind: str) -> bool:
        if self._allowed is None:
            return kind not in _NOT_BY_DEFAULT
        return kind in self._allowed

    def push(self, kind: str, payload: dict[str, Any], *, force: bool = False) -> int | None:
        """Queue an update; returns its id, or None when allowed_updates filters it out
        (Telegram does not even create such updates). `force` queues it anyway, as happens
        while an older allowed_updates setting is still in force (Telegram keeps the last one
        until the next getUpdates or setWebhook names another)."""
        if not force and not self.accepts(kind):
            return None
        update_id = self._next_id
        self._next_id += 1
        self._pending.append({"update_id": update_id, kind: payload})
        self._signal.notify()
        return update_id

    def confirm(self, offset: int) -> None:
        """Apply getUpdates' offset: forget ids below it, or for a negative offset keep only the
        last -offset updates."""
        if offset < 0:
            while len(self._pending) > -offset:
                self._pending.popleft()
        elif offset > 0:
            while self._pending and self._pending[0]["update_id"] < offset:
                self._pending.popleft()

    def pending(self, limit: int) -> list[dict[str, Any]]:
        return [update for _, update in zip(range(limit), self._pending, strict=False)]

    def pending_after(self, update_id: int) -> list[dict[str, Any]]:
        """Pending updates with a larger id, oldest first (only the new ones are looked at)."""
        newer = itertools.takewhile(lambda u: u["update_id"] > update_id, reversed(self._pending))
        return list(newer)[::-1]

    def acknowledge(self, update_id: int) -> None:
        """Forget one delivered update; deliveries finish roughly in order, so the scan is short."""
        for index, update in enumerate(self._pending):
            if update["update_id"] == update_id:
                del self._pending[index]
                return

    def drop_pending(self) -> None:
        self._pending.clear()
        self._signal.notify()

    def wake(self) -> None:
        """Tell waiters (long polls, the webhook deliverer) to look again."""
        self._signal.notify()

    async def wait_changed(self, seconds: float) -> None:
        """Return on the next push, wake or close, or after `seconds`."""
        await self._signal.wait(seconds)

    def interrupt_polls(self) -> None:
        """End waiting getUpdates calls early (e.g. a webhook was set or the server stops)."""
        self._poll_generation += 1
        self._signal.notify()

    def close(self) -> None:
        self._closed = True
        self._signal.notify()

    def reopen(self) -> None:
        self._closed = False

    async def poll(self, offset: int, limit: int, wait_seconds: float) -> list[dict[str, Any]]:
        """getUpdates: confirm by offset, then return at once if anything is pending, else wait up
        to `wait_seconds` and return as soon as an update arrives. A newer poll makes this
        one raise PollConflictError."""
        self._poll_generation += 1
        generation = self._poll_generation
        self._signal.notify()  # an older waiter sees the new generation and gives up
        self.confirm(offset)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(0.0, wait_seconds)
        while not self._pending and not self._closed:
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            await self._signal.wait(remaining)
            if generation != self._poll_generation:
                raise PollConflictError
        return self.pending(limit)
