"""`python -m bot report`: what to improve in the guide, from how people use it.

Prints the entries people found least helpful (👍/👎 counts) and the questions the guide could not
answer, most asked first. Neither table holds a user id, so neither does the report.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Mapping, Sequence

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from bot.content import ContentError, load_content
from bot.core.config import Settings
from bot.db import Database
from bot.db.faq import FeedbackCount, Miss, least_helpful, top_misses
from bot.db.urls import sqlite_file
from bot.faq.index import entries_of

FEEDBACK_ROWS = 10
MISS_ROWS = 30


def format_report(
    feedback: Sequence[FeedbackCount], misses: Sequence[Miss], titles: Mapping[str, str]
) -> str:
    lines = ["Least helpful answers (👎 share, then 👎 count)"]
    if not feedback:
        lines.append("  none yet: nobody has marked an answer unhelpful")
    for row in feedback:
        total = row.helpful + row.unhelpful
        title = titles.get(row.entry_id, "(no longer in the content)")
        lines.append(f"  {row.unhelpful:>4} of {total:<4} 👎  {row.entry_id}  {title}")
    lines += ["", "Questions the guide could not answer (most asked first)"]
    if not misses:
        lines.append("  none yet")
    for miss in misses:
        last = miss.last_seen_at.strftime("%Y-%m-%d")
        lines.append(f"  {miss.count:>4}x  last {last}  {miss.question}")
    return "\n".join(lines)


async def _gather(database_url: str) -> tuple[list[FeedbackCount], list[Miss]]:
    db = Database(database_url)
    try:
        async with db.session() as session:
            return (
                await least_helpful(session, FEEDBACK_ROWS),
                await top_misses(session, MISS_ROWS),
            )
    finally:
        await db.dispose()


def print_report(settings: Settings) -> int:
    shown = make_url(settings.database_url).render_as_string(hide_password=True)
    print(f"Database: {shown}\n")
    path = sqlite_file(settings.database_url)
    if path is not None and not path.is_file():
        # Not opened: SQLite would create an empty file (or fail on a missing folder) for a
        # report that only reads, and a failed open leaves aiosqlite's thread to outlive the loop.
        print(
            f"No database at {path} yet: start the bot, or run python -m bot migrate, first.",
            file=sys.stderr,
        )
        return 1
    try:
        titles = {entry.key: entry.title for entry in entries_of(load_content())}
    except ContentError:
        titles = {}
    try:
        feedback, misses = asyncio.run(_gather(settings.database_url))
    except SQLAlchemyError as error:
        print(
            f"Could not read the database ({type(error).__name__}); "
            "run python -m bot migrate first if it is new.",
            file=sys.stderr,
        )
        return 1
    print(format_report(feedback, misses, titles))
    return 0
