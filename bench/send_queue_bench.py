"""The send queue under a backlog: what one tick's read of it costs as pending reminders pile up.

    .venv/bin/python -m bench.send_queue_bench                      # SQLite, about 1 minute
    .venv/bin/python -m bench.send_queue_bench --backlogs 0,100000 --revision 0005

Each tick reads up to one tick's worth of sendable deliveries (20) with
`claim_pending_deliveries`, foot checks first. A burst leaves a backlog of pending foot checks
behind that read; this seeds N users with a foot-check plan and a pending foot check each (due a
minute ago), then times the read (and its claim, rolled back) 30 times. `--revision` migrates to
an older schema for comparison (0005: the queue indexed by status and due time only).
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession

from bench.scale_seed import seed
from bot.db import migrate
from bot.db.engine import Database
from bot.db.reminders import claim_pending_deliveries

READS = 30
TICK_BUDGET = 20


def add_pending_foot_checks(path: Path, due: datetime) -> None:
    stamp = due.strftime("%Y-%m-%d %H:%M:%S.%f")
    with sqlite3.connect(path) as conn:
        plans = conn.execute("SELECT id, user_id FROM reminder_plans WHERE kind = 'foot'")
        conn.executemany(
            "INSERT INTO deliveries (plan_id, user_id, kind, due_at, status, prompt_index,"
            " resume_notice, snooze_count, attempts) VALUES (?, ?, 'foot', ?, 'pending', 0, 0,"
            " 0, 0)",
            [(plan_id, user_id, stamp) for plan_id, user_id in plans.fetchall()],
        )


async def time_reads(url: str, now: datetime, backlog: int) -> tuple[float, float]:
    db = Database(url)
    seconds = []
    try:
        for _ in range(READS):
            start = time.perf_counter()
            async with db.engine.connect() as connection, AsyncSession(bind=connection) as session:
                claimed = await claim_pending_deliveries(
                    session, now, now + timedelta(minutes=5), TICK_BUDGET
                )
                await session.rollback()
            seconds.append(time.perf_counter() - start)
            assert len(claimed) == min(TICK_BUDGET, backlog), len(claimed)
    finally:
        await db.dispose()
    return statistics.median(seconds) * 1000, max(seconds) * 1000


def run(backlog: int, revision: str) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "queue.db"
        url = f"sqlite:///{path}"
        migrate.upgrade(url, revision)
        now = datetime.now(UTC)
        seed(url, backlog, backlog, 0, now)
        add_pending_foot_checks(path, now - timedelta(minutes=1))
        return asyncio.run(time_reads(url, now, backlog))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backlogs", default="0,10000,100000", help="pending foot checks")
    parser.add_argument("--revision", default="heads", help="schema to migrate to")
    args = parser.parse_args()
    print(f"schema {args.revision}; {READS} reads of {TICK_BUDGET} each; SQLite")
    print()
    print("| pending foot checks | read + claim median ms | max ms |")
    print("|---|---|---|")
    for backlog in (int(n) for n in args.backlogs.split(",")):
        median, worst = run(backlog, args.revision)
        print(f"| {backlog:,} | {median:.2f} | {worst:.2f} |", flush=True)


if __name__ == "__main__":
    main()
