"""End-to-end fixtures: one emulator and one bot process per test module."""

from __future__ import annotations

import fcntl
import gc
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import pytest_asyncio

from tests.e2e.harness import BotProcess
from tgemu.server import BotApiEmulator


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def emulator() -> AsyncIterator[BotApiEmulator]:
    emulator = BotApiEmulator(bot_username="legcare_test_bot")
    await emulator.start()
    with objects_kept_out_of_collections():  # its rate limits are timed in this process
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
            with objects_kept_out_of_collections():
                yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def objects_kept_out_of_collections() -> Iterator[None]:
    """The emulator that times the bot's sends lives in the test's process, which holds every
    test module the run collected (about a million objects): a full garbage collection over them
    paused its event loop for half a second mid-test (measured: a 0.49 s collection, the loop's
    0.50 s stall at the same moment), and the sends that arrived meanwhile were all stamped at its
    end, a burst over Telegram's 30 a second that the bot never sent. Frozen, the objects there
    before the test are left out of every collection during it."""
    gc.freeze()
    _frozen.append(True)
    try:
        yield
    finally:
        _frozen.pop()
        if not _frozen:  # a test's freeze inside its module's: the module's still holds
            gc.unfreeze()


_frozen: list[bool] = []
