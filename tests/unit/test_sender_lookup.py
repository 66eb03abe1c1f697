"""The sender's facts, looked up while the screen runs: a saving, never a decision.

When the lookup fails or is slow it answers None, and each step of the reply reads its own fact
as it always did (bot.handlers.diary, bot.handlers.respond), with its own outage handling.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from bot.db.users import SenderFacts
from bot.handlers import sender as sender_module
from bot.handlers.sender import SenderLookup


def services_with(connect: Any) -> Any:
    return SimpleNamespace(db=SimpleNamespace(reader=SimpleNamespace(connect=connect)))


@asynccontextmanager
async def a_connection() -> AsyncIterator[object]:
    yield object()


async def test_the_facts_read_are_handed_on(monkeypatch: pytest.MonkeyPatch) -> None:
    facts = SenderFacts(date(2026, 3, 1), "DE", breaks_on=True)
    asked: list[int] = []

    async def read(connection: object, user_id: int) -> SenderFacts:
        asked.append(user_id)
        return facts

    monkeypatch.setattr(sender_module, "read_sender_facts", read)
    lookup = SenderLookup(services_with(a_connection), 7)
    assert await lookup.facts() is facts
    assert await lookup.facts() is facts  # asked twice, read once
    assert asked == [7]


async def test_a_database_that_fails_gives_no_facts_and_is_logged_without_text(
    caplog: pytest.LogCaptureFixture,
) -> None:
    @asynccontextmanager
    async def broken() -> AsyncIterator[object]:
        raise OperationalError("SELECT", {}, Exception("unable to open database file"))
        yield  # pragma: no cover

    caplog.set_level(logging.WARNING, logger="bot")
    assert await SenderLookup(services_with(broken), 7).facts() is None
    assert [r.getMessage() for r in caplog.records] == ["sender not looked up"]


async def test_a_slow_database_is_given_up_on_after_the_countrys_patience(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    release = asyncio.Event()

    async def slow(connection: object, user_id: int) -> SenderFacts:
        await release.wait()
        return SenderFacts(None, "GB", breaks_on=False)

    monkeypatch.setattr(sender_module, "read_sender_facts", slow)
    monkeypatch.setattr(sender_module, "COUNTRY_PATIENCE_SECONDS", 0.05)
    lookup = SenderLookup(services_with(a_connection), 7)
    assert await asyncio.wait_for(lookup.facts(), timeout=5) is None
    release.set()
