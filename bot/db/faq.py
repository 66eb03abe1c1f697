"""FAQ feedback and unanswered questions: counting them, and reading them back for the report.

Counts are bumped with one upsert statement (INSERT ... ON CONFLICT DO UPDATE on both SQLite and
PostgreSQL), so two people voting on the same entry at once both count, with no read-then-write
race and no unique-key error.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.faq_tables import MISS_TEXT_LENGTH, FaqFeedback, FaqMiss


@dataclass(frozen=True)
class FeedbackCount:
    entry_id: str
    helpful: int
    unhelpful: int


@dataclass(frozen=True)
class Miss:
    question: str
    count: int
    first_seen_at: datetime
    last_seen_at: datetime


def _insert(session: AsyncSession, table: Any) -> Any:
    dialect = session.bind.dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


async def record_feedback(
    session: AsyncSession, entry_id: str, *, helpful: bool, now: datetime
) -> None:
    """Add one 👍 (helpful) or 👎 to an entry's counts."""
    table = FaqFeedback.__table__  # type: ignore[attr-defined]
    column = "helpful" if helpful else "unhelpful"
    statement = _insert(session, table).values(
        entry_id=entry_id, helpful=int(helpful), unhelpful=int(not helpful), updated_at=now
    )
    statement = statement.on_conflict_do_update(
        index_elements=[table.c.entry_id],
        set_={column: table.c[column] + 1, "updated_at": now},
    )
    await session.execute(statement)


async def record_miss(session: AsyncSession, question: str, *, now: datetime) -> None:
    """Count a question the guide could not answer; `question` is already normalised."""
    text = question[:MISS_TEXT_LENGTH]
    if not text:
        return
    table = FaqMiss.__table__  # type: ignore[attr-defined]
    statement = _insert(session, table).values(
        question=text, count=1, first_seen_at=now, last_seen_at=now
    )
    statement = statement.on_conflict_do_update(
        index_elements=[table.c.question],
        set_={"count": table.c["count"] + 1, "last_seen_at": now},
    )
    await session.execute(statement)


async def feedback_counts(session: AsyncSession, entry_id: str) -> FeedbackCount | None:
    row = await session.get(FaqFeedback, entry_id)
    if row is None:
        return None
    return FeedbackCount(row.entry_id, row.helpful, row.unhelpful)


async def least_helpful(session: AsyncSession, limit: int = 10) -> list[FeedbackCount]:
    """Entries with any 👎, most unhelpful share first (then most 👎)."""
    table = FaqFeedback.__table__  # type: ignore[attr-defined]
    share = table.c.unhelpful * 1.0 / (table.c.helpful + table.c.unhelpful)
    statement = (
        select(table.c.entry_id, table.c.helpful, table.c.unhelpful)
        .where(table.c.unhelpful > 0)
        .order_by(share.desc(), table.c.unhelpful.desc(), table.c.entry_id)
        .limit(limit)
    )
    rows = (await session.execute(statement)).all()
    return [FeedbackCount(row.entry_id, row.helpful, row.unhelpful) for row in rows]


async def top_misses(session: AsyncSession, limit: int = 20) -> list[Miss]:
    """The unanswered questions asked most often (then most recently)."""
    table = FaqMiss.__table__  # type: ignore[attr-defined]
    statement = (
        select(table.c.question, table.c["count"], table.c.first_seen_at, table.c.last_seen_at)
        .order_by(table.c["count"].desc(), table.c.last_seen_at.desc(), table.c.question)
        .limit(limit)
    )
    rows = (await session.execute(statement)).all()
    return [Miss(row[0], row[1], row[2], row[3]) for row in rows]


async def count_misses(session: AsyncSession) -> int:
    result = await session.execute(select(func.count()).select_from(FaqMiss))
    return int(result.scalar_one())
