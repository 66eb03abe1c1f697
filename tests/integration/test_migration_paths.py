"""Every migration path a deployment can take keeps people's data, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, pool, text

from bot.db import migrate
from bot.db.urls import sync_url


def revisions() -> list[str]:
    """Every revision, oldest first."""
    script = ScriptDirectory.from_config(migrate.alembic_config("sqlite://"))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def _execute(url: str, statement: str, **params: object) -> list[tuple[object, ...]]:
    engine = create_engine(sync_url(url), poolclass=pool.NullPool)
    try:
        with engine.begin() as connection:
            result = connection.execute(text(statement), params)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


def _add_person(url: str, telegram_id: int) -> None:
    _execute(
        url,
        "INSERT INTO users (telegram_id, language, time_zone, country, blocked, created_at, "
        "last_seen_at) VALUES (:id, 'en', 'Europe/Berlin', 'DE', false, "
        "'2026-01-05 08:00:00', '2026-01-05 08:00:00')",
        id=telegram_id,
    )


def _people(url: str) -> list[tuple[object, ...]]:
    return _execute(url, "SELECT telegram_id, time_zone, country FROM users ORDER BY telegram_id")


def test_upgrade_from_every_earlier_revision_keeps_users(database_url: str) -> None:
    chain = revisions()
    assert chain[0] == "0001"
    for start in chain:
        migrate.downgrade(database_url, "base")
        migrate.upgrade(database_url, start)
        _add_person(database_url, 42)
        migrate.upgrade(database_url)
        assert migrate.current_revision(database_url) == migrate.head_revision()
        assert _people(database_url) == [(42, "Europe/Berlin", "DE")]


def test_downgrade_one_step_and_back_keeps_users(database_url: str) -> None:
    _add_person(database_url, 7)
    chain = revisions()
    migrate.downgrade(database_url, chain[-2])
    assert migrate.current_revision(database_url) == chain[-2]
    assert _people(database_url) == [(7, "Europe/Berlin", "DE")]
    migrate.upgrade(database_url)
    assert _people(database_url) == [(7, "Europe/Berlin", "DE")]
