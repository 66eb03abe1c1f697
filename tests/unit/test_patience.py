"""Bounded waits for the database: the answer when it comes in time, else go on without it,
the work left to finish (never cancelled half-way)."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.handlers.patience import within


async def test_work_done_in_time_gives_its_result() -> None:
    async def quick() -> int:
        return 42

    assert await within(1.0, quick()) == 42


async def test_work_that_fails_in_time_raises_its_own_error() -> None:
    async def broken() -> None:
        raise ValueError("a bug, not an outage")

    with pytest.raises(ValueError, match="a bug"):
        await within(1.0, broken())


async def test_slow_work_is_given_up_on_but_finishes_in_the_background() -> None:
    finished = asyncio.Event()

    async def slow() -> str:
        await asyncio.sleep(0.2)
        finished.set()
        return "late"

    with pytest.raises(TimeoutError):
        await within(0.01, slow())
    assert not finished.is_set()
    await asyncio.wait_for(finished.wait(), timeout=5)


async def test_slow_work_that_fails_later_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="bot")
    failed = asyncio.Event()

    async def slow_then_broken() -> None:
        await asyncio.sleep(0.05)
        failed.set()
        raise RuntimeError("late failure")

    with pytest.raises(TimeoutError):
        await within(0.01, slow_then_broken())
    await asyncio.wait_for(failed.wait(), timeout=5)
    await asyncio.sleep(0.01)  # the done callback runs on the next loop turn
    assert any(r.getMessage() == "late database work failed" for r in caplog.records)
