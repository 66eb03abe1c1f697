"""The dispatcher while Telegram or the database fails: long outages and 429 storms.

Time is a FakeClock, so a twenty-minute outage takes a second. What must hold whatever Telegram
does: a reminder whose grace ran out during the outage is skipped and counted, never sent late;
every other one arrives exactly once after recovery; and after a 429 nothing is sent to Telegram
before its retry_after has passed.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from bot.db import Database
from bot.db.reminder_tables import SENT, SKIPPED, Delivery
from bot.reminders.dispatcher import Dispatcher
from bot.reminders.plans import GRACE
from bot.reminders.schedule import Window
from tests.integration.reminder_world import World, world
from tgemu.server import BotApiEmulator, CallRecord

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # a Monday
ALL_DAY = tuple(Window(day, time(0), time(23, 59)) for day in range(7))
MOVERS = range(81_001, 81_007)
FOOT_USERS = {81_101: time(8, 5), 81_102: time(8, 20)}
OUTAGE_START = START + timedelta(minutes=1)
RECOVERY = START + timedelta(minutes=21)
END = START + timedelta(minutes=30)


async def populate(w: World) -> None:
    for user_id in MOVERS:
        await w.add_user(user_id, "UTC")
        await w.movement(user_id, interval=15, windows=ALL_DAY)
    for user_id, at in FOOT_USERS.items():
        await w.add_user(user_id, "UTC")
        await w.foot(user_id, at)


async def tick_until(w: World, dispatcher: Dispatcher, until: datetime, step: timedelta) -> None:
    while w.clock.now() < until:
        w.clock.advance(min(step, until - w.clock.now()))
        await w.tick(dispatcher)


def reminders_received(emulator: BotApiEmulator, user_id: int) -> int:
    return sum(1 for message in emulator.bot_messages(user_id) if message.buttons)


async def audit(w: World, recovered_at: datetime) -> Counter[str]:
    """Check every delivery against what the user got; return how many were sent and skipped."""
    deliveries: list[Delivery] = await w.deliveries()
    outcome: Counter[str] = Counter()
    for delivery in deliveries:
        stale = delivery.due_at + GRACE[delivery.kind] < recovered_at
        during = OUTAGE_START <= delivery.due_at < recovered_at
        expected = SKIPPED if during and stale else SENT
        assert delivery.status == expected, (delivery.kind, delivery.due_at, delivery.status)
        outcome[f"{delivery.kind} {delivery.status}"] += 1
        if during and delivery.status == SENT:
            outcome[f"{delivery.kind} sent after recovery"] += 1
    sent_per_user = Counter(d.user_id for d in deliveries if d.status == SENT)
    for user_id in [*MOVERS, *FOOT_USERS]:
        assert reminders_received(w.emulator, user_id) == sent_per_user[user_id], user_id
    return outcome


@pytest.mark.parametrize("outage", ["bad_gateway", "unreachable"])
async def test_a_twenty_minute_telegram_outage_skips_stale_breaks_and_sends_the_rest_once(
    database_url: str, outage: str
) -> None:
    async with world(database_url, START) as w:
        await populate(w)
        dispatcher = w.dispatcher()
        await w.tick(dispatcher)
        port = w.emulator.port
        if outage == "bad_gateway":
            w.emulator.inject_fault("*", 502, times=None)
        else:
            await w.emulator.stop()  # connection refused from now on
        before = len([c for c in w.emulator.call_log if c.method == "sendMessage"])

        await tick_until(w, dispatcher, RECOVERY - timedelta(seconds=1), timedelta(seconds=30))
        during = [c for c in w.emulator.call_log if c.method == "sendMessage"][before:]
        assert all(call.status == 502 for call in during)  # (none at all while unreachable)

        if outage == "bad_gateway":
            w.emulator.clear_faults()
        else:
            await w.emulator.start(port=port)
        await tick_until(w, dispatcher, RECOVERY, timedelta(seconds=1))
        await tick_until(w, dispatcher, END, timedelta(seconds=30))

        outcome = await audit(w, RECOVERY)
        print(dict(outcome))
        assert outcome["movement skipped"] >= 3  # the breaks whose five minutes ran out
        assert outcome["movement sent after recovery"] >= 1  # due under five minutes before
        assert outcome["foot sent after recovery"] == len(FOOT_USERS)  # three hours of grace
        assert dispatcher.counters.skipped_late == outcome["movement skipped"]
        assert dispatcher.counters.retried > 0


def inside_retry_after(log: list[CallRecord], method: str = "sendMessage") -> list[str]:
    """Calls of `method` that reached Telegram before an earlier 429's retry_after had passed."""
    calls = [call for call in log if call.method == method]
    early: list[str] = []
    for refused in (call for call in calls if call.status == 429):
        assert refused.retry_after is not None
        until = refused.at + refused.retry_after
        early += [
            f"{call.status} {call.at - refused.at:.3f}s after a 429"
            for call in calls
            if refused.at < call.at < until
        ]
    return early


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_a_429_storm_delays_reminders_by_retry_after_and_loses_none(
    database_url: str,
) -> None:
    async with world(database_url, START) as w:
        users = range(82_001, 82_013)
        for user_id in users:
            await w.add_user(user_id, "UTC")
            await w.foot(user_id, time(8, 1))
        w.clock.set(START + timedelta(minutes=1))
        w.emulator.inject_fault("sendMessage", 429, retry_after=1, times=3)
        dispatcher = w.dispatcher(rate=10.0)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 15
        while dispatcher.counters.sent < len(users) and loop.time() < deadline:
            await w.tick(dispatcher)
            await asyncio.sleep(0.05)

        assert [reminders_received(w.emulator, user_id) for user_id in users] == [1] * len(users)
        assert inside_retry_after(w.emulator.call_log) == []
        assert w.emulator.stats.faults_served["sendMessage"] == 3
        assert dispatcher.counters.rate_limited == 3
        assert w.emulator.stats.chat_violations_total == 0
        assert w.emulator.stats.overall_violations == 0


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_a_database_outage_is_logged_once_not_every_tick(
    database_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bot.reminders.dispatcher")
    async with world(database_url, START) as w:
        dispatcher = w.dispatcher()
        working = dispatcher.db
        dispatcher.db = Database(f"sqlite:///{tmp_path / 'missing' / 'dir' / 'bot.db'}")
        try:
            for _ in range(5):
                await dispatcher.run_tick()  # never raises: the job must survive
        finally:
            await dispatcher.db.dispose()
        dispatcher.db = working
        await dispatcher.run_tick()
        await dispatcher.run_tick()
    records = [r for r in caplog.records if r.name == "bot.reminders.dispatcher"]
    messages = [(r.levelno, r.getMessage().split(":")[0]) for r in records]
    assert messages == [
        (logging.WARNING, "dispatcher tick failed, retrying every tick"),
        *[(logging.DEBUG, "dispatcher tick failed again")] * 4,
        (logging.INFO, "dispatcher tick succeeded again"),
    ]
    assert records[0].exc_info is not None  # the first one says where it failed
