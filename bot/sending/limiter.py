"""Telegram's rate limits, plus a short second chance for requests Telegram never processed.

Every request waits out the process's one 429 hold (bot/sending/hold.py) before each attempt.
A message Telegram counts (`COUNTED_METHODS`) then waits for its evenly spaced slot in the send
budget (bot/sending/budget.py: in memory on SQLite, shared by every process on PostgreSQL), with
the priority given per call (`rate_limit_args=Priority.REMINDER`, see `send_options`; replies
are the default). Other calls (edits, callback answers) go through an `AIORateLimiter`
for its per-chat and overall spacing, with its own retries turned off: a 429 is handled here,
once, for every method.

A 429 on any method pauses the hold and the budget (every process on PostgreSQL: Telegram's answer
does not say whether the bot as a whole or one chat was too fast, and another process racing into
the same limit would only earn more 429s); the request is then tried again, `max_retries` times.
A 5xx answer or a failed connection is retried with backoff: in both cases Telegram did not act on
the request, so retrying can neither lose nor double a message. A reply to a person is retried for
up to a minute (`REPLY_PATIENCE_SECONDS`), so an outage of that length delays the answer instead of
swallowing it; a reminder gets two quick retries only, because the dispatcher retries it on a later
tick and skips it once it is too late to help. A timeout is different (the message may have been
sent), so it is never retried. An outage is logged once when it starts and once when Telegram
answers again, not on every retry.

An optional `observer` hears the outcome of every attempt (retries included), which is how
/metrics counts replies, 429s and their waits, and users who blocked the bot, in one place.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Callable, Coroutine
from typing import Any, Protocol

from telegram import Bot
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import AIORateLimiter, BaseRateLimiter, ExtBot
from telegram.warnings import PTBDeprecationWarning

from bot.sending.budget import SendBudget
from bot.sending.hold import SendHold
from bot.sending.pacing import COUNTED_METHODS, Priority

log = logging.getLogger(__name__)

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]
TRANSIENT_RETRIES = 2
TRANSIENT_BACKOFF_SECONDS = (0.5, 1.5, 3.0, 6.0, 12.0)
REPLY_PATIENCE_SECONDS = 60.0
RETRY_AFTER_MARGIN_SECONDS = 0.1


def retry_after_seconds(error: RetryAfter) -> float:
    """The one conversion of a 429's retry_after (an int or a timedelta in PTB 22) to seconds."""
    # PTB 22 warns that the int form of retry_after is deprecated; either form is fine here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value if isinstance(value, int | float) else value.total_seconds()


class RequestObserver(Protocol):
    def request_done(self, endpoint: str, error: Exception | None) -> None: ...


def limiter_of(bot: Bot) -> PatientRateLimiter | None:
    """This bot's PatientRateLimiter, or None for a bot that sends without it."""
    if isinstance(bot, ExtBot) and isinstance(bot.rate_limiter, PatientRateLimiter):
        return bot.rate_limiter
    return None


def send_options(bot: Bot, priority: Priority) -> dict[str, Any]:
    """Keyword arguments that give a send its priority in the budget; empty for a bot without
    our limiter, which would refuse `rate_limit_args`."""
    if limiter_of(bot) is not None:
        return {"rate_limit_args": priority}
    return {}


def reminder_send_options(bot: Bot) -> dict[str, Any]:
    """A reminder's send: after replies and follow-ups, within the reminders' share."""
    return send_options(bot, Priority.REMINDER)


def follow_up_send_options(bot: Bot) -> dict[str, Any]:
    """A further message to someone whose reply has just gone out: after other people's
    first replies, before reminders."""
    return send_options(bot, Priority.FOLLOW_UP)


class _Throttled(Exception):
    """A 429 carried past the AIORateLimiter, whose own wait-and-retry would be a second hold."""

    def __init__(self, error: RetryAfter) -> None:
        super().__init__(str(error))
        self.error = error


class PatientRateLimiter(BaseRateLimiter[Priority]):
    """PTB's rate limiter interface, built on its public API only: messages Telegram counts go
    through the shared budget, everything else through an `AIORateLimiter` it holds."""

    def __init__(
        self,
        *,
        max_retries: int = 2,
        transient_retries: int = TRANSIENT_RETRIES,
        budget: SendBudget | None = None,
    ) -> None:
        self.max_retries = max_retries
        self._others = AIORateLimiter(max_retries=0)  # 429s are retried here, behind the hold
        self._transient_retries = transient_retries
        self._outage_started: float | None = None
        self.observer: RequestObserver | None = None
        self.budget = budget
        self.hold = budget.hold if budget is not None else SendHold()

    async def initialize(self) -> None:
        await self._others.initialize()

    async def shutdown(self) -> None:
        if self.budget is not None:
            await self.budget.close()
        await self._others.shutdown()

    async def _attempt(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        priority: Priority,
    ) -> JSONResult:
        """One request, tried again after each 429 (up to `max_retries`), always behind the hold:
        a counted message in its bot-wide slot, anything else through the AIORateLimiter."""
        observed = self._observed(callback, endpoint)
        for attempt in range(self.max_retries + 1):
            await self.hold.wait_out()
            try:
                if self.budget is not None and endpoint in COUNTED_METHODS:
                    await self.budget.acquire(priority)
                    return await observed(*args, **kwargs)
                return await self._others.process_request(
                    _carried(observed), args, kwargs, endpoint, data, None
                )
            except (RetryAfter, _Throttled) as exc:
                if attempt == self.max_retries:
                    raise exc.error if isinstance(exc, _Throttled) else exc from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _observed(
        self, callback: Callable[..., Coroutine[Any, Any, JSONResult]], endpoint: str
    ) -> Callable[..., Coroutine[Any, Any, JSONResult]]:
        """Every attempt, retries included: reported to the observer, and a 429 on any method
        pauses the one hold (and the shared budget), before the error goes further."""
        observer = self.observer

        async def attempt(*args: Any, **kwargs: Any) -> JSONResult:
            try:
                result = await callback(*args, **kwargs)
            except TelegramError as exc:
                if observer is not None:
                    observer.request_done(endpoint, exc)
                if isinstance(exc, RetryAfter):
                    await self._pause(retry_after_seconds(exc) + RETRY_AFTER_MARGIN_SECONDS)
                raise
            if observer is not None:
                observer.request_done(endpoint, None)
            return result

        return attempt

    async def _pause(self, seconds: float) -> None:
        log.info("telegram asked to slow down", extra={"retry_after_s": seconds})
        if self.budget is not None:
            await self.budget.pause(seconds)
        else:
            self.hold.pause(seconds)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: Priority | None,  # type: ignore[override]
    ) -> JSONResult:
        priority = rate_limit_args if isinstance(rate_limit_args, Priority) else Priority.REPLY
        loop = asyncio.get_running_loop()
        started = loop.time()
        attempt = 0
        while True:
            try:
                result = await self._attempt(callback, args, kwargs, endpoint, data, priority)
            except (TimedOut, BadRequest):
                raise  # BadRequest is a NetworkError in PTB, but Telegram did refuse it
            except NetworkError as exc:
                delay = TRANSIENT_BACKOFF_SECONDS[min(attempt, len(TRANSIENT_BACKOFF_SECONDS) - 1)]
                if not self._may_retry(endpoint, priority, attempt, loop.time() + delay - started):
                    raise
                self._outage_noticed(endpoint, exc, delay, loop.time())
                attempt += 1
                await asyncio.sleep(delay)
            else:
                if self._outage_started is not None:
                    log.info(
                        "telegram answers again",
                        extra={"outage_s": round(loop.time() - self._outage_started, 1)},
                    )
                    self._outage_started = None
                return result

    def _may_retry(self, endpoint: str, priority: Priority, attempt: int, elapsed: float) -> bool:
        """getUpdates has its own retry loop; a reply (or its follow-up) waits out up to a minute
        of outage; anything else (reminders, edits of reminders) gets the quick retries only."""
        if endpoint == "getUpdates":
            return False
        if priority is not Priority.REMINDER and self._transient_retries > 0:
            return elapsed <= REPLY_PATIENCE_SECONDS
        return attempt < self._transient_retries

    def _outage_noticed(self, endpoint: str, exc: Exception, delay: float, now: float) -> None:
        details = {"endpoint": endpoint, "error": type(exc).__name__, "retry_in_s": delay}
        if self._outage_started is None:
            self._outage_started = now
            log.warning("telegram request failed, retrying", extra=details)
        else:
            log.debug("telegram request failed again, retrying", extra=details)


def _carried(
    callback: Callable[..., Coroutine[Any, Any, JSONResult]],
) -> Callable[..., Coroutine[Any, Any, JSONResult]]:
    async def call(*args: Any, **kwargs: Any) -> JSONResult:
        try:
            return await callback(*args, **kwargs)
        except RetryAfter as exc:
            raise _Throttled(exc) from exc

    return call
