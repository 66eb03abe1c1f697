"""End-to-end fixtures: one emulator and one bot process per test module."""

from __future__ import annotations

from collections.abc import AsyncIterator
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
