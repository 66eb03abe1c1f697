"""FAQ feedback and misses on SQLite and PostgreSQL: counted exactly, kept without user ids."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from bot.app.report import format_report, print_report
from bot.core.config import load_settings
from bot.db import Database
from bot.db.faq import (
    count_misses,
    feedback_counts,
    least_helpful,
    record_feedback,
    record_miss,
    top_misses,
)
from bot.db.faq_tables import FaqFeedback, FaqMiss
from bot.db.users import delete_user_everywhere, touch_user, user_owned_tables

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


async def test_feedback_counts_per_entry(db: Database) -> None:
    async with db.session() as session:
        await record_feedback(session, "faq/surgery", helpful=True, now=NOW)
        await record_feedback(session, "faq/surgery", helpful=False, now=NOW)
        await record_feedback(session, "faq/surgery", helpful=False, now=NOW + timedelta(1))
        await record_feedback(session, "section/overview", helpful=True, now=NOW)
    async with db.session() as session:
        surgery = await feedback_counts(session, "faq/surgery")
        overview = await feedback_counts(session, "section/overview")
        assert await feedback_counts(session, "faq/none") is None
        row = await session.get(FaqFeedback, "faq/surgery")
    assert surgery is not None
    assert (surgery.helpful, surgery.unhelpful) == (1, 2)
    assert overview is not None
    assert (overview.helpful, overview.unhelpful) == (1, 0)
    assert row is not None
    assert row.updated_at == NOW + timedelta(1)


async def test_concurrent_votes_all_count(db: Database) -> None:
    async def vote() -> None:
        async with db.session() as session:
            await record_feedback(session, "faq/medications", helpful=True, now=NOW)

    await asyncio.gather(*(vote() for _ in range(8)))
    async with db.session() as session:
        counts = await feedback_counts(session, "faq/medications")
    assert counts is not None
    assert counts.helpful == 8


async def test_least_helpful_orders_by_unhelpful_share(db: Database) -> None:
    votes = {"faq/a": (9, 1), "faq/b": (1, 3), "faq/c": (0, 1), "faq/d": (5, 0)}
    async with db.session() as session:
        for entry_id, (up, down) in votes.items():
            for _ in range(up):
                await record_feedback(session, entry_id, helpful=True, now=NOW)
            for _ in range(down):
                await record_feedback(session, entry_id, helpful=False, now=NOW)
    async with db.session() as session:
        worst = await least_helpful(session, 10)
    assert [row.entry_id for row in worst] == ["faq/c", "faq/b", "faq/a"]


async def test_misses_count_repeats_and_truncate(db: Database) -> None:
    long_question = "why " * 100
    async with db.session() as session:
        await record_miss(session, "can diabetes cause hair loss", now=NOW)
        await record_miss(session, "can diabetes cause hair loss", now=NOW + timedelta(hours=1))
        await record_miss(session, "best pizza", now=NOW)
        await record_miss(session, long_question, now=NOW)
        await record_miss(session, "", now=NOW)
    async with db.session() as session:
        misses = await top_misses(session, 10)
        assert await count_misses(session) == 3
        stored = await session.get(FaqMiss, "can diabetes cause hair loss")
    assert misses[0].question == "can diabetes cause hair loss"
    assert misses[0].count == 2
    assert misses[0].first_seen_at == NOW
    assert misses[0].last_seen_at == NOW + timedelta(hours=1)
    assert stored is not None
    assert long_question[:200] in [miss.question for miss in misses]


async def test_faq_tables_hold_no_user_data_and_survive_delete(db: Database) -> None:
    for table in (FaqFeedback.__table__, FaqMiss.__table__):  # type: ignore[attr-defined]
        assert table.info["anonymous"] is True
        assert "user_id" not in table.c
        assert table.name not in {t.name for t in user_owned_tables()}
    async with db.session() as session:
        await touch_user(session, 5, language="en", now=NOW)
        await record_feedback(session, "faq/surgery", helpful=True, now=NOW)
        await record_miss(session, "what is the weather", now=NOW)
    async with db.session() as session:
        await delete_user_everywhere(session, 5)
    async with db.session() as session:
        assert await feedback_counts(session, "faq/surgery") is not None
        assert await count_misses(session) == 1


def test_report_prints_feedback_and_misses_without_user_ids(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    async def fill() -> None:
        db = Database(database_url)
        try:
            async with db.session() as session:
                await touch_user(session, 424242, language="en", now=NOW)
                await record_feedback(session, "faq/surgery", helpful=False, now=NOW)
                await record_miss(session, "can diabetes cause hair loss", now=NOW)
        finally:
            await db.dispose()

    asyncio.run(fill())
    assert print_report(load_settings(database_url=database_url)) == 0
    printed = capsys.readouterr().out
    assert "faq/surgery  When does leg numbness require surgery?" in printed
    assert "1 of 1" in printed
    assert "can diabetes cause hair loss" in printed
    assert "424242" not in printed


def test_format_report_when_nothing_is_recorded() -> None:
    text = format_report([], [], {})
    assert "none yet" in text
