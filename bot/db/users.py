"""Users: who has talked to the bot, their settings, and erasing them completely."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Table, and_, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlmodel import SQLModel

from bot.db.engine import LAST_SEEN_RESOLUTION
from bot.db.models import User
from bot.db.recently_seen import SESSION_INFO_KEY, RecentlySeen
from bot.db.reminder_tables import MOVEMENT, ReminderPlan

USER_KEY_COLUMN = "user_id"


async def touch_user(
    session: AsyncSession, telegram_id: int, *, language: str | None, now: datetime
) -> User:
    """Record that a user was seen: creates them on first contact, unblocks a returning user.

    A person who blocked the bot and then writes again has clearly unblocked it. This runs
    before every update, so it writes only when something changes: `last_seen_at` moves on
    once per LAST_SEEN_RESOLUTION, not for every tap of a conversation (a write is a commit,
    the dearest part of an update). The decision rests on the row as read now, so an unblock is
    never missed; the process's memory of current rows (bot.db.recently_seen) only spares the
    read before it, and forgets whoever is blocked or deleted.
    """
    user = await session.get(User, telegram_id)
    if user is None:
        user = User(
            telegram_id=telegram_id,
            language=language,
            created_at=now,
            last_seen_at=now,
        )
        session.add(user)
    elif not _touch_changes_nothing(
        user.last_seen_at, user.blocked, user.language, language=language, now=now
    ):
        user.last_seen_at = now
        user.blocked = False
        if language and not user.language:
            user.language = language
    await session.flush()
    return user


def _touch_changes_nothing(
    last_seen_at: datetime,
    blocked: bool,
    stored_language: str | None,
    *,
    language: str | None,
    now: datetime,
) -> bool:
    return (
        now - LAST_SEEN_RESOLUTION < last_seen_at <= now
        and not blocked
        and not (language and not stored_language)
    )


async def touch_needed(
    connection: AsyncConnection,
    telegram_id: int,
    *,
    language: str | None,
    now: datetime,
    seen: RecentlySeen | None = None,
) -> bool:
    """Whether touch_user would change the row, judged from one plain read. Most updates come
    from someone seen a moment ago, and for them this read replaces a write transaction; `seen`
    remembers a current row, so their next update within the minute needs no read at all."""
    epoch = seen.epoch if seen is not None else None
    row = (
        await connection.execute(
            select(User.last_seen_at, User.blocked, User.language).where(
                User.telegram_id == telegram_id  # type: ignore[arg-type]
            )
        )
    ).first()
    if row is None:
        return True
    if _touch_changes_nothing(
        row.last_seen_at, row.blocked, row.language, language=language, now=now
    ):
        if seen is not None:
            seen.note(
                telegram_id,
                last_seen_at=row.last_seen_at,
                has_language=bool(row.language),
                since=epoch,
            )
        return False
    return True


async def read_country(connection: AsyncConnection, telegram_id: int) -> str | None:
    """The user's country code, on a plain (read-only) connection; None when not set or unknown."""
    return await connection.scalar(
        select(User.country).where(User.telegram_id == telegram_id)  # type: ignore[arg-type]
    )


async def get_user(session: AsyncSession, telegram_id: int) -> User | None:
    return await session.get(User, telegram_id)


def _recently_seen(session: AsyncSession) -> RecentlySeen | None:
    return session.info.get(SESSION_INFO_KEY)


def _forget(session: AsyncSession, telegram_id: int) -> None:
    """Drop the user from the process's memory of current rows (bot.db.recently_seen): their
    next update reads the row and so unblocks or re-creates it."""
    seen = _recently_seen(session)
    if seen is not None:
        seen.forget(telegram_id)


async def set_blocked(session: AsyncSession, telegram_id: int, *, blocked: bool) -> None:
    await session.execute(
        update(User).where(User.telegram_id == telegram_id).values(blocked=blocked)  # type: ignore[arg-type]
    )
    # After the write, inside its transaction: on SQLite no read can note the old row now.
    _forget(session, telegram_id)


async def set_time_zone(
    session: AsyncSession,
    telegram_id: int,
    zone: str,
    implied_country: str | None,
    *,
    now: datetime,
) -> str | None:
    """Store the zone; the country it implies replaces one that came from an earlier zone, never
    one the user chose with /country. Returns the user's country afterwards."""
    user = await session.get(User, telegram_id)
    if user is None:
        user = User(telegram_id=telegram_id, created_at=now, last_seen_at=now)
        session.add(user)
    user.time_zone = zone
    if not user.country_chosen:  # an offset zone implies none: the generic numbers, not a stale one
        user.country = implied_country
    await session.flush()
    return user.country


async def set_country(
    session: AsyncSession, telegram_id: int, country: str, *, now: datetime
) -> None:
    """Store the user's country (ISO 3166-1 alpha-2), which picks their emergency number."""
    user = await session.get(User, telegram_id)
    if user is None:
        user = User(telegram_id=telegram_id, created_at=now, last_seen_at=now)
        session.add(user)
    user.country = country
    user.country_chosen = True
    await session.flush()


def user_owned_tables() -> list[Table]:
    """Every table holding a user's rows, children before parents, found from the metadata.

    Found rather than listed, so a table added later cannot be forgotten by /delete.
    """
    tables = [t for t in SQLModel.metadata.sorted_tables if USER_KEY_COLUMN in t.c]
    return list(reversed(tables))


async def delete_user_everywhere(session: AsyncSession, telegram_id: int) -> int:
    """Erase every row of this user in every table; returns how many rows went."""
    removed = 0
    for table in user_owned_tables():
        result = await session.execute(delete(table).where(table.c[USER_KEY_COLUMN] == telegram_id))
        removed += result.rowcount or 0
    result = await session.execute(delete(User).where(User.telegram_id == telegram_id))  # type: ignore[arg-type]
    removed += result.rowcount or 0
    _forget(session, telegram_id)
    return removed


async def count_users(session: AsyncSession) -> int:
    result = await session.execute(select(func.count()).select_from(User))
    return int(result.scalar_one())


@dataclass(frozen=True)
class SenderFacts:
    """What the reply to a typed message needs to know of its sender, read in one statement."""

    note_day: date | None  # the diary day whose note is awaited
    country: str | None
    breaks_on: bool  # movement breaks are on


async def read_sender_facts(connection: AsyncConnection, telegram_id: int) -> SenderFacts:
    """On a plain (read-only) connection; a sender with no row has nothing set."""
    plan = and_(
        ReminderPlan.user_id == User.telegram_id,  # type: ignore[arg-type]
        ReminderPlan.kind == MOVEMENT,  # type: ignore[arg-type]
    )
    query = (
        select(User.diary_note_day, User.country, ReminderPlan.active)  # type: ignore[call-overload]
        .select_from(User)
        .outerjoin(ReminderPlan, plan)
        .where(User.telegram_id == telegram_id)
    )
    row = (await connection.execute(query)).one_or_none()
    if row is None:
        return SenderFacts(None, None, breaks_on=False)
    return SenderFacts(row[0], row[1], breaks_on=bool(row[2]))
