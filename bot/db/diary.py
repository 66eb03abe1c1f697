"""Reading and writing the numbness diary (bot/db/diary_tables.py)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from bot.db.diary_tables import DiaryEntry, DiaryNotice
from bot.db.models import User
from bot.diary.entries import DayEntry, places_from


async def get_entry(session: AsyncSession, user_id: int, day: date) -> DiaryEntry | None:
    result = await session.execute(
        select(DiaryEntry).where(DiaryEntry.user_id == user_id, DiaryEntry.day == day)  # type: ignore[arg-type]
    )
    return result.scalar_one_or_none()


async def save_entry(
    session: AsyncSession,
    user_id: int,
    day: date,
    now: datetime,
    *,
    level: int | None = None,
    places: str | None = None,
    side: str | None = None,
    note: str | None = None,
) -> DiaryEntry:
    """Create the day's entry or change what is given (None keeps a field as it was). A day
    with only a note counts as "none" until a level is tapped."""
    entry = await get_entry(session, user_id, day)
    if entry is None:
        entry = DiaryEntry(user_id=user_id, day=day, level=0, created_at=now, updated_at=now)
        session.add(entry)
    if level is not None:
        entry.level = level
    if places is not None:
        entry.places = places
    if side is not None:
        entry.side = side or None
    if note is not None:
        entry.note = note
    entry.updated_at = now
    await session.flush()
    return entry


async def entries_between(
    session: AsyncSession, user_id: int, first: date, last: date
) -> list[DiaryEntry]:
    result = await session.execute(
        select(DiaryEntry)
        .where(
            DiaryEntry.user_id == user_id,  # type: ignore[arg-type]
            DiaryEntry.day >= first,  # type: ignore[arg-type,operator]
            DiaryEntry.day <= last,  # type: ignore[arg-type,operator]
        )
        .order_by(DiaryEntry.day)
    )
    return list(result.scalars())


def as_day(entry: DiaryEntry) -> DayEntry:
    return DayEntry(entry.day, entry.level, places_from(entry.places), entry.side)


async def last_notices(session: AsyncSession, user_id: int) -> dict[str, date]:
    """The day each reason was last pointed out to this user."""
    result = await session.execute(
        select(DiaryNotice.criterion, DiaryNotice.day).where(DiaryNotice.user_id == user_id)  # type: ignore[arg-type]
    )
    last: dict[str, date] = {}
    for criterion, day in result.all():
        if criterion not in last or day > last[criterion]:
            last[criterion] = day
    return last


async def record_notices(
    session: AsyncSession, user_id: int, criteria: list[str], day: date, now: datetime
) -> None:
    for criterion in criteria:
        session.add(DiaryNotice(user_id=user_id, criterion=criterion, day=day, created_at=now))
    await session.flush()


async def set_diary_off(session: AsyncSession, user_id: int, *, off: bool) -> None:
    await session.execute(
        update(User).where(User.telegram_id == user_id).values(diary_off=off)  # type: ignore[arg-type]
    )


async def set_note_day(session: AsyncSession, user_id: int, day: date | None) -> None:
    """The day whose note the next plain message is (None: no note is awaited)."""
    await session.execute(
        update(User).where(User.telegram_id == user_id).values(diary_note_day=day)  # type: ignore[arg-type]
    )


async def awaited_note_day(connection: AsyncConnection, user_id: int) -> date | None:
    """The day whose note is awaited, read without a write transaction: every plain message
    asks, and the answer is almost always "none"."""
    result = await connection.execute(
        select(User.diary_note_day).where(User.telegram_id == user_id)  # type: ignore[call-overload,arg-type]
    )
    return result.scalar_one_or_none()
