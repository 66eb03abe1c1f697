"""Starting and stopping the bot: one coroutine used by `run`, the sandbox and the tests.

Start-up first validates content/ (invalid health content must never be served), then waits for
what it depends on instead of crashing into a restart loop: the database (with
backoff, logging each attempt) and Telegram (getMe, retried the same way). A rejected token is the
one start-up failure that is final, and it ends with a clear line.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from functools import partial

from telegram.error import BadRequest, InvalidToken, NetworkError, TelegramError, TimedOut

from bot.app.application import ALLOWED_UPDATES, BotApplication, build_application, publish_commands
from bot.app.web import WebServer, register_webhook
from bot.content import Content, ContentError, load_content
from bot.core.bot_data import DISPATCHER_KEY as DISPATCHER_KEY
from bot.core.clock import Clock, SystemClock
from bot.core.config import BotMode, Settings
from bot.core.logs import REDACTOR
from bot.core.services import Services
from bot.db import Database, migrate
from bot.db.engine import is_unavailable
from bot.faq.index import FaqIndex
from bot.handlers.carer import tell_carers_of_missed_checks
from bot.handlers.recheck import send_due_followups
from bot.reminders.dispatcher import Dispatcher
from bot.reminders.leadership import LeaderElector
from bot.stories.tools import reader_for
from bot.triage import tools_for

log = logging.getLogger(__name__)

POLL_TIMEOUT_SECONDS = 25
FOLLOWUP_BATCH = 50
FOLLOWUP_EVERY = timedelta(seconds=30)
CARER_WATCH_EVERY = timedelta(minutes=10)  # missed foot checks are days old; no hurry
"""Follow-ups come a day after a check, so half a minute late is on time; looking once a
second cost a write transaction a second, which on SQLite takes the database's write lock."""
BACKOFF_START_SECONDS = 0.5
BACKOFF_MAX_SECONDS = 30.0


class StartupError(Exception):
    """A start-up problem that retrying cannot fix; the message is one actionable line."""


@dataclass
class Backoff:
    """Exponential waits between attempts, capped, so an outage is retried without a storm."""

    delay: float = BACKOFF_START_SECONDS
    maximum: float = BACKOFF_MAX_SECONDS
    attempts: int = field(default=0, init=False)

    def next_delay(self) -> float:
        self.attempts += 1
        current = self.delay
        self.delay = min(self.delay * 2, self.maximum)
        return current


async def _until_ready(
    what: str, attempt: Callable[[], Awaitable[bool]], stop: asyncio.Event
) -> bool:
    """Retry `attempt` with backoff until it succeeds (True) or `stop` is set (False)."""
    backoff = Backoff()
    while not stop.is_set():
        if await attempt():
            if backoff.attempts:
                log.info("%s is back", what, extra={"attempts": backoff.attempts + 1})
            return True
        delay = backoff.next_delay()
        log.warning("%s unavailable, retrying", what, extra={"retry_in_s": delay})
        try:
            await asyncio.wait_for(stop.wait(), timeout=delay)
        except TimeoutError:
            continue
    return False


def _polling_failed(error: TelegramError) -> None:
    """getUpdates failed; the updater retries with its own backoff (up to 30 s). One line, no
    traceback: during an outage the same traceback every few seconds would bury everything."""
    log.warning(
        "telegram unavailable while polling, retrying", extra={"error": type(error).__name__}
    )


async def _prepare_database(db: Database, stop: asyncio.Event) -> bool:
    if not await _until_ready("database", db.ping, stop):
        return False

    async def apply_migrations() -> bool:
        try:
            await asyncio.to_thread(migrate.upgrade, db.url)
        except Exception as exc:
            # The database going away between the ping and here is an outage, not a bug.
            trace = None if is_unavailable(exc) else exc
            log.warning("migrations failed: %s", type(exc).__name__, exc_info=trace)
            return False
        return True

    return await _until_ready("migrations", apply_migrations, stop)


async def _initialize(application: BotApplication, stop: asyncio.Event) -> bool:
    async def attempt() -> bool:
        try:
            await application.initialize()
        except InvalidToken as exc:
            raise StartupError(
                "Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized): check the token "
                "@BotFather gave you."
            ) from exc
        except (NetworkError, TimedOut):
            return False
        return True

    return await _until_ready("Telegram Bot API", attempt, stop)


async def _register_webhook(
    application: BotApplication, settings: Settings, stop: asyncio.Event
) -> bool:
    async def attempt() -> bool:
        try:
            await register_webhook(application, settings)
        except BadRequest as exc:  # before NetworkError, its base class: retrying cannot help
            raise StartupError(f"Telegram refused WEBHOOK_URL: {exc.message}") from exc
        except (NetworkError, TimedOut):
            return False
        return True

    return await _until_ready("webhook registration", attempt, stop)


def settle_heap() -> None:
    """Move everything built at start-up (content, the FAQ index, zone data, the libraries)
    out of the garbage collector's sight. Those objects live as long as the process, yet every
    full collection walked all of them again; frozen, a collection costs only what updates
    allocated, which cut the CPU per update by about a tenth (BENCHMARKS.md, Interactive)."""
    gc.collect()
    gc.freeze()


def validated_content() -> Content:
    try:
        return load_content()
    except ContentError as exc:
        problems = "; ".join(exc.problems[:5])
        more = f" (and {len(exc.problems) - 5} more)" if len(exc.problems) > 5 else ""
        raise StartupError(
            f"Content error, the bot will not start: {problems}{more}. "
            "Run python -m bot check-content for the full list."
        ) from None


async def serve(
    settings: Settings,
    *,
    stop: asyncio.Event,
    clock: Clock | None = None,
    api_base_url: str | None = None,
    token: str | None = None,
    on_ready: Callable[[BotApplication], Awaitable[None]] | None = None,
    dispatch: bool = True,
) -> None:
    """Run the bot until `stop` is set: polling, or serving webhooks (settings.bot_mode).

    `dispatch=False` leaves the reminder dispatcher's job unscheduled (tests then tick it by hand
    through `application.bot_data["dispatcher"]`, with a fake clock).
    """
    token = token or settings.token
    if token is None:
        raise StartupError("TELEGRAM_BOT_TOKEN is not set.")
    REDACTOR.add_secret(token)
    content = validated_content()
    faq = FaqIndex.from_content(content)
    tools_for(content)  # loads the language model and embeds the exemplars: once, before updates
    reader_for(content)  # the story levels' classifier, on the same model
    db = Database(settings.database_url)
    try:
        if not await _prepare_database(db, stop):
            return
        services = Services(
            settings=settings, db=db, clock=clock or SystemClock(), content=content, faq=faq
        )
        application = build_application(
            services, token, api_base_url or settings.telegram_api_base_url
        )
        if not await _initialize(application, stop):
            return
        elector = LeaderElector(db.url)  # one dispatcher per database (PostgreSQL lock)
        elector.publish_to(application.bot_data)
        dispatcher = Dispatcher(
            db, services.clock, content, application.bot, is_leader=elector.is_leader
        )
        application.bot_data.dispatcher = dispatcher
        dispatcher.also_run(
            partial(
                send_due_followups, application.bot, db, services.clock, content, FOLLOWUP_BATCH
            ),
            every=FOLLOWUP_EVERY,
        )
        dispatcher.also_run(
            partial(tell_carers_of_missed_checks, application.bot, services),
            every=CARER_WATCH_EVERY,
        )
        await dispatcher.recover()
        server: WebServer | None = None
        try:
            try:
                await publish_commands(application)
            except TelegramError as exc:
                # The menu is a convenience; commands work without it, so start anyway.
                log.warning("could not publish the command menu: %s", type(exc).__name__)
            await application.start()
            if dispatch:
                assert application.job_queue is not None
                await elector.start()
                dispatcher.schedule(application.job_queue)
            if settings.bot_mode is BotMode.WEBHOOK:
                server = WebServer.from_settings(application, settings, db, dispatcher.counters)
                try:
                    await server.start()
                except OSError as exc:
                    where = f"{settings.webhook_listen}:{settings.webhook_port}"
                    raise StartupError(
                        f"Cannot listen on {where} (WEBHOOK_LISTEN, WEBHOOK_PORT): {exc.strerror}"
                    ) from exc
                if not await _register_webhook(application, settings, stop):
                    return
                log.info("bot is serving webhooks", extra={"bot": application.bot.username})
            else:
                assert application.updater is not None
                await application.updater.start_polling(
                    allowed_updates=ALLOWED_UPDATES,
                    timeout=POLL_TIMEOUT_SECONDS,
                    bootstrap_retries=-1,
                    error_callback=_polling_failed,
                )
                log.info("bot is polling", extra={"bot": application.bot.username})
            settle_heap()
            if on_ready is not None:
                await on_ready(application)
            await stop.wait()
        finally:
            log.info("bot is stopping")
            if server is not None:
                await server.stop()  # no new updates; those being handled finish first
            if application.updater is not None and application.updater.running:
                await application.updater.stop()
            if application.running:
                await application.stop()
            await dispatcher.drain()
            await elector.stop()  # after the drain: hand over once our sends are recorded
            await application.shutdown()
    finally:
        await db.dispose()
