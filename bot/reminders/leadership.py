"""Which process dispatches reminders: exactly one per database, and another takes over fast.

Any number of bot processes may share a PostgreSQL database (to handle updates), but only one may
dispatch: two dispatchers would each pace at the full reminder rate and together break Telegram's
30 messages a second. The dispatcher is elected with a PostgreSQL *session* advisory lock
(`pg_try_advisory_lock`) held on a connection of its own, outside the query pool: a pooled
connection is shared, recycled and pre-pinged, and the lock would leave with it.

- Whoever holds the lock is the `leader` and dispatches; the others are `follower`s and try again
  every `retry_seconds` (2 s), so a leader that dies is replaced within about that long.
- The server releases a session lock the moment its connection ends. SIGKILL closes the process's
  sockets, so that is immediate; a host that vanishes without closing them is noticed through the
  server-side TCP keepalive and user time-out set on the lock session (about 10 s, instead of the
  kernel's default of two hours).
- A leader proves it still holds the lock every round (`SELECT 1` on the lock connection, under a
  time-out). If the connection fails or hangs it steps down at once, before cleaning up, so it
  stops dispatching while the server may already have handed the lock to someone else.
- On SQLite the role is `single`: one process owns the file (see `Dispatcher.recover`).

The lock is an efficiency and pacing guarantee, not the guard against doubles: claims are
transactional (`FOR UPDATE SKIP LOCKED`, deliveries unique on plan and due time, sends under a
lease), so even two dispatchers in the brief overlap after a failover neither lose nor double a
reminder. A claim the dead leader had not committed is rolled back with its connection and
claimed again by the new one; a committed claim is already a delivery row the new leader sends.

Leases left `sending` by a dead leader are *not* released early on takeover: losing the lock
proves that the lock session ended, not that the process stopped sending (a terminated backend,
a restarted proxy or a network fault on that one connection leave it running, with a batch in its
hands and sends that 429 retries can stretch for many seconds). Releasing them would double up to
a batch; waiting delays at most one batch (about one second of sends) by the two-minute lease,
well within a break's five-minute grace. The at-least-once window stays what it was: the sends in
flight at the moment a process dies.

Session advisory locks need a real session: behind PgBouncer in transaction mode, point
DATABASE_URL at a session-mode pool or at the server itself.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Callable, Coroutine, MutableMapping
from typing import Any, Final, Literal, TypeVar

import psycopg
from sqlalchemy.engine import make_url

from bot.core.bot_data import ROLE_KEY
from bot.db.urls import is_sqlite

log = logging.getLogger(__name__)

Role = Literal["leader", "follower", "single"]
LEADER: Final = "leader"
FOLLOWER: Final = "follower"
SINGLE: Final = "single"

LOCK_NAME = "legcare:reminder-dispatcher"
LOCK_KEY = int.from_bytes(
    hashlib.blake2b(LOCK_NAME.encode(), digest_size=8).digest(), "big", signed=True
)
"""A fixed 64-bit key derived from a readable name, so other features can pick other names."""

RETRY_SECONDS = 2.0
CHECK_TIMEOUT_SECONDS = 3.0
CONNECT_TIMEOUT_SECONDS = 3
APPLICATION_NAME = "legcare-dispatcher-lock"
SERVER_SIDE_LIVENESS = {
    "tcp_keepalives_idle": "5",
    "tcp_keepalives_interval": "2",
    "tcp_keepalives_count": "3",
    "tcp_user_timeout": "10000",
}
"""Session settings that make the server drop (and so unlock) a vanished leader in ~10 s."""

_LOCK_ERRORS = (psycopg.Error, OSError, TimeoutError)
T = TypeVar("T")


class LeaderElector:
    """Holds, or keeps trying to take, the dispatcher lock of one database.

    `start()` decides the first role before returning (a lone process is leader at once), then a
    background task re-checks every `retry_seconds`. `is_leader` is what the dispatcher's job
    asks before each tick; `stop()` releases the lock so a follower takes over without waiting.
    """

    def __init__(
        self,
        database_url: str,
        *,
        retry_seconds: float = RETRY_SECONDS,
        check_timeout: float = CHECK_TIMEOUT_SECONDS,
        key: int = LOCK_KEY,
    ) -> None:
        self.single = is_sqlite(database_url)
        self.retry_seconds = retry_seconds
        self.check_timeout = check_timeout
        self.key = key
        self.role: Role = SINGLE if self.single else FOLLOWER
        self._conninfo = "" if self.single else _libpq(database_url)
        self._connection: psycopg.AsyncConnection[Any] | None = None
        self._task: asyncio.Task[None] | None = None
        self._listeners: list[Callable[[Role], None]] = []
        self._unreachable = False

    def is_leader(self) -> bool:
        """Whether this process should dispatch now (always, on SQLite)."""
        return self.role != FOLLOWER

    def add_listener(self, listener: Callable[[Role], None]) -> None:
        """Call `listener(role)` on every change of role."""
        self._listeners.append(listener)

    def publish_to(self, bot_data: MutableMapping[str, Any]) -> None:
        """Keep `bot_data["dispatcher_role"]` equal to the current role, from now on."""
        bot_data[ROLE_KEY] = self.role

        def publish(role: Role) -> None:
            bot_data[ROLE_KEY] = role

        self.add_listener(publish)

    async def start(self) -> None:
        """Take the first decision now, then keep checking in the background. Never raises: an
        unreachable database leaves this process a follower that keeps trying."""
        if self.single or self._task is not None:
            return
        await self.check()
        log.info(
            "dispatcher election started",
            extra={"dispatcher_role": self.role, "retry_s": self.retry_seconds},
        )
        self._task = asyncio.create_task(self._run(), name="dispatcher-election")

    async def stop(self) -> None:
        """Stop checking and give the lock back (closing the connection would too; unlocking
        first is explicit and does not depend on how the connection is torn down)."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        was_leader = self.role == LEADER
        if not self.single:
            self._set_role(FOLLOWER, reason="stopped")  # stop dispatching before unlocking
        if was_leader and self._connection is not None:
            try:
                await self._bounded(self._scalar("SELECT pg_advisory_unlock(%s::bigint)", self.key))
            except _LOCK_ERRORS as exc:
                log.info("could not unlock, closing instead", extra={"error": type(exc).__name__})
        await self._close()

    async def check(self) -> Role:
        """One round: a leader confirms its lock connection, a follower tries to take the lock."""
        if self.single:
            return self.role
        if self.role == LEADER:
            await self._confirm()
        else:
            await self._try_to_lead()
        return self.role

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.retry_seconds)
            try:
                await self.check()
            except Exception as exc:  # the loop must outlive any surprise; the next round retries
                log.warning(
                    "dispatcher election round failed: %s", type(exc).__name__, exc_info=exc
                )

    async def _confirm(self) -> None:
        try:
            await self._bounded(self._scalar("SELECT 1"))
        except _LOCK_ERRORS as exc:
            self._set_role(FOLLOWER, reason=f"lock connection lost ({type(exc).__name__})")
            await self._close()

    async def _try_to_lead(self) -> None:
        try:
            if self._connection is None or self._connection.closed:
                self._connection = await self._bounded(self._connect())
            acquired = await self._bounded(
                self._scalar("SELECT pg_try_advisory_lock(%s::bigint)", self.key)
            )
        except _LOCK_ERRORS as exc:
            # A lock granted by a call that then timed out is released with the connection.
            await self._close()
            if not self._unreachable:
                log.warning(
                    "dispatcher lock unavailable, will retry",
                    extra={"error": type(exc).__name__, "retry_s": self.retry_seconds},
                )
            self._unreachable = True
            return
        if self._unreachable:
            log.info("dispatcher lock reachable again")
            self._unreachable = False
        if acquired is True:
            self._set_role(LEADER, reason="acquired the lock")

    async def _connect(self) -> psycopg.AsyncConnection[Any]:
        connection = await psycopg.AsyncConnection.connect(
            self._conninfo,
            autocommit=True,
            connect_timeout=CONNECT_TIMEOUT_SECONDS,
            application_name=APPLICATION_NAME,
        )
        try:
            for name, value in SERVER_SIDE_LIVENESS.items():
                try:
                    await connection.execute("SELECT set_config(%s, %s, false)", (name, value))
                except psycopg.DatabaseError as exc:  # e.g. a server without this setting
                    log.info(
                        "lock session setting refused", extra={"setting": name, "error": str(exc)}
                    )
        except BaseException:  # timed out or cancelled half-way: do not leak the connection
            await connection.close()
            raise
        return connection

    async def _scalar(self, sql: str, *params: object) -> object:
        """The first value `sql` returns on the lock connection."""
        connection = self._connection
        if connection is None:
            raise psycopg.OperationalError("no lock connection")
        cursor = await connection.execute(sql, params or None)
        row = await cursor.fetchone()
        return row[0] if row else None

    async def _bounded(self, operation: Coroutine[Any, Any, T]) -> T:
        """Run a call on the lock connection under `check_timeout`.

        On time-out a leader steps down *before* waiting for psycopg to cancel the call (which can
        itself take seconds on a dead network): a leader must stop dispatching as soon as it
        cannot show that it still holds the lock.
        """
        task = asyncio.ensure_future(operation)
        try:
            done, _ = await asyncio.wait({task}, timeout=self.check_timeout)
        except asyncio.CancelledError:
            task.cancel()
            raise
        if task in done:
            return task.result()
        self._set_role(FOLLOWER, reason="lock connection timed out")
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        raise TimeoutError(f"no answer on the lock connection within {self.check_timeout}s")

    async def _close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None and not connection.closed:
            try:
                await connection.close()
            except _LOCK_ERRORS as exc:
                log.debug("closing the lock connection failed", extra={"error": type(exc).__name__})

    def _set_role(self, role: Role, *, reason: str) -> None:
        if role == self.role:
            return
        previous, self.role = self.role, role
        stepped_down = previous == LEADER and reason != "stopped"
        log.log(
            logging.WARNING if stepped_down else logging.INFO,
            "dispatcher role changed",
            extra={"dispatcher_role": role, "previous_role": previous, "reason": reason},
        )
        for listener in self._listeners:
            listener(role)


def _libpq(database_url: str) -> str:
    """The libpq form of DATABASE_URL (psycopg does not know SQLAlchemy's `+driver` suffix)."""
    url = make_url(database_url).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)
