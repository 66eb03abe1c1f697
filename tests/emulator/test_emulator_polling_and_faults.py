"""How the emulator hands out updates and fails like Telegram, driven over real HTTP by
python-telegram-bot's own Bot: offsets, long polling, the webhook conflict, blocked users, injected
faults and rate limits."""

import asyncio

import pytest
from telegram import Bot
from telegram.error import BadRequest, Conflict, Forbidden, NetworkError, RetryAfter

from tests.emulator.emulator_bot import IGNORE_RETRY_AFTER_WARNING, USER, retry_seconds

# Fixtures the tests take by name; `name as name` tells the linter these imports are meant.
from tests.emulator.emulator_bot import bot as bot
from tests.emulator.emulator_bot import clock as clock
from tests.emulator.emulator_bot import emu as emu
from tgemu.server import BotApiEmulator

pytestmark = IGNORE_RETRY_AFTER_WARNING


async def test_get_updates_offsets_like_telegram(bot, emu):
    for text in ("/start", "one", "two"):
        emu.user_sends(USER, text, first_name="Ann", username="ann")
    updates = await bot.get_updates()
    assert [u.message.text for u in updates] == ["/start", "one", "two"]
    first = updates[0].message
    assert first.chat.type == "private"
    assert first.from_user.username == "ann"
    assert first.entities[0].type == "bot_command"
    assert await bot.get_updates(limit=1) == (updates[0],)
    assert [u.update_id for u in await bot.get_updates(offset=updates[1].update_id)] == [
        updates[1].update_id,
        updates[2].update_id,
    ]
    assert await bot.get_updates(offset=updates[2].update_id + 1) == ()
    emu.user_sends(USER, "three")
    emu.user_sends(USER, "four")
    last = await bot.get_updates(offset=-1)
    assert [u.message.text for u in last] == ["four"]
    assert [u.message.text for u in await bot.get_updates()] == ["four"]  # "three" was forgotten


async def test_long_poll_returns_as_soon_as_an_update_arrives(bot, emu):
    loop = asyncio.get_running_loop()
    started = loop.time()
    poll = asyncio.create_task(bot.get_updates(timeout=10))
    await asyncio.sleep(0.2)
    assert not poll.done()
    emu.user_sends(USER, "hi")
    updates = await asyncio.wait_for(poll, 3)
    assert [u.message.text for u in updates] == ["hi"]
    assert loop.time() - started < 3


async def test_allowed_updates_are_remembered(bot, emu):
    await bot.get_updates(allowed_updates=["callback_query"])
    emu.user_sends(USER, "ignored")
    assert await bot.get_updates() == ()
    await bot.get_updates(allowed_updates=[])
    emu.user_sends(USER, "seen")
    assert [u.message.text for u in await bot.get_updates()] == ["seen"]


async def test_blocked_user_gets_forbidden(bot, emu):
    emu.user_sends(USER, "hi")
    emu.block_user(USER)
    with pytest.raises(Forbidden, match="Forbidden: bot was blocked by the user"):
        await bot.send_message(USER, "reminder")
    emu.unblock_user(USER)
    assert await bot.send_message(USER, "reminder")


async def test_injected_faults(bot, emu):
    emu.user_sends(USER, "hi")
    emu.inject_fault("sendMessage", status=429, retry_after=3)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(USER, "x")
    assert retry_seconds(caught.value) == 3
    assert await bot.send_message(USER, "x")  # times=1 by default
    emu.inject_fault("*", status=500, times=None)
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await bot.get_me()
    with pytest.raises(NetworkError):
        await bot.send_message(USER, "x")
    emu.clear_faults()
    emu.inject_fault("sendMessage", status=502, chat_id=USER + 1)
    assert await bot.send_message(USER, "other chats are unaffected")
    emu.inject_fault("SENDMESSAGE", status=403, chat_id=USER)
    with pytest.raises(Forbidden):
        await bot.send_message(USER, "x")
    stats = emu.stats
    assert stats.faults_served["sendMessage"] == 3
    assert stats.faults_served["getMe"] == 1


async def test_bad_gateway_is_a_network_error(bot, emu):
    emu.inject_fault("getMe", status=502)
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.get_me()


async def test_webhook_blocks_get_updates(bot, emu):
    assert await bot.set_webhook("https://example.com/hook") is True
    info = await bot.get_webhook_info()
    assert info.url == "https://example.com/hook"
    with pytest.raises(Conflict, match="can't use getUpdates method while webhook is active"):
        await bot.get_updates()
    with pytest.raises(BadRequest, match="Bad webhook: an https url must be provided"):
        await bot.set_webhook("http://example.com/hook")
    emu.user_sends(USER, "pending")
    assert (await bot.get_webhook_info()).pending_update_count == 1
    assert await bot.delete_webhook(drop_pending_updates=True) is True
    assert await bot.get_updates() == ()


async def test_rate_violations_are_counted(bot, emu):
    emu.user_sends(USER, "hi")
    for n in range(40):  # the fake clock stands still: all 40 land in the same second
        await bot.send_message(USER, f"message {n}")
    stats = emu.stats
    assert stats.sends == 40
    assert stats.overall_violations == 10
    assert stats.chat_violations[USER] == 37
    assert stats.calls["sendMessage"] == 40


async def test_rate_limits_can_be_enforced(clock):
    async with (
        BotApiEmulator(enforce_rate_limits=True, clock=clock) as emu,
        Bot("123:abc", base_url=emu.base_url) as bot,
    ):
        emu.user_sends(USER, "hi")
        for _ in range(3):
            await bot.send_message(USER, "burst")
        with pytest.raises(RetryAfter) as caught:
            await bot.send_message(USER, "one too many")
        assert retry_seconds(caught.value) == 1
        clock.now += 1
        assert await bot.send_message(USER, "after waiting")
        assert emu.stats.rate_limited == 1
