"""Red-flag checks in progress: start, look up, advance (compare-and-set), finish.

Every change is a conditional UPDATE on (id, user_id, status, state), so two taps racing on the
same question, a stale button or a tap from another user can never move a check: the update finds
no row and the caller tells the user politely. No row is ever updated by id alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Update, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import User
from bot.db.triage_tables import ACTIVE, REPLACED, TriageCheck


async def start_check(
    session: AsyncSession, *, check_id: str, user_id: int, state: str, now: datetime
) -> list[TriageCheck]:
    """Open a new check for the user; any check still active is marked replaced and returned,
    so the caller can take the buttons off its message (one live check per person)."""
    replaced = await active_checks(session, user_id)
    if replaced:
        await session.execute(
            update(TriageCheck)
            .where(TriageCheck.user_id == user_id, TriageCheck.status == ACTIVE)  # type: ignore[arg-type]
            .values(status=REPLACED, updated_at=now)
        )
    session.add(
        TriageCheck(
            id=check_id,
            user_id=user_id,
            state=state,
            status=ACTIVE,
            created_at=now,
            updated_at=now,
        )
    )
    await session.flush()
    return replaced


async def get_check(session: AsyncSession, check_id: str, user_id: int) -> TriageCheck | None:
    """The check with this id if it belongs to this user; None otherwise (a forged or foreign id
    looks exactly like a missing one)."""
    result = await session.execute(
        select(TriageCheck).where(TriageCheck.id == check_id, TriageCheck.user_id == user_id)  # type: ignore[arg-type]
    )
    return result.scalar_one_or_none()


async def active_checks(session: AsyncSession, user_id: int) -> list[TriageCheck]:
    """The user's active checks, newest first (normally one at most)."""
    result = await session.execute(
        select(TriageCheck)
        .where(TriageCheck.user_id == user_id, TriageCheck.status == ACTIVE)  # type: ignore[arg-type]
        .order_by(TriageCheck.created_at.desc(), TriageCheck.id)  # type: ignore[attr-defined]
    )
    return list(result.scalars())


async def advance_check(
    session: AsyncSession,
    *,
    check_id: str,
    user_id: int,
    expected_state: str,
    new_state: str,
    status: str,
    now: datetime,
) -> bool:
    """Move an active check from `expected_state` to `new_state` (and `status`); False, changing
    nothing, when it is not this user's, no longer active, or already moved on."""
    result = await session.execute(_move(check_id, user_id, expected_state, new_state, status, now))
    return (result.rowcount or 0) == 1  # type: ignore[attr-defined]


def _move(
    check_id: str, user_id: int, expected_state: str, new_state: str, status: str, now: datetime
) -> Update:
    """The compare-and-set every move of a check goes through (see the module docstring)."""
    return (
        update(TriageCheck)
        .where(
            TriageCheck.id == check_id,  # type: ignore[arg-type]
            TriageCheck.user_id == user_id,  # type: ignore[arg-type]
            TriageCheck.status == ACTIVE,  # type: ignore[arg-type]
            TriageCheck.state == expected_state,  # type: ignore[arg-type]
        )
        .values(state=new_state, status=status, updated_at=now)
    )


@dataclass(frozen=True)
class Moved:
    """What a tap needs once its check moved: the message showing it, and the user's country
    (which picks the emergency number)."""

    message_id: int | None
    country: str | None


async def move_check(
    session: AsyncSession,
    *,
    check_id: str,
    user_id: int,
    expected_state: str,
    new_state: str,
    status: str,
    now: datetime,
) -> Moved | None:
    """advance_check, and what the tap shows next, in one statement: a tap is the commonest
    update, and one round trip instead of three is most of its database cost. None when the
    check did not move (the caller then reads it to say why)."""
    country = select(User.country).where(User.telegram_id == user_id).scalar_subquery()  # type: ignore[arg-type]
    result = await session.execute(
        _move(check_id, user_id, expected_state, new_state, status, now).returning(
            TriageCheck.message_id,  # type: ignore[arg-type]
            country,
        )
    )
    row = result.first()
    return None if row is None else Moved(row[0], row[1])


async def end_active_checks(
    session: AsyncSession, user_id: int, *, status: str, now: datetime
) -> list[TriageCheck]:
    """End every active check of the user (e.g. an emergency was found in free text); returns
    them, so the caller can take the buttons off their messages."""
    ended = await active_checks(session, user_id)
    if ended:
        await session.execute(
            update(TriageCheck)
            .where(TriageCheck.user_id == user_id, TriageCheck.status == ACTIVE)  # type: ignore[arg-type]
            .values(status=status, updated_at=now)
        )
    return ended


@dataclass(frozen=True)
class Shown:
    """A check as it stood when a new message began to show it."""

    status: str
    message_id: int | None


async def set_check_message(
    session: AsyncSession, check_id: str, user_id: int, message_id: int
) -> Shown | None:
    """Remember which message shows the check, to edit it (or take its buttons off) later.
    Returns the check's status and former message (None for no such check): a message sent
    late may find its check ended, or already shown by another message, in the meantime."""
    row = (
        await session.execute(
            select(TriageCheck.status, TriageCheck.message_id).where(
                TriageCheck.id == check_id,  # type: ignore[arg-type]
                TriageCheck.user_id == user_id,  # type: ignore[arg-type]
            )
        )
    ).one_or_none()
    if row is None:
        return None
    await session.execute(
        update(TriageCheck)
        .where(TriageCheck.id == check_id, TriageCheck.user_id == user_id)  # type: ignore[arg-type]
        .values(message_id=message_id)
    )
    return Shown(status=row.status, message_id=row.message_id)


async def prune_checks(session: AsyncSession, before: datetime) -> int:
    """Delete checks last changed before `before`: their answers are health data, kept only as
    long as their buttons are useful. Returns how many went."""
    result = await session.execute(delete(TriageCheck).where(TriageCheck.updated_at < before))  # type: ignore[arg-type]
    return result.rowcount or 0  # type: ignore[attr-defined]
