"""The reminder dispatcher: one periodic job that turns due plans into sent messages.

Each tick, in this order:
1. claim: in one transaction, lock the plans that fell due, write one delivery row per due time
   (unique on plan and due time, so a second claimer cannot double it), advance each plan's
   `next_due_at` past *now* (after downtime a plan yields one delivery, never a backlog), commit;
   a reminder already later than its grace is written as `skipped`, never sent late;
2. send: take due pending deliveries under a lease (`sending`), send each in its slot of the send
   budget (the reminders' share of the bot's rate; bot/sending/), one at a time per chat, and
   record the outcome in its own small transaction, so a crash loses at most the outcome of the
   messages in flight (those are sent again after the lease: at-least-once, bounded by the number
   in flight).
Telegram errors map to outcomes: 403 marks the user blocked (their plans wait until they write
again), 429 holds every send (the process's one hold, bot/sending/hold.py) until its retry_after
has passed and retries later, 5xx and network errors retry on a later tick until the grace runs
out.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Bot
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.ext import JobQueue

from bot.content import Content
from bot.core.clock import Clock
from bot.db import Database
from bot.db.reminder_tables import FAILED, FOOT, PENDING, SENT, SKIPPED, Delivery
from bot.db.reminders import (
    DuePlan,
    claim_due_plans,
    claim_pending_deliveries,
    insert_deliveries,
    prune_deliveries,
    record_outcome,
    release_unsent,
)
from bot.db.users import set_blocked
from bot.reminders.counters import DispatchCounters
from bot.reminders.follow_ups import FOLLOW_UP_EVERY, follow_up_needed, plan_foot_follow_ups
from bot.reminders.outcomes import LEASE, record_patiently
from bot.reminders.plans import is_too_late, next_due
from bot.sending.budget import LocalSendBudget, SendBudget
from bot.sending.chat_spacing import CHAT_SPACING_SECONDS, ChatSpacing
from bot.sending.limiter import limiter_of, reminder_send_options, retry_after_seconds
from bot.sending.pacing import Priority
from bot.ui.html import PARSE_MODE
from bot.ui.reminders_render import reminder_keyboard, render_reminder

log = logging.getLogger(__name__)

CLAIM_BATCH = 100
"""Plans claimed per transaction. A batch holds SQLite's write lock and the event loop (turning
plans into deliveries is Python work) for about 15 ms; 500 held them for 75 ms, and a person's
reply waited that long behind a burst."""
MAX_CLAIM_BATCHES_PER_TICK = 10  # a huge burst is claimed over ticks, sending meanwhile
MAX_IN_FLIGHT = 32
TICK_SECONDS = 1.0
JOB_NAME = "reminder-dispatcher"
DELIVERY_RETENTION = timedelta(days=400)
PRUNE_EVERY = timedelta(hours=1)


class Dispatcher:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        content: Content,
        bot: Bot,
        *,
        budget: SendBudget | None = None,
        chat_spacing: float = CHAT_SPACING_SECONDS,
        tick_seconds: float = TICK_SECONDS,
        max_in_flight: int = MAX_IN_FLIGHT,
        record_delays: bool = False,
        is_leader: Callable[[], bool] | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.content = content
        self.bot = bot
        # The bot's limiter paces every reminder in the bot-wide budget; a bot without it (a
        # benchmark's plain bot) is paced by a budget of the dispatcher's own, the same way.
        limiter = limiter_of(bot)
        shared = limiter.budget if limiter is not None else None
        self._own_budget = None if shared is not None else budget or LocalSendBudget()
        self.budget: SendBudget = shared or self._own_budget  # type: ignore[assignment]
        self.hold = limiter.hold if limiter is not None else self.budget.hold
        self.chats = ChatSpacing(chat_spacing)
        self.tick_seconds = tick_seconds
        self.max_in_flight = max_in_flight
        self.record_delays = record_delays
        # Asked before each scheduled tick: only the elected process dispatches (leadership.py).
        self.is_leader: Callable[[], bool] = is_leader or (lambda: True)
        self.counters = DispatchCounters()
        self._in_flight: set[asyncio.Task[None]] = set()
        self._extra: list[_Step] = []
        self._last_prune: datetime | None = None
        self._last_follow_up: datetime | None = None
        self._tick_failing = False
        self._telegram_failing = False  # log an outage when it starts and ends, not every send

    def also_run(
        self, step: Callable[[], Awaitable[object]], every: timedelta = timedelta(0)
    ) -> None:
        """Add another due-message sender to the ticks (e.g. triage's re-check follow-ups), so
        one periodic job owns everything that is sent because time passed. `every`: at most
        this often by the clock, for senders whose messages may well wait that long."""
        self._extra.append(_Step(step, every))

    async def recover(self) -> int:
        """At start on SQLite (one process owns the file): deliveries left `sending` by a dead
        process go straight back to `pending` instead of waiting out their lease."""
        if not self.db.is_sqlite:
            return 0
        async with self.db.session() as session:
            released = await release_unsent(session)
        if released:
            log.info("recovered unsent reminders", extra={"count": released})
        return released

    async def tick(self) -> None:
        """One round: claim what fell due, then start sending what is pending."""
        await self.claim_due()
        await self.follow_up_if_due()
        await self.send_pending()
        await self.prune_if_due()
        if self.hold.held():  # Telegram said to wait: the other senders wait with the reminders
            return
        now = self.clock.now()
        for extra in self._extra:
            if extra.last_run is None or not now - extra.every < extra.last_run <= now:
                extra.last_run = now
                await extra.step()

    async def prune_if_due(self) -> int:
        """Delete delivery rows older than DELIVERY_RETENTION, at most once per PRUNE_EVERY.

        Stats need five weeks and streaks some history; a log of when someone took breaks
        kept forever is not needed, so it is not kept (docs/privacy.md)."""
        now = self.clock.now()
        if self._last_prune is not None and now - self._last_prune < PRUNE_EVERY:
            return 0
        self._last_prune = now
        async with self.db.session() as session:
            removed = await prune_deliveries(session, now - DELIVERY_RETENTION)
        if removed:
            log.info("pruned old deliveries", extra={"rows": removed})
        return removed

    async def run_tick(self, _context: object = None) -> None:
        """The JobQueue callback: a failed tick (database away, say) is logged and the next one
        simply tries again; nothing is lost because nothing was committed. An outage is logged
        once when it starts (with the traceback) and once when it ends, not every second. A
        process that is not the elected dispatcher skips the tick (it stays ready to take over)."""
        if not self.is_leader():
            return
        try:
            await self.tick()
        except Exception as exc:
            if self._tick_failing:
                log.debug("dispatcher tick failed again: %s", type(exc).__name__)
                return
            self._tick_failing = True
            log.warning(
                "dispatcher tick failed, retrying every tick: %s",
                type(exc).__name__,
                exc_info=exc,
                extra={"error": type(exc).__name__, "retry_in_s": self.tick_seconds},
            )
            return
        if self._tick_failing:
            self._tick_failing = False
            log.info("dispatcher tick succeeded again")

    def schedule(self, job_queue: JobQueue[Any]) -> None:
        """Run every tick through the Application's JobQueue (APScheduler).

        APScheduler drops a run that starts more than `misfire_grace_time` late (1 s by default),
        and would run two ticks at once if one were slow; neither may happen here. A slow tick
        (a 429's wait, a locked database) skips the runs it overlaps, as intended, so the
        scheduler's warning for each of them is turned down to debug.
        """
        scheduler_log = logging.getLogger("apscheduler.scheduler")
        if not any(isinstance(f, _SkippedTickFilter) for f in scheduler_log.filters):
            scheduler_log.addFilter(_SkippedTickFilter())
        job_queue.run_repeating(
            self.run_tick,
            interval=self.tick_seconds,
            first=self.tick_seconds / 2,
            name=JOB_NAME,
            job_kwargs={"max_instances": 1, "coalesce": True, "misfire_grace_time": None},
        )

    async def claim_due(self) -> int:
        claimed = 0
        for _ in range(MAX_CLAIM_BATCHES_PER_TICK):
            now = self.clock.now()
            async with self.db.session() as session:
                due = await claim_due_plans(session, now, CLAIM_BATCH)
                await self._claim_batch(session, due, now)
            claimed += len(due)
            if len(due) < CLAIM_BATCH:
                break
        return claimed

    async def _claim_batch(self, session: AsyncSession, due: list[DuePlan], now: datetime) -> None:
        """Turn locked due plans into delivery rows and move each plan past `now`."""
        rows: list[dict[str, object]] = []
        for item in due:
            plan = item.plan
            assert plan.next_due_at is not None
            late = is_too_late(plan.kind, plan.next_due_at, now)
            rows.append(
                {
                    "plan_id": plan.id,
                    "user_id": plan.user_id,
                    "kind": plan.kind,
                    "due_at": plan.next_due_at,
                    "status": SKIPPED if late else PENDING,
                    "note": "late" if late else None,
                    "prompt_index": plan.sent_count,
                    "resume_notice": plan.resume_notice and not late,
                    "with_diary": plan.kind == FOOT and not item.diary_off,
                    "snooze_count": 0,
                    "attempts": 0,
                }
            )
        inserted = await insert_deliveries(session, rows)
        for item, row in zip(due, rows, strict=True):
            plan = item.plan
            due_at = plan.next_due_at
            assert due_at is not None
            if plan.id in inserted:
                self.counters.claimed += 1
                if row["status"] == SKIPPED:
                    self.counters.skipped_late += 1
                else:
                    plan.sent_count += 1
                    plan.resume_notice = False
            if plan.paused_until is not None and plan.paused_until <= now:
                plan.paused_until = None
            plan.next_due_at = next_due(plan, item.zone, max(now, due_at))
            plan.updated_at = now

    async def send_pending(self) -> int:
        """Start sending due deliveries, at most one tick's worth of the reminders' share."""
        capacity = self.max_in_flight - len(self._in_flight)
        share = int(self.budget.policy.reminder_rate * self.tick_seconds)
        batch_size = min(capacity, max(1, share))
        if batch_size <= 0:
            return 0
        await self.hold.wait_out()  # claims made now would only wait with their leases
        now = self.clock.now()
        async with self.db.session() as session:
            batch = await claim_pending_deliveries(session, now, now + LEASE, batch_size)
        deferred: list[Delivery] = []
        for delivery in batch:
            late = is_too_late(delivery.kind, delivery.due_at, now)
            if not late and not self.chats.is_ready(delivery.user_id):
                deferred.append(delivery)
                continue
            # Each send waits for its own slot in its task, so this tick ends at once instead of
            # sleeping through a second of slots.
            task = asyncio.create_task(self._send_one(delivery, late))
            self._in_flight.add(task)
            task.add_done_callback(self._in_flight.discard)
        if deferred:
            async with self.db.session() as session:
                for delivery in deferred:
                    assert delivery.id is not None
                    await record_outcome(session, delivery.id, status=PENDING)
        return len(batch) - len(deferred)

    async def _send_one(self, delivery: Delivery, late: bool) -> None:
        """A late one is skipped and counted without taking a send slot."""
        assert delivery.id is not None
        if late:
            self.counters.skipped_late += 1
            await self._record(delivery.id, status=SKIPPED, note="late")
            return
        self.chats.begin(delivery.user_id)
        try:
            await self._send_in_slot(delivery)
        finally:
            self.chats.end(delivery.user_id)

    async def _send_in_slot(self, delivery: Delivery) -> None:
        assert delivery.id is not None
        if self.hold.held():  # a 429 came after this was claimed: back to pending, lease freed
            await self._record(delivery.id, status=PENDING, note="rate_limited")
            return
        if delivery.follow_up:
            async with self.db.session() as session:
                needed = await follow_up_needed(session, delivery, self.clock.now())
            if not needed:
                await self._record(delivery.id, status=SKIPPED, note="not_needed")
                return
        if self._own_budget is not None:  # else the bot's limiter takes the slot
            await self._own_budget.acquire(Priority.REMINDER)
        if is_too_late(delivery.kind, delivery.due_at, self.clock.now()):
            self.counters.skipped_late += 1  # it waited for its slot past its grace
            await self._record(delivery.id, status=SKIPPED, note="late")
            return
        try:
            message = await self.bot.send_message(
                delivery.user_id,
                render_reminder(delivery, self.content),
                parse_mode=PARSE_MODE,
                reply_markup=reminder_keyboard(delivery, self.content),
                **reminder_send_options(self.bot),  # after replies, in the bot-wide budget
            )
        except Forbidden:
            self.counters.blocked += 1
            async with self.db.session() as session:
                await record_outcome(session, delivery.id, status=FAILED, note="blocked")
                await set_blocked(session, delivery.user_id, blocked=True)
            return
        except RetryAfter as exc:
            self.counters.rate_limited += 1
            self.hold.pause(retry_after_seconds(exc))  # the limiter's pause, or the only one
            await self._record(delivery.id, status=PENDING, note="rate_limited")
            return
        except BadRequest as exc:
            self.counters.failed += 1
            log.warning("reminder refused: %s", exc.message, extra={"delivery_id": delivery.id})
            await self._record(delivery.id, status=FAILED, note="bad_request")
            return
        except TelegramError as exc:
            self.counters.retried += 1
            if not self._telegram_failing:
                self._telegram_failing = True
                log.warning(
                    "reminder send failed, retrying until each one's grace runs out: %s",
                    type(exc).__name__,
                    extra={"delivery_id": delivery.id, "error": type(exc).__name__},
                )
            else:
                log.debug("reminder send failed again: %s", type(exc).__name__)
            await self._record(delivery.id, status=PENDING, note="retry")
            return
        sent_at = self.clock.now()
        self.counters.sent += 1
        if self._telegram_failing:
            self._telegram_failing = False
            log.info("reminders reach Telegram again", extra={"retried": self.counters.retried})
        delay = (sent_at - delivery.due_at).total_seconds()
        self.counters.delay_seconds.observe(delay)
        if self.record_delays:
            self.counters.delays.append(delay)
        await self._record(delivery.id, status=SENT, sent_at=sent_at, message_id=message.message_id)

    async def follow_up_if_due(self) -> int:
        """Foot checks still unticked FOLLOW_UP_AFTER after they were sent get their one
        follow-up, written as a delivery due now (sent by the next send round), at most once a
        minute by the clock."""
        now = self.clock.now()
        if self._last_follow_up is not None and now - self._last_follow_up < FOLLOW_UP_EVERY:
            return 0
        self._last_follow_up = now
        async with self.db.session() as session:
            return await plan_foot_follow_ups(session, now)

    async def _record(self, delivery_id: int, **outcome: object) -> None:
        await record_patiently(self.db, delivery_id, **outcome)

    async def drain(self) -> None:
        """Wait for the sends in flight (at shutdown, or in tests)."""
        while self._in_flight:
            await asyncio.gather(*list(self._in_flight), return_exceptions=True)


@dataclass
class _Step:
    step: Callable[[], Awaitable[object]]
    every: timedelta
    last_run: datetime | None = None


class _SkippedTickFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if JOB_NAME in message and "maximum number of running instances" in message:
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return True
