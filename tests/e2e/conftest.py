"""End-to-end fixtures: one emulator and one bot process per test module."""

from __future__ import annotations

import fcntl
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from tests.e2e.harness import BotProcess
from tgemu.server import BotApiEmulator


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def emulator() -> AsyncIterator[BotApiEmulator]:
    emulator = BotApiEmulator(bot_username="legcare_test_bot")
    await emulator.start()
    yield emulator
    await emulator.stop()


@pytest.fixture(scope="module")
def bot_workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bot")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot_process(emulator: BotApiEmulator, bot_workdir: Path) -> AsyncIterator[BotProcess]:
    process = BotProcess(emulator, bot_workdir)
    await process.start()
    yield process
    await process.stop()


@pytest.fixture
def one_multi_process_test_at_a_time(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Tests that start several bot processes at once (a takeover within 10 s, three workers
    sharing Telegram's limits) hold a lock shared by every test worker of the run, so no two of
    them run side by side: on a two-core machine their processes would starve each other and the
    product's time bounds they check would fail for the machine's sake, not the product's. The
    lock file lies in the run's temporary folder, the parent of each worker's own."""
    lock = tmp_path_factory.getbasetemp().parent / "multi-process-tests.lock"
    with lock.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
