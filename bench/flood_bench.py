"""Everyone else's reply latency while some people flood the bot, and what the flooders get.

    .venv/bin/python -m bench.flood_bench                       # about a minute
    .venv/bin/python -m bench.flood_bench --users 40 --flooders 5 --rate 50 --seconds 30

The real bot (`python -m bot run`, polling, SQLite) against the emulator in this process. Normal
users talk at a person's pace: each sends a message (a command or a question), waits for the
answer and thinks for --think seconds. Flooders send --rate messages a second each, without
waiting. Each scenario runs on a fresh bot and database: first nobody floods, then --flooders
do. The emulator counts sends that broke Telegram's limits (30 a second overall; per chat a
burst of 3, then 1 a second).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.e2e.harness import BotProcess
from tgemu.server import BotApiEmulator

NORMAL_TEXTS = ("/help", "is it normal that my legs go numb when I sit?", "/privacy", "/topics")
NOTICE = "faster than I can answer"


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    timeouts: int = 0
    flood_sent: int = 0


async def normal_user(
    emulator: BotApiEmulator, user_id: int, until: float, think: float, result: Result
) -> None:
    texts = itertools.cycle(NORMAL_TEXTS)
    while time.monotonic() < until:
        started = time.monotonic()
        sent = emulator.user_sends(user_id, next(texts))
        try:
            await emulator.wait_for_bot_message(
                user_id, after_message_id=sent["message_id"], timeout=10
            )
        except TimeoutError:
            result.timeouts += 1
            continue
        result.latencies.append(time.monotonic() - started)
        await asyncio.sleep(think)


async def flooder(
    emulator: BotApiEmulator, user_id: int, until: float, rate: float, chars: int, result: Result
) -> None:
    count = 0
    padding = " ".join(["my leg tingles after sitting"] * (chars // 29 + 1))[:chars]
    while time.monotonic() < until:
        emulator.user_sends(user_id, f"is numbness number {count} normal? {padding}"[:4096])
        count += 1
        result.flood_sent += 1
        await asyncio.sleep(1 / rate)


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def scenario(args: argparse.Namespace, flooders: int) -> str:
    emulator = BotApiEmulator()
    await emulator.start()
    with tempfile.TemporaryDirectory() as workdir:
        process = BotProcess(emulator, Path(workdir), LOG_LEVEL="INFO")
        await process.start()
        try:
            result = Result()
            until = time.monotonic() + args.seconds
            normal_ids = range(100_001, 100_001 + args.users)
            flood_ids = range(200_001, 200_001 + flooders)
            await asyncio.gather(
                *(normal_user(emulator, u, until, args.think, result) for u in normal_ids),
                *(
                    flooder(emulator, u, until, args.rate, args.flood_chars, result)
                    for u in flood_ids
                ),
            )
            await asyncio.sleep(args.drain)  # let waiting replies go out
            flood_replies = sum(len(emulator.bot_messages(u)) for u in flood_ids)
            notices = sum(NOTICE in m.text for u in flood_ids for m in emulator.bot_messages(u))
            stats = emulator.stats
            flooder_violations = sum(stats.chat_violations[u] for u in flood_ids)
            errors = sum("level=error" in line for line in process.logs().splitlines())
        finally:
            await process.stop()
            await emulator.stop()
    lat = [x * 1000 for x in result.latencies]
    flood = f"{flooders} × {args.rate:g}/s" if flooders else "none"
    return (
        f"| {flood} | {len(lat)} | {result.timeouts} | {statistics.median(lat):.0f} | "
        f"{percentile(lat, 0.95):.0f} | {max(lat):.0f} | {result.flood_sent} | {flood_replies} | "
        f"{notices} | {stats.overall_violations} | {flooder_violations} / "
        f"{stats.chat_violations_total - flooder_violations} | {errors} |"
    )


async def main(args: argparse.Namespace) -> None:
    print(
        f"{args.users} people talking (think time {args.think:g} s) for {args.seconds:g} s; "
        f"latency is from sending to the bot's first reply.\n"
    )
    print(
        "| flooders | replies to others | timeouts | p50 ms | p95 ms | max ms | flood messages "
        "| flood replies | notices | overall violations | chat violations (flooders / others) "
        "| logged errors |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for flooders in (0, args.flooders):
        print(await scenario(args, flooders), flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--flooders", type=int, default=3)
    parser.add_argument("--rate", type=float, default=50.0, help="messages a second per flooder")
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument(
        "--think", type=float, default=1.5, help="seconds between a reply and the next message"
    )
    parser.add_argument(
        "--flood-chars", type=int, default=0, help="pad each flood message to this length"
    )
    parser.add_argument("--drain", type=float, default=8.0)
    asyncio.run(main(parser.parse_args()))
