"""The real bot in webhook mode (`python -m bot run`, BOT_MODE=webhook) against the emulator,
which delivers updates by POSTing them to the bot, as Telegram does."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
import pytest_asyncio
from telegram import Bot

from bot.app.application import ALLOWED_UPDATES
from bot.app.runner import StartupError, serve
from bot.core.config import load_settings
from tests.e2e.harness import TOKEN, BotProcess, new_chat, stored_user
from tgemu.server import BotApiEmulator

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="module")]

SECRET = "e2e_webhook-Secret_that_must_not_be_logged"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def port() -> int:
    return free_port()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def webhook_bot(
    emulator: BotApiEmulator, bot_workdir: Path, port: int
) -> AsyncIterator[BotProcess]:
    process = BotProcess(
        emulator,
        bot_workdir,
        BOT_MODE="webhook",
        WEBHOOK_URL=f"http://127.0.0.1:{port}/tg",
        WEBHOOK_SECRET=SECRET,
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(port),
    )
    await process.start()
    yield process
    await process.stop()


@pytest_asyncio.fixture(loop_scope="module")
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


def forged_update(user_id: int, text: str) -> dict:
    person = {"id": user_id, "is_bot": False, "first_name": "Eve"}
    return {
        "update_id": 900_000 + user_id,
        "message": {
            "message_id": 1,
            "date": 1_700_000_000,
            "chat": {"id": user_id, "type": "private", "first_name": "Eve"},
            "from": person,
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": len(text)}],
        },
    }


async def scrape(http: aiohttp.ClientSession, port: int) -> dict[str, float]:
    async with http.get(f"http://127.0.0.1:{port}/metrics") as response:
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/plain; version=0.0.4")
        text = await response.text()
    samples = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, value = line.rsplit(" ", 1)
            samples[name] = float(value)
    return samples


async def test_start_is_answered_through_the_webhook(
    emulator: BotApiEmulator, webhook_bot: BotProcess, port: int
) -> None:
    welcome, setup = await new_chat(emulator).start()
    assert "LegCare" in welcome.text
    assert setup.buttons
    hook = emulator.webhook
    assert hook is not None
    assert hook["url"] == f"http://127.0.0.1:{port}/tg"
    assert hook["secret_token"] == SECRET
    assert "last_error_message" not in hook
    assert "bot is polling" not in webhook_bot.logs()
    async with Bot(TOKEN, base_url=emulator.base_url) as bot:
        info = await bot.get_webhook_info()
    assert sorted(info.allowed_updates) == sorted(ALLOWED_UPDATES)
    assert info.pending_update_count == 0


async def test_one_persons_updates_are_answered_in_order(
    emulator: BotApiEmulator, webhook_bot: BotProcess
) -> None:
    chat = new_chat(emulator)
    first = emulator.user_sends(chat.user_id, "/privacy")
    emulator.user_sends(chat.user_id, "/help")
    emulator.user_sends(chat.user_id, "/emergency")
    replies = []
    after = first["message_id"]
    for _ in range(3):
        reply = await emulator.wait_for_bot_message(chat.user_id, after_message_id=after)
        replies.append(reply)
        after = reply.message_id
    assert "Telegram user id" in replies[0].text  # /privacy
    assert "/move" in replies[1].text  # /help
    assert "emergency" in replies[2].text.lower()


async def test_a_wrong_secret_is_refused_and_gets_no_reply(
    emulator: BotApiEmulator, webhook_bot: BotProcess, port: int, http: aiohttp.ClientSession
) -> None:
    user_id = 777_001
    sends_before = emulator.stats.calls["sendMessage"]
    body = json.dumps(forged_update(user_id, "/start"))
    for headers in ({SECRET_HEADER: "not-the-secret"}, {}):
        headers["Content-Type"] = "application/json"
        async with http.post(f"http://127.0.0.1:{port}/tg", data=body, headers=headers) as response:
            assert response.status == 403
    await asyncio.sleep(0.5)
    assert emulator.stats.calls["sendMessage"] == sends_before
    assert await stored_user(webhook_bot, user_id) is None


async def test_malformed_and_oversized_bodies_do_not_hurt(
    emulator: BotApiEmulator, webhook_bot: BotProcess, port: int, http: aiohttp.ClientSession
) -> None:
    headers = {SECRET_HEADER: SECRET, "Content-Type": "application/json"}
    cases = [(b"{broken", 400), (b'{"no": "update_id"}', 400), (b" " * (2 << 20), 413)]
    for body, status in cases:
        async with http.post(f"http://127.0.0.1:{port}/tg", data=body, headers=headers) as response:
            assert response.status == status
    assert webhook_bot.running
    reply = await new_chat(emulator).say("/help")
    assert "/check" in reply.text


async def test_healthz(webhook_bot: BotProcess, port: int, http: aiohttp.ClientSession) -> None:
    async with http.get(f"http://127.0.0.1:{port}/healthz") as response:
        assert response.status == 200
        assert await response.json() == {"status": "ok", "database": True, "dispatcher": "single"}


async def test_metrics_count_updates_replies_and_refusals(
    emulator: BotApiEmulator, webhook_bot: BotProcess, port: int, http: aiohttp.ClientSession
) -> None:
    before = await scrape(http, port)
    chat = new_chat(emulator)
    await chat.say("/privacy")
    await chat.say("/help")
    async with http.post(f"http://127.0.0.1:{port}/tg", data=b"{}") as response:
        assert response.status == 403
    after = await scrape(http, port)

    def moved(name: str) -> float:
        return after.get(name, 0.0) - before.get(name, 0.0)

    assert moved('legcare_updates_total{type="message"}') == 2
    assert moved('legcare_webhook_requests_total{outcome="accepted"}') == 2
    assert moved('legcare_webhook_requests_total{outcome="forbidden"}') == 1
    assert moved('legcare_replies_sent_total{method="sendMessage"}') >= 2
    assert after['legcare_dispatcher_role{role="single"}'] == 1
    for name in (
        'legcare_reminders_total{outcome="sent"}',
        'legcare_reminders_total{outcome="skipped"}',
        'legcare_reminders_total{outcome="failed"}',
        'legcare_reminders_total{outcome="blocked"}',
        'legcare_reminder_delay_seconds_bucket{le="+Inf"}',
        "legcare_telegram_retry_after_seconds_total",
    ):
        assert name in after, name


async def test_429s_and_their_waits_are_counted(
    emulator: BotApiEmulator, webhook_bot: BotProcess, port: int, http: aiohttp.ClientSession
) -> None:
    before = await scrape(http, port)
    chat = new_chat(emulator)
    emulator.inject_fault("sendMessage", status=429, retry_after=1, times=1, chat_id=chat.user_id)
    reply = await chat.say("/privacy")  # the rate limiter waits the second, then succeeds
    assert "Telegram user id" in reply.text
    after = await scrape(http, port)
    name = 'legcare_telegram_rate_limited_total{method="sendMessage"}'
    assert after[name] - before.get(name, 0.0) == 1
    waited = "legcare_telegram_retry_after_seconds_total"
    assert after[waited] - before[waited] == 1


async def test_updates_sent_while_the_bot_is_down_arrive_after_restart(
    emulator: BotApiEmulator, webhook_bot: BotProcess
) -> None:
    assert await webhook_bot.stop() == 0
    chat = new_chat(emulator)
    sent = emulator.user_sends(chat.user_id, "/privacy")
    for _ in range(100):  # the emulator fails against the closed port, and keeps retrying
        if (emulator.webhook or {}).get("last_error_message"):
            break
        await asyncio.sleep(0.02)
    assert (emulator.webhook or {}).get("last_error_message")
    await webhook_bot.start()
    reply = await emulator.wait_for_bot_message(chat.user_id, after_message_id=sent["message_id"])
    assert "Telegram user id" in reply.text


async def test_logs_hold_neither_secret_nor_token_nor_texts(
    webhook_bot: BotProcess, port: int, http: aiohttp.ClientSession
) -> None:
    # A refused request of its own: the tests of this module may run on other workers.
    headers = {SECRET_HEADER: "not-the-secret", "Content-Type": "application/json"}
    body = json.dumps(forged_update(777_002, "/privacy"))
    async with http.post(f"http://127.0.0.1:{port}/tg", data=body, headers=headers) as response:
        assert response.status == 403
    for _ in range(100):
        if "webhook request refused" in webhook_bot.logs():
            break
        await asyncio.sleep(0.05)
    logs = webhook_bot.logs()
    assert "webhook request refused" in logs
    assert SECRET not in logs
    assert TOKEN.split(":", 1)[1] not in logs
    assert "Telegram user id" not in logs  # a reply's text
    assert "/privacy" not in logs  # what a user typed


async def test_a_port_in_use_stops_start_up_with_one_line(
    emulator: BotApiEmulator, webhook_bot: BotProcess, port: int, tmp_path: Path
) -> None:
    settings = load_settings(
        telegram_bot_token=TOKEN,
        database_url=f"sqlite:///{tmp_path / 'second.db'}",
        bot_mode="webhook",
        webhook_url=f"http://127.0.0.1:{port}/tg",
        webhook_secret=SECRET,
        webhook_listen="127.0.0.1",
        webhook_port=port,  # the running bot's
    )
    with pytest.raises(StartupError, match=rf"Cannot listen on 127.0.0.1:{port} \(WEBHOOK_LISTEN"):
        await serve(settings, stop=asyncio.Event(), api_base_url=emulator.base_url, dispatch=False)
    assert webhook_bot.running
