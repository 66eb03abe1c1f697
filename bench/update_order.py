"""Concurrent updates, one user's in order: PTB's concurrency without its reordering.

With `concurrent_updates`, PTB starts every update as its own task, so a person's quick second tap
can be handled before the first, and a conversation (/check, onboarding) sees its answers out of
order. Processing everything one by one keeps the order but makes every user wait behind the
slowest update of anyone. This processor does both right: updates of the same chat (or, without
a chat, the same user) run one after another in arrival order, different chats run at the same
time, at most `max_concurrent` at once.

Order is fixed when PTB hands an update over. PTB calls `process_update` in arrival order, and the
base class's semaphore is sized so it never makes a task wait (a waiting task could be overtaken
by a later one); the real bound is a second semaphore taken only after the update's turn in its
chat has come, so an update waiting for its predecessor never holds a slot that predecessor needs.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

DEFAULT_MAX_CONCURRENT = 32
_UNBOUNDED = 2**31 - 1


def order_key(update: object) -> int | None:
    """The chat whose updates must stay in order; None for updates no one's order depends on."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return None


class PerChatOrderedProcessor(BaseUpdateProcessor):
    def __init__(self, max_concurrent: int = DEFAULT_MAX_CONCURRENT) -> None:
        if max_concurrent < 2:
            raise ValueError("use concurrent_updates(False) for one update at a time")
        # Above 1 so PTB hands updates over concurrently; never full, see the module docstring.
        super().__init__(_UNBOUNDED)
        self._limit = asyncio.BoundedSemaphore(max_concurrent)
        self._last: dict[int, asyncio.Future[None]] = {}
        self.max_concurrent = max_concurrent

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = order_key(update)
        if key is None:
            async with self._limit:
                await coroutine
            return
        # Everything up to the first await runs in arrival order: take our place in the chat.
        previous = self._last.get(key)
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._last[key] = done
        started = False
        try:
            if previous is not None:
                await asyncio.shield(previous)  # a cancelled successor must not cancel it
            async with self._limit:
                started = True
                await coroutine
        finally:
            if not started and asyncio.iscoroutine(coroutine):
                coroutine.close()  # cancelled while waiting its turn (shutdown)
            done.set_result(None)
            if self._last.get(key) is done:
                del self._last[key]

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass
