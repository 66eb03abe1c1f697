"""Scratch databases for the dispatch benchmarks, filled fast: a million plans in about a minute.

PostgreSQL gets its own scratch database (created and dropped here; nothing else on the server is
touched) filled with COPY; SQLite a temporary file filled with one executemany per table. Rows go
straight into the tables the migrations created, in the exact form the ORM would write them.

Every user has one plan. Users 1..`foot_users` have a daily foot check, the rest the default
movement plan (every 45 minutes, Monday to Friday 09:00-17:00); none is due: each next reminder
lies 12 to 13 hours ahead. `history` finished deliveries per plan, spread over the last 500 days
(so about a fifth are past the 400-day retention), give the delivery queries a realistic table.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from bot.reminders.plans import DEFAULT_WINDOWS, windows_to_json

ZONE = "Europe/Berlin"
IDLE_AHEAD = timedelta(hours=12)
HISTORY_SPAN = timedelta(days=500)
USER_COLUMNS = ("telegram_id", "language", "time_zone", "country", "blocked")
USER_TIMES = ("created_at", "last_seen_at")
PLAN_COLUMNS = ("user_id", "kind", "active", "interval_minutes", "windows", "at_time")
PLAN_TIMES = ("next_due_at", "created_at", "updated_at")
PLAN_REST = ("resume_notice", "sent_count")
DELIVERY_COLUMNS = ("plan_id", "user_id", "kind", "due_at", "status", "attempts", "prompt_index")
DELIVERY_REST = ("snooze_count", "resume_notice", "sent_at")
WINDOWS_JSON = json.dumps(windows_to_json(DEFAULT_WINDOWS))
BATCH = 50_000


def _users(count: int, now: datetime) -> Iterator[tuple[object, ...]]:
    for uid in range(1, count + 1):
        yield (uid, "en", ZONE, "DE", False, now, now)


def _plans(count: int, foot_users: int, now: datetime) -> Iterator[tuple[object, ...]]:
    for uid in range(1, count + 1):
        foot = uid <= foot_users
        due = now + IDLE_AHEAD + timedelta(seconds=uid % 3600)
        yield (
            uid,
            "foot" if foot else "movement",
            True,
            None if foot else 45,
            None if foot else WINDOWS_JSON,
            "21:00" if foot else None,
            due,
            now,
            now,
            False,
            0,
        )


def _history(
    count: int, foot_users: int, per_plan: int, now: datetime
) -> Iterator[tuple[object, ...]]:
    step = HISTORY_SPAN / max(1, count * per_plan)
    n = 0
    for round_ in range(per_plan):
        for uid in range(1, count + 1):
            n += 1
            due = now - HISTORY_SPAN + step * n + timedelta(microseconds=round_)
            kind = "foot" if uid <= foot_users else "movement"
            # Plan ids follow user ids: both tables are filled in the same order from empty.
            yield (uid, uid, kind, due, "sent", 1, round_, 0, False, due + timedelta(seconds=1))


def create_postgres(admin_url: str, name: str) -> str:
    """Create the scratch database `name` on the server of `admin_url`; returns its URL."""
    with psycopg.connect(_libpq(admin_url), autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_postgres(admin_url: str, name: str) -> None:
    with psycopg.connect(_libpq(admin_url), autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def seed(url: str, plans: int, foot_users: int, history: int, now: datetime) -> None:
    """Fill a migrated, empty database (see the module docstring for what goes in)."""
    tables = [
        ("users", USER_COLUMNS + USER_TIMES, _users(plans, now)),
        ("reminder_plans", PLAN_COLUMNS + PLAN_TIMES + PLAN_REST, _plans(plans, foot_users, now)),
        (
            "deliveries",
            DELIVERY_COLUMNS + DELIVERY_REST,
            _history(plans, foot_users, history, now),
        ),
    ]
    if make_url(url).get_backend_name() == "sqlite":
        _seed_sqlite(str(make_url(url).database), tables)
    else:
        _seed_postgres(url, tables)


def _seed_postgres(
    url: str, tables: list[tuple[str, tuple[str, ...], Iterator[tuple[object, ...]]]]
) -> None:
    with psycopg.connect(_libpq(url)) as conn:
        for table, columns, rows in tables:
            statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
                sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns))
            )
            with conn.cursor() as cursor, cursor.copy(statement) as copy:
                for row in rows:
                    copy.write_row(row)
        conn.commit()
        conn.autocommit = True
        conn.execute("ANALYZE")


def _sqlite_value(value: object) -> object:
    # SQLAlchemy's SQLite form of UTCDateTime: naive UTC as text, microseconds included.
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


def _seed_sqlite(
    path: str, tables: list[tuple[str, tuple[str, ...], Iterator[tuple[object, ...]]]]
) -> None:
    conn = sqlite3.connect(path)
    try:
        for table, columns, rows in tables:
            statement = (
                f"INSERT INTO {table} ({', '.join(columns)}) "  # noqa: S608 - fixed names above
                f"VALUES ({', '.join('?' * len(columns))})"
            )
            batch: list[tuple[object, ...]] = []
            for row in rows:
                batch.append(tuple(_sqlite_value(v) for v in row))
                if len(batch) >= BATCH:
                    conn.executemany(statement, batch)
                    batch.clear()
            conn.executemany(statement, batch)
        conn.commit()
    finally:
        conn.close()


def make_due(url: str, due_users: int, due_at: datetime) -> None:
    """Make the foot checks of users 1..due_users fall due at `due_at`, in one statement."""
    if make_url(url).get_backend_name() == "sqlite":
        conn = sqlite3.connect(str(make_url(url).database), timeout=30)
        try:
            conn.execute(
                "UPDATE reminder_plans SET next_due_at = ? WHERE user_id <= ? AND kind = 'foot'",
                (_sqlite_value(due_at), due_users),
            )
            conn.commit()
        finally:
            conn.close()
        return
    with psycopg.connect(_libpq(url)) as conn:
        conn.execute(
            "UPDATE reminder_plans SET next_due_at = %s WHERE user_id <= %s AND kind = 'foot'",
            (due_at, due_users),
        )


def forget_run(url: str, first_new_delivery: int, foot_users: int, now: datetime) -> None:
    """Undo a due run: delete the deliveries it created and put the foot checks back to idle."""
    idle = now + IDLE_AHEAD
    if make_url(url).get_backend_name() == "sqlite":
        conn = sqlite3.connect(str(make_url(url).database), timeout=30)
        try:
            conn.execute("DELETE FROM deliveries WHERE id >= ?", (first_new_delivery,))
            conn.execute(
                "UPDATE reminder_plans SET next_due_at = ? WHERE user_id <= ? AND kind = 'foot'",
                (_sqlite_value(idle), foot_users),
            )
            conn.commit()
        finally:
            conn.close()
        return
    with psycopg.connect(_libpq(url)) as conn:
        conn.execute("DELETE FROM deliveries WHERE id >= %s", (first_new_delivery,))
        conn.execute(
            "UPDATE reminder_plans SET next_due_at = %s WHERE user_id <= %s AND kind = 'foot'",
            (idle, foot_users),
        )


def next_delivery_id(url: str) -> int:
    if make_url(url).get_backend_name() == "sqlite":
        conn = sqlite3.connect(str(make_url(url).database), timeout=30)
        try:
            return int(
                conn.execute("SELECT coalesce(max(id), 0) + 1 FROM deliveries").fetchone()[0]
            )
        finally:
            conn.close()
    with psycopg.connect(_libpq(url)) as conn:
        row = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM deliveries").fetchone()
        return int(row[0]) if row else 1
