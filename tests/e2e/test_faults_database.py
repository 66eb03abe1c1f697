"""The database locked or down, at start and mid-run: a clear log line, backoff, no crash loop.

PostgreSQL is reached through a TcpGate, so a test can take "the database" away without touching
the server other tests share. SQLite is locked the way another process would: a connection that
holds `BEGIN EXCLUSIVE`.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy.engine import make_url

from bot.app.runner import BACKOFF_MAX_SECONDS, Backoff
from bot.app.web import WebServer
from bot.core.clock import FakeClock
from bot.core.metrics import BotMetrics
from bot.db import migrate
from bot.db.reminder_tables import SENT
from bot.reminders.leadership import FOLLOWER, LEADER, ROLE_KEY, LeaderElector
from tests.e2e.harness import Chat
from tests.e2e.inprocess import running_bot
from tests.e2e.tcp_gate import TcpGate
from tests.integration.reminder_world import world
from tgemu.server import BotApiEmulator, EmulatedMessage

pytestmark = pytest.mark.e2e

UNAVAILABLE = "database unavailable, retrying"
APOLOGY = "something went wrong on my side"


@pytest.fixture
async def gate(postgres_url: str) -> AsyncIterator[TcpGate]:
    url = make_url(postgres_url)
    gate = TcpGate(url.host or "127.0.0.1", url.port or 5432)
    await gate.start()
    yield gate
    await gate.stop()


def through(gate: TcpGate, postgres_url: str) -> str:
    return make_url(postgres_url).set(port=gate.port).render_as_string(hide_password=False)


def retry_delays(caplog: pytest.LogCaptureFixture, message: str = UNAVAILABLE) -> list[float]:
    return [r.retry_in_s for r in caplog.records if r.getMessage() == message]  # type: ignore[attr-defined]


def apologies(emulator: BotApiEmulator, user_id: int) -> list[EmulatedMessage]:
    return [m for m in emulator.bot_messages(user_id) if APOLOGY in m.text]


async def eventually(condition: object, timeout: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():  # type: ignore[operator]
        assert loop.time() < deadline, "condition not met in time"
        await asyncio.sleep(0.05)


def test_start_up_backoff_grows_and_is_capped() -> None:
    backoff = Backoff()
    delays = [backoff.next_delay() for _ in range(12)]
    assert delays[:4] == [0.5, 1.0, 2.0, 4.0]
    assert delays == sorted(delays)
    assert delays[-1] == BACKOFF_MAX_SECONDS


@pytest.mark.postgres
async def test_postgresql_down_at_start_is_retried_with_backoff_then_served(
    postgres_url: str, gate: TcpGate, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot")
    await gate.cut()  # connections refused from the first attempt on

    async def restore_after_three_attempts() -> None:
        # Timed from the first refused attempt, not from the start: start-up first loads the
        # content and the language model, which takes longer on a cold cache.
        await eventually(lambda: retry_delays(caplog), timeout=60.0)
        await asyncio.sleep(3.2)
        await gate.restore()

    restoring = asyncio.ensure_future(restore_after_three_attempts())
    async with BotApiEmulator() as emulator, running_bot(emulator, through(gate, postgres_url)):
        await restoring
        delays = retry_delays(caplog)
        assert delays[:3] == [0.5, 1.0, 2.0]  # one clear line per attempt, growing
        assert any(r.getMessage() == "database is back" for r in caplog.records)
        welcome, _setup = await Chat(emulator, 91_001).start()
        assert "LegCare" in welcome.text
    assert "Traceback" not in caplog.text


async def test_a_locked_sqlite_file_at_start_is_waited_for(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot")
    path = tmp_path / "bot.db"
    url = f"sqlite:///{path}"
    migrate.upgrade(url)
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")  # another process holds the write lock

    async def release_once_refused() -> None:
        await eventually(lambda: retry_delays(caplog), timeout=20)
        locker.execute("ROLLBACK")

    release = asyncio.create_task(release_once_refused())
    try:
        async with BotApiEmulator() as emulator, running_bot(emulator, url):
            assert retry_delays(caplog)[0] == 0.5
            welcome, _setup = await Chat(emulator, 91_002).start()
            assert "LegCare" in welcome.text
    finally:
        await release
        locker.close()


async def test_a_sqlite_file_locked_mid_run_never_holds_up_the_emergency_instructions(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Another process holds SQLite's write lock: a statement then waits out the 5 s busy
    timeout. The emergency instructions must not wait for it; anything else apologises once;
    once the lock is gone the due foot check arrives, once."""
    caplog.set_level(logging.INFO, logger="bot")
    path = tmp_path / "bot.db"
    url = f"sqlite:///{path}"
    migrate.upgrade(url)
    clock = FakeClock(datetime.now(UTC).replace(hour=8, minute=0, second=0, microsecond=0))
    locker = sqlite3.connect(path, isolation_level=None)
    try:
        async with BotApiEmulator() as emulator, running_bot(emulator, url, clock=clock):
            chat = Chat(emulator, 91_006)
            await chat.say("/timezone UTC")
            await chat.say("/feet 08:10")

            locker.execute("BEGIN EXCLUSIVE")
            clock.set(clock.now().replace(minute=10, second=5))  # the foot check falls due
            # Someone new (nothing known about them) and someone known, each with an emergency:
            # both get the instructions well before the busy timeout would have let go.
            for user_id, words in ((91_007, "/emergency"), (chat.user_id, "my face is drooping")):
                sent = emulator.user_sends(user_id, words)
                alert = await emulator.wait_for_bot_message(
                    user_id, after_message_id=sent["message_id"], timeout=4.0
                )
                assert APOLOGY not in alert.text
                assert "112" in alert.text, alert.text

            sent = emulator.user_sends(chat.user_id, "/reminders")
            apology = await emulator.wait_for_bot_message(
                chat.user_id, after_message_id=sent["message_id"], timeout=15
            )
            assert APOLOGY in apology.text
            assert len(apologies(emulator, chat.user_id)) == 1

            locker.execute("ROLLBACK")
            reminder = await emulator.wait_for_bot_message(
                chat.user_id, after_message_id=apology.message_id, timeout=15
            )
            assert reminder.buttons, reminder.text
            listing = await chat.say("/reminders")
            assert APOLOGY not in listing.text
            await asyncio.sleep(1.5)  # more ticks: the reminder must not come twice
            reminders = [
                m for m in emulator.bot_messages(chat.user_id) if "✅ Done" in str(m.buttons)
            ]
            assert [m.message_id for m in reminders] == [reminder.message_id]
    finally:
        locker.close()
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [], [r.getMessage() for r in errors]


@pytest.mark.postgres
async def test_postgresql_lost_mid_run_apologises_steps_down_and_recovers(
    postgres_url: str, gate: TcpGate, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bot")
    clock = FakeClock(datetime.now(UTC).replace(hour=8, minute=0, second=0, microsecond=0))
    url = through(gate, postgres_url)
    async with BotApiEmulator() as emulator, running_bot(emulator, url, clock=clock) as application:
        services = application.bot_data["services"]
        web = WebServer(
            application, secret="s3cret", path="/hook", db=services.db, metrics=BotMetrics()
        )
        await web.start()
        health = f"http://127.0.0.1:{web.port}/healthz"
        chat = Chat(emulator, 91_003)
        await chat.say("/timezone UTC")
        await chat.say("/feet 08:10")
        assert application.bot_data[ROLE_KEY] == LEADER
        async with aiohttp.ClientSession() as http:
            assert (await http.get(health)).status == 200

            await gate.cut()
            clock.set(clock.now().replace(minute=10, second=5))  # the foot check falls due
            await eventually(lambda: application.bot_data[ROLE_KEY] == FOLLOWER)
            response = await http.get(health)
            assert response.status == 503
            assert (await response.json())["database"] is False

            sent = emulator.user_sends(chat.user_id, "/reminders")
            apology = await emulator.wait_for_bot_message(
                chat.user_id, after_message_id=sent["message_id"]
            )
            assert APOLOGY in apology.text
            assert "emergency" in apology.text
            await asyncio.sleep(1.5)  # a few dispatcher ticks and election rounds fail
            assert len(apologies(emulator, chat.user_id)) == 1  # one per message

            # The emergency instructions never depend on the database: with the country unknown
            # they give the common numbers, for /emergency and for a red flag typed as text.
            last_id = apology.message_id
            for words in ("/emergency", "my face is drooping on one side"):
                sent = emulator.user_sends(chat.user_id, words)
                alert = await emulator.wait_for_bot_message(
                    chat.user_id, after_message_id=sent["message_id"]
                )
                assert APOLOGY not in alert.text
                assert "112" in alert.text, alert.text
                last_id = alert.message_id

            await gate.restore()
            reminder = await emulator.wait_for_bot_message(
                chat.user_id, after_message_id=last_id, timeout=15
            )
            assert reminder.buttons, reminder.text
            assert (await http.get(health)).status == 200
        assert application.bot_data[ROLE_KEY] == LEADER
        listing = await chat.say("/reminders")
        assert APOLOGY not in listing.text
        await asyncio.sleep(1.5)  # more ticks: the reminder must not come twice
        reminders = [m for m in emulator.bot_messages(chat.user_id) if "✅ Done" in str(m.buttons)]
        assert [m.message_id for m in reminders] == [reminder.message_id]
        await web.stop()
    failures = [r for r in caplog.records if r.getMessage().startswith("dispatcher tick failed,")]
    assert len(failures) <= 1  # once per outage, not once per tick
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [], [r.getMessage() for r in errors]
    changes = [r for r in caplog.records if r.getMessage() == "dispatcher role changed"]
    roles = [r.dispatcher_role for r in changes]  # type: ignore[attr-defined]
    assert roles[:3] == [LEADER, FOLLOWER, LEADER]  # stepped down, then took the lock again


@pytest.mark.parametrize(
    "database_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)
async def test_an_outcome_the_database_cannot_take_yet_is_recorded_later_not_resent(
    database_url: str, gate: TcpGate
) -> None:
    """The database goes away the moment Telegram accepts a reminder: the outcome is written
    once it is back, so the lease never runs out on a message already sent."""
    start = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    async with world(through(gate, database_url), start) as w:
        await w.add_user(92_001, "UTC")
        await w.foot(92_001, time(8, 1))
        dispatcher = w.dispatcher()
        loop = asyncio.get_running_loop()

        cuts: list[int] = []

        def cut_on_send(message: EmulatedMessage) -> None:
            if not message.from_bot or cuts:
                return
            cuts.append(message.message_id)
            gate.cut_now()
            loop.call_later(1.2, lambda: asyncio.ensure_future(gate.restore()))

        w.emulator.add_listener(cut_on_send)
        w.clock.set(start + timedelta(minutes=1))
        await dispatcher.run_tick()  # the rest of this tick fails: the database is away
        await dispatcher.drain()
        w.emulator.remove_listener(cut_on_send)
        await eventually(lambda: gate.is_open)
        for _ in range(4):  # well past the two-minute lease
            w.clock.advance(timedelta(minutes=1))
            await w.tick(dispatcher)
        assert cuts, "the reminder was never sent"
        [delivery] = await w.deliveries(92_001)
        assert delivery.status == SENT
        assert len(w.emulator.bot_messages(92_001)) == 1


@pytest.mark.postgres
async def test_after_a_database_outage_exactly_one_process_leads_again(
    postgres_url: str, gate: TcpGate
) -> None:
    url = through(gate, postgres_url)
    electors = [LeaderElector(url, retry_seconds=0.1, check_timeout=0.5) for _ in range(3)]
    try:
        for elector in electors:
            await elector.start()
        assert sorted(e.role for e in electors) == [FOLLOWER, FOLLOWER, LEADER]
        await gate.cut()
        await eventually(lambda: all(e.role == FOLLOWER for e in electors), timeout=5)
        await asyncio.sleep(0.5)  # rounds against a database that is not there
        assert all(e.role == FOLLOWER for e in electors)
        await gate.restore()
        await eventually(lambda: any(e.role == LEADER for e in electors), timeout=5)
        for _ in range(5):
            await asyncio.sleep(0.1)
            assert sorted(e.role for e in electors) == [FOLLOWER, FOLLOWER, LEADER]
    finally:
        for elector in electors:
            await elector.stop()
