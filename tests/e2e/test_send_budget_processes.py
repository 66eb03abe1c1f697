"""Three bot workers on one PostgreSQL database share Telegram's 30 messages a second.

Each worker alone keeps to Telegram's pace; three of them answering at once would not, unless
they draw from one budget. Here 48 people write at the same moment, so all three workers reply
in a burst (a proxy spreads the updates round robin), while the dispatcher's leader sends 24
reminders that fell due at once. The emulator judges the whole bot: not one message over 30 in
any sliding second, none over a chat's limit, and every reply and reminder delivered once.

The workers are three complete bots (`serve()` in webhook mode, each with its own database
engines, limiter, leader elector and web server) inside this test's process, so the test pays
for one start-up instead of three; test_scaleout.py runs separate processes and kills a leader.
They start one after the other: Alembic's migration context is global to a process.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from functools import partial

import pytest
from sqlalchemy import update

from bot.app.application import BotApplication
from bot.app.runner import serve
from bot.core.clock import SystemClock
from bot.core.config import BotMode, load_settings
from bot.db import Database
from bot.db.reminder_tables import ReminderPlan
from tests.e2e.harness import TOKEN, confirm_updates, seed_foot_checks
from tests.e2e.round_robin import RoundRobinProxy
from tests.e2e.test_failover import until
from tests.e2e.test_scaleout import free_ports
from tests.unit.test_send_pacing import busiest_second
from tgemu.server import BotApiEmulator, EmulatedMessage

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.postgres,
    pytest.mark.usefixtures("one_multi_process_test_at_a_time"),
    pytest.mark.timeout(360),  # may wait its turn behind the other multi-process tests
]

PEOPLE = range(60_001, 60_049)
REMINDED = range(61_001, 61_025)
WORKERS = 3
SECRET = "send-budget_webhook-secret"
HOOK_PATH = "/telegram"
WAIT = 60.0
START_TIMEOUT = 60.0


async def make_due_now(url: str) -> None:
    db = Database(url)
    try:
        async with db.session() as session:
            await session.execute(update(ReminderPlan).values(next_due_at=SystemClock().now()))
    finally:
        await db.dispose()


def messages_per_chat(emulator: BotApiEmulator, chats: range) -> Counter[int]:
    return Counter({chat: len(emulator.bot_messages(chat)) for chat in chats})


async def _resolve(started: asyncio.Future[BotApplication], application: BotApplication) -> None:
    started.set_result(application)


@asynccontextmanager
async def workers(
    emulator: BotApiEmulator, database_url: str, proxy: RoundRobinProxy, ports: list[int]
) -> AsyncIterator[list[BotApplication]]:
    """The bots serving webhooks on `ports`, all started; stopped (and drained) on exit."""
    stop = asyncio.Event()
    bots: list[BotApplication] = []
    tasks = []
    try:
        for port in ports:
            settings = load_settings(
                database_url=database_url,
                telegram_bot_token=TOKEN,
                bot_mode=BotMode.WEBHOOK,
                webhook_url=proxy.url(HOOK_PATH),
                webhook_secret=SECRET,
                webhook_listen="127.0.0.1",
                webhook_port=port,
            )
            started: asyncio.Future[BotApplication] = asyncio.get_running_loop().create_future()
            on_ready = partial(_resolve, started)
            tasks.append(
                asyncio.create_task(
                    serve(settings, stop=stop, api_base_url=emulator.base_url, on_ready=on_ready)
                )
            )
            bots.append(await asyncio.wait_for(started, timeout=START_TIMEOUT))
        yield bots
    finally:
        stop.set()
        await asyncio.gather(*tasks)


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
async def test_three_workers_replying_at_once_stay_within_telegrams_limits(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot")
    async with BotApiEmulator() as emulator:
        tomorrow = SystemClock().now() + timedelta(days=1)
        await seed_foot_checks(database_url, emulator, REMINDED, due_at=tomorrow)
        await confirm_updates(emulator)
        loop = asyncio.get_running_loop()
        arrivals: list[float] = []

        def record(message: EmulatedMessage) -> None:
            if message.edit_count == 0 and not message.deleted:
                arrivals.append(loop.time())

        ports = free_ports(WORKERS)
        proxy = RoundRobinProxy([f"http://127.0.0.1:{port}" for port in ports])
        await proxy.start()
        try:
            async with workers(emulator, database_url, proxy, ports) as bots:
                assert all(bot.bot.rate_limiter is not None for bot in bots)
                emulator.add_listener(record)
                started = time.monotonic()
                await make_due_now(database_url)
                for user in PEOPLE:
                    emulator.user_sends(user, "/emergency")

                def everyone_answered() -> bool:
                    replies = messages_per_chat(emulator, PEOPLE)
                    reminders = messages_per_chat(emulator, REMINDED)
                    return min(replies.values()) >= 1 and min(reminders.values()) >= 1

                await until(everyone_answered, WAIT, "every reply and reminder")
                took = time.monotonic() - started
                await asyncio.sleep(0.5)  # anything sent twice would arrive by now
        finally:
            await proxy.stop()
        stats = emulator.stats
        busiest = busiest_second(sorted(arrivals))
        print(
            f"\n{len(arrivals)} messages from {WORKERS} workers in {took:.1f}s; busiest second "
            f"{busiest}; answered per worker {dict(sorted(proxy.answered.items()))}"
        )
        assert set(messages_per_chat(emulator, PEOPLE).values()) == {1}
        assert set(messages_per_chat(emulator, REMINDED).values()) == {1}
        assert all(proxy.answered[index] > 0 for index in range(WORKERS))  # all three replied
        assert stats.overall_violations == 0
        assert not stats.chat_violations
        assert busiest <= 30
        assert not [r for r in caplog.records if "send budget unreachable" in r.getMessage()]
