"""Telegram failing under a real `python -m bot run`: the process never exits and catches up.

A short real-time outage (502 on every call, then connection refused while the emulator is down)
while foot checks fall due and a user writes; then a 429 storm on a reply. The long version, with
minutes of outage, is bench/telegram_outage_soak.py; outages of many minutes on a fake clock,
with stale breaks skipped, are in tests/integration/test_dispatcher_faults.py.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from bot.core.clock import SystemClock
from bot.db import migrate
from tests.e2e.harness import BotProcess, Chat, seed_foot_checks
from tests.e2e.inprocess import running_bot
from tests.integration.test_dispatcher_faults import inside_retry_after
from tgemu.server import BotApiEmulator

pytestmark = pytest.mark.e2e

USERS = range(93_001, 93_006)
BAD_GATEWAY_SECONDS = 3.0
UNREACHABLE_SECONDS = 3.0
REPLY_OUTAGE_SECONDS = 5.0


def reminders(emulator: BotApiEmulator, user_id: int) -> int:
    return sum(1 for message in emulator.bot_messages(user_id) if "✅ Done" in str(message.buttons))


async def test_the_bot_outlives_a_telegram_outage_and_delivers_everything_once(
    tmp_path: Path,
) -> None:
    async with BotApiEmulator() as emulator:
        process = BotProcess(emulator, tmp_path)
        migrate.upgrade(process.env["DATABASE_URL"])
        await process.start()
        try:
            emulator.inject_fault("*", 502, times=None)
            await seed_foot_checks(
                process.env["DATABASE_URL"], emulator, USERS, due_at=SystemClock().now()
            )
            writer = Chat(emulator, 93_100)
            asked = emulator.user_sends(writer.user_id, "/help")  # waits in Telegram's queue
            await asyncio.sleep(BAD_GATEWAY_SECONDS)
            assert process.running
            emulator.clear_faults()
            port = emulator.port
            await emulator.stop()
            await asyncio.sleep(UNREACHABLE_SECONDS)
            assert process.running
            await emulator.start(port=port)

            answer = await emulator.wait_for_bot_message(
                writer.user_id, after_message_id=asked["message_id"], timeout=20
            )
            assert "/check" in answer.text
            for _ in range(200):
                if all(reminders(emulator, user) for user in USERS):
                    break
                await asyncio.sleep(0.05)
            assert [reminders(emulator, user) for user in USERS] == [1] * len(USERS)

            storm = Chat(emulator, 93_200)
            emulator.inject_fault("sendMessage", 429, retry_after=1, times=2)
            welcome, _setup = await storm.start(timeout=15)
            assert "LegCare" in welcome.text
            assert inside_retry_after(emulator.call_log) == []
            await asyncio.sleep(0.5)  # a late double would show up here
            assert [reminders(emulator, user) for user in USERS] == [1] * len(USERS)
            assert len(emulator.bot_messages(writer.user_id)) == 1
            assert emulator.stats.overall_violations == 0
        finally:
            exit_code = await process.stop()
        assert exit_code == 0
        logs = process.logs()
        assert logs.count("bot is polling") == 1  # one start: no crash, no restart loop
        # Clear lines, once per outage where it can be, and no traceback every few seconds:
        assert "telegram unavailable while polling, retrying" in logs
        assert logs.count("reminder send failed, retrying") <= 2
        assert "reminders reach Telegram again" in logs
        assert "Traceback" not in logs
        assert "level=warning logger=apscheduler" not in logs  # a slow tick is not news


async def test_a_reply_waits_out_an_outage_instead_of_being_lost(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The update arrived, then Telegram stopped accepting messages: the answer must still come,
    once, when it is back (5xx means Telegram did nothing, so retrying cannot double it)."""
    caplog.set_level(logging.DEBUG, logger="bot")
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    migrate.upgrade(url)
    async with BotApiEmulator() as emulator, running_bot(emulator, url, dispatch=False):
        chat = Chat(emulator, 93_300)
        emulator.inject_fault("sendMessage", 502, times=None)
        asked = emulator.user_sends(chat.user_id, "/help")
        await asyncio.sleep(REPLY_OUTAGE_SECONDS)  # several retries fail meanwhile
        assert emulator.bot_messages(chat.user_id) == []
        emulator.clear_faults()
        answer = await emulator.wait_for_bot_message(
            chat.user_id, after_message_id=asked["message_id"], timeout=20
        )
        assert "/check" in answer.text
        await asyncio.sleep(0.5)
        assert len(emulator.bot_messages(chat.user_id)) == 1
    messages = [record.getMessage() for record in caplog.records]
    assert messages.count("telegram request failed, retrying") == 1  # once per outage
    assert "telegram answers again" in messages
