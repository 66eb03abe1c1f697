"""Reminder dispatch at scale on SQLite: start-up, memory, tick cost, due-to-send delay, bursts.

    .venv/bin/python -m bench.dispatch_bench                 # both scenarios (about 10 minutes)
    .venv/bin/python -m bench.dispatch_bench --users 20000 --burst 2000 --seconds 30   # quick
    .venv/bin/python -m bench.dispatch_bench --scenario steady \
        --database-url postgresql://postgres@127.0.0.1:5432/postgres     # the same on PostgreSQL

Scenario "steady": N users on the default movement plan (every 45 min, Mon-Fri 09:00-17:00, each
with their own phase). The clock runs in real time from Monday 09:30 in their zone, the dispatcher
ticks through the JobQueue-equivalent loop for --seconds, and every reminder goes over HTTP to the
emulator. Scenario "burst": M users whose foot check is due in the same minute; the run lasts
until every one is delivered. The emulator counts Telegram rate-limit violations (more than 30
messages in any second, or a chat's burst allowance exceeded). With --database-url (a PostgreSQL
server) each scenario runs in a scratch database `legcare_bench_<pid>`, created and dropped here.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import tempfile
import time as wallclock
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import insert
from telegram import Bot
from telegram.ext import AIORateLimiter, ExtBot

from bench.figures import percentile
from bench.scale_seed import create_postgres, drop_postgres
from bot.content import load_content
from bot.core.clock import SystemClock
from bot.db import Database, migrate
from bot.db.models import User
from bot.db.reminder_tables import FOOT, MOVEMENT, ReminderPlan
from bot.reminders.dispatcher import Dispatcher
from bot.reminders.plans import DEFAULT_WINDOWS, next_due, windows_to_json
from bot.sending.budget import LocalSendBudget
from bot.sending.pacing import DEFAULT_POLICY, reminders_at
from tgemu.server import BotApiEmulator

ZONE = "Europe/Berlin"
PLAN_COLUMNS = (
    "user_id",
    "kind",
    "active",
    "interval_minutes",
    "windows",
    "at_time",
    "resume_notice",
    "next_due_at",
    "sent_count",
    "created_at",
    "updated_at",
)
TOKEN = "5000:bench"  # noqa: S105 - only the emulator sees it


class ShiftedClock(SystemClock):
    """Real time, moved to a chosen instant: a benchmark can start "at 09:30 on a Monday"."""

    def __init__(self, starts_at: datetime) -> None:
        self._offset = starts_at - datetime.now(UTC)

    def now(self) -> datetime:
        return datetime.now(UTC) + self._offset


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def populate(db: Database, users: int, kind: str, now: datetime) -> float:
    started = wallclock.perf_counter()
    batch = 5000
    for first in range(1, users + 1, batch):
        ids = range(first, min(first + batch, users + 1))
        user_rows = [
            {
                "telegram_id": uid,
                "language": "en",
                "time_zone": ZONE,
                "country": "DE",
                "blocked": False,
                "created_at": now,
                "last_seen_at": now,
            }
            for uid in ids
        ]
        plan_rows = []
        for uid in ids:
            plan = ReminderPlan(
                user_id=uid,
                kind=kind,
                interval_minutes=45 if kind == MOVEMENT else None,
                windows=windows_to_json(DEFAULT_WINDOWS) if kind == MOVEMENT else None,
                at_time="21:00" if kind == FOOT else None,
                created_at=now,
                updated_at=now,
            )
            plan.next_due_at = next_due(plan, ZONE, now)
            plan_rows.append({c: getattr(plan, c) for c in PLAN_COLUMNS})
        async with db.session() as session:
            await session.execute(insert(User), user_rows)
            await session.execute(insert(ReminderPlan), plan_rows)
    return wallclock.perf_counter() - started


async def open_emulator_chats(emulator: BotApiEmulator, users: int) -> None:
    for uid in range(1, users + 1):
        emulator.user_sends(uid, "/start")


async def run(
    kind: str,
    users: int,
    starts_at: datetime,
    seconds: float | None,
    rate: float,
    server_url: str | None = None,
) -> dict[str, object]:
    scratch = f"legcare_bench_{os.getpid()}"
    with tempfile.TemporaryDirectory() as folder:
        if server_url is None:
            url = f"sqlite:///{Path(folder) / 'bench.db'}"
        else:
            url = create_postgres(server_url, scratch)
        try:
            return await _run_on(url, kind, users, starts_at, seconds, rate)
        finally:
            if server_url is not None:
                drop_postgres(server_url, scratch)


async def _run_on(
    url: str, kind: str, users: int, starts_at: datetime, seconds: float | None, rate: float
) -> dict[str, object]:
    migrate.upgrade(url)
    db = Database(url)
    clock = ShiftedClock(starts_at)
    # Seeded as of one second before the start, so whatever is due at the start counts.
    populate_s = await populate(db, users, kind, clock.now() - timedelta(seconds=1))
    async with BotApiEmulator(bot_username="bench_bot") as emulator:
        await open_emulator_chats(emulator, users)
        bot: Bot = ExtBot(TOKEN, base_url=emulator.base_url, rate_limiter=AIORateLimiter())
        async with bot:
            t0 = wallclock.perf_counter()
            dispatcher = Dispatcher(
                db,
                clock,
                load_content(),
                bot,
                budget=LocalSendBudget(reminders_at(rate)),
                record_delays=True,
            )
            await dispatcher.recover()
            startup_s = wallclock.perf_counter() - t0

            claim_costs: list[float] = []
            started = wallclock.perf_counter()
            while True:
                tick_started = wallclock.perf_counter()
                before = wallclock.perf_counter()
                await dispatcher.claim_due()
                claim_costs.append(wallclock.perf_counter() - before)
                await dispatcher.send_pending()
                elapsed = wallclock.perf_counter() - started
                if seconds is not None and elapsed >= seconds:
                    break
                if seconds is None and dispatcher.counters.sent >= users:
                    break
                if seconds is None and elapsed > users / rate * 3 + 60:
                    break  # a safety stop; the table then shows what was left unsent
                await asyncio.sleep(max(0.0, 1.0 - (wallclock.perf_counter() - tick_started)))
            await dispatcher.drain()
            duration = wallclock.perf_counter() - started
        stats = emulator.stats
    await db.dispose()
    counters = dispatcher.counters
    return {
        "scenario": f"{kind} x{users:,}",
        "database": "SQLite" if db.is_sqlite else "PostgreSQL",
        "populate_s": populate_s,
        "startup_s": startup_s,
        "rss_mib": rss_mib(),
        "tick_claim_ms_p50": statistics.median(claim_costs) * 1000,
        "tick_claim_ms_max": max(claim_costs) * 1000,
        "run_s": duration,
        "sent": counters.sent,
        "skipped_late": counters.skipped_late,
        "rate_per_s": counters.sent / duration if duration else 0.0,
        "delay_p50_s": percentile(counters.delays, 50),
        "delay_p99_s": percentile(counters.delays, 99),
        "violations": stats.overall_violations + stats.chat_violations_total,
    }


def table(rows: list[dict[str, object]]) -> str:
    columns = list(rows[0])
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        cells = [f"{v:,.3f}" if isinstance(v, float) else str(v) for v in row.values()]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--burst", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=120.0, help="steady scenario length")
    parser.add_argument("--rate", type=float, default=DEFAULT_POLICY.reminder_rate)
    parser.add_argument("--scenario", choices=["steady", "burst", "both"], default="both")
    parser.add_argument("--database-url", help="a PostgreSQL server URL (default: SQLite)")
    args = parser.parse_args()
    tz = ZoneInfo(ZONE)
    rows = []
    if args.scenario in ("steady", "both"):
        monday_0930 = datetime(2026, 3, 2, 9, 30, tzinfo=tz).astimezone(UTC)
        rows.append(
            await run(MOVEMENT, args.users, monday_0930, args.seconds, args.rate, args.database_url)
        )
    if args.scenario in ("burst", "both"):
        monday_2100 = datetime(2026, 3, 2, 21, 0, 0, tzinfo=tz).astimezone(UTC)
        rows.append(await run(FOOT, args.burst, monday_2100, None, args.rate, args.database_url))
    print(table(rows))


if __name__ == "__main__":
    asyncio.run(main())
