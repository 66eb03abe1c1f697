"""Reminder dispatch at scale: idle plans and bursts of due reminders, SQLite and PostgreSQL.

    .venv/bin/python -m bench.dispatch_scale                                    # SQLite, full
    .venv/bin/python -m bench.dispatch_scale --quick                            # SQLite, ~4 min
    .venv/bin/python -m bench.dispatch_scale \\
        --database-url postgresql://postgres@127.0.0.1:5432/postgres            # PostgreSQL, full

The bot runs as its own process, started the way `python -m bot run` starts it
(bench.dispatch_probe: the real `serve`, dispatcher job, leader election, re-check follow-ups and
hourly pruning, polling the emulator), so its CPU time (from /proc, user + system) and memory
(RSS) are the bot's alone; the emulator runs in this process. On PostgreSQL the URL names the
server: a scratch database `legcare_bench_<pid>` is created there and dropped at the end.

Scenario "idle": N plans, none due during the run; after a warm-up (the first tick runs the hourly
prunes), the bot's CPU is sampled over `--windows` windows of `--seconds` each.
Scenario "due": in the same database, D foot checks are made due at one instant while the bot
runs; it claims them (up to 1,000 a tick) and sends at the 20/s reminder budget to the emulator,
which counts rate-limit violations. The run ends when all are sent or after `--send-seconds`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

from bench.figures import percentile
from bench.scale_seed import (
    create_postgres,
    drop_postgres,
    forget_run,
    make_due,
    next_delivery_id,
    seed,
)
from bot.db import migrate
from tgemu.server import BotApiEmulator

TOKEN = "5000:bench"  # noqa: S105 - only the emulator sees it
ROOT = Path(__file__).resolve().parent.parent
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
WARM_UP_SECONDS = 5.0
REMINDER_RATE = 20.0
START_TIMEOUT_SECONDS = 120.0
MIN_SENDS = 50  # fewer sends after the claim than this say nothing about the cost of one


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (fields 14 and 15 of /proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def server_pids(url: str) -> list[int]:
    """The PostgreSQL server processes serving the bot's connections (its queries' CPU is spent
    there, not in the bot); none for SQLite, which runs inside the bot."""
    if make_url(url).get_backend_name() != "postgresql":
        return []
    libpq = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(libpq) as conn:
        rows = conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
            " AND pid <> pg_backend_pid()"
        ).fetchall()
    return [pid for (pid,) in rows if Path(f"/proc/{pid}/stat").exists()]


def server_cpu_seconds(pids: list[int]) -> dict[int, float]:
    """CPU seconds so far of each server process still running."""
    seconds = {}
    for pid in pids:
        try:
            seconds[pid] = cpu_seconds(pid)
        except FileNotFoundError:  # a pooled connection closed meanwhile
            continue
    return seconds


def server_cpu_since(url: str, before: dict[int, float]) -> float:
    """Server CPU seconds spent for the bot since `before` (connections opened since count in
    full; one that closed in between is missed, so this is a lower bound)."""
    now = server_cpu_seconds(server_pids(url))
    return sum(cpu - before.get(pid, 0.0) for pid, cpu in now.items())


def memory_mib(pid: int) -> tuple[float, float]:
    """(current RSS, peak RSS) of a process, MiB."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


@dataclass
class BotRun:
    """The bot process: started, then measured from outside, then stopped for its own record."""

    url: str
    emulator: BotApiEmulator
    folder: Path
    process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        ready = self.folder / "ready"
        ready.unlink(missing_ok=True)
        env = {
            "PATH": os.environ.get("PATH", ""),
            "PYTHONPATH": str(ROOT),
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": self.emulator.base_url,
            "DATABASE_URL": self.url,
            "LOG_LEVEL": "INFO",
        }
        command = [sys.executable, "-m", "bench.dispatch_probe", str(ready), str(self.result)]
        with (self.folder / "bot.log").open("ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                *command, cwd=self.folder, env=env, stdout=log, stderr=asyncio.subprocess.STDOUT
            )
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while not ready.exists():
            if self.process.returncode is not None or time.monotonic() > deadline:
                raise RuntimeError((self.folder / "bot.log").read_text()[-3000:])
            await asyncio.sleep(0.05)

    @property
    def result(self) -> Path:
        return self.folder / "result.json"

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    async def stop(self) -> dict[str, object]:
        assert self.process is not None
        self.process.terminate()
        await self.process.wait()
        data: dict[str, object] = json.loads(self.result.read_text())
        self.result.unlink()
        return data


def tick_ms(ticks: list[list[float]], start: float, end: float, field: int = 1) -> list[float]:
    return [t[field] * 1000 for t in ticks if start <= t[0] <= end]


async def idle(
    url: str, emulator: BotApiEmulator, folder: Path, plans: int, args: argparse.Namespace
) -> dict[str, object]:
    bot = BotRun(url, emulator, folder)
    await bot.start()
    await asyncio.sleep(WARM_UP_SECONDS)
    cpu: list[float] = []
    postgres = make_url(url).get_backend_name() == "postgresql"
    server_cpu0 = server_cpu_seconds(server_pids(url))
    start = time.monotonic()
    for _ in range(args.windows):
        t0, c0 = time.monotonic(), cpu_seconds(bot.pid)
        await asyncio.sleep(args.seconds)
        cpu.append((cpu_seconds(bot.pid) - c0) / (time.monotonic() - t0) * 100)
    end = time.monotonic()
    server_cpu = server_cpu_since(url, server_cpu0) / (end - start) * 100
    rss, peak = memory_mib(bot.pid)
    result = await bot.stop()
    ticks: list[list[float]] = result["ticks"]  # type: ignore[assignment]
    window = tick_ms(ticks, start, end)
    window_cpu = tick_ms(ticks, start, end, field=4)
    first = ticks[0][1] * 1000 if ticks else float("nan")
    return {
        "plans": f"{plans:,}",
        "ticks": len(window),
        "tick_ms_p50": statistics.median(window) if window else float("nan"),
        "tick_ms_max": max(window, default=float("nan")),
        "tick_cpu_ms_mean": statistics.fmean(window_cpu) if window_cpu else float("nan"),
        "first_tick_ms": first,
        "cpu_pct_median": statistics.median(cpu),
        "cpu_pct_max": max(cpu),
        "server_cpu_pct": server_cpu if postgres else float("nan"),
        "rss_mib": rss,
        "peak_rss_mib": peak,
    }


async def due(
    url: str,
    emulator: BotApiEmulator,
    folder: Path,
    plans: int,
    count: int,
    args: argparse.Namespace,
) -> dict[str, object]:
    first_new = next_delivery_id(url)
    before = emulator.stats
    sends0 = before.sends
    violations0 = before.overall_violations + before.chat_violations_total
    bot = BotRun(url, emulator, folder)
    await bot.start()
    await asyncio.sleep(WARM_UP_SECONDS)
    cpu0 = cpu_seconds(bot.pid)
    postgres = make_url(url).get_backend_name() == "postgresql"
    server_cpu0 = server_cpu_seconds(server_pids(url))
    due_at = datetime.now(UTC)
    made_due = time.monotonic()
    await asyncio.to_thread(make_due, url, count, due_at)
    full = count <= args.full_send
    limit = max(args.send_seconds, count / REMINDER_RATE * 2 + 30) if full else args.send_seconds
    samples: list[tuple[float, float, int]] = []  # (when, bot CPU seconds, sends so far)
    while time.monotonic() - made_due < limit:
        await asyncio.sleep(2.0)
        sends = emulator.stats.sends - sends0
        samples.append((time.monotonic(), cpu_seconds(bot.pid), sends))
        if full and sends >= count:
            await asyncio.sleep(1.0)  # the last outcome is recorded
            break
    end = time.monotonic()
    cpu = cpu_seconds(bot.pid) - cpu0
    server_cpu = server_cpu_since(url, server_cpu0) if postgres else float("nan")
    _, peak = memory_mib(bot.pid)
    result = await bot.stop()
    stats = emulator.stats
    await asyncio.to_thread(forget_run, url, first_new, count, due_at)
    ticks: list[list[float]] = result["ticks"]  # type: ignore[assignment]
    claiming = [t for t in ticks if t[0] >= made_due - 1.5 and t[3] > 0]
    claim_ms = [t[2] * 1000 for t in claiming]
    claim_cpu = sum(t[4] for t in claiming)  # whole ticks: the claim dominates them
    after_claim = claiming[-1][0] if claiming else made_due
    sending = tick_ms(ticks, after_claim + 0.001, end, field=4)
    later = [s for s in samples if s[0] > after_claim + 1.0]
    send_cpu = later[-1][1] - later[0][1] if len(later) > 1 else float("nan")
    send_count = later[-1][2] - later[0][2] if len(later) > 1 else 0
    delays: list[float] = result["delays"]  # type: ignore[assignment]
    sent = int(result["sent"])  # type: ignore[call-overload]
    claimed = sum(int(t[3]) for t in claiming)
    return {
        "plans": f"{plans:,}",
        "due": f"{count:,}",
        "claimed": claimed,
        "claim_ticks": len(claiming),
        "claim_ms_total": sum(claim_ms),
        "claim_ms_max_tick": max(claim_ms, default=float("nan")),
        "claim_us_per_reminder": sum(claim_ms) * 1000 / claimed if claimed else float("nan"),
        "claim_cpu_us_per_reminder": claim_cpu * 1e6 / claimed if claimed else float("nan"),
        "send_tick_cpu_ms_p50": statistics.median(sending) if sending else float("nan"),
        "send_cpu_ms_per_reminder": send_cpu * 1000 / send_count
        if send_count >= MIN_SENDS
        else float("nan"),
        "run_s": end - made_due,
        "cpu_s": cpu,
        "server_cpu_s": server_cpu,
        "sent": sent,
        "rate_per_s": (len(delays) - 1) / (max(delays) - min(delays)) if len(delays) > 1 else 0.0,
        "delay_p50_s": percentile(delays, 50),
        "delay_p99_s": percentile(delays, 99),
        "peak_rss_mib": peak,
        "violations": stats.overall_violations + stats.chat_violations_total - violations0,
    }


def table(rows: list[dict[str, object]]) -> str:
    columns = list(rows[0])
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        cells = [f"{v:,.2f}" if isinstance(v, float) else str(v) for v in row.values()]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


async def run_backend(
    args: argparse.Namespace,
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    idle_rows: list[dict[str, object]] = []
    due_rows: list[dict[str, object]] = []
    postgres = args.database_url is not None
    name = f"legcare_bench_{os.getpid()}"
    foot_users = max(args.due, default=0)
    async with BotApiEmulator(bot_username="bench_bot") as emulator:
        for uid in range(1, foot_users + 1):  # the chats the due reminders go to
            emulator._state.touch_user(uid, "Bench", None, "en")  # no update
        for plans in args.plans:
            with tempfile.TemporaryDirectory() as tmp:
                folder = Path(tmp)
                url = (
                    create_postgres(args.database_url, name)
                    if postgres
                    else f"sqlite:///{folder / 'bench.db'}"
                )
                try:
                    await asyncio.to_thread(migrate.upgrade, url)
                    started = time.perf_counter()
                    now = datetime.now(UTC)
                    await asyncio.to_thread(
                        seed, url, plans, min(plans, foot_users), args.history, now
                    )
                    populate_s = time.perf_counter() - started
                    print(f"seeded {plans:,} plans in {populate_s:.1f} s", file=sys.stderr)
                    row = await idle(url, emulator, folder, plans, args)
                    idle_rows.append({**row, "populate_s": populate_s})
                    print(table(idle_rows[-1:]), file=sys.stderr)
                    if plans in args.due_on:
                        for count in args.due:
                            if count <= plans:
                                due_rows.append(
                                    await due(url, emulator, folder, plans, count, args)
                                )
                                print(table(due_rows[-1:]), file=sys.stderr)
                finally:
                    if postgres:
                        drop_postgres(args.database_url, name)
    return idle_rows, due_rows


def parse_counts(text: str) -> list[int]:
    return [int(part.replace("_", "")) for part in text.split(",") if part]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="a PostgreSQL server URL (default: SQLite)")
    parser.add_argument("--plans", type=parse_counts, help="N values, e.g. 0,10000,100000")
    parser.add_argument("--due", type=parse_counts, help="D values, e.g. 1000,10000,100000")
    parser.add_argument(
        "--due-on", type=parse_counts, help="N values that also run the due scenario"
    )
    parser.add_argument("--history", type=int, default=1, help="finished deliveries per plan")
    parser.add_argument("--seconds", type=float, default=20.0, help="one idle CPU window")
    parser.add_argument("--windows", type=int, default=3, help="idle CPU windows per N")
    parser.add_argument("--send-seconds", type=float, default=60.0)
    parser.add_argument("--full-send", type=int, default=2000, help="send all when D <= this")
    parser.add_argument("--quick", action="store_true", help="smaller N and D, shorter windows")
    args = parser.parse_args()
    big = 1_000_000 if args.database_url else 100_000
    if args.quick:
        args.plans = args.plans or [0, 10_000, 100_000]
        args.due = args.due or [1_000, 10_000]
        args.due_on = args.due_on or [100_000]
        args.seconds, args.windows, args.send_seconds = 10.0, 2, 30.0
    args.plans = args.plans or sorted({0, 10_000, 100_000, big})
    args.due = args.due or [1_000, 10_000, 100_000]
    args.due_on = args.due_on or sorted({100_000, big})
    started = time.perf_counter()
    idle_rows, due_rows = asyncio.run(run_backend(args))
    backend = "PostgreSQL" if args.database_url else "SQLite"
    print(f"\n### Idle plans ({backend})\n\n{table(idle_rows)}")
    if due_rows:
        print(f"\n### Due reminders ({backend})\n\n{table(due_rows)}")
    print(f"\n(total {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
