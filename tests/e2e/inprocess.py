"""The real bot running inside the test's event loop, for tests that need its clock or handlers.

Same `serve()` as `python -m bot run`, same HTTP to the emulator; only the process boundary is
gone, so a test can hand it a FakeClock or add a handler before polling starts.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bot.app.application import BotApplication
from bot.app.runner import DISPATCHER_KEY, serve
from bot.core.clock import Clock, FakeClock
from bot.core.config import load_settings
from bot.reminders.dispatcher import Dispatcher
from tests.e2e.harness import TOKEN
from tgemu.server import BotApiEmulator

START_TIMEOUT = 30.0


@asynccontextmanager
async def running_bot(
    emulator: BotApiEmulator,
    database_url: str,
    *,
    clock: Clock | None = None,
    prepare: Callable[[BotApplication], Awaitable[None]] | None = None,
    dispatch: bool = True,
) -> AsyncIterator[BotApplication]:
    settings = load_settings(database_url=database_url, telegram_bot_token=TOKEN)
    stop = asyncio.Event()
    ready: asyncio.Future[BotApplication] = asyncio.get_running_loop().create_future()

    async def on_ready(application: BotApplication) -> None:
        if prepare is not None:
            await prepare(application)
        ready.set_result(application)

    task = asyncio.create_task(
        serve(
            settings,
            stop=stop,
            clock=clock,
            api_base_url=emulator.base_url,
            on_ready=on_ready,
            dispatch=dispatch,
        )
    )
    try:
        done, _ = await asyncio.wait(
            {task, ready}, timeout=START_TIMEOUT, return_when="FIRST_COMPLETED"
        )
        if ready not in done:
            if task.done():
                task.result()
            raise TimeoutError("the bot did not start")
        yield ready.result()
    finally:
        stop.set()
        await task


@dataclass
class FakeTimeBot:
    """The bot in-process on a FakeClock, its emulator and its database URL."""

    emulator: BotApiEmulator
    clock: FakeClock
    application: BotApplication
    url: str

    @property
    def dispatcher(self) -> Dispatcher:
        return self.application.bot_data[DISPATCHER_KEY]


@asynccontextmanager
async def fake_time_bot(directory: Path, start: datetime) -> AsyncIterator[FakeTimeBot]:
    """A module's bot on SQLite in `directory`, its clock at `start`; the dispatcher ticks only
    when a test says so."""
    clock = FakeClock(start)
    url = f"sqlite:///{directory / 'bot.db'}"
    emulator = BotApiEmulator()
    await emulator.start()
    try:
        async with running_bot(emulator, url, clock=clock, dispatch=False) as application:
            yield FakeTimeBot(emulator, clock, application, url)
    finally:
        await emulator.stop()
