"""Interactive cost of LegCare against a bare python-telegram-bot echo bot on the same emulator.

    .venv/bin/python -m bench.interactive_bench                  # everything, about 4-5 minutes
    .venv/bin/python -m bench.interactive_bench --seconds 5 --burst 2000   # quick look
    .venv/bin/python -m bench.interactive_bench --postgres postgresql://postgres@127.0.0.1/test

The emulator and the simulated users (bench.interactive_load) live in this process; the bot under
test runs in its own process (bench.interactive_bots: `python -m bot run` on a fresh database, or
bench.echo_bot), polling, so its CPU time (utime + stime from /proc/<pid>/stat, all threads) is
its own. Per bot and per concurrent_updates setting:
- "check", "FAQ", "emergency" and "stories": an open-loop load at --rate updates/s of /check
  taps, of FAQ questions, of emergency stories (the red-flag screen with its language model), or
  of the other symptom stories (screen, story levels and guide), the last three typed as free
  text, for --seconds; CPU per update and reply latency p50/p95/p99.
- "saturated": every user sends its next update as soon as it is answered; updates/s and CPU per
  update. Every reply and edit carries a chat_id, so the client-side rate limiter of both bots
  caps this at about 30/s, Telegram's limit; the echo bot without the limiter shows the raw
  framework ceiling.
- "burst" (LegCare only): --burst foot-check reminders fall due at start-up, so the dispatcher is
  sending at its 20/s while users tap and ask at --burst-rate updates/s.
The paced rates stay under Telegram's 30 messages/s (reminders included) and each chat gets at
most one new message a second, so latency is the bot's work, not waiting in a rate limiter.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
from sqlalchemy import insert

from bench.figures import percentile
from bench.interactive_bots import (
    TOKEN,
    Target,
    bot_process,
    cpu_seconds,
    scratch_database,
    serve_legcare,
)
from bench.interactive_load import (
    EMERGENCY,
    FAQ,
    STORY,
    TAP,
    Recorder,
    ReplyWatch,
    make_users,
    paced,
    saturated,
)
from bench.machine_pace import model_pace
from bot.db import Database, migrate
from bot.db.models import User
from bot.db.reminder_tables import FOOT, ReminderPlan
from tgemu.server import BotApiEmulator

WARMUP_S = 3.0
IDLE_S = 3.0
idle_cpu_per_s: dict[Target, float] = {}
SATURATION_USERS = 60
BURST_USER_BASE = 1_000_000
_user_ids = itertools.count(10_000)


def fresh_ids(count: int) -> range:
    """User ids no earlier phase used, so every phase starts with its own chats."""
    first = next(_user_ids)
    for _ in range(count - 1):
        next(_user_ids)
    return range(first, first + count)


def paced_users(rate: float) -> int:
    """Enough users that each chat gets at most one new message every two seconds, and few
    enough that the warm-up has already seen every one of them (first contact creates a row)."""
    return int(rate * 2) + 5


@dataclass
class Measured:
    updates: int
    seconds: float
    cpu_s: float
    latencies: dict[str, list[float]]
    timeouts: int
    violations: int
    idle_cpu_per_s: float = 0.0

    def net_cpu_ms_per_update(self) -> float:
        """CPU per update without what the bot burns idle (its once-a-second dispatcher tick)."""
        net = self.cpu_s - self.idle_cpu_per_s * self.seconds
        return net / self.updates * 1000 if self.updates else float("nan")

    @property
    def rate(self) -> float:
        return self.updates / self.seconds if self.seconds else 0.0

    @property
    def cpu_ms_per_update(self) -> float:
        return self.cpu_s / self.updates * 1000 if self.updates else float("nan")

    def latency_ms(self, kind: str) -> str:
        values = self.latencies.get(kind, [])
        if not values:
            return "-"
        return " / ".join(f"{percentile(values, p) * 1000:.1f}" for p in (50, 95, 99))


def violations(emulator: BotApiEmulator) -> int:
    stats = emulator.stats
    return stats.overall_violations + stats.chat_violations_total


async def measure(
    pid: int,
    recorder: Recorder,
    load: asyncio.Future | asyncio.Task,
    emulator: BotApiEmulator,
    idle_cpu: float = 0.0,
) -> Measured:
    """Run `load` after WARMUP_S of it unmeasured; count only updates started afterwards."""
    await asyncio.sleep(WARMUP_S)
    recorder.reset()
    recorder.measuring = True
    cpu0, wall0, violations0 = cpu_seconds(pid), time.perf_counter(), violations(emulator)
    await load
    cpu1, wall1 = cpu_seconds(pid), time.perf_counter()
    recorder.measuring = False
    return Measured(
        recorder.completed,
        wall1 - wall0,
        cpu1 - cpu0,
        dict(recorder.latencies),
        recorder.timeouts,
        violations(emulator) - violations0,
        idle_cpu,
    )


async def run_target(
    target: Target, args: argparse.Namespace, emulator: BotApiEmulator, watch: ReplyWatch
) -> dict[str, Measured]:
    results: dict[str, Measured] = {}
    with scratch_database(args.postgres) as url, tempfile.TemporaryDirectory() as folder:
        if target.bot == "legcare":
            migrate.upgrade(url)
        async with bot_process(target, emulator, url, Path(folder), args.profile) as pid:
            recorder = Recorder()
            idle = cpu_seconds(pid)
            await asyncio.sleep(IDLE_S)
            idle_cpu_per_s[target] = (cpu_seconds(pid) - idle) / IDLE_S
            phases = [
                ("check", False, FAQ),
                ("FAQ", True, FAQ),
                ("emergency", True, EMERGENCY),
                ("stories", True, STORY),
            ]
            for name, faq_only, typed in phases if target.rate_limiter else []:
                ids = fresh_ids(paced_users(args.rate))
                users = make_users(emulator, watch, recorder, ids, faq_only=faq_only, typed=typed)
                total = WARMUP_S + args.seconds
                task = asyncio.ensure_future(paced(users, args.rate, total))
                results[name] = await measure(pid, recorder, task, emulator, idle_cpu_per_s[target])
            users = make_users(emulator, watch, recorder, fresh_ids(SATURATION_USERS))
            task = asyncio.ensure_future(saturated(users, WARMUP_S + args.seconds))
            results["saturated"] = await measure(
                pid, recorder, task, emulator, idle_cpu_per_s[target]
            )
    return results


async def seed_due_foot_checks(url: str, emulator: BotApiEmulator, count: int) -> range:
    """`count` users whose foot check is due now, with their chats open in the emulator and the
    updates that opened them already consumed (so the bot only sees the benchmark's users)."""
    ids = range(BURST_USER_BASE, BURST_USER_BASE + count)
    now = datetime.now(UTC)
    db = Database(url)
    try:
        async with db.session() as session:
            await session.execute(
                insert(User),
                [
                    {"telegram_id": uid, "language": "en", "time_zone": "UTC", "blocked": False}
                    | {"created_at": now, "last_seen_at": now}
                    for uid in ids
                ],
            )
            plan = {"kind": FOOT, "at_time": now.strftime("%H:%M"), "created_at": now}
            plan |= {"updated_at": now, "next_due_at": now - timedelta(seconds=1)}
            await session.execute(insert(ReminderPlan), [{"user_id": uid} | plan for uid in ids])
    finally:
        await db.dispose()
    for uid in ids:
        emulator.user_sends(uid, "hello")
    async with aiohttp.ClientSession() as http:
        url_base = f"{emulator.base_url}{TOKEN}/getUpdates"
        async with http.post(url_base, json={"offset": -1, "timeout": 0}) as response:
            last = (await response.json())["result"][-1]["update_id"]
        async with http.post(url_base, json={"offset": last + 1, "timeout": 0}) as response:
            assert (await response.json())["ok"]
    return ids


async def run_burst(
    concurrent: int, args: argparse.Namespace, emulator: BotApiEmulator, watch: ReplyWatch
) -> tuple[Measured, int]:
    target = Target("legcare", concurrent)
    with scratch_database(args.postgres) as url, tempfile.TemporaryDirectory() as folder:
        migrate.upgrade(url)
        seeded = await seed_due_foot_checks(url, emulator, args.burst)
        async with bot_process(target, emulator, url, Path(folder)) as pid:
            recorder = Recorder()
            count = paced_users(args.burst_rate)
            users = make_users(emulator, watch, recorder, fresh_ids(count))
            users += make_users(emulator, watch, recorder, fresh_ids(count), faq_only=True)
            task = asyncio.ensure_future(paced(users, args.burst_rate, WARMUP_S + args.seconds))
            counted = asyncio.ensure_future(reminders_after_warmup(watch, seeded))
            result = await measure(pid, recorder, task, emulator)
            reminders = sum(watch.messages_by_chat[uid] for uid in seeded) - await counted
    return result, reminders


async def reminders_after_warmup(watch: ReplyWatch, seeded: range) -> int:
    """Reminders delivered when measuring starts, so the rate covers the measured window only."""
    await asyncio.sleep(WARMUP_S)
    return sum(watch.messages_by_chat[uid] for uid in seeded)


def ratio(legcare: Measured | None, echo: Measured | None) -> str:
    if legcare is None or echo is None or not echo.cpu_ms_per_update:
        return "-"
    gross = legcare.cpu_ms_per_update / echo.cpu_ms_per_update
    net = legcare.net_cpu_ms_per_update() / echo.net_cpu_ms_per_update()
    return f"{gross:.2f}x / {net:.2f}x"


def report(
    results: dict[Target, dict[str, Measured]],
    bursts: dict[int, tuple[Measured, int]],
    args: argparse.Namespace,
) -> str:
    lines = [
        f"Paced load: {args.rate:g} updates/s for {args.seconds:g} s per phase; latency "
        "p50 / p95 / p99 in ms; CPU = bot process user+system CPU per update.",
        "",
        "| bot | concurrent_updates | phase | updates/s | CPU ms/update (net of idle) "
        "| vs echo (net) | latency ms p50 / p95 / p99 | timeouts | rate violations |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for target, phases in results.items():
        echo = results.get(Target("echo", target.concurrent), {})
        for phase, m in phases.items():
            kind = {"check": TAP, "FAQ": FAQ, "emergency": EMERGENCY, "stories": STORY}.get(phase)
            latency = m.latency_ms(kind) if kind else f"taps {m.latency_ms(TAP)}"
            vs = ratio(m, echo.get(phase)) if target.bot == "legcare" else "1x"
            lines.append(
                f"| {target.label} | {target.concurrency} | {phase} | {m.rate:.1f} "
                f"| {m.cpu_ms_per_update:.2f} ({m.net_cpu_ms_per_update():.2f}) | {vs} "
                f"| {latency} | {m.timeouts} | {m.violations} |"
            )
    if bursts:
        lines += [
            "",
            f"During a reminder burst ({args.burst:,} foot checks due; users at "
            f"{args.burst_rate:g} updates/s):",
            "",
            "| concurrent_updates | reminders sent/s | CPU ms/update | taps p50 / p95 / p99 ms "
            "| FAQ p50 / p95 / p99 ms | all p99 ms | timeouts | rate violations |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for concurrent, (m, reminders) in bursts.items():
            every = [v for values in m.latencies.values() for v in values]
            lines.append(
                f"| {Target('legcare', concurrent).concurrency} | {reminders / m.seconds:.1f} "
                f"| {m.cpu_s / max(1, m.updates + reminders) * 1000:.2f} (per update+reminder) "
                f"| {m.latency_ms(TAP)} | {m.latency_ms(FAQ)} "
                f"| {percentile(every, 99) * 1000:.1f} | {m.timeouts} | {m.violations} |"
            )
    return "\n".join(lines)


async def main(args: argparse.Namespace) -> None:
    settings = [1, args.concurrent] if args.concurrent > 1 else [1]
    targets = [
        Target(bot, concurrent, limiter)
        for concurrent in settings
        for bot, limiter in (("echo", True), ("legcare", True), ("echo", False))
        if (limiter or not args.skip_no_limiter) and args.only in (None, bot)
    ]
    if args.burst_only:
        targets = []
    print(model_pace(), flush=True)
    results: dict[Target, dict[str, Measured]] = {}
    bursts: dict[int, tuple[Measured, int]] = {}
    async with BotApiEmulator(bot_username="bench_bot", token=TOKEN) as emulator:
        watch = ReplyWatch(emulator)
        for target in targets:
            print(f"running {target.label}, concurrent_updates {target.concurrency}", flush=True)
            results[target] = await run_target(target, args, emulator, watch)
        if args.burst:
            for concurrent in settings:
                print(f"running the reminder burst, concurrent {concurrent}", flush=True)
                bursts[concurrent] = await run_burst(concurrent, args, emulator, watch)
        stats = emulator.stats
    print()
    print(report(results, bursts, args))
    violations = stats.overall_violations + stats.chat_violations_total
    print(f"\nRate-limit violations counted by the emulator: {violations}")
    print(model_pace())


def parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="measured length of a phase")
    parser.add_argument("--rate", type=float, default=20.0, help="paced updates/s")
    parser.add_argument("--concurrent", type=int, default=32, help="concurrent_updates when on")
    parser.add_argument("--burst", type=int, default=5000, help="due reminders (0: skip)")
    parser.add_argument("--burst-rate", type=float, default=6.0, help="updates/s in the burst")
    parser.add_argument("--skip-no-limiter", action="store_true")
    parser.add_argument("--burst-only", action="store_true")
    parser.add_argument("--postgres", default=None, help="admin URL: run LegCare on PostgreSQL")
    parser.add_argument("--profile", default=None, help="absolute folder for cProfile dumps")
    parser.add_argument("--only", choices=["echo", "legcare"], default=None)
    parser.add_argument("--serve-legcare", type=int, default=None, help=argparse.SUPPRESS)
    return parser.parse_args()


if __name__ == "__main__":
    arguments = parse()
    if arguments.serve_legcare is not None:
        sys.exit(serve_legcare(arguments.serve_legcare, arguments.profile))
    asyncio.run(main(arguments))
