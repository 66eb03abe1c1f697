"""Which deliveries the sender takes next, and which old ones pruning removes, on both backends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.db import Database
from bot.db.reminder_tables import (
    DONE,
    FOOT,
    MOVEMENT,
    PENDING,
    SENDING,
    SENT,
    SKIPPED,
    Delivery,
    ReminderPlan,
)
from bot.db.reminders import claim_pending_deliveries, insert_deliveries, prune_deliveries
from bot.db.users import touch_user

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
LEASE = NOW + timedelta(minutes=2)


async def _plans(db: Database) -> dict[str, int]:
    """One user with both kinds of plan; returns the plan id of each kind."""
    ids = {}
    async with db.session() as session:
        await touch_user(session, 1, language="en", now=NOW)
        for kind in (FOOT, MOVEMENT):
            plan = ReminderPlan(user_id=1, kind=kind, created_at=NOW, updated_at=NOW)
            session.add(plan)
            await session.flush()
            assert plan.id is not None
            ids[kind] = plan.id
    return ids


def _row(plan_id: int, kind: str, minutes_ago: float, status: str = PENDING) -> dict[str, object]:
    return {
        "plan_id": plan_id,
        "user_id": 1,
        "kind": kind,
        "due_at": NOW - timedelta(minutes=minutes_ago),
        "status": status,
        "note": None,
        "prompt_index": 0,
        "resume_notice": False,
        "snooze_count": 0,
        "attempts": 0,
    }


async def test_foot_checks_go_first_then_the_oldest_and_expired_leases_count(db: Database) -> None:
    plans = await _plans(db)
    rows = [_row(plans[MOVEMENT], MOVEMENT, m) for m in (50, 40, 30, 20, 10)]
    rows += [_row(plans[FOOT], FOOT, m) for m in (5, 15)]
    rows.append(_row(plans[FOOT], FOOT, -10))  # not due yet
    rows.append(_row(plans[MOVEMENT], MOVEMENT, 60, status=SENT))  # finished
    async with db.session() as session:
        inserted = await insert_deliveries(session, rows)
        assert inserted == {plans[FOOT], plans[MOVEMENT]}
        assert await insert_deliveries(session, rows[:1]) == set()  # (plan, due) exists
        # A sender that died holding the oldest break: its lease ran out a minute ago.
        await session.execute(
            Delivery.__table__.update()  # type: ignore[attr-defined]
            .where(Delivery.due_at == NOW - timedelta(minutes=50))  # type: ignore[arg-type]
            .values(status=SENDING, lease_until=NOW - timedelta(minutes=1))
        )
        # Another holds a break under a live lease: not to be taken.
        await session.execute(
            Delivery.__table__.update()  # type: ignore[attr-defined]
            .where(Delivery.due_at == NOW - timedelta(minutes=40))  # type: ignore[arg-type]
            .values(status=SENDING, lease_until=NOW + timedelta(minutes=1))
        )

    async with db.session() as session:
        first = await claim_pending_deliveries(session, NOW, LEASE, 3)
        order = [(d.kind, (NOW - d.due_at).total_seconds() / 60) for d in first]
    assert order == [(FOOT, 15), (FOOT, 5), (MOVEMENT, 50)]
    assert all(d.status == SENDING and d.lease_until == LEASE for d in first)

    async with db.session() as session:
        rest = await claim_pending_deliveries(session, NOW, LEASE, 10)
        order = [(d.kind, (NOW - d.due_at).total_seconds() / 60) for d in rest]
    assert order == [(MOVEMENT, 30), (MOVEMENT, 20), (MOVEMENT, 10)]
    async with db.session() as session:
        assert await claim_pending_deliveries(session, NOW, LEASE, 10) == []


async def test_pruning_removes_only_finished_deliveries_older_than_the_cutoff(
    db: Database,
) -> None:
    plans = await _plans(db)
    old, recent = 60 * 24 * 500, 60
    rows = [
        _row(plans[MOVEMENT], MOVEMENT, old, status=SENT),
        _row(plans[MOVEMENT], MOVEMENT, old + 1, status=DONE),
        _row(plans[MOVEMENT], MOVEMENT, old + 2, status=SKIPPED),
        _row(plans[FOOT], FOOT, old, status=PENDING),  # waiting: kept however old
        _row(plans[FOOT], FOOT, old + 1, status=SENDING),  # in flight: kept
        _row(plans[FOOT], FOOT, recent, status=SENT),  # recent: kept
    ]
    async with db.session() as session:
        await insert_deliveries(session, rows)
    async with db.session() as session:
        assert await prune_deliveries(session, NOW - timedelta(days=400)) == 3
    async with db.session() as session:
        left = (await session.execute(select(Delivery.status))).scalars().all()
    assert sorted(left) == sorted([PENDING, SENDING, SENT])
