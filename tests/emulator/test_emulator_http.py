"""The emulator's raw HTTP surface: response shapes, encodings, the control API and the CLI."""

import asyncio
import json
import os
import signal
import sys

import aiohttp
import pytest

from tgemu.server import BotApiEmulator

USER = 1001
BOT_TOKEN = "123:abc"


@pytest.fixture
async def emu():
    async with BotApiEmulator() as emulator:
        yield emulator


@pytest.fixture
async def http():
    async with aiohttp.ClientSession() as session:
        yield session


def root(emu: BotApiEmulator) -> str:
    return emu.base_url.removesuffix("/bot")


async def call(http, emu, method, *, token=BOT_TOKEN, **kwargs):
    async with http.post(f"{emu.base_url}{token}/{method}", **kwargs) as response:
        return response.status, await response.json()


async def test_not_found_unauthorized_and_case_insensitive_methods(http):
    async with BotApiEmulator(token=BOT_TOKEN) as emu:
        assert await call(http, emu, "getMe", token="not-a-token") == (
            404,
            {"ok": False, "error_code": 404, "description": "Not Found"},
        )
        assert (await call(http, emu, "getMe", token="123:other"))[0] == 401
        assert (await call(http, emu, "sendSticker"))[1]["description"] == "Not Found"
        status, body = await call(http, emu, "GETME")
        assert status == 200
        assert body["ok"] is True
        assert body["result"]["id"] == 123


async def test_every_parameter_encoding_is_accepted(http, emu):
    emu.user_sends(USER, "hi")
    async with http.get(f"{emu.base_url}123:abc/sendMessage?chat_id={USER}&text=query") as response:
        assert (await response.json())["result"]["text"] == "query"
    markup = {"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}
    status, body = await call(
        http,
        emu,
        "sendMessage",
        json={"chat_id": USER, "text": "<b>json</b>", "parse_mode": "HTML", "reply_markup": markup},
    )
    assert body["result"]["entities"] == [{"type": "bold", "offset": 0, "length": 4}]
    assert body["result"]["reply_markup"] == markup
    form = {"chat_id": str(USER), "text": "form", "reply_markup": json.dumps(markup)}
    status, body = await call(http, emu, "sendMessage", data=form)
    assert body["result"]["reply_markup"] == markup
    multipart = aiohttp.FormData()
    multipart.add_field("chat_id", str(USER))
    multipart.add_field("text", "multipart")
    multipart.add_field("document", b"bytes", filename="x.txt")
    status, body = await call(http, emu, "sendMessage", data=multipart)
    assert (status, body["result"]["text"]) == (200, "multipart")
    status, body = await call(http, emu, "sendMessage", json={"chat_id": "@someone", "text": "x"})
    assert (status, body["description"]) == (400, "Bad Request: chat not found")


async def test_error_shapes(http, emu):
    emu.user_sends(USER, "hi")
    emu.inject_fault("sendMessage", status=429, retry_after=7)
    assert await call(http, emu, "sendMessage", json={"chat_id": USER, "text": "x"}) == (
        429,
        {
            "ok": False,
            "error_code": 429,
            "description": "Too Many Requests: retry after 7",
            "parameters": {"retry_after": 7},
        },
    )
    status, body = await call(http, emu, "setWebhook", json={"url": "https://example.com/h"})
    assert body == {"ok": True, "result": True, "description": "Webhook was set"}
    status, body = await call(http, emu, "getUpdates")
    assert status == 409
    assert body["description"].startswith(
        "Conflict: can't use getUpdates method while webhook is active"
    )


async def test_control_api(http, emu):
    base = f"{root(emu)}/control"
    async with http.post(
        f"{base}/users/{USER}/messages", json={"text": "/start", "first_name": "Ann"}
    ) as r:
        sent = await r.json()
    assert sent["message"]["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    assert isinstance(sent["update_id"], int)
    markup = {"inline_keyboard": [[{"text": "Yes", "callback_data": "yes"}]]}
    _, body = await call(
        http, emu, "sendMessage", json={"chat_id": USER, "text": "Ok?", "reply_markup": markup}
    )
    message_id = body["result"]["message_id"]
    async with http.get(f"{base}/chats/{USER}/messages") as r:
        messages = (await r.json())["messages"]
    assert [(m["from_bot"], m["text"]) for m in messages] == [(False, "/start"), (True, "Ok?")]
    assert messages[1]["buttons"] == [["Yes", "yes"]]
    payload = {"message_id": message_id, "button_text": "Yes"}
    async with http.post(f"{base}/users/{USER}/callbacks", json=payload) as r:
        query_id = (await r.json())["callback_query_id"]
    async with http.get(f"{base}/callbacks/{query_id}") as r:
        assert (await r.json())["answer"] is None
    await call(
        http, emu, "answerCallbackQuery", json={"callback_query_id": query_id, "text": "Done"}
    )
    async with http.get(f"{base}/callbacks/{query_id}") as r:
        assert (await r.json())["answer"]["text"] == "Done"
    async with http.get(f"{base}/callbacks/nope") as r:
        assert r.status == 404
    async with http.post(
        f"{base}/users/{USER}/callbacks", json={"message_id": 999, "data": "x"}
    ) as r:
        assert r.status == 400
        assert "no bot message 999" in (await r.json())["error"]

    async with http.post(f"{base}/faults", json={"method": "sendMessage", "status": 500}) as r:
        assert (await r.json())["fault"]["description"] == "Internal Server Error"
    assert (await call(http, emu, "sendMessage", json={"chat_id": USER, "text": "x"}))[0] == 500
    async with http.post(f"{base}/faults", json={"method": "*", "status": 502, "times": None}) as r:
        assert r.status == 200
    async with http.delete(f"{base}/faults") as r:
        assert r.status == 200
    async with http.post(f"{base}/users/{USER}/block") as r:
        assert r.status == 200
    assert (await call(http, emu, "sendMessage", json={"chat_id": USER, "text": "x"}))[0] == 403
    async with http.post(f"{base}/users/{USER}/unblock") as r:
        assert r.status == 200
    commands = [{"command": "start", "description": "Start"}]
    await call(http, emu, "setMyCommands", json={"commands": commands, "language_code": "en"})
    async with http.get(f"{base}/commands", params={"language_code": "en"}) as r:
        assert (await r.json())["commands"] == commands
    async with http.get(f"{base}/stats") as r:
        stats = await r.json()
    assert stats["calls"]["sendMessage"] == 3
    assert stats["faults_served"] == {"sendMessage": 1}
    async with http.post(f"{base}/reset") as r:
        assert r.status == 200
    async with http.get(f"{base}/chats/{USER}/messages") as r:
        assert (await r.json())["messages"] == []


async def test_standalone_cli_runs_and_stops_on_sigterm(http):
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tgemu.server",
        "--port",
        "0",
        "--log-level",
        "WARNING",
        stdout=asyncio.subprocess.PIPE,
        cwd=os.getcwd(),
    )
    try:
        line = (await asyncio.wait_for(process.stdout.readline(), 10)).decode()
        base_url = line.strip().split("base_url=", 1)[1]
        async with http.get(f"{base_url}123:abc/getMe") as response:
            assert (await response.json())["result"]["username"] == "legcare_bot"
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 10) == 0
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
