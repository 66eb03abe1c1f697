"""The webhook server (bot/app/web.py) over real HTTP, in process, and the metrics it exports."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families
from telegram import Update
from telegram.error import BadRequest, Forbidden, RetryAfter
from telegram.ext import Application, ContextTypes

from bot.app.web import MAX_BODY_BYTES, SECRET_HEADER, WebServer, install_metrics
from bot.core.bot_data import BotData
from bot.core.metrics import BotMetrics
from bot.db import Database
from bot.reminders.dispatcher import DispatchCounters
from bot.sending.limiter import PatientRateLimiter

TOKEN = "123456789:webTestTokenThatMustNeverAppearInLogs"
SECRET = "s3cret_token-XYZ"
UNREACHABLE_DB = "postgresql://nobody@127.0.0.1:1/none"


def message_update(update_id: int = 1, user_id: int = 42, text: str = "/start") -> dict:
    person = {"id": user_id, "is_bot": False, "first_name": "Ada"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": 5,
            "date": 1_700_000_000,
            "chat": {"id": user_id, "type": "private", "first_name": "Ada"},
            "from": person,
            "text": text,
        },
    }


@pytest.fixture
def application():
    return (
        Application.builder()
        .token(TOKEN)
        .rate_limiter(PatientRateLimiter())
        .context_types(ContextTypes(bot_data=BotData))
        .build()
    )


@pytest.fixture
async def database(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'web.db'}")
    yield db
    await db.dispose()


@pytest.fixture
async def counters():
    return DispatchCounters()


class Handled:
    """Stands in for Application.process_update: records updates, can hold or fail them."""

    def __init__(self) -> None:
        self.updates: list[Update] = []
        self.release = asyncio.Event()
        self.release.set()
        self.error: Exception | None = None

    async def __call__(self, update: Update) -> None:
        await self.release.wait()
        if self.error is not None:
            raise self.error
        self.updates.append(update)


@pytest.fixture
def handled():
    return Handled()


@pytest.fixture
async def server(application, database, counters, handled):
    web_server = WebServer(
        application,
        secret=SECRET,
        path="/tg",
        db=database,
        metrics=install_metrics(application),
        dispatch_counters=counters,
        process=handled,
    )
    await web_server.start()
    yield web_server
    await web_server.stop()


@pytest.fixture
async def http():
    async with aiohttp.ClientSession() as session:
        yield session


def url(server: WebServer, path: str) -> str:
    return f"http://127.0.0.1:{server.port}{path}"


async def post(http, server, body: bytes | str, secret: str | None = SECRET) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers[SECRET_HEADER] = secret
    async with http.post(url(server, "/tg"), data=body, headers=headers) as response:
        return response.status


async def test_a_good_update_is_handled_then_answered_200(http, server, handled) -> None:
    handled.release.clear()
    answer = asyncio.create_task(post(http, server, json.dumps(message_update(update_id=77))))
    await asyncio.sleep(0.1)
    assert not answer.done()  # Telegram waits, and sends this chat nothing new meanwhile
    handled.release.set()
    assert await answer == 200
    [update] = handled.updates
    assert isinstance(update, Update)
    assert update.update_id == 77
    assert update.message.text == "/start"
    assert server.metrics.webhook_requests.value(outcome="accepted") == 1


async def test_an_update_that_fails_is_still_answered_200(http, server, handled) -> None:
    handled.error = RuntimeError("boom")
    assert await post(http, server, json.dumps(message_update())) == 200
    assert server.metrics.webhook_requests.value(outcome="failed") == 1


@pytest.mark.parametrize("secret", [None, "", "wrong", SECRET + "x", SECRET[:-1]])
async def test_a_wrong_or_missing_secret_is_403_and_nothing_is_handled(
    http, server, handled, secret
) -> None:
    assert await post(http, server, json.dumps(message_update()), secret=secret) == 403
    assert handled.updates == []
    assert server.metrics.webhook_requests.value(outcome="forbidden") == 1


async def test_the_secret_is_checked_before_the_body_is_read(http, server) -> None:
    assert await post(http, server, b"{not json", secret="wrong") == 403
    assert await post(http, server, b"x" * (MAX_BODY_BYTES + 1), secret="wrong") == 403


async def test_a_non_ascii_secret_header_is_refused_not_crashed(http, server) -> None:
    headers = {SECRET_HEADER: "s\u00e9cret", "Content-Type": "application/json"}
    async with http.post(url(server, "/tg"), data=b"{}", headers=headers) as response:
        assert response.status == 403


async def test_bodies_over_a_mebibyte_are_413(http, server, handled) -> None:
    padded = json.dumps(message_update()) + " " * MAX_BODY_BYTES
    assert await post(http, server, padded) == 413

    async def chunks():  # no Content-Length: the limit holds while reading
        for _ in range(3):
            yield b" " * (MAX_BODY_BYTES // 2)

    headers = {SECRET_HEADER: SECRET}
    async with http.post(url(server, "/tg"), data=chunks(), headers=headers) as response:
        assert response.status == 413
    assert handled.updates == []
    assert server.metrics.webhook_requests.value(outcome="too_large") == 2


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"\xff\xfe",
        b"[]",
        b"42",
        b"{}",
        b'{"update_id": "1"}',
        b'{"update_id": 1, "message": {"chat": 5}}',
        b'{"update_id": 1, "message": "text"}',
    ],
)
async def test_malformed_updates_are_400_and_the_server_goes_on(
    http, server, handled, body
) -> None:
    assert await post(http, server, body) == 400
    assert handled.updates == []
    assert await post(http, server, json.dumps(message_update())) == 200


async def test_only_post_on_the_webhook_path(http, server) -> None:
    async with http.get(url(server, "/tg")) as response:
        assert response.status == 405
    async with http.post(url(server, "/other"), headers={SECRET_HEADER: SECRET}) as response:
        assert response.status == 404


async def test_healthz_reports_database_and_dispatcher_role(http, server, application) -> None:
    async with http.get(url(server, "/healthz")) as response:
        assert response.status == 200
        assert await response.json() == {"status": "ok", "database": True, "dispatcher": "single"}
    application.bot_data["dispatcher_role"] = "follower"
    async with http.get(url(server, "/healthz")) as response:
        assert (await response.json())["dispatcher"] == "follower"


async def test_healthz_is_503_when_the_database_does_not_answer(http, application) -> None:
    db = Database(UNREACHABLE_DB)
    web_server = WebServer(
        application, secret=SECRET, path="/tg", db=db, metrics=BotMetrics(), port=0
    )
    await web_server.start()
    try:
        async with http.get(url(web_server, "/healthz")) as response:
            assert response.status == 503
            body = await response.json()
    finally:
        await web_server.stop()
        await db.dispose()
    assert body == {"status": "unavailable", "database": False, "dispatcher": "single"}


async def test_metrics_text_moves_with_traffic(http, server, counters) -> None:
    async with http.get(url(server, "/metrics")) as response:
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/plain; version=0.0.4")
        before = await response.text()
    assert 'legcare_reminders_total{outcome="sent"} 0' in before
    assert 'legcare_dispatcher_role{role="single"} 1' in before
    assert "legcare_telegram_retry_after_seconds_total 0" in before

    await post(http, server, json.dumps(message_update()))
    await post(http, server, "{}", secret="nope")
    counters.sent += 3
    counters.delay_seconds.observe(0.7)
    async with http.get(url(server, "/metrics")) as response:
        after = await response.text()
    assert 'legcare_webhook_requests_total{outcome="accepted"} 1' in after
    assert 'legcare_webhook_requests_total{outcome="forbidden"} 1' in after
    assert 'legcare_reminders_total{outcome="sent"} 3' in after
    assert 'legcare_reminder_delay_seconds_bucket{le="1.0"} 1.0' in after
    assert 'legcare_reminder_delay_seconds_bucket{le="0.5"} 0' in after
    assert "legcare_reminder_delay_seconds_count 1" in after


async def test_replies_count_only_inside_update_handling() -> None:
    metrics = BotMetrics()
    update = Update.de_json(message_update(), None)

    async def handling_an_update() -> None:
        await metrics.count_update(update, None)
        metrics.request_done("sendMessage", None)
        metrics.request_done("sendChatAction", None)  # not a reply

    await asyncio.create_task(handling_an_update())
    metrics.request_done("sendMessage", None)  # e.g. a reminder: another task
    assert metrics.updates.value(type="message") == 1
    assert metrics.replies.value(method="sendMessage") == 1
    assert metrics.replies.value(method="sendChatAction") == 0


def test_telegram_refusals_are_counted() -> None:
    metrics = BotMetrics()
    metrics.request_done("sendMessage", RetryAfter(timedelta(seconds=3)))
    metrics.request_done("sendMessage", RetryAfter(timedelta(seconds=4)))
    metrics.request_done("sendMessage", Forbidden("Forbidden: bot was blocked by the user"))
    metrics.request_done("editMessageText", BadRequest("message is not modified"))
    assert metrics.rate_limited.value(method="sendMessage") == 2
    assert metrics.retry_wait.value() == 7
    assert metrics.blocked.value(method="sendMessage") == 1


SERIES = {
    "legcare_updates_total": "counter",
    "legcare_webhook_requests_total": "counter",
    "legcare_replies_sent_total": "counter",
    "legcare_telegram_rate_limited_total": "counter",
    "legcare_telegram_retry_after_seconds_total": "counter",
    "legcare_telegram_blocked_total": "counter",
    "legcare_foreign_callbacks_total": "counter",
    "legcare_reminders_claimed_total": "counter",
    "legcare_reminders_total": "counter",
    "legcare_reminder_delay_seconds": "histogram",
    "legcare_dispatcher_role": "gauge",
}


def test_metrics_parse_with_prometheus_client_and_hold_every_series() -> None:
    metrics = BotMetrics()
    counters = DispatchCounters()
    for kind in ("message", "callback_query"):
        metrics.updates.inc(type=kind)
    metrics.webhook_requests.inc(outcome="accepted")
    metrics.replies.inc(method="sendMessage")
    metrics.rate_limited.inc(method="sendMessage")
    metrics.retry_wait.inc(2.5)
    metrics.blocked.inc(method="sendMessage")
    metrics.foreign_callbacks.inc(family='say "hi"\n')
    counters.sent += 2
    counters.delay_seconds.observe(0.7)
    text = metrics.render(counters, "leader")
    families = {family.name: family for family in text_string_to_metric_families(text)}
    found = {sample.name: family.type for family in families.values() for sample in family.samples}
    for name, kind in SERIES.items():
        assert any(sample.startswith(name.removesuffix("_total")) for sample in found), name
        base = name.removesuffix("_total")
        assert families[base].type == kind, name
    values = {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in families.values()
        for sample in family.samples
    }
    assert values[("legcare_updates_total", (("type", "message"),))] == 1
    assert values[("legcare_telegram_retry_after_seconds_total", ())] == 2.5
    assert values[("legcare_foreign_callbacks_total", (("family", 'say "hi"\n'),))] == 1
    assert values[("legcare_reminders_total", (("outcome", "sent"),))] == 2
    assert values[("legcare_reminder_delay_seconds_bucket", (("le", "1.0"),))] == 1
    assert values[("legcare_dispatcher_role", (("role", "leader"),))] == 1
    assert not [name for name, _ in values if name.endswith("_created")]


def test_install_metrics_observes_the_rate_limiter(application) -> None:
    metrics = install_metrics(application)
    assert application.bot.rate_limiter.observer is metrics
    assert any(metrics.count_update == h.callback for h in application.handlers[-2])
