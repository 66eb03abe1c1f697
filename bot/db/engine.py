"""The async engine and its sessions.

SQLite gets WAL (readers never block the writer), a busy timeout (a second writer waits instead of
failing at once), foreign keys on, and `BEGIN IMMEDIATE` for every transaction: a deferred
transaction that reads and then writes can fail with SQLITE_BUSY when another connection wrote in
between, which a busy timeout cannot fix; taking the write lock up front makes that impossible.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from sqlalchemy import event, exc, text
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from bot.db.recently_seen import SESSION_INFO_KEY, RecentlySeen
from bot.db.urls import async_url, is_sqlite

SQLITE_BUSY_TIMEOUT_MS = 5000
READ_ONLY = "legcare_read_only"
LAST_SEEN_RESOLUTION = timedelta(minutes=1)
"""How stale `users.last_seen_at` may be: it says who is active, to the minute."""
_UNAVAILABLE = (exc.OperationalError, exc.InterfaceError, exc.TimeoutError, ConnectionError)


def is_unavailable(error: BaseException | None) -> bool:
    """Whether `error` says the database could not be reached or used (down, locked, pool
    exhausted) rather than that a query was wrong: the first passes, the second is a bug."""
    return isinstance(error, _UNAVAILABLE)


def _install_sqlite_pragmas(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event own transaction start (see module docstring).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A read-only connection (Database.reader) reads a snapshot and never waits for writers.
        read_only = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


class Database:
    """One engine per process, and the sessions repositories work in.

    `recently_seen` is the memory of users seen a moment ago (bot.db.recently_seen): kept only on
    SQLite, where this process is the database's only user. Every session carries it in `info`,
    so whatever blocks or deletes a user forgets them there in the same step.
    """

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.is_sqlite = is_sqlite(url)
        kwargs: dict[str, Any] = {"echo": echo, "pool_pre_ping": not self.is_sqlite}
        self.engine: AsyncEngine = create_async_engine(async_url(url), **kwargs)
        if self.is_sqlite:
            _install_sqlite_pragmas(self.engine)
        self.reader: AsyncEngine = self.engine.execution_options(**{READ_ONLY: True})
        self._writer = asyncio.Lock()
        self.recently_seen = RecentlySeen(LAST_SEEN_RESOLUTION) if self.is_sqlite else None
        self._sessions = async_sessionmaker(
            self.engine,
            class_=AsyncSession,
            expire_on_commit=False,
            info={SESSION_INFO_KEY: self.recently_seen},
        )

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        """A unit of work: commits when the block ends cleanly, rolls back otherwise.

        SQLite has one writer at a time, and every session here writes (`BEGIN IMMEDIATE`). The
        writers of this process queue on an asyncio lock, first come first served; left to
        SQLite's busy handler, which retries after sleeps of up to 100 ms, a person's reply could
        wait that long behind the dispatcher's claims although the lock was free much sooner."""
        if not self.is_sqlite:
            async with self._sessions() as session, session.begin():
                yield session
            return
        async with self._write_turn(), self._sessions() as session, session.begin():
            yield session

    @asynccontextmanager
    async def _write_turn(self) -> AsyncIterator[None]:
        """This process's turn to write. Waiting for it is bounded like SQLite's own busy wait,
        so while another process holds the file, writers here fail after their own wait
        instead of queueing one busy timeout behind another."""
        try:
            async with asyncio.timeout(SQLITE_BUSY_TIMEOUT_MS / 1000):
                await self._writer.acquire()
        except TimeoutError as error:
            raise exc.TimeoutError("this process's other writers held SQLite too long") from error
        try:
            yield
        finally:
            self._writer.release()

    async def ping(self) -> bool:
        """Whether the database answers; for health checks and start-up retries."""
        try:
            async with self.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
        except Exception:  # noqa: BLE001 - any failure means "not reachable"
            return False
        return True

    async def dispose(self) -> None:
        await self.engine.dispose()
