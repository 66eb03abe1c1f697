"""Electing the one reminder dispatcher: a PostgreSQL advisory lock, failover, SQLite's "single".

Electors here check every tenth of a second instead of every two, so each failover takes a
fraction of a second of test time; the timings they assert are scaled the same way.
"""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import AsyncIterator, Callable
from datetime import time as wall_time
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from bot.reminders.leadership import (
    APPLICATION_NAME,
    FOLLOWER,
    LEADER,
    ROLE_KEY,
    SINGLE,
    LeaderElector,
)
from tests.e2e.tcp_gate import TcpGate
from tests.integration.reminder_world import local, world

FAST_RETRY = 0.1
CHECK_TIMEOUT = 0.5

Make = Callable[..., LeaderElector]


@pytest.fixture
async def elector() -> AsyncIterator[Make]:
    """Make electors with test timings; every one is stopped (its lock released) afterwards."""
    made: list[LeaderElector] = []

    def make(url: str, **options: Any) -> LeaderElector:
        options = {"retry_seconds": FAST_RETRY, "check_timeout": CHECK_TIMEOUT, **options}
        made.append(LeaderElector(url, **options))
        return made[-1]

    yield make
    for each in made:
        await each.stop()


def libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


async def lock_holders(url: str) -> list[tuple[int, str]]:
    """(pid, application name) of every session holding an advisory lock in this database."""
    async with await psycopg.AsyncConnection.connect(libpq(url), autocommit=True) as connection:
        cursor = await connection.execute(
            "SELECT l.pid, a.application_name FROM pg_locks l JOIN pg_stat_activity a USING (pid)"
            " WHERE l.locktype = 'advisory' AND l.granted AND l.database ="
            " (SELECT oid FROM pg_database WHERE datname = current_database())"
        )
        return [(pid, name) for pid, name in await cursor.fetchall()]


async def wait_for(condition: Callable[[], bool], timeout: float) -> float:
    """Seconds until `condition` held; fails the test after `timeout`."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout:
            pytest.fail(f"condition not met within {timeout}s")
        await asyncio.sleep(0.01)
    return time.monotonic() - started


async def test_sqlite_is_always_the_single_dispatcher(tmp_path: Path, elector: Make) -> None:
    solo = elector(f"sqlite:///{tmp_path / 'legcare.db'}")
    bot_data: dict[str, object] = {}
    solo.publish_to(bot_data)
    await solo.start()
    assert solo.role == SINGLE
    assert solo.is_leader()
    assert bot_data[ROLE_KEY] == SINGLE
    await solo.stop()
    assert solo.is_leader()  # nothing to hand over: the file has one owner


async def test_an_unreachable_database_leaves_a_follower_that_keeps_trying(
    elector: Make,
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    hopeful = elector(f"postgresql://postgres@127.0.0.1:{port}/nowhere")
    await hopeful.start()  # does not raise
    assert hopeful.role == FOLLOWER
    assert not hopeful.is_leader()
    assert await hopeful.check() == FOLLOWER


@pytest.mark.postgres
async def test_exactly_one_of_two_electors_leads(postgres_url: str, elector: Make) -> None:
    first, second = elector(postgres_url), elector(postgres_url)
    first_data: dict[str, object] = {}
    second_data: dict[str, object] = {}
    first.publish_to(first_data)
    second.publish_to(second_data)
    await first.start()
    await second.start()
    for _ in range(5):
        await asyncio.sleep(FAST_RETRY)
        assert (first.role, second.role) == (LEADER, FOLLOWER)
    assert (first_data[ROLE_KEY], second_data[ROLE_KEY]) == (LEADER, FOLLOWER)
    holders = await lock_holders(postgres_url)
    assert [name for _, name in holders] == [APPLICATION_NAME]  # one lock, held once


@pytest.mark.postgres
async def test_the_follower_takes_over_when_the_leaders_connection_drops(
    postgres_url: str, elector: Make
) -> None:
    # The old leader rechecks slowly, so it cannot win the lock straight back.
    leader = elector(postgres_url, retry_seconds=0.5)
    follower = elector(postgres_url)
    await leader.start()
    await follower.start()
    [(pid, _)] = await lock_holders(postgres_url)
    async with await psycopg.AsyncConnection.connect(libpq(postgres_url), autocommit=True) as admin:
        await admin.execute("SELECT pg_terminate_backend(%s)", (pid,))  # as if it died

    took_over = await wait_for(lambda: follower.role == LEADER, timeout=2.0)
    stepped_down = await wait_for(lambda: leader.role == FOLLOWER, timeout=2.0)
    print(f"takeover after {took_over:.2f}s; old leader noticed after {stepped_down:.2f}s more")
    assert took_over <= FAST_RETRY + 0.5
    await asyncio.sleep(0.6)  # past the old leader's next round: it comes back as a follower
    assert (leader.role, follower.role) == (FOLLOWER, LEADER)
    assert len(await lock_holders(postgres_url)) == 1


@pytest.mark.postgres
async def test_stopping_the_leader_hands_over_at_once(postgres_url: str, elector: Make) -> None:
    leader, follower = elector(postgres_url), elector(postgres_url)
    follower_data: dict[str, object] = {}
    follower.publish_to(follower_data)
    await leader.start()
    await follower.start()
    await leader.stop()
    assert leader.role == FOLLOWER
    await wait_for(lambda: follower.role == LEADER, timeout=FAST_RETRY + 0.5)
    assert follower_data[ROLE_KEY] == LEADER


@pytest.mark.postgres
async def test_a_leader_whose_lock_connection_hangs_steps_down_in_time(
    postgres_url: str, elector: Make
) -> None:
    url = make_url(postgres_url)
    proxy = TcpGate(url.host or "127.0.0.1", url.port or 5432)
    port = await proxy.start()
    try:
        leader = elector(url.set(port=port).render_as_string(hide_password=False))
        follower = elector(postgres_url)
        await leader.start()
        await follower.start()
        assert leader.role == LEADER

        proxy.stall()  # the leader's SELECT 1 gets no answer from now on
        stepped_down = await wait_for(
            lambda: leader.role == FOLLOWER, timeout=FAST_RETRY + CHECK_TIMEOUT + 0.5
        )
        print(f"stepped down {stepped_down:.2f}s after its lock connection hung")
        # The server still sees a healthy session holding the lock: nobody else may lead yet.
        assert follower.role == FOLLOWER

        proxy.resume()  # the late answer arrives; the abandoned connection is closed
        await wait_for(lambda: follower.role == LEADER, timeout=8.0)
        assert leader.role == FOLLOWER
    finally:
        await proxy.stop()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_a_dispatcher_that_is_not_leader_skips_its_ticks(database_url: str) -> None:
    start = local("UTC", 2026, 3, 2, 8, 0)
    async with world(database_url, start) as w:
        await w.add_user(1, "UTC")
        await w.foot(1, wall_time(9, 0))
        w.clock.set(start + timedelta(hours=1, seconds=5))
        leading = False
        dispatcher = w.dispatcher()
        dispatcher.is_leader = lambda: leading

        await dispatcher.run_tick()
        await dispatcher.drain()
        assert await w.deliveries(1) == []
        assert w.reminders_received(1) == []

        leading = True
        await dispatcher.run_tick()
        await dispatcher.drain()
        assert len(w.reminders_received(1)) == 1
