"""The emulator's webhook delivery, against a small receiving server over real HTTP."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable

import pytest
from aiohttp import web
from telegram import Bot
from telegram.error import BadRequest

from tgemu.server import BotApiEmulator
from tgemu.webhook import (
    LOOPBACK_ONLY,
    SECRET_HEADER,
    chat_key,
    webhook_url_allowed,
)

Handler = Callable[[dict], Awaitable[int]]


class Receiver:
    """A webhook endpoint that records every request; `answer` decides each status code."""

    def __init__(self) -> None:
        self.requests: list[tuple[dict, dict[str, str]]] = []
        self.answer: Handler = self._ok
        self.runner: web.AppRunner | None = None
        self.url = ""
        self.received = asyncio.Event()

    @staticmethod
    async def _ok(_update: dict) -> int:
        return 200

    async def handle(self, request: web.Request) -> web.Response:
        update = json.loads(await request.read())
        self.requests.append((update, dict(request.headers)))
        self.received.set()
        return web.Response(status=await self.answer(update))

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/hook", self.handle)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", 0).start()
        self.url = f"http://127.0.0.1:{self.runner.addresses[0][1]}/hook"

    async def stop(self) -> None:
        assert self.runner is not None
        await self.runner.cleanup()

    def texts(self, chat_id: int | None = None) -> list[str]:
        return [
            update["message"]["text"]
            for update, _ in self.requests
            if "message" in update and chat_id in (None, update["message"]["chat"]["id"])
        ]


@pytest.fixture
async def emu():
    async with BotApiEmulator() as emulator:
        yield emulator


@pytest.fixture
async def bot(emu):
    async with Bot(token="123:abc", base_url=emu.base_url) as ptb_bot:
        yield ptb_bot


@pytest.fixture
async def receiver():
    server = Receiver()
    await server.start()
    yield server
    await server.stop()


async def until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise TimeoutError("condition not met in time")
        await asyncio.sleep(0.01)


def test_urls_https_anywhere_plain_http_only_on_loopback() -> None:
    assert webhook_url_allowed("https://example.com/hook")
    assert webhook_url_allowed("http://127.0.0.1:8080/hook")
    assert webhook_url_allowed("http://localhost/hook")
    assert webhook_url_allowed("http://[::1]:9000/hook")
    assert not webhook_url_allowed("http://example.com/hook")
    assert not webhook_url_allowed("http://10.0.0.5/hook")
    assert not webhook_url_allowed("ftp://127.0.0.1/hook")
    assert not webhook_url_allowed("https:///no-host")


def test_chat_key_orders_by_chat_then_sender() -> None:
    message = {"update_id": 1, "message": {"chat": {"id": 7}, "from": {"id": 8}}}
    callback = {
        "update_id": 2,
        "callback_query": {"from": {"id": 9}, "message": {"chat": {"id": 7}}},
    }
    member = {"update_id": 3, "my_chat_member": {"chat": {"id": 5}, "from": {"id": 5}}}
    inline = {"update_id": 4, "inline_query": {"from": {"id": 11}}}
    assert [chat_key(u) for u in (message, callback, member, inline)] == [7, 7, 5, 11]
    assert chat_key({"update_id": 5, "poll": {"id": "x"}}) == 0


async def test_delivers_each_update_with_the_secret_and_confirms_it(bot, emu, receiver) -> None:
    emu.user_sends(1, "sent before the webhook")  # kept, then delivered once it is set
    assert await bot.set_webhook(receiver.url, secret_token="s3cret_token", max_connections=5)
    emu.user_sends(1, "hello")
    await until(lambda: len(receiver.requests) == 2)

    assert receiver.texts() == ["sent before the webhook", "hello"]
    update, headers = receiver.requests[1]
    assert headers[SECRET_HEADER] == "s3cret_token"
    assert headers["Content-Type"] == "application/json"
    assert update["update_id"] == receiver.requests[0][0]["update_id"] + 1
    await until(lambda: emu.webhook is not None)
    info = await bot.get_webhook_info()
    assert (info.url, info.max_connections, info.pending_update_count) == (receiver.url, 5, 0)
    assert info.last_error_date is None


async def test_no_secret_header_without_a_secret(bot, emu, receiver) -> None:
    await bot.set_webhook(receiver.url)
    emu.user_sends(1, "hi")
    await until(lambda: len(receiver.requests) == 1)
    assert SECRET_HEADER not in receiver.requests[0][1]


async def test_a_failing_update_holds_back_its_chat_but_not_others(bot, emu, receiver) -> None:
    failures = {"left": 3}

    async def flaky(update: dict) -> int:
        if update["message"]["chat"]["id"] == 1 and failures["left"] > 0:
            failures["left"] -= 1
            return 500
        return 200

    receiver.answer = flaky
    await bot.set_webhook(receiver.url)
    for text in ("a1", "a2", "a3"):
        emu.user_sends(1, text)
    emu.user_sends(2, "b1")

    await until(lambda: "b1" in receiver.texts())
    assert set(receiver.texts(1)) == {"a1"}  # a2 and a3 wait behind a1's retries
    info = await bot.get_webhook_info()
    assert info.last_error_message == "Wrong response from the webhook: 500 Internal Server Error"
    assert info.last_error_date is not None
    assert info.pending_update_count >= 3

    await until(lambda: receiver.texts(1)[-3:] == ["a1", "a2", "a3"])
    assert receiver.texts(1) == ["a1", "a1", "a1", "a1", "a2", "a3"]  # 3 failures, then in order
    assert (await bot.get_webhook_info()).pending_update_count == 0


async def test_at_most_max_connections_requests_at_once(bot, emu, receiver) -> None:
    open_now = {"count": 0, "most": 0}
    release = asyncio.Event()

    async def slow(_update: dict) -> int:
        open_now["count"] += 1
        open_now["most"] = max(open_now["most"], open_now["count"])
        await release.wait()
        open_now["count"] -= 1
        return 200

    receiver.answer = slow
    await bot.set_webhook(receiver.url, max_connections=2)
    for user in range(1, 7):
        emu.user_sends(user, "hi")
    await until(lambda: len(receiver.requests) == 2)
    await asyncio.sleep(0.1)
    assert len(receiver.requests) == 2  # six chats, but only two requests open
    release.set()
    await until(lambda: len(receiver.requests) == 6)
    assert open_now["most"] == 2


async def test_unreachable_webhook_keeps_updates_for_get_updates(bot, emu, receiver) -> None:
    url = receiver.url
    await receiver.stop()  # nothing listens there any more
    await bot.set_webhook(url)
    emu.user_sends(1, "kept")
    await until(lambda: (emu.webhook or {}).get("last_error_message") is not None)
    info = await bot.get_webhook_info()
    assert info.last_error_message == "Connection refused"
    assert info.pending_update_count == 1
    await bot.delete_webhook()
    updates = await bot.get_updates()
    assert [u.message.text for u in updates] == ["kept"]
    await receiver.start()  # for the fixture's teardown


async def test_non_loopback_webhook_is_stored_but_never_called(bot, emu) -> None:
    await bot.set_webhook("https://bot.example.org/hook")
    emu.user_sends(1, "stays here")
    await until(lambda: (emu.webhook or {}).get("last_error_message") is not None)
    info = await bot.get_webhook_info()
    assert info.last_error_message == LOOPBACK_ONLY
    assert info.pending_update_count == 1
    with pytest.raises(BadRequest, match="an https url must be provided"):
        await bot.set_webhook("http://bot.example.org/hook")


async def test_drop_pending_updates_and_a_new_url(bot, emu, receiver) -> None:
    await bot.set_webhook("https://bot.example.org/hook")
    emu.user_sends(1, "dropped")
    await bot.set_webhook(receiver.url, drop_pending_updates=True)
    emu.user_sends(1, "delivered")
    await until(lambda: len(receiver.requests) == 1)
    await asyncio.sleep(0.05)
    assert receiver.texts() == ["delivered"]
    assert (await bot.get_webhook_info()).last_error_message is None  # a new webhook, no errors


async def test_stopping_the_emulator_ends_retries_promptly(receiver) -> None:
    emulator = BotApiEmulator()
    await emulator.start()

    async def refuse(_update: dict) -> int:
        return 503

    receiver.answer = refuse
    async with Bot(token="123:abc", base_url=emulator.base_url) as ptb_bot:
        await ptb_bot.set_webhook(receiver.url)
    emulator.user_sends(1, "never confirmed")
    await receiver.received.wait()
    await asyncio.wait_for(emulator.stop(), timeout=2.0)
