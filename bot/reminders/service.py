"""What people do with their reminders, as units of work: set, pause, resume, done, snooze.

Handlers call these and render the result; every change of a plan recomputes `next_due_at` in the
same transaction, with the plan rows locked, so a dispatcher tick can never see half a change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.clock import Clock
from bot.db import Database
from bot.db.reminder_tables import (
    DONE,
    FOOT,
    MOVEMENT,
    PENDING,
    SENT,
    SNOOZED,
    Delivery,
    ReminderPlan,
)
from bot.db.reminders import get_plan, insert_delivery, lock_delivery, lock_plans, skip_pending
from bot.db.users import get_user
from bot.reminders.plans import (
    MAX_SNOOZES,
    SNOOZE_MINUTES,
    movement_plan,
    next_due,
    windows_to_json,
)
from bot.reminders.schedule import Window, window_containing


class NeedsTimeZone(Exception):
    """Reminders cannot be timed before the user's time zone is known."""


@dataclass(frozen=True)
class ActionResult:
    """The outcome of a tap on a reminder button, for the handler to put into words."""

    outcome: str  # done | already_done | snoozed | snooze_limit | snooze_after_hours | paused
    kind: str
    zone: str
    next_due_at: datetime | None = None


async def _zone(session: AsyncSession, user_id: int) -> str:
    user = await get_user(session, user_id)
    if user is None or not user.time_zone:
        raise NeedsTimeZone
    return user.time_zone


async def _upsert(session: AsyncSession, user_id: int, kind: str, now: datetime) -> ReminderPlan:
    plan = await get_plan(session, user_id, kind)
    if plan is None:
        plan = ReminderPlan(user_id=user_id, kind=kind, created_at=now, updated_at=now)
        session.add(plan)
    return plan


async def set_movement(
    db: Database, clock: Clock, user_id: int, interval_minutes: int, windows: tuple[Window, ...]
) -> tuple[ReminderPlan, str]:
    now = clock.now()
    async with db.session() as session:
        zone = await _zone(session, user_id)
        await lock_plans(session, user_id)
        plan = await _upsert(session, user_id, MOVEMENT, now)
        plan.interval_minutes = interval_minutes
        plan.windows = windows_to_json(windows)
        plan.active = True
        plan.stopped = False  # asked for by name: on, even after a /stop
        plan.anchor_at = None
        plan.updated_at = now
        plan.next_due_at = next_due(plan, zone, now)
        await session.flush()
        return plan, zone


async def set_foot(db: Database, clock: Clock, user_id: int, at: time) -> tuple[ReminderPlan, str]:
    return await set_daily(db, clock, user_id, FOOT, at)


async def set_daily(
    db: Database, clock: Clock, user_id: int, kind: str, at: time
) -> tuple[ReminderPlan, str]:
    """A plan that comes once a day at `at`, local time: the foot check or the diary question."""
    now = clock.now()
    async with db.session() as session:
        zone = await _zone(session, user_id)
        await lock_plans(session, user_id)
        plan = await _upsert(session, user_id, kind, now)
        plan.at_time = at.strftime("%H:%M")
        plan.active = True
        plan.stopped = False
        plan.updated_at = now
        plan.next_due_at = next_due(plan, zone, now)
        await session.flush()
        return plan, zone


async def turn_off(db: Database, clock: Clock, user_id: int, kind: str) -> bool:
    """Stop a plan but keep its settings, so turning it on again restores them."""
    async with db.session() as session:
        for plan in await lock_plans(session, user_id):
            if plan.kind == kind and plan.active:
                plan.active = False
                plan.next_due_at = None
                plan.updated_at = clock.now()
                return True
    return False


async def reschedule_all(
    session: AsyncSession, user_id: int, zone: str, now: datetime
) -> list[ReminderPlan]:
    """Recompute every plan of the user, e.g. after a change of time zone."""
    plans = await lock_plans(session, user_id)
    for plan in plans:
        plan.next_due_at = next_due(plan, zone, now)
        plan.updated_at = now
    return plans


async def pause_all(
    db: Database, clock: Clock, user_id: int, until: datetime
) -> tuple[list[ReminderPlan], str]:
    now = clock.now()
    async with db.session() as session:
        zone = await _zone(session, user_id)
        plans = await lock_plans(session, user_id)
        for plan in plans:
            plan.paused_until = until
            plan.resume_notice = plan.active
        return await reschedule_all(session, user_id, zone, now), zone


async def resume_all(db: Database, clock: Clock, user_id: int) -> tuple[list[ReminderPlan], str]:
    now = clock.now()
    async with db.session() as session:
        zone = await _zone(session, user_id)
        for plan in await lock_plans(session, user_id):
            plan.paused_until = None
            plan.resume_notice = False
            plan.stopped = False
        return await reschedule_all(session, user_id, zone, now), zone


async def stop_all(db: Database, clock: Clock, user_id: int) -> list[ReminderPlan]:
    """/stop: every plan keeps its settings and sends nothing until /resume; a snooze still
    waiting is dropped with them. Returns the plans that were on."""
    now = clock.now()
    async with db.session() as session:
        plans = [plan for plan in await lock_plans(session, user_id) if plan.active]
        for plan in plans:
            plan.stopped = True
            plan.next_due_at = None
            plan.updated_at = now
        await skip_pending(session, user_id)
        return plans


def end_of_local_day(now: datetime, zone: str) -> datetime:
    """The next local midnight, as UTC (a pause "for today" ends there)."""
    local = now.astimezone(ZoneInfo(zone))
    tomorrow = (local + timedelta(days=1)).date()
    midnight = datetime.combine(tomorrow, time(0, 0), tzinfo=ZoneInfo(zone))
    return midnight.astimezone(now.tzinfo)


async def act_on_reminder(
    db: Database, clock: Clock, user_id: int, delivery_id: int, action: str
) -> ActionResult | None:
    """Apply Done, Snooze or Pause-today; None when the reminder is not this user's."""
    now = clock.now()
    async with db.session() as session:
        delivery = await lock_delivery(session, delivery_id)
        if delivery is None or delivery.user_id != user_id:
            return None
        zone = await _zone(session, user_id)
        plans = {plan.id: plan for plan in await lock_plans(session, user_id)}
        plan = plans.get(delivery.plan_id)
        if plan is None:
            return None
        if action == "done":
            if delivery.done_at is not None:
                return ActionResult("already_done", plan.kind, zone, plan.next_due_at)
            delivery.done_at = now
            delivery.status = DONE
            if plan.kind == MOVEMENT and plan.active:
                plan.anchor_at = now  # a break resets the timer, as break tools do
                plan.next_due_at = next_due(plan, zone, now)
            return ActionResult("done", plan.kind, zone, plan.next_due_at)
        if action == "snooze":
            return await _snooze(session, delivery, plan, zone, now)
        plan.paused_until = end_of_local_day(now, zone)
        plan.resume_notice = False
        plan.next_due_at = next_due(plan, zone, now)
        return ActionResult("paused", plan.kind, zone, plan.next_due_at)


async def _snooze(
    session: AsyncSession, delivery: Delivery, plan: ReminderPlan, zone: str, now: datetime
) -> ActionResult:
    if delivery.status not in (SENT, PENDING) or delivery.snooze_count >= MAX_SNOOZES:
        return ActionResult("snooze_limit", plan.kind, zone, plan.next_due_at)
    due = now + timedelta(minutes=SNOOZE_MINUTES)
    if plan.kind == MOVEMENT:
        window = window_containing(movement_plan(plan, zone), now)
        if window is None or due >= window[1]:
            return ActionResult("snooze_after_hours", plan.kind, zone, plan.next_due_at)
    await insert_delivery(
        session,
        {
            "plan_id": plan.id,
            "user_id": plan.user_id,
            "kind": plan.kind,
            "due_at": due,
            "status": PENDING,
            "prompt_index": delivery.prompt_index,
            "snooze_count": delivery.snooze_count + 1,
            "resume_notice": False,
            "attempts": 0,
        },
    )
    delivery.status = SNOOZED
    if plan.kind == MOVEMENT:
        plan.anchor_at = due
        plan.next_due_at = next_due(plan, zone, due)
    return ActionResult("snoozed", plan.kind, zone, due)
