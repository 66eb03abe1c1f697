"""Follow-ups ("remind me to re-check tomorrow"): schedule, cancel, claim when due, record.

The dispatcher claims due rows in one transaction and sends after it commits, so a claimed row is
never sent by two processes: on PostgreSQL the claim is `FOR UPDATE SKIP LOCKED` (concurrent
claimers take different rows), on SQLite the transaction holds the write lock from its first
statement (`BEGIN IMMEDIATE`, see engine.py). A claim that was never finished (the process died
between claim and send) is claimed again after `CLAIM_TIMEOUT`: a rare duplicate "has it got
worse?" is better than a lost one.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.triage_tables import (
    CANCELLED_FOLLOWUP,
    FAILED,
    PENDING,
    SENDING,
    SENT,
    SKIPPED,
    Followup,
)

CLAIM_TIMEOUT = timedelta(minutes=10)


async def schedule_followup(
    session: AsyncSession, user_id: int, kind: str, due_at: datetime, now: datetime
) -> Followup:
    """Schedule one follow-up; idempotent while one of this kind is pending for the user (the
    pending one stays as it is, so tapping twice never sends twice). The partial unique index
    `uq_followups_pending` backs this up against two processes scheduling at once."""
    existing = await pending_followup(session, user_id, kind)
    if existing is not None:
        return existing
    followup = Followup(user_id=user_id, kind=kind, due_at=due_at, created_at=now, status=PENDING)
    session.add(followup)
    await session.flush()
    return followup


async def pending_followup(session: AsyncSession, user_id: int, kind: str) -> Followup | None:
    result = await session.execute(
        select(Followup).where(
            Followup.user_id == user_id,  # type: ignore[arg-type]
            Followup.kind == kind,  # type: ignore[arg-type]
            Followup.status == PENDING,  # type: ignore[arg-type]
        )
    )
    return result.scalar_one_or_none()


async def cancel(session: AsyncSession, user_id: int, kind: str) -> int:
    """Cancel the user's pending follow-up of this kind; returns how many rows changed (0 or 1)."""
    result = await session.execute(
        update(Followup)
        .where(
            Followup.user_id == user_id,  # type: ignore[arg-type]
            Followup.kind == kind,  # type: ignore[arg-type]
            Followup.status == PENDING,  # type: ignore[arg-type]
        )
        .values(status=CANCELLED_FOLLOWUP)
    )
    return result.rowcount or 0  # type: ignore[attr-defined]


async def claim_due(session: AsyncSession, now: datetime, limit: int) -> list[Followup]:
    """Claim up to `limit` due follow-ups (oldest first) for sending: they move to `sending`.

    Commit the session before sending, then record each outcome with mark_sent / mark_failed.
    """
    due = (
        select(Followup.id)
        .where(
            or_(
                (Followup.status == PENDING) & (Followup.due_at <= now),  # type: ignore[arg-type,operator]
                (Followup.status == SENDING) & (Followup.claimed_at <= now - CLAIM_TIMEOUT),  # type: ignore[arg-type,operator]
            )
        )
        .order_by(Followup.due_at, Followup.id)  # type: ignore[arg-type]
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        due = due.with_for_update(skip_locked=True)
    ids = list((await session.execute(due)).scalars())
    if not ids:
        return []
    await session.execute(
        update(Followup)
        .where(Followup.id.in_(ids))  # type: ignore[union-attr]
        .values(status=SENDING, claimed_at=now)
        .execution_options(synchronize_session=False)
    )
    result = await session.execute(
        select(Followup)
        .where(Followup.id.in_(ids))  # type: ignore[union-attr]
        .order_by(Followup.due_at, Followup.id)  # type: ignore[arg-type]
        .execution_options(populate_existing=True)
    )
    return list(result.scalars())


async def mark_sent(session: AsyncSession, followup_id: int, now: datetime) -> None:
    await _finish(session, followup_id, SENT, sent_at=now)


async def mark_failed(session: AsyncSession, followup_id: int, *, skipped: bool = False) -> None:
    """Record that it could not be sent (`failed`), or should not be any more (`skipped`)."""
    await _finish(session, followup_id, SKIPPED if skipped else FAILED)


async def release(session: AsyncSession, followup_id: int) -> None:
    """Give a claimed follow-up back (Telegram was briefly unavailable): the next tick retries."""
    await session.execute(
        update(Followup)
        .where(Followup.id == followup_id, Followup.status == SENDING)  # type: ignore[arg-type]
        .values(status=PENDING, claimed_at=None)
    )


async def _finish(
    session: AsyncSession, followup_id: int, status: str, sent_at: datetime | None = None
) -> None:
    await session.execute(
        update(Followup)
        .where(Followup.id == followup_id, Followup.status == SENDING)  # type: ignore[arg-type]
        .values(status=status, sent_at=sent_at)
    )


async def prune_followups(session: AsyncSession, before: datetime) -> int:
    """Delete follow-ups that are over (sent, failed, skipped, cancelled) and were due before
    `before`. Returns how many went."""
    result = await session.execute(
        delete(Followup).where(
            Followup.status.in_([SENT, FAILED, SKIPPED, CANCELLED_FOLLOWUP]),  # type: ignore[attr-defined]
            Followup.due_at < before,  # type: ignore[arg-type,operator]
        )
    )
    return result.rowcount or 0  # type: ignore[attr-defined]
