"""Test databases: a fresh SQLite file per test, and one PostgreSQL database per test run.

PostgreSQL tests run when a server answers. `LEGCARE_TEST_POSTGRES_URL` names it (default: the local
server's `test` database); when that variable is set explicitly, as CI does, an unreachable server
is a failure rather than a skip, so CI can never pass without having run them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from sqlalchemy.engine import make_url

DEFAULT_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test"
POSTGRES_URL_ENV = "LEGCARE_TEST_POSTGRES_URL"


def postgres_admin_url() -> str:
    return os.environ.get(POSTGRES_URL_ENV, DEFAULT_POSTGRES_URL)


def postgres_required() -> bool:
    return bool(os.environ.get(POSTGRES_URL_ENV))


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def postgres_available() -> bool:
    try:
        with psycopg.connect(_libpq(postgres_admin_url()), connect_timeout=3):
            return True
    except psycopg.OperationalError:
        return False


@contextmanager
def scratch_postgres_database() -> Iterator[str]:
    """A new, empty database on the test server, dropped afterwards."""
    admin = postgres_admin_url()
    name = f"legcare_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_libpq(admin), autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(admin).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(_libpq(admin), autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
