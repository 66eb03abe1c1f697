"""One send budget for every process of the bot on PostgreSQL.

Telegram counts the messages of the whole bot, not of one process: three webhook workers that
each kept to 30 a second would send 90. So on PostgreSQL every message first reserves a slot in
the shared schedule (one upsert, bot/db/send_budget.py; the schedule itself is
bot/sending/pacing.py) and then sleeps until that slot. SQLite deployments are one process and keep
the same schedule in memory (`LocalSendBudget`), with no database round trip per message: PTB's
own limiter is a token bucket, whose full bucket plus its refill let a crowd of people writing at
once put more than 30 messages into one second.

A shared slot is a moment on the server's clock; `BudgetClock` (bot/sending/budget_clock.py) maps
it onto this process's event loop by the quickest recent round trip, so an answer that a busy loop
read late neither delays the send nor hides that its slot has passed.

The budget has its own small connection pool, so a burst of replies never takes connections from
the handlers, and claims of one process go one at a time (a claim takes about a millisecond).

If the database cannot be reached, no message is lost or held up for long: the process paces
itself in memory at `fallback_rate` (a conservative share: several processes may be doing the
same), says so once in the log, and tries the database again after `retry_shared_after`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass, replace

from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bot.db.send_budget import claim_slot, pause_sends
from bot.db.urls import async_url, is_sqlite
from bot.sending.budget_clock import BudgetClock
from bot.sending.hold import SendHold
from bot.sending.pacing import DEFAULT_POLICY, Claim, Priority, SendPolicy, SlotBook

log = logging.getLogger(__name__)

CLAIM_TIMEOUT_SECONDS = 2.0
RETRY_SHARED_AFTER_SECONDS = 5.0
CONNECT_TIMEOUT_SECONDS = 2
MAX_LATE_RECLAIMS = 3


@dataclass
class BudgetStats:
    """Running totals, for benchmarks and logs."""

    shared_claims: int = 0
    local_claims: int = 0
    refused_reminder_claims: int = 0
    refused_follow_up_claims: int = 0
    late_wakeups: int = 0
    claim_seconds: float = 0.0  # time spent in shared claims (database round trips)


def fallback_policy(policy: SendPolicy) -> SendPolicy:
    """The schedule a process keeps alone: `fallback_rate`, reminders at the same proportion."""
    rate = policy.fallback_rate
    return replace(
        policy,
        rate=rate,
        reminder_rate=rate * policy.reminder_rate / policy.rate,
        reply_burst=0.0,
    )


class SendBudget(ABC):
    """`await budget.acquire(priority)` returns when this process may send one message.

    The waiting is the same wherever the schedule lives; subclasses say where: in this process
    (`LocalSendBudget`) or in PostgreSQL for every process (`SharedSendBudget`). The reminders'
    share (`policy.reminder_rate`) is kept here and nowhere else, and `hold` is the process's one
    429 hold (bot/sending/hold.py)."""

    def __init__(self, policy: SendPolicy) -> None:
        self.policy = policy
        self.stats = BudgetStats()
        self.hold = SendHold()
        self._reminder_turn = asyncio.Lock()

    @property
    def degraded(self) -> bool:
        """True while this process paces itself because the shared schedule did not answer."""
        return False

    async def acquire(self, priority: Priority) -> None:
        if priority is not Priority.REMINDER:
            await self._acquire(priority)
            return
        # Reminders of this process queue here, one at a time: a refused reminder comes back
        # when it can be granted, so many waiting at once would all come back together.
        async with self._reminder_turn:
            await self._acquire(priority)

    async def _acquire(self, priority: Priority) -> None:
        loop = asyncio.get_running_loop()
        late = 0
        # A follow-up waits for a free slot no longer than this, then queues like a reply.
        patient_until = loop.time() + self.policy.follow_up_patience
        while True:
            await self.hold.wait_out()
            claim, answered_at = await self._claim(priority)
            if claim.slot is None and priority is Priority.REMINDER:
                self.stats.refused_reminder_claims += 1
                await asyncio.sleep(claim.wait)
                continue
            if claim.slot is None:  # a follow-up
                self.stats.refused_follow_up_claims += 1
                await asyncio.sleep(max(0.0, min(claim.wait, patient_until - loop.time())))
                if loop.time() >= patient_until:
                    priority = Priority.REPLY
                continue
            due = answered_at + claim.wait
            delay = due - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            if self.hold.held():
                continue  # a 429 arrived while this send slept: a new slot after the hold
            if loop.time() - due <= self.policy.max_wake_lateness or late >= MAX_LATE_RECLAIMS:
                return
            # Woken too late (a busy event loop): sending now could crowd a later second, so
            # this slot is given up and a new one reserved, a few times at most: a reply must
            # not starve at the back of the queue (a 429 would still pause everyone).
            late += 1
            self.stats.late_wakeups += 1

    @abstractmethod
    async def _claim(self, priority: Priority) -> tuple[Claim, float]:
        """A claim and the event-loop time its `now` falls on (waits are measured from it)."""

    async def pause(self, seconds: float) -> None:
        """Telegram answered 429: nothing is sent before `seconds` have passed. The hold takes
        effect before the first await; the shared schedule, where there is one, follows."""
        self.hold.pause(seconds)
        await self._pause_schedule(seconds)

    async def _pause_schedule(self, seconds: float) -> None:  # noqa: B027 - in memory: the hold is enough
        """Tell a schedule other processes read about the pause."""

    async def close(self) -> None:  # noqa: B027 - most schedules hold nothing to release
        """Release what the schedule holds (a connection pool for the shared one)."""


class LocalSendBudget(SendBudget):
    """The schedule in this process's memory, for a bot that is one process (SQLite)."""

    def __init__(self, policy: SendPolicy = DEFAULT_POLICY) -> None:
        super().__init__(policy)
        self._book = SlotBook(self.policy)

    async def _claim(self, priority: Priority) -> tuple[Claim, float]:
        now = asyncio.get_running_loop().time()
        self.stats.local_claims += 1
        return self._book.claim(priority, now), now


class SharedSendBudget(SendBudget):
    """The schedule in PostgreSQL, shared by every process of the bot."""

    def __init__(
        self,
        url: str,
        policy: SendPolicy = DEFAULT_POLICY,
        *,
        claim_timeout: float = CLAIM_TIMEOUT_SECONDS,
        retry_shared_after: float = RETRY_SHARED_AFTER_SECONDS,
    ) -> None:
        super().__init__(policy)
        self.claim_timeout = claim_timeout
        self.retry_shared_after = retry_shared_after
        self._engine: AsyncEngine = create_async_engine(
            async_url(url),
            pool_size=1,
            max_overflow=1,
            pool_pre_ping=True,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS},
            isolation_level="AUTOCOMMIT",  # one statement per claim: no BEGIN/COMMIT round trips
        )
        self._local = SlotBook(fallback_policy(policy))
        self._clock = BudgetClock()
        self._lock = asyncio.Lock()  # one claim at a time per process (one connection)
        self._shared_again_at: float | None = None  # monotonic time; None while shared works

    @property
    def degraded(self) -> bool:
        """True while this process paces itself because the database did not answer."""
        return self._shared_again_at is not None

    async def _pause_schedule(self, seconds: float) -> None:
        """A 429's retry_after holds back every process: Telegram counts the bot as a whole."""
        loop = asyncio.get_running_loop()
        async with self._lock:
            if not self._shared_usable(loop.time()):
                return
            try:
                async with asyncio.timeout(self.claim_timeout), self._engine.connect() as conn:
                    await pause_sends(conn, seconds + self.policy.reply_burst)
            except Exception as exc:  # noqa: BLE001 - any failure: pace locally instead
                self._degrade(exc, loop.time())

    async def close(self) -> None:
        await self._engine.dispose()

    async def _claim(self, priority: Priority) -> tuple[Claim, float]:
        """A claim and the event-loop time its `now` falls on (waits are measured from it): for
        a shared claim, mapped by `BudgetClock`, so an answer read late does not send late."""
        loop = asyncio.get_running_loop()
        async with self._lock:
            if self._shared_usable(loop.time()):
                started = time.perf_counter()
                try:
                    async with asyncio.timeout(self.claim_timeout), self._engine.connect() as conn:
                        asked = loop.time()
                        claim = await claim_slot(conn, priority, self.policy)
                        answered = loop.time()
                except Exception as exc:  # noqa: BLE001 - any failure: pace locally instead
                    self._degrade(exc, loop.time())
                else:
                    self.stats.shared_claims += 1
                    self.stats.claim_seconds += time.perf_counter() - started
                    self._restored()
                    return claim, self._clock.observe(asked, answered, claim.now)
            self.stats.local_claims += 1
            now = loop.time()
            return self._local.claim(priority, now), now

    def _shared_usable(self, now: float) -> bool:
        return self._shared_again_at is None or now >= self._shared_again_at

    def _degrade(self, exc: Exception, now: float) -> None:
        if self._shared_again_at is None:
            log.warning(
                "shared send budget unreachable, pacing this process alone",
                extra={
                    "error": type(exc).__name__,
                    "messages_per_s": self.policy.fallback_rate,
                    "retry_in_s": self.retry_shared_after,
                },
            )
        self._shared_again_at = now + self.retry_shared_after

    def _restored(self) -> None:
        if self._shared_again_at is not None:
            self._shared_again_at = None
            log.info("shared send budget reachable again")


def send_budget_for(url: str) -> SendBudget:
    """The shared budget when several processes may send (PostgreSQL), else one in memory."""
    return LocalSendBudget() if is_sqlite(url) else SharedSendBudget(url)
