"""The aiohttp Bot API client (bot.app.transport) keeps the default client's contract.

Real HTTP throughout: the project's Bot API emulator for calls and uploads, and small local
servers that answer too late or not at all for the failures.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp import web
from telegram import Bot, InputFile
from telegram.error import NetworkError, TimedOut
from telegram.request import RequestData

from bot.app.transport import AiohttpRequest, bot_api_clients
from tgemu.server import BotApiEmulator

TOKEN = "123456:transport-test"
USER = 4242


@pytest.fixture
async def emulator() -> AsyncIterator[BotApiEmulator]:
    async with BotApiEmulator(bot_username="transport_bot", token=TOKEN) as emulator:
        emulator.user_sends(USER, "hello")
        yield emulator


async def test_a_message_with_buttons_and_non_ascii_text_arrives_as_sent(
    emulator: BotApiEmulator,
) -> None:
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup

    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Done ✅", callback_data="done:1")]])
    async with Bot(TOKEN, base_url=emulator.base_url, request=AiohttpRequest()) as bot:
        sent = await bot.send_message(USER, "Füße taub? 🦶 <b>move</b>", reply_markup=markup)
    (message,) = emulator.bot_messages(USER)
    assert message.message_id == sent.message_id
    assert message.text == "Füße taub? 🦶 <b>move</b>"
    assert sent.reply_markup == markup


async def test_an_upload_arrives_byte_for_byte_with_its_name_type_and_caption(
    emulator: BotApiEmulator,
) -> None:
    data = bytes(range(256)) * 40  # every byte value, framing-sensitive
    async with Bot(TOKEN, base_url=emulator.base_url, request=AiohttpRequest()) as bot:
        await bot.send_document(
            USER,
            InputFile(data, filename="report.pdf"),
            caption="For your doctor",
        )
    (message,) = emulator.bot_messages(USER)
    assert message.media is not None
    assert message.media.data == data
    assert message.media.file_name == "report.pdf"
    assert message.media.mime_type == "application/pdf"
    assert message.text == "For your doctor"


async def test_the_long_poll_client_delivers_updates(emulator: BotApiEmulator) -> None:
    calls, polls = bot_api_clients()
    async with Bot(
        TOKEN, base_url=emulator.base_url, request=calls, get_updates_request=polls
    ) as bot:
        updates = await bot.get_updates(timeout=1)
    assert [u.effective_message.text for u in updates if u.effective_message] == ["hello"]


async def test_a_bot_api_error_keeps_its_meaning(emulator: BotApiEmulator) -> None:
    from telegram.error import BadRequest

    async with Bot(TOKEN, base_url=emulator.base_url, request=AiohttpRequest()) as bot:
        with pytest.raises(BadRequest):
            await bot.send_message(USER, "")


@pytest.fixture
async def slow_server() -> AsyncIterator[str]:
    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(5)
        return web.json_response({"ok": True, "result": True})

    app = web.Application()
    app.router.add_post("/{tail:.*}", slow)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    yield f"http://127.0.0.1:{port}/bot"
    await runner.cleanup()


async def test_an_answer_later_than_the_read_timeout_is_timed_out(slow_server: str) -> None:
    request = AiohttpRequest(read_timeout=0.2)
    await request.initialize()
    try:
        started = asyncio.get_running_loop().time()
        with pytest.raises(TimedOut):
            await request.do_request(f"{slow_server}{TOKEN}/getMe", "POST")
        assert asyncio.get_running_loop().time() - started < 2
    finally:
        await request.shutdown()


async def test_a_server_that_is_not_there_is_a_network_error() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    request = AiohttpRequest()
    await request.initialize()
    try:
        with pytest.raises(NetworkError, match="aiohttp"):
            await request.do_request(f"http://127.0.0.1:{port}/bot{TOKEN}/getMe", "POST")
    finally:
        await request.shutdown()


async def test_it_refuses_to_work_before_initialize_and_after_shutdown() -> None:
    request = AiohttpRequest()
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request("http://127.0.0.1:1/", "POST", RequestData())
    await request.initialize()
    await request.shutdown()
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request("http://127.0.0.1:1/", "POST")


def test_timeouts_default_as_the_framework_does_and_bound_the_whole_request() -> None:
    request = AiohttpRequest(
        read_timeout=5, write_timeout=4, connect_timeout=3, pool_timeout=1, media_write_timeout=20
    )
    default = AiohttpRequest.DEFAULT_NONE
    plain = request.timeout(default, default, default, default)
    assert (plain.sock_read, plain.sock_connect, plain.connect) == (5, 3, 4)
    assert plain.total == 4 + 4 + 5  # waiting and connecting, writing, reading
    upload = request.timeout(default, default, default, default, upload=True)
    assert upload.total == 4 + 20 + 5
    long_poll = request.timeout(35, default, default, default)
    assert long_poll.sock_read == 35
    assert long_poll.total == 4 + 4 + 35
    unbounded = request.timeout(None, default, default, default)
    assert unbounded.sock_read is None
    assert unbounded.total is None
    assert isinstance(plain, aiohttp.ClientTimeout)
