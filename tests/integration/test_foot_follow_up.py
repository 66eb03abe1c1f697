"""A foot check that is not ticked is followed up once, later the same day inside the person's
hours; a ticked one, a paused plan or an evening check is not. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bot.db.reminder_tables import DONE, SENT, SKIPPED
from bot.reminders import service
from bot.reminders.dispatcher import Dispatcher
from bot.reminders.follow_up_time import FOLLOW_UP_AFTER, foot_follow_up_at
from bot.reminders.schedule import Window
from tests.integration.reminder_world import World, local, world
from tests.integration.test_dispatcher import run_until

BERLIN = "Europe/Berlin"


async def every_minute_until(w: World, end: datetime) -> Dispatcher:
    """Tick once a minute by the clock, as the JobQueue's ticks would see it (it ticks every
    second; a minute is as often as follow-ups are looked for)."""
    dispatcher = w.dispatcher()
    while w.clock.now() < end:
        w.clock.set(min(end, w.clock.now() + timedelta(minutes=1)))
        await w.tick(dispatcher)
    return dispatcher


async def test_an_unticked_morning_check_is_followed_up_once(database_url: str) -> None:
    async with world(database_url, local(BERLIN, 2026, 3, 2, 8, 0)) as w:
        await w.add_user(41, BERLIN)
        await w.foot(41, time(10, 0))
        await every_minute_until(w, local(BERLIN, 2026, 3, 2, 12, 30))
        await run_until(w, local(BERLIN, 2026, 3, 2, 20, 0))
        rows = [(d.due_at, d.follow_up, d.status) for d in await w.deliveries(41)]
        assert rows == [
            (local(BERLIN, 2026, 3, 2, 10, 0), False, SENT),
            (local(BERLIN, 2026, 3, 2, 12, 0), True, SENT),
        ]
        texts = w.reminders_received(41)
        assert len(texts) == 2
        assert texts[1].startswith("Today's foot check is not ticked yet")


async def test_a_ticked_check_is_not_followed_up(database_url: str) -> None:
    async with world(database_url, local(BERLIN, 2026, 3, 2, 8, 0)) as w:
        await w.add_user(42, BERLIN)
        await w.foot(42, time(10, 0))
        await run_until(w, local(BERLIN, 2026, 3, 2, 10, 30))
        [first] = await w.deliveries(42)
        assert first.id is not None
        await service.act_on_reminder(w.db, w.clock, 42, first.id, "done")
        await every_minute_until(w, local(BERLIN, 2026, 3, 2, 13, 0))
        assert [(d.follow_up, d.status) for d in await w.deliveries(42)] == [(False, DONE)]
        assert len(w.reminders_received(42)) == 1


async def test_a_follow_up_whose_check_was_ticked_meanwhile_is_not_sent(database_url: str) -> None:
    async with world(database_url, local(BERLIN, 2026, 3, 2, 8, 0)) as w:
        await w.add_user(44, BERLIN)
        await w.foot(44, time(10, 0))
        dispatcher = await every_minute_until(w, local(BERLIN, 2026, 3, 2, 11, 59, 30))
        w.clock.set(local(BERLIN, 2026, 3, 2, 12, 0, 5))
        await dispatcher.claim_due()
        await dispatcher.follow_up_if_due()  # written, not yet sent ...
        [first, _] = await w.deliveries(44)
        assert first.id is not None
        await service.act_on_reminder(w.db, w.clock, 44, first.id, "done")  # ... then ticked
        await w.tick(dispatcher)
        rows = [(d.follow_up, d.status, d.note) for d in await w.deliveries(44)]
        assert rows == [(False, DONE, None), (True, SKIPPED, "not_needed")]
        assert len(w.reminders_received(44)) == 1


async def test_an_evening_check_is_never_chased_into_the_night(database_url: str) -> None:
    async with world(database_url, local(BERLIN, 2026, 3, 2, 8, 0)) as w:
        await w.add_user(43, BERLIN)
        await w.foot(43, time(21, 0))
        await run_until(w, local(BERLIN, 2026, 3, 2, 21, 0, 30))
        await every_minute_until(w, local(BERLIN, 2026, 3, 3, 1, 0))
        assert [d.follow_up for d in await w.deliveries(43)] == [False]


def test_the_follow_up_keeps_to_the_persons_windows_and_the_same_day() -> None:
    due = local(BERLIN, 2026, 3, 2, 10, 0)  # a Monday
    assert foot_follow_up_at(due, BERLIN) == due + FOLLOW_UP_AFTER
    office = (Window(0, time(8), time(11, 30)),)
    assert foot_follow_up_at(due, BERLIN, office) is None  # 12:00 is after their day
    assert foot_follow_up_at(local(BERLIN, 2026, 3, 2, 19, 30), BERLIN) is None
    assert foot_follow_up_at(local(BERLIN, 2026, 3, 2, 6, 0), BERLIN) is None  # 08:00 is early
    late = local(BERLIN, 2026, 3, 2, 11, 0)  # sent two hours late, after downtime
    assert foot_follow_up_at(due, BERLIN, sent_at=late) == late + FOLLOW_UP_AFTER


@given(st.integers(min_value=0, max_value=24 * 60 - 1), st.integers(min_value=0, max_value=400))
def test_a_follow_up_is_always_two_hours_later_the_same_day_in_daytime(
    minute: int, day: int
) -> None:
    due = local(BERLIN, 2026, 1, 1, 0, 0) + timedelta(days=day, minutes=minute)
    at = foot_follow_up_at(due, BERLIN)
    if at is not None:
        assert at - due == FOLLOW_UP_AFTER
        assert at.astimezone(due.tzinfo).date() == due.date()
        assert time(9) <= at.astimezone(due.tzinfo).time() < time(21)
