"""The migrations and the models must describe the same schema on every backend."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, pool
from sqlmodel import SQLModel

from bot.db import migrate
from bot.db.urls import sync_url


def _diff(url: str) -> list[object]:
    engine = create_engine(sync_url(url), poolclass=pool.NullPool)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            return list(compare_metadata(context, SQLModel.metadata))
    finally:
        engine.dispose()


def test_models_and_migrations_agree(database_url: str) -> None:
    assert migrate.current_revision(database_url) == migrate.head_revision()
    assert _diff(database_url) == []


def test_upgrade_is_idempotent(database_url: str) -> None:
    migrate.upgrade(database_url)
    assert migrate.current_revision(database_url) == migrate.head_revision()


def test_downgrade_to_base_and_back(database_url: str) -> None:
    migrate.downgrade(database_url, "base")
    engine = create_engine(sync_url(database_url), poolclass=pool.NullPool)
    try:
        assert "users" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()
    migrate.upgrade(database_url)
    assert _diff(database_url) == []
