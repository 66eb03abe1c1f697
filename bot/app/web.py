"""The bot's HTTP server in webhook mode: Telegram's updates in, health and metrics out.

POST <path of WEBHOOK_URL>  an update from Telegram. The secret header is checked first, in
                            constant time, on every request (403, body unread, when wrong); the
                            body must be at most 1 MiB (413) of JSON that makes an Update (400).
                            A good update is handled (Application.process_update, milliseconds)
                            and then answered 200. Answering after handling, not after queueing,
                            is deliberate: Telegram sends a chat's next update only once the
                            previous one is answered, so each person's updates are handled in
                            order even when several workers share the traffic, and an update whose
                            worker dies mid-way is sent again rather than lost. Updates of
                            different chats are handled concurrently, up to Telegram's
                            max_connections (40); all conversation state is in the database.
GET /healthz                200 {"status": "ok", "database": true, "dispatcher": ROLE}, or 503
                            when the database does not answer within 2 seconds. ROLE is
                            `application.bot_data["dispatcher_role"]`: "single" unless leader
                            election sets "leader" or "follower".
GET /metrics                Prometheus text format (see bot/core/metrics.py for the series).

Nothing of an update's content is logged, only why a request was refused.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Update

from bot.app.application import ALLOWED_UPDATES, BotApplication, register_metrics
from bot.core.config import Settings
from bot.core.logs import REDACTOR
from bot.core.metrics import CONTENT_TYPE, BotMetrics
from bot.db import Database
from bot.reminders.dispatcher import DispatchCounters
from bot.sending.limiter import PatientRateLimiter

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name
MAX_BODY_BYTES = 1024 * 1024  # Telegram's updates are a few KiB; anything near this is not one
HEALTH_TIMEOUT_SECONDS = 2.0
SHUTDOWN_SECONDS = 10.0  # updates being handled at SIGTERM get this long to finish


def dispatcher_role(application: BotApplication) -> str:
    """This process's reminder dispatcher role: "leader", "follower" or "single" (the default),
    kept up to date in `bot_data["dispatcher_role"]` by the leader election."""
    return application.bot_data.role


def install_metrics(application: BotApplication) -> BotMetrics:
    """Count every update (a TypeHandler ahead of all others) and every Bot API outcome (the
    rate limiter's observer), into one BotMetrics."""
    metrics = BotMetrics()
    application.bot_data.metrics = metrics  # handlers count their own events into it
    register_metrics(application, metrics)
    limiter = application.bot.rate_limiter
    if isinstance(limiter, PatientRateLimiter):
        limiter.observer = metrics
    return metrics


async def register_webhook(application: BotApplication, settings: Settings) -> None:
    """Tell Telegram where to send updates. Every worker sends the same call, so starting
    several workers at once is harmless; pending updates are kept, never dropped."""
    assert settings.webhook_url is not None
    assert settings.webhook_secret is not None
    await application.bot.set_webhook(
        url=settings.webhook_url,
        secret_token=settings.webhook_secret.get_secret_value(),
        allowed_updates=ALLOWED_UPDATES,
    )


class WebServer:
    """The aiohttp server on WEBHOOK_LISTEN:WEBHOOK_PORT; `start` and `stop` bracket its life."""

    def __init__(
        self,
        application: BotApplication,
        *,
        secret: str,
        path: str,
        db: Database,
        metrics: BotMetrics,
        dispatch_counters: DispatchCounters | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        process: Callable[[Update], Awaitable[object]] | None = None,
    ) -> None:
        self.application = application
        self._process = process or application.process_update
        self._secret = secret.encode()
        self.path = path or "/"
        self.db = db
        self.metrics = metrics
        self.dispatch_counters = dispatch_counters
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None
        self._accepting = False
        REDACTOR.add_secret(secret)

    @classmethod
    def from_settings(
        cls,
        application: BotApplication,
        settings: Settings,
        db: Database,
        dispatch_counters: DispatchCounters | None,
    ) -> WebServer:
        assert settings.webhook_url is not None
        assert settings.webhook_secret is not None
        return cls(
            application,
            secret=settings.webhook_secret.get_secret_value(),
            path=urlsplit(settings.webhook_url).path,
            db=db,
            metrics=install_metrics(application),
            dispatch_counters=dispatch_counters,
            host=settings.webhook_listen,
            port=settings.webhook_port,
        )

    async def start(self) -> None:
        app = web.Application(client_max_size=MAX_BODY_BYTES)
        app.router.add_post(self.path, self.receive_update)
        app.router.add_get("/healthz", self.healthz)
        app.router.add_get("/metrics", self.metrics_text)
        runner = web.AppRunner(
            app, access_log=None, handle_signals=False, shutdown_timeout=SHUTDOWN_SECONDS
        )
        await runner.setup()
        try:
            await web.TCPSite(runner, self.host, self.port).start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self.port = int(runner.addresses[0][1])
        self._accepting = True
        log.info("web server listening", extra={"host": self.host, "port": self.port})

    async def stop(self) -> None:
        """Close the port at once (a proxy moves on to another worker) and let the updates being
        handled finish, for up to SHUTDOWN_SECONDS."""
        self._accepting = False
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    def _refuse(self, status: int, outcome: str, reason: str, request: web.Request) -> web.Response:
        self.metrics.webhook_requests.inc(outcome=outcome)
        log.warning("webhook request refused: %s", reason, extra={"remote": request.remote})
        return web.Response(status=status)

    async def receive_update(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode("utf-8", "surrogateescape")
        if not hmac.compare_digest(given, self._secret):
            return self._refuse(403, "forbidden", "wrong secret token", request)
        if not self._accepting:
            return self._refuse(503, "unavailable", "shutting down", request)
        if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
            return self._refuse(413, "too_large", "body too large", request)
        try:
            body = await request.read()
        except web.HTTPRequestEntityTooLarge:
            return self._refuse(413, "too_large", "body too large", request)
        update = self._parse(body)
        if update is None:
            return self._refuse(400, "bad_request", "not a JSON update", request)
        try:
            await self._process(update)
        except Exception as exc:  # noqa: BLE001 - handler errors already went to on_error
            # Still 200: a retry would hold up this person's later updates for hours.
            self.metrics.webhook_requests.inc(outcome="failed")
            log.error(
                "update handling failed: %s",
                type(exc).__name__,
                extra={"update_id": update.update_id},
            )
            return web.Response(status=200)
        self.metrics.webhook_requests.inc(outcome="accepted")
        return web.Response(status=200)

    def _parse(self, body: bytes) -> Update | None:
        try:
            data: Any = json.loads(body)
        except ValueError:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            return None
        try:
            return Update.de_json(data, self.application.bot)
        except Exception:  # noqa: BLE001 - malformed input of any shape is a 400, not a crash
            return None

    async def healthz(self, request: web.Request) -> web.Response:
        try:
            database = await asyncio.wait_for(self.db.ping(), HEALTH_TIMEOUT_SECONDS)
        except TimeoutError:
            database = False
        body = {
            "status": "ok" if database else "unavailable",
            "database": database,
            "dispatcher": dispatcher_role(self.application),
        }
        return web.json_response(body, status=200 if database else 503)

    async def metrics_text(self, request: web.Request) -> web.Response:
        text = self.metrics.render(self.dispatch_counters, dispatcher_role(self.application))
        return web.Response(body=text.encode(), headers={"Content-Type": CONTENT_TYPE})
