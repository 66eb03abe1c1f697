"""A small world for dispatcher tests: a database, a fake clock, the emulator and a real Bot.

Time moves only when a test says so, and the test ticks the dispatcher itself, so days of
reminders run in seconds and every outcome is deterministic.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import select
from telegram import Bot

from bot.content import Content, load_content
from bot.core.clock import FakeClock
from bot.db import Database
from bot.db.reminder_tables import Delivery, ReminderPlan
from bot.db.reminders import get_plan
from bot.db.users import set_time_zone, touch_user
from bot.reminders import service
from bot.reminders.dispatcher import Dispatcher
from bot.reminders.schedule import Window
from bot.sending.budget import LocalSendBudget
from bot.sending.pacing import reminders_at
from tgemu.server import BotApiEmulator

TOKEN = "4242:dispatcher-tests"
_CONTENT: Content | None = None


def content() -> Content:
    global _CONTENT
    if _CONTENT is None:
        _CONTENT = load_content()
    return _CONTENT


@dataclass
class World:
    db: Database
    clock: FakeClock
    emulator: BotApiEmulator
    bot: Bot

    def dispatcher(self, rate: float = 200.0, tick_seconds: float | None = None) -> Dispatcher:
        """Per-chat spacing is real time, and this world's time is fake: hours pass in
        milliseconds here, so the one-second spacing between a chat's messages is off."""
        budget = LocalSendBudget(reminders_at(rate))
        timing = {} if tick_seconds is None else {"tick_seconds": tick_seconds}
        return Dispatcher(
            self.db, self.clock, content(), self.bot, budget=budget, chat_spacing=0, **timing
        )

    async def add_user(self, user_id: int, zone: str) -> None:
        self.emulator.user_sends(user_id, "/start")
        async with self.db.session() as session:
            await touch_user(session, user_id, language="en", now=self.clock.now())
            await set_time_zone(session, user_id, zone, None, now=self.clock.now())

    async def movement(
        self, user_id: int, interval: int = 45, windows: tuple[Window, ...] | None = None
    ) -> ReminderPlan:
        weekdays = tuple(Window(d, time(9), time(17)) for d in range(5))
        plan, _ = await service.set_movement(
            self.db, self.clock, user_id, interval, windows or weekdays
        )
        return plan

    async def foot(self, user_id: int, at: time = time(21)) -> ReminderPlan:
        plan, _ = await service.set_foot(self.db, self.clock, user_id, at)
        return plan

    async def tick(self, dispatcher: Dispatcher) -> None:
        await dispatcher.tick()
        await dispatcher.drain()

    async def deliveries(self, user_id: int | None = None) -> list[Delivery]:
        async with self.db.session() as session:
            query = select(Delivery).order_by(Delivery.due_at, Delivery.id)
            if user_id is not None:
                query = query.where(Delivery.user_id == user_id)
            return list((await session.execute(query)).scalars())

    async def plan(self, user_id: int, kind: str) -> ReminderPlan:
        async with self.db.session() as session:
            plan = await get_plan(session, user_id, kind)
        assert plan is not None
        return plan

    def reminders_received(self, user_id: int) -> list[str]:
        return [m.text for m in self.emulator.bot_messages(user_id)]


def local(zone: str, *args: int) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(zone))  # type: ignore[misc]


@asynccontextmanager
async def world(database_url: str, start: datetime) -> AsyncIterator[World]:
    clock = FakeClock(start)
    db = Database(database_url)
    async with BotApiEmulator() as emulator:
        bot = Bot(TOKEN, base_url=emulator.base_url)
        async with bot:
            try:
                yield World(db, clock, emulator, bot)
            finally:
                await db.dispose()
