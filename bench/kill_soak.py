"""kill -9 of the real bot, many times at random moments, while it dispatches a burst of reminders.

    .venv/bin/python -m bench.kill_soak                     # both backends, both kinds, 20 kills
    .venv/bin/python -m bench.kill_soak --backend sqlite --kind foot --kills 5 --seed 7

`python -m bot run` starts against the Bot API emulator with a burst already due (foot checks, or
movement breaks with only part of their five-minute grace left), is killed with SIGKILL at a
random moment after it starts polling (seeded; `--seed` replays), restarted, `--kills` times, and
then left to finish. Reminders are told apart by the delivery id in their buttons, so:

- lost: a user's reminder neither arrived nor was skipped as too late;
- doubled: extra copies of one delivery; each must lie in a kill's at-least-once window (Telegram
  had accepted it, the database still said `sending` when the process died), measured at every
  kill and compared with BOUND_PER_KILL. `--aimed-every N` aims every N-th kill into a window;
- startup: spawn to polling; resume: spawn to the first reminder that arrives;
- stranded wait: how long reminders claimed but unsent at a kill waited (SQLite releases them at
  the restart; PostgreSQL waits out the dead process's two-minute lease).

PostgreSQL runs in a scratch database created for the run and dropped afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import random
import secrets
import signal
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from bench.kill_soak_records import ArrivalLog, Kill, SoakConfig, SoakResult
from bot.core.clock import SystemClock
from bot.db import Database, migrate
from bot.db.reminder_tables import FOOT, MOVEMENT, PENDING, SENDING, Delivery
from bot.reminders.dispatcher import LEASE
from bot.reminders.plans import GRACE
from bot.sending.pacing import DEFAULT_POLICY
from tests.databases import POSTGRES_URL_ENV, postgres_admin_url, scratch_postgres_database
from tests.e2e.harness import (
    BotProcess,
    confirm_updates,
    seed_foot_checks,
    seed_movement_breaks,
)
from tgemu.server import BotApiEmulator

BOUND_PER_KILL = 3
"""Doubles one kill may cause: the sends whose window (Telegram's answer plus one small commit)
was open when the process died. Sends start at least 1/rate = 50 ms apart, so a window shorter
than 150 ms holds at most three; on an idle machine it is a few milliseconds (zero or one)."""
AIM_WITHIN = 20  # an aimed kill falls on one of the first this many sends after a restart
AIM_TIMEOUT_SECONDS = 20.0
SETTLE_SECONDS = 0.2  # requests already on the wire reach the emulator after the kill
FINAL = frozenset({"sent", "done", "snoozed", "skipped", "failed"})


@contextmanager
def scratch_database(config: SoakConfig, workdir: Path) -> Iterator[str]:
    """The soak's own database: a SQLite file, or a PostgreSQL database created and dropped (on
    the server LEGCARE_TEST_POSTGRES_URL names, by default the local `test`)."""
    if config.backend == "postgresql":
        with scratch_postgres_database() as url:
            yield url
    else:
        yield f"sqlite:///{workdir / 'soak.db'}"


async def read_deliveries(db: Database) -> list[Delivery]:
    async with db.session() as session:
        return list((await session.execute(select(Delivery))).scalars())


async def seed(config: SoakConfig, url: str, emulator: BotApiEmulator) -> datetime:
    """Migrate, add the users with their reminder due, and return when it is due."""
    migrate.upgrade(url)
    now = SystemClock().now().replace(microsecond=0)
    users = range(config.first_user, config.first_user + config.users)
    if config.kind == FOOT:
        await seed_foot_checks(url, emulator, users, due_at=now)
        return now
    due_at = now - GRACE[MOVEMENT] + timedelta(seconds=config.grace_left)
    await seed_movement_breaks(url, emulator, users, due_at=due_at)
    return due_at


async def kill_once(
    process: BotProcess, delay: float, log: ArrivalLog, db: Database, *, aim_after: int = 0
) -> Kill:
    """Start the bot, SIGKILL it `delay` seconds after it polls (or, aimed, the moment Telegram
    accepts its `aim_after`-th reminder), and record the at-least-once window it left behind."""
    spawned = time.monotonic()
    await process.start()
    ready = time.monotonic()
    assert process.process is not None
    if aim_after:
        killed = log.aim(process.process, aim_after)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(killed.wait(), AIM_TIMEOUT_SECONDS)
        delay = time.monotonic() - ready
    else:
        await asyncio.sleep(delay)
    process.process.send_signal(signal.SIGKILL)
    process.process.wait()
    killed_at = time.monotonic()
    await asyncio.sleep(SETTLE_SECONDS)
    first = log.first_after(spawned)
    resume = None if first is None else first - spawned
    kill = Kill(delay, ready - spawned, resume, at=killed_at, aimed=bool(aim_after))
    kills, rows = log.result.kills, await read_deliveries(db)
    since = kills[-1].at if kills else 0.0
    arrived = {a.delivery_id for a in log.result.arrivals if a.monotonic > since}
    kill.claims = frozenset((d.id or 0, d.lease_until) for d in rows if d.status == SENDING)
    # A claim seen at an earlier kill is that kill's (a PostgreSQL lease outlives restarts).
    new = {id_ for id_, _ in kill.claims - set().union(*(k.claims for k in kills))}
    kill.in_window, kill.stranded = frozenset(new & arrived), frozenset(new - arrived)
    kill.unfinished = sum(1 for d in rows if d.status in (PENDING, SENDING)) + max(
        0, log.result.config.users - len(rows)
    )
    return kill


async def finished(db: Database, users: int) -> bool:
    rows = await read_deliveries(db)
    return len(rows) >= users and all(d.status in FINAL for d in rows)


async def soak(config: SoakConfig) -> SoakResult:
    """Run one soak (see the module docstring) and return everything it counted."""
    rng = random.Random(config.seed)
    result = SoakResult(config)
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp, scratch_database(config, Path(tmp)) as url:
        async with BotApiEmulator() as emulator:
            result.due_at = await seed(config, url, emulator)
            await confirm_updates(emulator)
            log = ArrivalLog(emulator, result)
            process = BotProcess(emulator, Path(tmp), DATABASE_URL=url, LOG_LEVEL="INFO")
            db = Database(url)
            try:
                for number in range(1, config.kills + 1):
                    delay = rng.uniform(0.0, config.max_kill_delay)
                    aimed = config.aimed_every and number % config.aimed_every == 0
                    aim_after = rng.randint(1, AIM_WITHIN) if aimed else 0
                    kill = await kill_once(process, delay, log, db, aim_after=aim_after)
                    result.kills.append(kill)
                await process.start()
                limit = LEASE.total_seconds() + 60 + config.users / DEFAULT_POLICY.reminder_rate
                deadline = time.monotonic() + limit
                while not await finished(db, config.users):
                    if time.monotonic() > deadline:
                        raise TimeoutError(f"soak did not finish within {limit:.0f}s")
                    await asyncio.sleep(0.25)
                await process.stop()
                result.deliveries = await read_deliveries(db)
            finally:
                if process.running and process.process is not None:
                    process.process.kill()
                    process.process.wait()
                await db.dispose()
            stats = emulator.stats
            result.violations = stats.overall_violations + stats.chat_violations_total
    result.seconds = time.monotonic() - started
    return result


def describe(result: SoakResult) -> str:
    """One line that replays the soak: what a failing test prints."""
    c = result.config
    return (
        f"seed={c.seed} backend={c.backend} kind={c.kind} kills={c.kills} users={c.users} "
        f"delays={[round(k.delay, 2) for k in result.kills]} "
        f"aimed={[n for n, k in enumerate(result.kills, 1) if k.aimed]} "
        f"in_window={[len(k.in_window) for k in result.kills]} "
        f"stranded={[len(k.stranded) for k in result.kills]} "
        f"lost={result.lost} doubled={result.doubled} "
        f"unexplained={sorted(result.unexplained_doubles)}"
    )


HEADER = (
    "| backend | kind | kills (mid-dispatch, aimed) | reminders | arrived | skipped late "
    "| sent late | lost | doubled | doubled outside a window | kills that hit a window "
    "| max doubled per kill | bound | stranded wait max | startup p50 | resume p50 / max "
    "| rate violations | run |"
)


def row(result: SoakResult) -> list[str]:
    c, kills = result.config, result.kills
    resumes = [k.resume for k in kills if k.resume is not None]
    mid, aimed = sum(1 for k in kills if k.unfinished), sum(1 for k in kills if k.aimed)
    return [
        c.backend,
        c.kind,
        f"{c.kills} ({mid}, {aimed})",
        f"{c.users}",
        f"{sum(1 for n in result.copies.values() if n)}",
        f"{result.skipped_late}",
        f"{result.sent_late}",
        f"{len(result.lost)}",
        f"{sum(result.doubled.values())}",
        f"{len(result.unexplained_doubles)}",
        f"{sum(1 for k in kills if k.in_window)}",
        f"{max(result.doubled_per_kill(), default=0)}",
        f"{BOUND_PER_KILL}",
        f"{result.stranded_wait():.1f} s",
        f"{statistics.median(k.startup for k in kills):.2f} s" if kills else "-",
        f"{statistics.median(resumes):.2f} / {max(resumes):.2f} s" if resumes else "-",
        f"{result.violations}",
        f"{result.seconds:.0f} s",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--kind", choices=[FOOT, MOVEMENT, "both"], default="both")
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--max-kill-delay", type=float, default=2.5)
    parser.add_argument("--grace-left", type=float, default=60.0)
    parser.add_argument("--aimed-every", type=int, default=0)
    parser.add_argument("--seed", type=int, default=secrets.randbelow(2**31))
    parser.add_argument(
        "--postgres-url", default=postgres_admin_url(), help="server for the scratch database"
    )
    args = parser.parse_args()
    os.environ[POSTGRES_URL_ENV] = args.postgres_url
    logging.getLogger("aiohttp.server").setLevel(logging.CRITICAL)  # killed mid-request: expected
    print(f"seed {args.seed} (replay with --seed {args.seed})")
    rows = []
    for backend in ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]:
        for kind in [FOOT, MOVEMENT] if args.kind == "both" else [args.kind]:
            options = {k: getattr(args, k) for k in ("max_kill_delay", "grace_left", "aimed_every")}
            config = SoakConfig(backend, kind, args.kills, args.users, args.seed, **options)
            result = asyncio.run(soak(config))
            print(describe(result), flush=True)
            rows.append(row(result))
    print(f"\n{HEADER}\n|" + "---|" * (HEADER.count("|") - 1))
    print("\n".join("| " + " | ".join(cells) + " |" for cells in rows))


if __name__ == "__main__":
    main()
