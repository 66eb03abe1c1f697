"""Fixtures shared by every layer of tests."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import SQLModel

from bot.db import Database, migrate
from tests.databases import (
    postgres_available,
    postgres_required,
    scratch_postgres_database,
)

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A migrated scratch PostgreSQL database for the whole run."""
    if not postgres_available():
        if postgres_required():
            pytest.fail("LEGCARE_TEST_POSTGRES_URL is set but PostgreSQL does not answer")
        pytest.skip("PostgreSQL does not answer (set LEGCARE_TEST_POSTGRES_URL to require it)")
    with scratch_postgres_database() as url:
        migrate.upgrade(url)
        yield url


@pytest.fixture
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty database on the backend named by the test's parameter."""
    backend = getattr(request, "param", "sqlite")
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'legcare.db'}"
        migrate.upgrade(url)
        return url
    url = request.getfixturevalue("postgres_url")
    _truncate_postgres(url)
    return url


def _truncate_postgres(url: str) -> None:
    from sqlalchemy import create_engine, pool

    from bot.db.urls import sync_url

    engine = create_engine(sync_url(url), poolclass=pool.NullPool)
    names = ", ".join(f'"{t.name}"' for t in SQLModel.metadata.sorted_tables)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Database]:
    database = Database(database_url)
    yield database
    await database.dispose()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test that uses a database runs on SQLite and on PostgreSQL."""
    if "database_url" in metafunc.fixturenames and not any(
        "database_url" in marker.args[0]
        for marker in metafunc.definition.iter_markers("parametrize")
    ):
        metafunc.parametrize("database_url", BACKENDS, indirect=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests that start several bot processes run first, one after another: they are the
    longest, and they take turns (`one_multi_process_test_at_a_time`), so collected in file order
    they met at the end of a parallel run and the last of them waited out the others alone. First,
    they all fall to one test worker while the others share out everything else."""
    first = [item for item in items if "one_multi_process_test_at_a_time" in item.fixturenames]
    rest = [item for item in items if "one_multi_process_test_at_a_time" not in item.fixturenames]
    items[:] = first + rest
