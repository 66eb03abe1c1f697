"""Minutes of Telegram outage under a real `python -m bot run`: what arrives, what is skipped.

    .venv/bin/python -m bench.telegram_outage_soak                      # 2 x 3 minutes of outage
    .venv/bin/python -m bench.telegram_outage_soak --outage-seconds 20  # quick

Each round: a fresh bot process on SQLite, foot checks falling due every few seconds for all of
the round, and an outage in the middle: first every Bot API call answers 502, then the emulator
is stopped (connection refused), then it comes back on the same port. Foot checks have three
hours of grace, so every one must arrive exactly once after recovery; the process must never
exit. The table counts, per round: reminders due, delivered, skipped, doubled (a user got more
than one), the process exits seen, and the longest due-to-arrival delay.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from bot.core.clock import SystemClock
from bot.db import Database, migrate
from bot.db.reminder_tables import SKIPPED, Delivery
from tests.e2e.harness import BotProcess, seed_foot_checks
from tgemu.server import BotApiEmulator, EmulatedMessage

BATCH = 5
FIRST_USER = 95_001


def reminders(emulator: BotApiEmulator, user_id: int) -> list[EmulatedMessage]:
    """The reminders a user got (the bot also answers the "hello" each user writes first)."""
    return [m for m in emulator.bot_messages(user_id) if "✅ Done" in str(m.buttons)]


async def skipped(url: str) -> int:
    db = Database(url)
    try:
        async with db.session() as session:
            rows = await session.execute(select(Delivery).where(Delivery.status == SKIPPED))
            return len(list(rows.scalars()))
    finally:
        await db.dispose()


async def soak_round(outage: float, spacing: float, workdir: Path) -> dict[str, object]:
    async with BotApiEmulator() as emulator:
        process = BotProcess(emulator, workdir, LOG_LEVEL="INFO")
        url = process.env["DATABASE_URL"]
        migrate.upgrade(url)
        await process.start()
        exits = 0
        next_user = FIRST_USER
        due: dict[int, float] = {}  # user -> unix time the foot check fell due
        started = time.time()
        port = emulator.port
        phases = [(spacing * 2, "up"), (outage / 2, "bad_gateway"), (outage / 2, "unreachable")]
        for seconds, phase in [*phases, (outage / 2, "up")]:
            if phase == "bad_gateway":
                emulator.inject_fault("*", 502, times=None)
            elif phase == "unreachable":
                emulator.clear_faults()
                await emulator.stop()
            elif due:  # back up after the outage, at the same address
                await emulator.start(port=port)
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                if phase != "unreachable":  # seeding has the users write to the bot first
                    users = range(next_user, next_user + BATCH)
                    await seed_foot_checks(url, emulator, users, due_at=SystemClock().now())
                    due.update(dict.fromkeys(users, time.time()))
                    next_user += BATCH
                await asyncio.sleep(spacing)
                if not process.running:
                    exits += 1
                    await process.start()
        for _ in range(600):
            if all(reminders(emulator, user) for user in due):
                break
            await asyncio.sleep(0.1)
        await asyncio.sleep(2)  # a late double would arrive now
        counts = Counter({user: len(reminders(emulator, user)) for user in due})
        delays = [
            min(m.date for m in reminders(emulator, user)) - due[user]
            for user in due
            if counts[user]
        ]
        exit_code = await process.stop()
        return {
            "due": len(due),
            "delivered": sum(1 for user in due if counts[user]),
            "skipped": await skipped(url),
            "doubled": sum(n - 1 for n in counts.values() if n > 1),
            "exits": exits + (1 if exit_code != 0 else 0),
            "max_delay_s": f"{max(delays, default=0):.0f}",
            "elapsed_s": f"{time.time() - started:.0f}",
        }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outage-seconds", type=float, default=360.0)
    parser.add_argument("--spacing", type=float, default=5.0, help="seconds between due batches")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    rows = []
    for number in range(args.rounds):
        with tempfile.TemporaryDirectory() as workdir:
            result = await soak_round(args.outage_seconds, args.spacing, Path(workdir))
        rows.append({"round": number + 1, **result})
    print(
        f"\nOutage: {args.outage_seconds / 2:.0f} s of 502, then {args.outage_seconds / 2:.0f} s"
        f" refused; a batch of {BATCH} foot checks due every {args.spacing:g} s\n"
    )
    header = list(rows[0])
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(str(row[key]) for key in header) + " |")


if __name__ == "__main__":
    asyncio.run(main())
