"""All SQL of the reminders: plans, claiming what fell due, deliveries and their outcomes.

Claims are written so that any number of dispatchers can run against one database without a
reminder going out twice: due plans are locked with `FOR UPDATE SKIP LOCKED` on PostgreSQL (on
SQLite every write transaction is `BEGIN IMMEDIATE`, so claims are serialised anyway), each due
time becomes a delivery row unique on (plan, due time), and a delivery is sent only by whoever
moved it to `sending` under a lease.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, Table, delete, func, select, union_all, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from bot.db.models import User
from bot.db.reminder_tables import (
    DIARY,
    DONE,
    FAILED,
    FOOT,
    MOVEMENT,
    PENDING,
    SENDING,
    SENT,
    SKIPPED,
    SNOOZED,
    Delivery,
    ReminderPlan,
)

DELIVERIES: Table = Delivery.__table__  # type: ignore[assignment]
FINISHED = (SENT, DONE, SNOOZED, SKIPPED, FAILED)
"""Every state but `pending` and `sending`: named one by one (not as "not in") so that pruning
searches the (status, due_at) index instead of reading the whole table."""


@dataclass(frozen=True)
class DuePlan:
    plan: ReminderPlan
    zone: str
    diary_off: bool = False


def _is_postgres(session: AsyncSession) -> bool:
    return session.get_bind().dialect.name == "postgresql"


async def get_plan(session: AsyncSession, user_id: int, kind: str) -> ReminderPlan | None:
    result = await session.execute(
        select(ReminderPlan).where(ReminderPlan.user_id == user_id, ReminderPlan.kind == kind)  # type: ignore[arg-type]
    )
    return result.scalar_one_or_none()


async def is_plan_active(connection: AsyncConnection, user_id: int, kind: str) -> bool:
    """Whether the user's plan of `kind` is on, on a plain (read-only) connection: a reply that
    only needs to know does not queue behind the process's writers for it."""
    query = select(ReminderPlan.active).where(
        ReminderPlan.user_id == user_id,  # type: ignore[arg-type]
        ReminderPlan.kind == kind,  # type: ignore[arg-type]
    )
    return bool(await connection.scalar(query))


async def get_plans(session: AsyncSession, user_id: int) -> list[ReminderPlan]:
    """The user's reminders (breaks and foot check); the diary question's plan is the diary's."""
    result = await session.execute(
        select(ReminderPlan)
        .where(ReminderPlan.user_id == user_id, ReminderPlan.kind != DIARY)  # type: ignore[arg-type]
        .order_by(ReminderPlan.kind)
    )
    return list(result.scalars())


async def lock_plans(session: AsyncSession, user_id: int) -> list[ReminderPlan]:
    """The user's plans, locked for an update that must not race the dispatcher's claim."""
    query = select(ReminderPlan).where(ReminderPlan.user_id == user_id)  # type: ignore[arg-type]
    if _is_postgres(session):
        query = query.with_for_update()
    result = await session.execute(query.order_by(ReminderPlan.kind))
    return list(result.scalars())


async def delete_plan(session: AsyncSession, plan: ReminderPlan) -> None:
    await session.delete(plan)


def _due_plans_query(now: datetime, limit: int) -> Select[tuple[ReminderPlan, str | None, bool]]:
    return (
        select(ReminderPlan, User.time_zone, User.diary_off)
        .join(User, User.telegram_id == ReminderPlan.user_id)  # type: ignore[arg-type]
        .where(
            ReminderPlan.active.is_(True),  # type: ignore[union-attr,attr-defined]
            ReminderPlan.next_due_at <= now,  # type: ignore[arg-type,operator]
            User.blocked.is_(False),  # type: ignore[attr-defined]
        )
        .order_by(ReminderPlan.next_due_at)
        .limit(limit)
    )


async def claim_due_plans(session: AsyncSession, now: datetime, limit: int) -> list[DuePlan]:
    """Plans whose next reminder is due, locked until the transaction ends."""
    query = _due_plans_query(now, limit)
    if _is_postgres(session):
        query = query.with_for_update(of=ReminderPlan, skip_locked=True)  # type: ignore[arg-type]
    result = await session.execute(query)
    return [DuePlan(plan, zone or "UTC", off) for plan, zone, off in result.all()]


async def insert_delivery(session: AsyncSession, values: dict[str, object]) -> bool:
    """Insert unless (plan, due time) already has a delivery; True when this call inserted it."""
    dialect = postgresql if _is_postgres(session) else sqlite
    statement = (
        dialect.insert(Delivery)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["plan_id", "due_at"])
    )
    result = await session.execute(statement)
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def insert_deliveries(session: AsyncSession, rows: list[dict[str, object]]) -> set[int]:
    """Insert many deliveries in one statement, skipping any (plan, due time) that exists.

    Returns the plan ids whose delivery this call inserted. One round trip for a whole claim batch
    matters: a burst of 10,000 reminders due in the same minute must not stall the sender. The
    rows go as parameters of one cached statement (SQLAlchemy's "insertmanyvalues" batches them
    into multi-row INSERTs); spelling 500 rows into the statement itself made a new statement to
    compile every batch, which cost more than everything else in a claim.
    """
    if not rows:
        return set()
    dialect = postgresql if _is_postgres(session) else sqlite
    statement = (
        dialect.insert(DELIVERIES)
        .on_conflict_do_nothing(index_elements=["plan_id", "due_at"])
        .returning(DELIVERIES.c.plan_id)
    )
    result = await session.execute(statement, rows)
    return set(result.scalars())


def _sendable(now: datetime, limit: int, *conditions: Any, by_kind: bool = False) -> Select[Any]:
    """Up to `limit` due deliveries matching `conditions`, oldest first (foot checks first too
    when `by_kind`), as (id, kind, due_at): one group for claim_pending_deliveries to rank."""
    table = DELIVERIES
    order = (table.c.kind == MOVEMENT, table.c.due_at) if by_kind else (table.c.due_at,)
    return (
        select(table.c.id, table.c.kind, table.c.due_at)
        .where(table.c.due_at <= now, *conditions)
        .order_by(*order)
        .limit(limit)
    )


async def claim_pending_deliveries(
    session: AsyncSession, now: datetime, lease_until: datetime, limit: int
) -> list[Delivery]:
    """Move due pending deliveries (and ones whose sender's lease ran out) to `sending`.

    Foot checks go before movement breaks when there is a backlog: a late foot check is still
    useful, a late break is not.

    Each of three groups (pending foot checks and diary questions, pending breaks, expired
    leases) is read oldest first up to `limit`, and only those few rows are
    ranked. Ranking the whole backlog at once sorted every pending row on every tick, so a burst
    of 100,000 reminders made each tick cost tens of milliseconds until the last one was sent.
    With an index on pending deliveries by (kind, due_at) each group is a short index range.
    """
    table = DELIVERIES
    groups = [
        _sendable(now, limit, table.c.status == PENDING, table.c.kind.in_((FOOT, DIARY))),
        _sendable(now, limit, table.c.status == PENDING, table.c.kind == MOVEMENT),
        _sendable(now, limit, table.c.status == SENDING, table.c.lease_until < now, by_kind=True),
    ]
    if _is_postgres(session):
        groups = [group.with_for_update(skip_locked=True) for group in groups]
    candidates = union_all(*(group.subquery().select() for group in groups)).subquery()
    chosen = (
        select(candidates.c.id)
        .order_by(candidates.c.kind == MOVEMENT, candidates.c.due_at)
        .limit(limit)
    )
    # A plain read first: on most ticks nothing is due, and then the ORM update is not needed.
    ids = list((await session.execute(chosen)).scalars())
    if not ids:
        return []
    statement = (
        update(Delivery)
        .where(Delivery.id.in_(ids))  # type: ignore[union-attr]
        .values(status=SENDING, lease_until=lease_until, attempts=Delivery.attempts + 1)
        .returning(Delivery)
        .execution_options(synchronize_session=False)
    )
    result = await session.execute(statement)
    return sorted(result.scalars(), key=lambda d: (d.kind == MOVEMENT, d.due_at))


async def record_outcome(
    session: AsyncSession,
    delivery_id: int,
    *,
    status: str,
    sent_at: datetime | None = None,
    message_id: int | None = None,
    note: str | None = None,
) -> None:
    values: dict[str, object] = {"status": status, "lease_until": None}
    if sent_at is not None:
        values["sent_at"] = sent_at
    if message_id is not None:
        values["message_id"] = message_id
    if note is not None:
        values["note"] = note
    await session.execute(
        update(Delivery).where(Delivery.id == delivery_id).values(**values)  # type: ignore[arg-type]
    )


async def release_unsent(session: AsyncSession) -> int:
    """Put every `sending` delivery back to `pending`: for the sole dispatcher of a database
    (SQLite), which knows that whoever held those leases died with the previous process."""
    result = await session.execute(
        update(Delivery)
        .where(Delivery.status == SENDING)  # type: ignore[arg-type]
        .values(status=PENDING, lease_until=None)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def get_delivery(session: AsyncSession, delivery_id: int) -> Delivery | None:
    return await session.get(Delivery, delivery_id)


async def lock_delivery(session: AsyncSession, delivery_id: int) -> Delivery | None:
    query = select(Delivery).where(Delivery.id == delivery_id)  # type: ignore[arg-type]
    if _is_postgres(session):
        query = query.with_for_update()
    result = await session.execute(query)
    return result.scalar_one_or_none()


async def deliveries_between(
    session: AsyncSession, user_id: int, start: datetime, end: datetime
) -> Sequence[Delivery]:
    """A user's deliveries due in [start, end), for stats."""
    result = await session.execute(
        select(Delivery)
        .where(
            Delivery.user_id == user_id,  # type: ignore[arg-type]
            Delivery.due_at >= start,  # type: ignore[arg-type,operator]
            Delivery.due_at < end,  # type: ignore[arg-type,operator]
        )
        .order_by(Delivery.due_at)
    )
    return result.scalars().all()


async def skip_pending(session: AsyncSession, user_id: int) -> None:
    """Mark the user's reminders still waiting to be sent as skipped (after a /stop)."""
    await session.execute(
        update(Delivery)
        .where(
            Delivery.user_id == user_id,  # type: ignore[arg-type]
            Delivery.status == PENDING,  # type: ignore[arg-type]
        )
        .values(status=SKIPPED)
    )


async def pending_snoozes(session: AsyncSession, user_id: int) -> dict[str, datetime]:
    """When each kind's snoozed reminder comes back, for /reminders: a snooze is due before the
    plan's next regular reminder, and the person asked for it."""
    result = await session.execute(
        select(Delivery.kind, func.min(Delivery.due_at))
        .where(
            Delivery.user_id == user_id,  # type: ignore[arg-type]
            Delivery.status == PENDING,  # type: ignore[arg-type]
            Delivery.snooze_count > 0,  # type: ignore[arg-type,operator]
        )
        .group_by(Delivery.kind)
    )
    return {kind: due for kind, due in result.all()}


async def foot_done_times(session: AsyncSession, user_id: int) -> list[datetime]:
    """When each completed foot check was due, oldest first (streaks need the whole history)."""
    result = await session.execute(
        select(Delivery.due_at)
        .where(
            Delivery.user_id == user_id,  # type: ignore[arg-type]
            Delivery.kind == "foot",  # type: ignore[arg-type]
            Delivery.done_at.is_not(None),  # type: ignore[union-attr]
        )
        .order_by(Delivery.due_at)
    )
    return list(result.scalars())


async def prune_deliveries(session: AsyncSession, before: datetime) -> int:
    """Delete finished deliveries due before `before` (pending or in-flight ones stay).

    The kind changes nothing (there are only these two) but lets the (status, kind, due_at)
    index serve the whole condition: each status and kind is one range up to `before`."""
    result = await session.execute(
        delete(Delivery).where(
            Delivery.status.in_(FINISHED),  # type: ignore[attr-defined]
            Delivery.kind.in_((FOOT, MOVEMENT)),  # type: ignore[attr-defined]
            Delivery.due_at < before,  # type: ignore[arg-type,operator]
        )
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
