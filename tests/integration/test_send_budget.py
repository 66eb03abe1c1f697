"""The shared send budget on a real database: the SQL keeps the schedule of bot/sending/pacing.py,
many claimers at once never overfill a second, reminders yield to replies, and an unreachable
database slows a process down instead of losing its messages."""

from __future__ import annotations

import asyncio
import itertools
import logging
import random
import socket
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.ext.asyncio import AsyncConnection
from telegram.ext import ExtBot

from bot.content import load_content
from bot.core.clock import FakeClock
from bot.db import Database
from bot.db.send_budget import claim_slot
from bot.reminders.dispatcher import Dispatcher
from bot.sending.budget import LocalSendBudget, SharedSendBudget, send_budget_for
from bot.sending.limiter import PatientRateLimiter, reminder_send_options
from bot.sending.pacing import DEFAULT_POLICY, Claim, Priority, SendPolicy, SlotBook
from tests.e2e.harness import TOKEN
from tests.e2e.test_failover import until
from tests.unit.test_send_pacing import busiest_second
from tgemu.server import BotApiEmulator

POSTGRES = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
ROUNDING = 1e-4  # the SQL works in whole microseconds; a few claims add up


@pytest.fixture
async def budgets(database_url: str) -> AsyncIterator[list[SharedSendBudget]]:
    """Three budgets with their own engines and connections, as three processes would have."""
    made = [SharedSendBudget(database_url) for _ in range(3)]
    yield made
    for budget in made:
        await budget.close()


async def connection_of(budget: SharedSendBudget) -> AsyncConnection:
    return await budget._engine.connect()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_only_postgresql_shares_a_budget_and_the_table_holds_nobody(
    database_url: str, db: Database
) -> None:
    budget = send_budget_for(database_url)
    async with db.engine.connect() as connection:
        tables = await connection.run_sync(lambda sync: inspect(sync).get_table_names())
        assert "send_budget" in tables
        if db.is_sqlite:
            # One process: the schedule stays in memory, no round trip per send.
            assert isinstance(budget, LocalSendBudget)
            return
        persistence = await connection.scalar(
            text("SELECT relpersistence FROM pg_class WHERE relname = 'send_budget'")
        )
    assert isinstance(budget, SharedSendBudget)
    await budget.close()
    assert persistence == "u"  # UNLOGGED: transient, no write-ahead log per message


@POSTGRES
async def test_the_sql_keeps_the_reference_schedule(budgets: list[SharedSendBudget]) -> None:
    """Fed the server's own "now" of every claim, SlotBook gives the same answers."""
    rng = random.Random(7)
    book = SlotBook()
    connection = await connection_of(budgets[0])
    try:
        for _ in range(60):
            priority = rng.choice(
                [Priority.REPLY, Priority.REPLY, Priority.REMINDER, Priority.FOLLOW_UP]
            )
            claim = await claim_slot(connection, priority, DEFAULT_POLICY)
            expected = book.claim(priority, claim.now)
            if expected.slot is None:
                assert claim.slot is None
                assert claim.retry_at == pytest.approx(expected.retry_at, abs=ROUNDING)
            else:
                assert claim.slot == pytest.approx(expected.slot, abs=ROUNDING)
            if rng.random() < 0.2:
                await asyncio.sleep(rng.random() * 0.05)
    finally:
        await connection.close()


@POSTGRES
async def test_twelve_engines_claiming_at_once_never_overfill_a_second(database_url: str) -> None:
    """300 claims from twelve engines (three processes' worth, four connections each), all at
    once: the row lock serialises them, so the granted slots keep the schedule however they
    interleave."""
    slots: list[float] = []
    refused_replies: list[Claim] = []

    async def claimer(budget: SharedSendBudget, seed: int) -> None:
        rng = random.Random(seed)
        async with budget._engine.connect() as connection:
            for _ in range(25):
                draw = rng.random()
                priority = (
                    Priority.REMINDER
                    if draw < 0.3
                    else Priority.FOLLOW_UP
                    if draw < 0.4
                    else Priority.REPLY
                )
                claim = await claim_slot(connection, priority, DEFAULT_POLICY)
                if claim.slot is not None:
                    slots.append(claim.slot)
                elif priority is Priority.REPLY:
                    refused_replies.append(claim)

    engines = [SharedSendBudget(database_url) for _ in range(12)]
    try:
        await asyncio.gather(*(claimer(budget, n) for n, budget in enumerate(engines)))
    finally:
        for budget in engines:
            await budget.close()
    on_time = SendPolicy(max_lateness=0.0, max_wake_lateness=0.0)
    assert not refused_replies
    assert len(slots) > 150
    assert busiest_second(sorted(slots)) <= on_time.max_sends_in_any_second() < 30
    replies_first = sorted(slots)
    assert replies_first[-1] - replies_first[0] >= (len(slots) - 2) * DEFAULT_POLICY.spacing


@POSTGRES
async def test_three_budgets_release_senders_no_faster_than_telegram_allows(
    budgets: list[SharedSendBudget],
) -> None:
    """What the senders see: 3 x 15 replies wanted at once, released over about two seconds."""
    loop = asyncio.get_running_loop()
    released: list[float] = []

    async def send(budget: SharedSendBudget) -> None:
        await budget.acquire(Priority.REPLY)
        released.append(loop.time())

    await asyncio.gather(*(send(budget) for budget in budgets for _ in range(15)))
    assert len(released) == 45
    assert busiest_second(sorted(released)) <= DEFAULT_POLICY.max_sends_in_any_second()
    assert all(budget.stats.shared_claims >= 15 for budget in budgets)
    assert not any(budget.degraded for budget in budgets)


@POSTGRES
async def test_reminders_yield_to_queued_replies_and_keep_to_their_share(
    budgets: list[SharedSendBudget],
) -> None:
    connection = await connection_of(budgets[0])
    try:
        first = await claim_slot(connection, Priority.REMINDER, DEFAULT_POLICY)
        assert first.slot == pytest.approx(first.now, abs=ROUNDING)
        second = await claim_slot(connection, Priority.REMINDER, DEFAULT_POLICY)
        # The reminder share (20 a second, half a spacing of credit after a pause) and the
        # whole schedule: refused with a time to come back, or (if this claim came late enough)
        # granted the first moment both allow.
        assert first.slot is not None
        share = max(
            first.slot + DEFAULT_POLICY.reminder_spacing / 2, first.slot + DEFAULT_POLICY.spacing
        )
        if second.slot is None:
            assert second.retry_at == pytest.approx(
                share - DEFAULT_POLICY.reminder_slack, abs=ROUNDING
            )
        else:
            assert second.slot == pytest.approx(max(share, second.now), abs=ROUNDING)
        replies = [await claim_slot(connection, Priority.REPLY, DEFAULT_POLICY) for _ in range(10)]
        assert all(reply.slot is not None for reply in replies)  # replies are never refused
        assert replies[-1].slot is not None
        blocked = await claim_slot(connection, Priority.REMINDER, DEFAULT_POLICY)
        assert blocked.slot is None
        assert blocked.retry_at == pytest.approx(
            replies[-1].slot
            + DEFAULT_POLICY.reply_burst
            + DEFAULT_POLICY.spacing
            - DEFAULT_POLICY.reminder_slack,
            abs=ROUNDING,
        )
    finally:
        await connection.close()


@POSTGRES
async def test_waiting_reminders_do_not_storm_the_database(
    budgets: list[SharedSendBudget],
) -> None:
    """Twelve reminders wanted at once (the dispatcher has up to 32 in flight): they take their
    turns, so a refused claim is not repeated by every waiting reminder at every turn."""
    budget = budgets[0]
    loop = asyncio.get_running_loop()
    released: list[float] = []

    async def remind() -> None:
        await budget.acquire(Priority.REMINDER)
        released.append(loop.time())

    await asyncio.gather(*(remind() for _ in range(12)))
    assert budget.stats.shared_claims <= 3 * 12
    gaps = [later - earlier for earlier, later in itertools.pairwise(released)]
    assert min(gaps) >= DEFAULT_POLICY.reminder_spacing - DEFAULT_POLICY.max_wake_lateness


@POSTGRES
async def test_a_429_pauses_every_process_and_a_lost_row_is_rebuilt(
    budgets: list[SharedSendBudget],
) -> None:
    first, other = budgets[0], budgets[1]
    connection = await connection_of(first)
    try:
        before = await connection.scalar(text("SELECT extract(epoch FROM clock_timestamp())"))
        await first.pause(2.0)
        async with other._engine.connect() as elsewhere:
            after = await claim_slot(elsewhere, Priority.REPLY, DEFAULT_POLICY)
        assert after.slot is not None
        assert after.slot >= float(before) + 2.0
        # An UNLOGGED table comes back empty after a crash: the next claim starts afresh.
        await connection.execute(text("DELETE FROM send_budget"))
        fresh = await claim_slot(connection, Priority.REMINDER, DEFAULT_POLICY)
        assert fresh.slot == pytest.approx(fresh.now, abs=ROUNDING)
        rows = (await connection.execute(text("SELECT count(*) FROM send_budget"))).scalar()
        assert rows == 1  # one row, moved forward in place: nothing accumulates to prune
    finally:
        await connection.close()


async def test_an_unreachable_database_paces_locally_and_says_so_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    budget = SharedSendBudget(f"postgresql://postgres@127.0.0.1:{free_port()}/nowhere")
    loop = asyncio.get_running_loop()
    released: list[float] = []
    caplog.set_level(logging.INFO, logger="bot.sending.budget")
    try:
        for _ in range(4):
            await budget.acquire(Priority.REPLY)
            released.append(loop.time())
    finally:
        await budget.close()
    assert budget.degraded
    assert budget.stats.local_claims == 4
    warnings = [r for r in caplog.records if "unreachable" in r.getMessage()]
    assert len(warnings) == 1
    assert warnings[0].__dict__["messages_per_s"] == DEFAULT_POLICY.fallback_rate
    gaps = [later - earlier for earlier, later in itertools.pairwise(released)]
    # A conservative share: slots 1/6 s apart, less only what a late wake-up may take.
    assert min(gaps) >= 1 / DEFAULT_POLICY.fallback_rate - DEFAULT_POLICY.max_wake_lateness
    assert released[-1] - released[0] >= 3 / DEFAULT_POLICY.fallback_rate - 0.05


async def test_a_sender_woken_too_late_takes_a_new_slot() -> None:
    """A blocked event loop must not release a message long after its slot, into a second that
    may already be full."""
    budget = SharedSendBudget(f"postgresql://postgres@127.0.0.1:{free_port()}/nowhere")
    try:
        await budget.acquire(Priority.REPLY)  # the database is away: local slots from here
        second = asyncio.create_task(budget.acquire(Priority.REPLY))
        await asyncio.sleep(0.01)  # it now sleeps until its slot, 1/6 s after the first
        time.sleep(0.4)  # noqa: ASYNC251 - the busy event loop under test
        await second
    finally:
        await budget.close()
    assert budget.stats.late_wakeups == 1
    assert budget.stats.local_claims == 3  # the first, the missed slot, and its replacement


@POSTGRES
async def test_an_answer_read_late_is_a_late_send_and_takes_a_new_slot(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server answered at once, but a busy event loop read the answer 0.3 s later: its slot
    has passed, so the sender reserves a new one instead of sending late unseen."""
    budget = SharedSendBudget(database_url)
    busy = [False]

    async def claim_then_busy(
        connection: AsyncConnection, priority: Priority, policy: SendPolicy
    ) -> Claim:
        answer = await claim_slot(connection, priority, policy)
        if busy[0]:
            busy[0] = False
            time.sleep(0.3)  # noqa: ASYNC251 - the answer waits in the socket meanwhile
        return answer

    monkeypatch.setattr("bot.sending.budget.claim_slot", claim_then_busy)
    try:
        await budget.acquire(Priority.REPLY)  # a quick claim: where the server's clock falls
        busy[0] = True
        await budget.acquire(Priority.REPLY)  # its slot is now; its answer is read 0.3 s late
    finally:
        await budget.close()
    assert budget.stats.late_wakeups == 1
    assert budget.stats.shared_claims == 3  # the first, the slot read too late, its replacement


@POSTGRES
async def test_the_shared_budget_is_used_again_once_the_database_answers(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.sending.budget")
    budget = SharedSendBudget(database_url, claim_timeout=0.0, retry_shared_after=0.0)
    try:
        await budget.acquire(Priority.REPLY)  # a claim that times out at once
        assert budget.degraded
        budget.claim_timeout = 2.0
        await budget.acquire(Priority.REPLY)
    finally:
        await budget.close()
    assert not budget.degraded
    assert (budget.stats.local_claims, budget.stats.shared_claims) == (1, 1)
    assert any("reachable again" in record.getMessage() for record in caplog.records)


async def test_a_follow_up_waits_for_a_free_slot_at_most_its_patience() -> None:
    """Replies booked far ahead: the follow-up first waits for a free slot, then, its patience
    spent, queues behind them like a reply instead of waiting on."""
    policy = SendPolicy(follow_up_patience=0.2)
    budget = LocalSendBudget(policy)
    loop = asyncio.get_running_loop()
    for _ in range(11):  # half a second of replies, booked at once
        budget._book.claim(Priority.REPLY, loop.time())
    started = loop.time()
    await budget.acquire(Priority.FOLLOW_UP)
    waited = loop.time() - started
    assert budget.stats.refused_follow_up_claims >= 1
    assert 11 * policy.spacing - 0.05 <= waited <= 12 * policy.spacing + 0.1
    free = LocalSendBudget(policy)
    started = loop.time()
    await free.acquire(Priority.FOLLOW_UP)  # nothing queued: at once
    assert loop.time() - started < 0.02
    assert free.stats.refused_follow_up_claims == 0


def test_claims_tell_a_sender_how_long_to_wait() -> None:
    assert Claim(now=10.0, slot=10.25).wait == pytest.approx(0.25)
    assert Claim(now=10.0, slot=None, retry_at=10.5).wait == pytest.approx(0.5)
    assert Claim(now=10.0, slot=9.0).wait == 0.0


_PAUSED_FOR = text(
    "SELECT (next_slot_us - extract(epoch FROM clock_timestamp()) * 1000000) / 1000000.0"
    " FROM send_budget"
)


@POSTGRES
async def test_the_limiter_sends_messages_through_the_budget_and_shares_a_429(
    database_url: str,
) -> None:
    """Over real HTTP: messages draw slots (reminders in their share), edits do not, and a 429
    seen by one bot holds back the other bot's next message too."""
    limiter = PatientRateLimiter(max_retries=1, budget=SharedSendBudget(database_url))
    other_budget = SharedSendBudget(database_url)
    async with BotApiEmulator() as emulator:
        emulator.user_sends(501, "hello")
        emulator.user_sends(502, "hello")
        bot = ExtBot(TOKEN, base_url=emulator.base_url, rate_limiter=limiter)
        other = ExtBot(
            TOKEN,
            base_url=emulator.base_url,
            rate_limiter=PatientRateLimiter(max_retries=1, budget=other_budget),
        )
        async with bot, other:
            message = await bot.send_message(501, "a reply")
            assert limiter.budget is not None
            assert limiter.budget.stats.shared_claims == 1
            await bot.send_message(501, "a reminder", **reminder_send_options(bot))
            # Right after a reply, the reminder may be sent back for a spacing and claim again.
            claims = limiter.budget.stats.shared_claims
            assert claims in (2, 3)
            await bot.edit_message_text("edited", chat_id=501, message_id=message.message_id)
            assert limiter.budget.stats.shared_claims == claims  # the edit took no slot
            async with other_budget._engine.connect() as connection:
                row = (
                    await connection.execute(text("SELECT reminder_next_slot_us FROM send_budget"))
                ).one()
            assert row.reminder_next_slot_us > 0  # the reminder was claimed as one

            emulator.inject_fault("sendMessage", 429, retry_after=1, chat_id=501)
            retried = asyncio.create_task(bot.send_message(501, "retried after the pause"))

            async def paused() -> bool:
                async with other_budget._engine.connect() as connection:
                    return float(await connection.scalar(_PAUSED_FOR)) > 0.5

            await until(paused, 5.0, "the 429's pause in the shared budget")
            loop = asyncio.get_running_loop()
            started = loop.time()
            await other.send_message(502, "also after the pause")
            assert loop.time() - started >= 0.5  # held back: alone it would take milliseconds
            await retried
    assert [m.text for m in emulator.bot_messages(501)][-1] == "retried after the pause"
    assert [m.text for m in emulator.bot_messages(502)] == ["also after the pause"]
    assert emulator.stats.faults_served["sendMessage"] == 1


async def test_a_crowd_writing_at_once_never_overfills_a_second_in_one_process() -> None:
    """SQLite, one process: 70 people write at the same moment. PTB's token bucket let the
    first second carry its full bucket plus the refill (the emulator counted sends over 30);
    the schedule in memory spaces them, so no second holds more than the policy allows."""
    people = range(7001, 7071)
    budget = LocalSendBudget()
    limiter = PatientRateLimiter(max_retries=1, budget=budget)
    async with BotApiEmulator() as emulator:
        for person in people:
            emulator.user_sends(person, "hello")
        async with ExtBot(TOKEN, base_url=emulator.base_url, rate_limiter=limiter) as bot:
            reminders = [
                asyncio.create_task(
                    bot.send_message(person, "reminder", **reminder_send_options(bot))
                )
                for person in people[:5]
            ]
            replies = [bot.send_message(person, "reply") for person in people]
            await asyncio.gather(*replies, *reminders)
        stats = emulator.stats
    assert stats.overall_violations == 0
    assert budget.stats.local_claims >= len(people) + 5
    sent = [m for person in people for m in emulator.bot_messages(person)]
    assert len(sent) == len(people) + 5


async def test_one_hold_a_429_on_an_edit_holds_the_next_message_and_the_dispatcher() -> None:
    """A 429 on a method Telegram does not count (an edit) still holds every send: the limiter,
    the budget and the reminder dispatcher read one hold, and the edit is retried after it."""
    budget = LocalSendBudget()
    limiter = PatientRateLimiter(max_retries=1, budget=budget)
    async with BotApiEmulator() as emulator:
        emulator.user_sends(601, "hello")
        async with ExtBot(TOKEN, base_url=emulator.base_url, rate_limiter=limiter) as bot:
            dispatcher = Dispatcher(
                Database("sqlite:///:memory:"),
                FakeClock(datetime(2026, 3, 2, 9, tzinfo=UTC)),
                load_content(),
                bot,
            )
            assert dispatcher.hold is limiter.hold is budget.hold
            assert dispatcher.budget is budget
            message = await bot.send_message(601, "a reply")
            emulator.inject_fault("editMessageText", 429, retry_after=1, chat_id=601)
            loop = asyncio.get_running_loop()
            started = loop.time()
            edit = asyncio.create_task(
                bot.edit_message_text("edited", chat_id=601, message_id=message.message_id)
            )
            await until(budget.hold.held, 5.0, "the hold after the edit's 429")
            await bot.send_message(601, "after the hold")
            assert loop.time() - started >= 0.9
            await edit
            assert loop.time() - started >= 1.0
    assert emulator.stats.faults_served["editMessageText"] == 1
    assert [m.text for m in emulator.bot_messages(601)] == ["edited", "after the hold"]
