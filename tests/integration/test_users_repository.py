"""The users repository against a real database, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlmodel import SQLModel

from bot.db import Database, User
from bot.db.reminder_tables import FOOT, MOVEMENT, ReminderPlan
from bot.db.users import (
    SenderFacts,
    count_users,
    delete_user_everywhere,
    get_user,
    read_sender_facts,
    set_blocked,
    touch_needed,
    touch_user,
    user_owned_tables,
)

NOW = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
BIG_ID = 7_999_999_999  # Telegram ids exceed 32 bits


async def test_first_contact_creates_the_user(db: Database) -> None:
    async with db.session() as session:
        await touch_user(session, BIG_ID, language="de", now=NOW)
    async with db.session() as session:
        user = await get_user(session, BIG_ID)
    assert user is not None
    assert user.language == "de"
    assert user.created_at == NOW
    assert user.created_at.tzinfo is not None
    assert user.blocked is False


async def test_returning_user_keeps_creation_time_and_is_unblocked(db: Database) -> None:
    later = NOW + timedelta(days=3)
    async with db.session() as session:
        await touch_user(session, 1, language=None, now=NOW)
    async with db.session() as session:
        await set_blocked(session, 1, blocked=True)
    async with db.session() as session:
        await touch_user(session, 1, language="en", now=later)
    async with db.session() as session:
        user = await get_user(session, 1)
    assert user is not None
    assert (user.created_at, user.last_seen_at) == (NOW, later)
    assert user.blocked is False
    assert user.language == "en"


async def test_failed_unit_of_work_changes_nothing(db: Database) -> None:
    async def crash_mid_way() -> None:
        async with db.session() as session:
            await touch_user(session, 5, language=None, now=NOW)
            raise RuntimeError("handler crashed mid-way")

    with pytest.raises(RuntimeError):
        await crash_mid_way()
    async with db.session() as session:
        assert await count_users(session) == 0


async def test_delete_removes_every_row_of_that_user_only(db: Database) -> None:
    async with db.session() as session:
        for user_id in (1, 2):
            await touch_user(session, user_id, language="en", now=NOW)
    async with db.session() as session:
        removed = await delete_user_everywhere(session, 1)
    assert removed >= 1
    async with db.session() as session:
        assert await get_user(session, 1) is None
        assert await get_user(session, 2) is not None
        for table in user_owned_tables():
            rows = await session.execute(select(table).where(table.c.user_id == 1))
            assert rows.all() == []


def test_every_table_is_reachable_by_delete() -> None:
    """A table that holds user data must carry `user_id`, or /delete would miss it; a table
    without one must say it holds nothing about anyone (`info={"anonymous": True}`)."""
    reachable = {t.name for t in user_owned_tables()} | {User.__tablename__}
    anonymous = {t.name for t in SQLModel.metadata.sorted_tables if t.info.get("anonymous")}
    assert not reachable & anonymous
    assert {t.name for t in SQLModel.metadata.sorted_tables} <= reachable | anonymous


async def test_naive_datetimes_are_refused(db: Database) -> None:
    with pytest.raises(Exception, match="naive"):
        async with db.session() as session:
            await touch_user(session, 3, language=None, now=datetime(2026, 1, 1))


async def test_a_blocked_or_deleted_user_is_forgotten_by_the_memory_of_current_rows(
    db: Database,
) -> None:
    if not db.is_sqlite:
        # Several workers share PostgreSQL: a worker cannot see another's block or /delete.
        assert db.recently_seen is None
        return
    seen = db.recently_seen
    assert seen is not None
    async with db.session() as session:
        for user_id in (1, 2, 3):
            await touch_user(session, user_id, language="en", now=NOW)
    async with db.engine.connect() as connection:
        for user_id in (1, 2, 3):
            assert not await touch_needed(connection, user_id, language="en", now=NOW, seen=seen)
    assert all(seen.is_current(uid, language="en", now=NOW) for uid in (1, 2, 3))

    async with db.session() as session:
        await set_blocked(session, 1, blocked=True)
        await delete_user_everywhere(session, 2)
    assert not seen.is_current(1, language="en", now=NOW)
    assert not seen.is_current(2, language="en", now=NOW)
    assert seen.is_current(3, language="en", now=NOW)
    async with db.engine.connect() as connection:
        assert await touch_needed(connection, 1, language="en", now=NOW, seen=seen)
        assert await touch_needed(connection, 2, language="en", now=NOW, seen=seen)


async def test_a_senders_facts_come_in_one_read_and_only_movement_breaks_count(
    db: Database,
) -> None:
    """What a typed message's reply needs of its sender (bot.handlers.sender), on a reader."""
    async with db.reader.connect() as connection:
        assert await read_sender_facts(connection, 41) == SenderFacts(None, None, breaks_on=False)
    async with db.session() as session:
        for uid in (41, 42):
            await touch_user(session, uid, language=None, now=NOW)
        user = await get_user(session, 41)
        assert user is not None
        user.country, user.diary_note_day = "GB", date(2026, 3, 28)
        plan = {"created_at": NOW, "updated_at": NOW, "at_time": "09:00"}
        session.add(ReminderPlan(user_id=41, kind=MOVEMENT, **plan))
        session.add(ReminderPlan(user_id=41, kind=FOOT, **plan))
        session.add(ReminderPlan(user_id=42, kind=FOOT, **plan))
    async with db.reader.connect() as connection:
        facts = await read_sender_facts(connection, 41)
        assert facts == SenderFacts(date(2026, 3, 28), "GB", breaks_on=True)
        # A foot check is no movement break; one row per sender, whatever else they have.
        assert await read_sender_facts(connection, 42) == SenderFacts(None, None, breaks_on=False)
    async with db.session() as session:
        movement = (
            await session.execute(select(ReminderPlan).where(ReminderPlan.kind == MOVEMENT))
        ).scalar_one()
        movement.active = False
    async with db.reader.connect() as connection:
        assert (await read_sender_facts(connection, 41)).breaks_on is False
