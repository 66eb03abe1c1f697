"""Storing and judging the one follow-up of a foot check (the timing rule is follow_up_time.py)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import User
from bot.db.reminder_tables import FOOT, MOVEMENT, PENDING, SENT, Delivery
from bot.db.reminders import get_plan, insert_delivery
from bot.reminders.follow_up_time import FOLLOW_UP_AFTER, foot_follow_up_at
from bot.reminders.plans import GRACE, windows_from_json

FOLLOW_UP_EVERY = timedelta(minutes=1)
LOOK_BACK = FOLLOW_UP_AFTER + GRACE[FOOT] + timedelta(minutes=10)
STALE_AFTER = timedelta(minutes=10)  # a follow-up missed by downtime is not sent late
BATCH = 500


async def plan_foot_follow_ups(session: AsyncSession, now: datetime) -> int:
    """Write the follow-up of every foot check sent at least FOLLOW_UP_AFTER ago and still
    unticked (status sent: not done, not snoozed), when the person's hours allow it now; the
    (plan, due time) key makes a second run, or a second process, write nothing more."""
    result = await session.execute(
        select(Delivery, User.time_zone)
        .join(User, User.telegram_id == Delivery.user_id)  # type: ignore[arg-type]
        .where(
            Delivery.status == SENT,  # type: ignore[arg-type]
            Delivery.kind == FOOT,  # type: ignore[arg-type]
            Delivery.due_at > now - LOOK_BACK,  # type: ignore[arg-type,operator]
            Delivery.due_at <= now - FOLLOW_UP_AFTER,  # type: ignore[arg-type,operator]
            Delivery.follow_up.is_(False),  # type: ignore[attr-defined]
            Delivery.snooze_count == 0,  # type: ignore[arg-type]
        )
        .limit(BATCH)
    )
    written = 0
    for delivery, zone in result.all():
        if not zone or delivery.sent_at is None:
            continue
        movement = await get_plan(session, delivery.user_id, MOVEMENT)
        windows = windows_from_json(movement.windows) if movement and movement.active else ()
        at = foot_follow_up_at(delivery.due_at, zone, windows, delivery.sent_at)
        if at is None or at > now or now - at > STALE_AFTER:
            continue
        written += await insert_delivery(
            session,
            {
                "plan_id": delivery.plan_id,
                "user_id": delivery.user_id,
                "kind": FOOT,
                "due_at": at,
                "status": PENDING,
                "prompt_index": delivery.prompt_index,
                "resume_notice": False,
                "with_diary": False,
                "follow_up": True,
                "snooze_count": 0,
                "attempts": 0,
            },
        )
    return written


async def follow_up_needed(session: AsyncSession, follow_up: Delivery, now: datetime) -> bool:
    """Still worth sending: the foot check (or a snoozed copy) is not done, and the plan is on,
    not stopped and not paused."""
    plan = await get_plan(session, follow_up.user_id, FOOT)
    if plan is None or plan.id != follow_up.plan_id or not plan.active or plan.stopped:
        return False
    if plan.paused_until is not None and plan.paused_until > now:
        return False
    done = await session.execute(
        select(Delivery.id)
        .where(
            Delivery.plan_id == follow_up.plan_id,  # type: ignore[arg-type]
            Delivery.due_at >= follow_up.due_at - FOLLOW_UP_AFTER - GRACE[FOOT],  # type: ignore[arg-type,operator]
            Delivery.due_at < follow_up.due_at,  # type: ignore[arg-type,operator]
            Delivery.done_at.is_not(None),  # type: ignore[union-attr]
        )
        .limit(1)
    )
    return done.scalar_one_or_none() is None
