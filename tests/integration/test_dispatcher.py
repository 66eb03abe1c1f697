"""The dispatcher on a real database (SQLite and PostgreSQL) and the emulator, on a fake clock."""

from __future__ import annotations

import asyncio
import itertools
from collections import Counter
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot.db.reminder_tables import FOOT, MOVEMENT, PENDING, SENT, SKIPPED, Delivery, ReminderPlan
from bot.db.reminders import claim_pending_deliveries
from bot.db.users import get_user, set_time_zone, touch_user
from bot.reminders import service
from bot.reminders.dispatcher import DELIVERY_RETENTION
from bot.reminders.schedule import Window
from tests.integration.reminder_world import World, local, world

BERLIN = "Europe/Berlin"
NEW_YORK = "America/New_York"
MONDAY_0800_BERLIN = local(BERLIN, 2026, 3, 2, 8, 0)


async def run_until(w: World, end: datetime, dispatcher: object | None = None) -> None:
    """Jump from one due time to the next until `end`, ticking at each: days in seconds."""
    dispatcher = dispatcher or w.dispatcher()
    while True:
        async with w.db.session() as session:
            next_plan = (await session.execute(select(func.min(ReminderPlan.next_due_at)))).scalar()
            next_snooze = (
                await session.execute(
                    select(func.min(Delivery.due_at)).where(Delivery.status == PENDING)
                )
            ).scalar()
        candidates = [t for t in (next_plan, next_snooze) if t is not None]
        upcoming = min(candidates, default=None)
        if upcoming is not None and upcoming <= w.clock.now():
            upcoming = w.clock.now() + timedelta(minutes=1)  # due but not claimable (blocked)
        if upcoming is None or upcoming > end:
            w.clock.set(max(w.clock.now(), end))
            await w.tick(dispatcher)  # type: ignore[arg-type]
            return
        w.clock.set(max(w.clock.now(), upcoming))
        await w.tick(dispatcher)  # type: ignore[arg-type]


def in_window(instant: datetime, zone: str, start: time, end: time, days: range) -> bool:
    wall = instant.astimezone(ZoneInfo(zone))
    return wall.weekday() in days and start <= wall.time() < end


async def test_a_working_week_of_breaks_inside_hours_only(database_url: str) -> None:
    async with world(database_url, MONDAY_0800_BERLIN) as w:
        await w.add_user(1, BERLIN)
        await w.movement(1, interval=45)
        await run_until(w, local(BERLIN, 2026, 3, 9, 8, 0))  # a whole week

        deliveries = await w.deliveries(1)
        sent = [d for d in deliveries if d.status == SENT]
        assert 5 * 9 <= len(sent) <= 5 * 11  # ~10 breaks in each 8-hour day, Mon-Fri
        assert all(in_window(d.due_at, BERLIN, time(9), time(17), range(5)) for d in deliveries)
        assert len({d.due_at for d in deliveries}) == len(deliveries)  # none twice
        assert len(w.reminders_received(1)) == len(sent)
        gaps = [b.due_at - a.due_at for a, b in itertools.pairwise(sent)]
        assert min(gaps) >= timedelta(minutes=45)
        prompts = [text for text in w.reminders_received(1)]
        assert prompts[0] != prompts[1]  # prompts rotate


async def test_foot_checks_daily_across_spring_forward(database_url: str) -> None:
    async with world(database_url, local(BERLIN, 2026, 3, 27, 12, 0)) as w:
        await w.add_user(2, BERLIN)
        await w.foot(2, time(2, 30))  # 02:30 does not exist on 29 March in Berlin
        await run_until(w, local(BERLIN, 2026, 4, 1, 12, 0))
        due = [d.due_at.astimezone(ZoneInfo(BERLIN)) for d in await w.deliveries(2)]
        assert [d.day for d in due] == [28, 29, 30, 31, 1]
        assert due[1].hour == 3  # moved forward by the gap
        assert all(d.status == SENT for d in await w.deliveries(2))


async def test_downtime_skips_stale_breaks_and_sends_a_fresh_foot_check_once(
    database_url: str,
) -> None:
    async with world(database_url, local(NEW_YORK, 2026, 6, 1, 8, 0)) as w:
        await w.add_user(3, NEW_YORK)
        await w.movement(3)
        await w.foot(3, time(9, 0))
        w.clock.set(local(NEW_YORK, 2026, 6, 1, 11, 0))  # the bot was down 09:00-11:00
        dispatcher = w.dispatcher()
        await w.tick(dispatcher)
        await w.tick(dispatcher)

        deliveries = await w.deliveries(3)
        by_kind = Counter((d.kind, d.status) for d in deliveries)
        assert by_kind[(MOVEMENT, SKIPPED)] == 1  # one stale break recorded, not a backlog
        assert by_kind[(MOVEMENT, SENT)] == 0
        assert by_kind[(FOOT, SENT)] == 1  # two hours late is within a foot check's grace
        assert len(w.reminders_received(3)) == 1
        plan = await w.plan(3, MOVEMENT)
        assert plan.next_due_at is not None
        assert plan.next_due_at > w.clock.now()


async def test_restart_between_claim_and_send_loses_and_doubles_nothing(
    database_url: str,
) -> None:
    async with world(database_url, MONDAY_0800_BERLIN) as w:
        for user_id in range(10, 20):
            await w.add_user(user_id, BERLIN)
            await w.foot(user_id, time(9, 0))
        w.clock.set(local(BERLIN, 2026, 3, 2, 9, 0, 30))
        crashed = w.dispatcher()
        await crashed.claim_due()  # claimed and committed ... then the process dies
        async with w.db.session() as session:  # and some were mid-send under a lease
            await claim_pending_deliveries(
                session, w.clock.now(), w.clock.now() + timedelta(minutes=2), 4
            )

        restarted = w.dispatcher()
        await restarted.recover()
        w.clock.advance(timedelta(minutes=3))  # past any lease (PostgreSQL has no recover)
        await w.tick(restarted)

        for user_id in range(10, 20):
            assert len(w.reminders_received(user_id)) == 1
        assert Counter(d.status for d in await w.deliveries()) == {SENT: 10}


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
async def test_two_dispatchers_deliver_each_reminder_exactly_once(database_url: str) -> None:
    async with world(database_url, MONDAY_0800_BERLIN) as w:
        users = range(100, 160)
        for user_id in users:
            await w.add_user(user_id, BERLIN)
            await w.foot(user_id, time(9, 0))
            await w.movement(user_id, interval=30)
        first, second = w.dispatcher(rate=500), w.dispatcher(rate=500)
        for minute in range(0, 181, 5):
            w.clock.set(local(BERLIN, 2026, 3, 2, 9, 0) + timedelta(minutes=minute))
            await asyncio.gather(first.tick(), second.tick(), first.tick(), second.tick())
            await asyncio.gather(first.drain(), second.drain())

        deliveries = await w.deliveries()
        assert all(d.status == SENT for d in deliveries)
        for user_id in users:
            received = w.reminders_received(user_id)
            mine = [d for d in deliveries if d.user_id == user_id]
            assert len(received) == len(mine)
        assert first.counters.sent > 0
        assert second.counters.sent > 0


async def test_done_reanchors_and_snooze_stops_at_the_window_end(database_url: str) -> None:
    async with world(database_url, MONDAY_0800_BERLIN) as w:
        await w.add_user(4, BERLIN)
        windows = (Window(0, time(9), time(12)),)
        await w.movement(4, interval=30, windows=windows)
        await run_until(w, local(BERLIN, 2026, 3, 2, 9, 46))  # the first break is 09:15-09:45
        first = next(d for d in await w.deliveries(4) if d.status == SENT)

        tapped = w.clock.now()
        done = await service.act_on_reminder(w.db, w.clock, 4, first.id, "done")
        assert done is not None
        assert done.outcome == "done"
        assert done.next_due_at == tapped + timedelta(minutes=30)  # the timer starts again

        await run_until(w, local(BERLIN, 2026, 3, 2, 11, 55))
        last = [d for d in await w.deliveries(4) if d.status == SENT][-1]
        snooze = await service.act_on_reminder(w.db, w.clock, 4, last.id, "snooze")
        assert snooze is not None
        assert snooze.outcome == "snooze_after_hours"  # 12:05 is past the 12:00 window end
        await run_until(w, local(BERLIN, 2026, 3, 2, 23, 0))
        assert all(
            in_window(d.due_at, BERLIN, time(9), time(12), range(1)) for d in await w.deliveries(4)
        )


async def test_snooze_sends_again_in_ten_minutes_and_is_limited(database_url: str) -> None:
    async with world(database_url, local(BERLIN, 2026, 3, 2, 20, 0)) as w:
        await w.add_user(5, BERLIN)
        await w.foot(5, time(21))
        dispatcher = w.dispatcher()
        await run_until(w, local(BERLIN, 2026, 3, 2, 21, 0), dispatcher)
        current = (await w.deliveries(5))[-1]
        for round_ in range(3):
            result = await service.act_on_reminder(w.db, w.clock, 5, current.id, "snooze")
            assert result is not None
            assert result.outcome == "snoozed"
            w.clock.advance(timedelta(minutes=10))
            await w.tick(dispatcher)
            current = (await w.deliveries(5))[-1]
            assert current.snooze_count == round_ + 1
            assert current.status == SENT
        limit = await service.act_on_reminder(w.db, w.clock, 5, current.id, "snooze")
        assert limit is not None
        assert limit.outcome == "snooze_limit"
        assert len(w.reminders_received(5)) == 4


async def test_pause_ends_by_itself_and_says_so(database_url: str) -> None:
    async with world(database_url, MONDAY_0800_BERLIN) as w:
        await w.add_user(6, BERLIN)
        await w.movement(6)
        until = local(BERLIN, 2026, 3, 2, 13, 0)
        await service.pause_all(w.db, w.clock, 6, until.astimezone(UTC))
        await run_until(w, local(BERLIN, 2026, 3, 2, 15, 0))
        deliveries = await w.deliveries(6)
        assert deliveries
        assert all(d.due_at >= until for d in deliveries)
        assert "pause is over" in w.reminders_received(6)[0]
        assert "pause is over" not in w.reminders_received(6)[1]
        assert (await w.plan(6, MOVEMENT)).paused_until is None


async def test_a_traveller_gets_reminders_in_the_new_zone(database_url: str) -> None:
    async with world(database_url, local(BERLIN, 2026, 3, 2, 12, 0)) as w:
        await w.add_user(7, BERLIN)
        await w.foot(7, time(21))
        async with w.db.session() as session:
            await set_time_zone(session, 7, NEW_YORK, None, now=w.clock.now())
            await service.reschedule_all(session, 7, NEW_YORK, w.clock.now())
        plan = await w.plan(7, FOOT)
        assert plan.next_due_at == local(NEW_YORK, 2026, 3, 2, 21, 0)


async def test_a_blocked_user_is_paused_until_they_write_again(database_url: str) -> None:
    async with world(database_url, MONDAY_0800_BERLIN) as w:
        await w.add_user(8, BERLIN)
        await w.movement(8)
        w.emulator.block_user(8)
        dispatcher = w.dispatcher()
        await run_until(w, local(BERLIN, 2026, 3, 2, 12, 0), dispatcher)
        deliveries = await w.deliveries(8)
        assert [d.note for d in deliveries] == ["blocked"]  # one attempt, not one per break
        async with w.db.session() as session:
            user = await get_user(session, 8)
            assert user is not None
            assert user.blocked

        w.emulator.unblock_user(8)
        async with w.db.session() as session:
            await touch_user(session, 8, language="en", now=w.clock.now())
        await run_until(w, local(BERLIN, 2026, 3, 2, 14, 0), dispatcher)
        assert len(w.reminders_received(8)) >= 1


async def test_a_429_pauses_sending_and_the_reminder_still_arrives_once(
    database_url: str,
) -> None:
    async with world(database_url, local(BERLIN, 2026, 3, 2, 20, 59)) as w:
        await w.add_user(9, BERLIN)
        await w.foot(9, time(21))
        w.emulator.inject_fault(method="sendMessage", status=429, retry_after=1, times=1)
        dispatcher = w.dispatcher()
        w.clock.set(local(BERLIN, 2026, 3, 2, 21, 0, 1))
        await w.tick(dispatcher)
        assert dispatcher.counters.rate_limited == 1
        assert [(d.status, d.note) for d in await w.deliveries(9)] == [(PENDING, "rate_limited")]

        w.clock.advance(timedelta(seconds=2))
        await w.tick(dispatcher)
        sends = [call for call in w.emulator.call_log if call.method == "sendMessage"]
        assert [call.status for call in sends] == [429, 200]
        assert sends[1].at - sends[0].at >= 1.0  # the hold waited out retry_after
        assert [d.status for d in await w.deliveries(9)] == [SENT]
        assert len(w.reminders_received(9)) == 1


async def test_a_tick_hands_out_send_slots_and_does_not_sleep_through_them(
    database_url: str,
) -> None:
    """A tick that slept through its second of send slots outlasted its interval, the scheduler
    skipped the next tick, and a burst went out at 16 a second instead of 20."""
    users = range(21, 25)
    async with world(database_url, local(BERLIN, 2026, 3, 2, 20, 59)) as w:
        for user_id in users:
            await w.add_user(user_id, BERLIN)
            await w.foot(user_id, time(21))
        # A slot every second and a tick of four seconds' share: the four sends are one tick's.
        dispatcher = w.dispatcher(rate=1, tick_seconds=4)
        w.clock.set(local(BERLIN, 2026, 3, 2, 21, 0, 1))
        loop = asyncio.get_running_loop()
        started = loop.time()
        await dispatcher.tick()
        took = loop.time() - started
        out = sum(len(w.reminders_received(u)) for u in users)
        # Sleeping through the slots, the tick would return after three of them (3 s) with all
        # four sends out. Handing them out, it returns with the first out, whose slot is now, and
        # one more for each slot a busy machine let pass meanwhile (a tick of over a second was
        # seen on CI): the slots are a second apart so that a slow machine cannot blur the two.
        assert out < len(users)
        assert out <= 1 + int(took)
        await dispatcher.drain()
        assert [len(w.reminders_received(u)) for u in users] == [1, 1, 1, 1]
        assert {d.status for d in await w.deliveries()} == {SENT}


async def test_other_senders_run_on_ticks_as_often_as_they_ask(database_url: str) -> None:
    async with world(database_url, MONDAY_0800_BERLIN) as w:
        dispatcher = w.dispatcher()
        runs: Counter[str] = Counter()

        async def step(name: str) -> None:
            runs[name] += 1

        dispatcher.also_run(lambda: step("every tick"))
        dispatcher.also_run(lambda: step("half-minutely"), every=timedelta(seconds=30))
        for seconds in (0, 1, 10, 29, 30, 31, 45, 61, 62):
            w.clock.set(MONDAY_0800_BERLIN + timedelta(seconds=seconds))
            await w.tick(dispatcher)
        assert runs == {"every tick": 9, "half-minutely": 3}  # at 0, 30 and 61 s


async def test_old_deliveries_are_pruned_hourly_and_recent_ones_kept(database_url: str) -> None:
    async with world(database_url, local(BERLIN, 2025, 1, 6, 20, 0)) as w:
        await w.add_user(11, BERLIN)
        await w.foot(11, time(21))
        dispatcher = w.dispatcher()
        await run_until(w, local(BERLIN, 2025, 1, 8, 22, 0), dispatcher)
        assert len(await w.deliveries(11)) == 3

        # Now 22:00 on 8 January; the checks were due at 21:00 on the 6th, 7th and 8th.
        w.clock.advance(DELIVERY_RETENTION - timedelta(hours=1, minutes=15))
        assert await dispatcher.prune_if_due() == 2  # the 6th and 7th are past the retention
        w.clock.advance(timedelta(minutes=30))
        assert await dispatcher.prune_if_due() == 0  # the 8th is too, but pruning is hourly
        w.clock.advance(timedelta(hours=1))
        assert await dispatcher.prune_if_due() == 1
        assert await w.deliveries(11) == []


async def test_other_senders_wait_out_a_429_hold_with_the_reminders(database_url: str) -> None:
    async with world(database_url, MONDAY_0800_BERLIN) as w:
        dispatcher = w.dispatcher()
        loop = asyncio.get_running_loop()
        ran_at: list[float] = []

        async def step() -> None:
            ran_at.append(loop.time())

        dispatcher.also_run(step)
        dispatcher.hold.pause(0.3)  # as a 429 with a retry_after does
        held_until = dispatcher.hold.until
        await w.tick(dispatcher)
        assert len(ran_at) == 1
        assert ran_at[0] >= held_until  # the follow-ups went out only after the wait
