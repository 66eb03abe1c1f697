"""Who this process saw a moment ago, so an update from them needs no database read at all.

Every update first makes sure its sender's row exists and is current (bot.handlers.users). For
someone seen within the last minute that is a read that changes nothing, and on SQLite that read
costs as much CPU as the rest of the update's own work. This memory answers it instead.

It is only sound when this process sees every change to the users table, which holds for SQLite:
one process owns a SQLite database (docs/deploy.md). On PostgreSQL several workers share the rows,
so a worker could miss another's /delete or block; there every update reads, and `Database` keeps
no memory. Within the process, everything that blocks or deletes a user forgets them here first
(bot.db.users), so an unblock or a re-created row is never skipped.

Plain Python, no SQL: the rule is `bot.db.users.touch_changes_nothing`, evaluated on what the
database said last time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

SESSION_INFO_KEY = "legcare.recently_seen"
"""Where a session finds this memory (`Session.info`), so repositories can forget a user."""

SWEEP_FLOOR = 1024
"""Expired entries are swept once the memory holds this many, then each time it doubles."""


@dataclass(frozen=True, slots=True)
class _Seen:
    last_seen_at: datetime
    has_language: bool


class RecentlySeen:
    """User id -> the `last_seen_at` the database holds for them, for unblocked users only."""

    def __init__(self, resolution: timedelta) -> None:
        self._resolution = resolution
        self._seen: dict[int, _Seen] = {}
        self._sweep_at = SWEEP_FLOOR
        self._forgets = 0

    @property
    def epoch(self) -> int:
        """Changes whenever anyone is forgotten. A reader takes it before reading a row and
        notes the row only if it has not changed since: a block or erasure that committed while
        the read was under way is then never papered over by the row as it was before."""
        return self._forgets

    def __len__(self) -> int:
        return len(self._seen)

    def is_current(self, user_id: int, *, language: str | None, now: datetime) -> bool:
        """Whether the row is known to need no touch: seen within the resolution, not blocked,
        and no language to fill in. False whenever not known: the caller then reads."""
        seen = self._seen.get(user_id)
        if seen is None:
            return False
        if not now - self._resolution < seen.last_seen_at <= now:
            return False
        return seen.has_language or not language

    def note(
        self, user_id: int, *, last_seen_at: datetime, has_language: bool, since: int | None = None
    ) -> None:
        """Remember what the database now holds for an unblocked user; `since`: the epoch taken
        before the row was read (nothing is noted when someone was forgotten meanwhile)."""
        if since is not None and since != self._forgets:
            return
        self._seen[user_id] = _Seen(last_seen_at, has_language)
        if len(self._seen) >= self._sweep_at:
            self._sweep(last_seen_at)

    def forget(self, user_id: int) -> None:
        """The user was blocked or deleted: the next update must read (and repair) the row."""
        self._forgets += 1
        self._seen.pop(user_id, None)

    def _sweep(self, now: datetime) -> None:
        cutoff = now - self._resolution
        self._seen = {uid: s for uid, s in self._seen.items() if s.last_seen_at > cutoff}
        self._sweep_at = max(SWEEP_FLOOR, 2 * len(self._seen))
