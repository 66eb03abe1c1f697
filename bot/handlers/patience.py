"""Waiting a bounded time for the database where a person must not wait for it.

The emergency instructions need no database, only the person's country when it can be had; and
every update first records its sender. A locked SQLite file makes a statement wait up to its busy
timeout (5 s), and a sick PostgreSQL can hang for longer: neither may stand between a person and
the emergency numbers. So these steps wait briefly and then go on without the answer.

The database work is never cancelled: cancelling a statement mid-way would leave its connection
in an unknown state. It runs as its own task and finishes in the background, its result dropped
and any failure logged.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any, TypeVar

from bot.db.engine import is_unavailable

log = logging.getLogger(__name__)

T = TypeVar("T")

_LEFT_RUNNING: set[asyncio.Task[Any]] = set()


async def within(seconds: float, work: Coroutine[Any, Any, T]) -> T:
    """`work`'s result if it finishes within `seconds`; TimeoutError otherwise, with the work
    left to finish in the background. Its exceptions propagate when it finishes in time."""
    task = asyncio.ensure_future(work)
    done, _pending = await asyncio.wait({task}, timeout=seconds)
    if task in done:
        return task.result()
    _LEFT_RUNNING.add(task)
    task.add_done_callback(_finished_late)
    raise TimeoutError(f"database work outlasted {seconds:g} s")


def _finished_late(task: asyncio.Task[Any]) -> None:
    _LEFT_RUNNING.discard(task)
    if task.cancelled():
        return
    error = task.exception()
    if error is None:
        return
    if is_unavailable(error):
        log.debug("late database work failed: %s", type(error).__name__)
    else:
        log.warning("late database work failed", exc_info=error)
