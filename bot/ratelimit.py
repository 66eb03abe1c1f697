"""Telegram's rate limits, plus a short second chance for requests Telegram never processed.

`AIORateLimiter` paces requests (about 30 a second overall) and waits out a 429's retry_after. On
top of it, a 5xx answer or a failed connection is retried a couple of times with a short backoff:
in both cases Telegram did not act on the request, so a person's reply is not lost to a blip and
is never doubled. A timeout is different (the message may have been sent), so it is not retried.

An optional `observer` hears the outcome of every attempt (retries included), which is how
/metrics counts replies, 429s and their waits, and users who blocked the bot, in one place.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any, Protocol

from telegram.error import NetworkError, TelegramError, TimedOut
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]
TRANSIENT_RETRIES = 2
TRANSIENT_BACKOFF_SECONDS = (0.5, 1.5)


class RequestObserver(Protocol):
    def request_done(self, endpoint: str, error: Exception | None) -> None: ...


class PatientRateLimiter(AIORateLimiter):
    def __init__(self, *, max_retries: int = 2, transient_retries: int = TRANSIENT_RETRIES) -> None:
        super().__init__(max_retries=max_retries)
        self._transient_retries = transient_retries
        self.observer: RequestObserver | None = None

    def _observed(
        self, callback: Callable[..., Coroutine[Any, Any, JSONResult]], endpoint: str
    ) -> Callable[..., Coroutine[Any, Any, JSONResult]]:
        observer = self.observer
        if observer is None:
            return callback

        async def attempt(*args: Any, **kwargs: Any) -> JSONResult:
            try:
                result = await callback(*args, **kwargs)
            except TelegramError as exc:
                observer.request_done(endpoint, exc)
                raise
            observer.request_done(endpoint, None)
            return result

        return attempt

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSONResult:
        attempt = 0
        while True:
            try:
                observed = self._observed(callback, endpoint)
                return await super().process_request(
                    observed, args, kwargs, endpoint, data, rate_limit_args
                )
            except TimedOut:
                raise
            except NetworkError as exc:
                if attempt >= self._transient_retries or endpoint == "getUpdates":
                    raise
                delay = TRANSIENT_BACKOFF_SECONDS[min(attempt, len(TRANSIENT_BACKOFF_SECONDS) - 1)]
                log.warning(
                    "telegram request failed, retrying",
                    extra={"endpoint": endpoint, "error": type(exc).__name__, "retry_in_s": delay},
                )
                attempt += 1
                await asyncio.sleep(delay)
