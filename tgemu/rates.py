"""Flood-limit accounting and injected faults: the ways the emulator fails calls on purpose."""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass
from http import HTTPStatus

from tgemu.models import ApiError, RateLimits

_OVERALL_WINDOW = 1.0
_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request: injected fault",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: injected fault",
    500: "Internal Server Error",
    502: "Bad Gateway",
}


@dataclass(frozen=True)
class RateVerdict:
    """Which limits one send broke, and how long Telegram would ask the bot to wait."""

    overall_exceeded: bool
    chat_exceeded: bool
    retry_after: int

    @property
    def exceeded(self) -> bool:
        return self.overall_exceeded or self.chat_exceeded


class RateTracker:
    """Sliding window for the whole bot, token bucket per chat (see RateLimits)."""

    def __init__(self, limits: RateLimits) -> None:
        self.limits = limits
        self._recent: deque[float] = deque()
        self._buckets: dict[int, tuple[float, float]] = {}  # chat -> (tokens, time of last refill)

    def account(self, chat_id: int, now: float, *, enforce: bool) -> RateVerdict:
        """Judge one send at `now`. Accepted sends consume capacity; when enforcing, a send that
        breaks a limit is refused and consumes nothing, as Telegram's 429 does."""
        limits = self.limits
        while self._recent and self._recent[0] <= now - _OVERALL_WINDOW:
            self._recent.popleft()
        overall_exceeded = len(self._recent) >= limits.overall_per_second
        tokens, last = self._buckets.get(chat_id, (float(limits.chat_burst), now))
        tokens = min(
            float(limits.chat_burst), tokens + max(0.0, now - last) * limits.chat_per_second
        )
        chat_exceeded = tokens < 1.0
        waits = [0.0]
        if overall_exceeded:
            waits.append(self._recent[0] + _OVERALL_WINDOW - now)
        if chat_exceeded:
            waits.append((1.0 - tokens) / limits.chat_per_second)
        verdict = RateVerdict(overall_exceeded, chat_exceeded, max(1, math.ceil(max(waits))))
        if enforce and verdict.exceeded:
            self._buckets[chat_id] = (tokens, now)
            return verdict
        if not overall_exceeded:
            self._recent.append(now)
        self._buckets[chat_id] = (tokens - 1.0 if not chat_exceeded else tokens, now)
        return verdict


@dataclass
class Fault:
    """An injected failure: answers `status` to matching calls `remaining` more times (None:
    until cleared). `method` is a Bot API method name or "*"; `chat_id` None matches any call."""

    method: str
    status: int
    description: str
    retry_after: int | None = None
    remaining: int | None = 1
    chat_id: int | None = None

    def matches(self, method: str, chat_id: int | None) -> bool:
        if self.method != "*" and self.method.lower() != method.lower():
            return False
        return self.chat_id is None or self.chat_id == chat_id

    def to_error(self) -> ApiError:
        return ApiError(self.status, self.description, retry_after=self.retry_after)

    def to_dict(self) -> dict[str, object]:
        return {
            "method": self.method,
            "status": self.status,
            "description": self.description,
            "retry_after": self.retry_after,
            "remaining": self.remaining,
            "chat_id": self.chat_id,
        }


def make_fault(
    method: str,
    status: int,
    *,
    retry_after: int | None = None,
    times: int | None = 1,
    chat_id: int | None = None,
    description: str | None = None,
) -> Fault:
    """Build a Fault with Telegram's wording for the status unless a description is given."""
    if not 400 <= status <= 599:
        raise ValueError(f"fault status must be an HTTP error status, got {status}")
    if times is not None and times < 1:
        raise ValueError("times must be at least 1, or None for 'until cleared'")
    if status == 429:
        retry_after = 1 if retry_after is None else retry_after
        text = description or f"Too Many Requests: retry after {retry_after}"
    else:
        retry_after = None
        text = description or _DEFAULT_DESCRIPTIONS.get(status) or HTTPStatus(status).phrase
    return Fault(method, status, text, retry_after, times, chat_id)


class FaultBook:
    """Injected faults in the order they were added; the first match is served."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> None:
        self._faults.append(fault)

    def clear(self) -> None:
        self._faults.clear()

    def active(self) -> list[Fault]:
        return list(self._faults)

    def take(self, method: str, chat_id: int | None) -> Fault | None:
        for fault in self._faults:
            if fault.matches(method, chat_id):
                if fault.remaining is not None:
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                return fault
        return None
