"""DATABASE_URL in the plain form people write, mapped to the drivers the bot uses.

Users write `sqlite:///./data/legcare.db` or `postgresql://user@host/db`; the bot runs async
(aiosqlite, psycopg 3) and Alembic runs sync (sqlite3, psycopg 3), so both forms are derived here.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL, make_url

_ASYNC = {"sqlite": "sqlite+aiosqlite", "postgresql": "postgresql+psycopg"}
_SYNC = {"sqlite": "sqlite", "postgresql": "postgresql+psycopg"}


def _backend(url: URL) -> str:
    backend = url.get_backend_name()
    if backend not in _ASYNC:
        raise ValueError(f"unsupported database {backend!r}: use sqlite or postgresql")
    return backend


def async_url(raw: str) -> URL:
    url = make_url(raw)
    return url.set(drivername=_ASYNC[_backend(url)])


def sync_url(raw: str) -> URL:
    url = make_url(raw)
    return url.set(drivername=_SYNC[_backend(url)])


def is_sqlite(raw: str) -> bool:
    return make_url(raw).get_backend_name() == "sqlite"


def sqlite_file(raw: str) -> Path | None:
    """The file a SQLite URL names; None for another database or one held in memory."""
    url = make_url(raw)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)
