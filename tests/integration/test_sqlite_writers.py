"""How one process shares a SQLite file: reads never wait for a writer, and the process's own
writers take turns in the order they came, instead of polling in SQLite's busy handler (whose
sleeps grow to 100 ms and made a person's reply wait behind a burst's claims)."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.core.clock import FakeClock
from bot.db import Database
from bot.db.reminder_tables import FOOT, MOVEMENT
from bot.db.reminders import is_plan_active
from bot.db.users import read_country, set_country, set_time_zone, touch_user
from bot.reminders import service
from bot.reminders.plans import DEFAULT_WINDOWS
from tests.integration.test_users_repository import NOW

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@contextmanager
def another_process_writing(database_url: str) -> Iterator[None]:
    """The SQLite file held by a writer outside this process's engine, as another process would."""
    locker = sqlite3.connect(Path(database_url.removeprefix("sqlite:///")), isolation_level=None)
    try:
        locker.execute("BEGIN IMMEDIATE")
        yield
    finally:
        locker.execute("ROLLBACK")
        locker.close()


@SQLITE_ONLY
async def test_a_read_does_not_wait_for_a_writer_holding_the_file(
    database_url: str, db: Database
) -> None:
    async with db.session() as session:
        await touch_user(session, 5, language="en", now=NOW)
        await set_country(session, 5, "PT", now=NOW)
    with another_process_writing(database_url):
        async with asyncio.timeout(1.0), db.reader.connect() as connection:
            assert await read_country(connection, 5) == "PT"
            assert await read_country(connection, 6) is None


@SQLITE_ONLY
async def test_writers_of_one_process_take_turns_in_arrival_order(db: Database) -> None:
    order: list[int] = []
    first_inside = asyncio.Event()
    release_first = asyncio.Event()

    async def writer(n: int) -> None:
        async with db.session() as session:
            await session.execute(text("SELECT 1"))
            order.append(n)
            if n == 0:
                first_inside.set()
                await release_first.wait()

    first = asyncio.create_task(writer(0))
    await first_inside.wait()
    others = []
    for n in range(1, 6):
        others.append(asyncio.create_task(writer(n)))
        await asyncio.sleep(0)  # each queues before the next starts
    release_first.set()
    await asyncio.gather(first, *others)
    assert order == [0, 1, 2, 3, 4, 5]


@SQLITE_ONLY
async def test_whether_breaks_are_on_is_read_without_waiting_for_a_writer(
    database_url: str, db: Database
) -> None:
    async with db.session() as session:
        await touch_user(session, 5, language="en", now=NOW)
        await touch_user(session, 6, language="en", now=NOW)
        await set_time_zone(session, 5, "Europe/Berlin", None, now=NOW)
    await service.set_movement(db, FakeClock(NOW), 5, 45, DEFAULT_WINDOWS)
    with another_process_writing(database_url):
        async with asyncio.timeout(1.0), db.reader.connect() as connection:
            assert await is_plan_active(connection, 5, MOVEMENT) is True
            assert await is_plan_active(connection, 6, MOVEMENT) is False  # no plan at all
            assert await is_plan_active(connection, 5, FOOT) is False
