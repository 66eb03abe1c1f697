"""The bot exactly as `python -m bot run` starts it, plus a probe that times every dispatcher tick.

Started by bench.dispatch_scale as its own process, so the process's CPU time and memory are the
bot's alone (the emulator runs in the benchmark's process). Configuration comes from the
environment like the real bot (DATABASE_URL, TELEGRAM_BOT_TOKEN, TELEGRAM_API_BASE_URL); the probe
only wraps the scheduled dispatcher's `tick` and `claim_due` to record how long each took, writes
a ready file once the bot polls, and on SIGTERM writes what it measured as JSON.

    python -m bench.dispatch_probe READY_FILE RESULT_FILE [--start-at ISO_UTC]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

from bot.app.runner import DISPATCHER_KEY, serve
from bot.core.clock import Clock, SystemClock
from bot.core.config import load_settings
from bot.core.logs import configure_logging
from bot.reminders.dispatcher import Dispatcher


class ShiftedClock(SystemClock):
    """Real time, moved to a chosen instant: a run can start "at 09:30 on a Monday"."""

    def __init__(self, starts_at: datetime) -> None:
        self._offset = starts_at - datetime.now(UTC)

    def now(self) -> datetime:
        return datetime.now(UTC) + self._offset


class TickProbe:
    """Per tick: when it started (monotonic), its wall time, its claim step's wall time, the
    number of plans claimed, and the process's CPU time during the tick (all threads: SQLite
    works in a thread of its own). Seconds."""

    def __init__(self) -> None:
        self.ticks: list[tuple[float, float, float, int, float]] = []
        self._claim: tuple[float, int] = (0.0, 0)

    def attach(self, dispatcher: Dispatcher) -> None:
        # The scheduled job calls `self.tick()`, which calls `self.claim_due()`: wrapping the
        # instance attributes times the production path itself.
        tick: Callable[[], Awaitable[None]] = dispatcher.tick
        claim_due: Callable[[], Awaitable[int]] = dispatcher.claim_due

        async def timed_claim() -> int:
            started = time.perf_counter()
            claimed = await claim_due()
            self._claim = (time.perf_counter() - started, claimed)
            return claimed

        async def timed_tick() -> None:
            self._claim = (0.0, 0)
            at, cpu, started = time.monotonic(), time.process_time(), time.perf_counter()
            await tick()
            wall, cpu = time.perf_counter() - started, time.process_time() - cpu
            self.ticks.append((at, wall, *self._claim, cpu))

        dispatcher.claim_due = timed_claim  # type: ignore[method-assign]
        dispatcher.tick = timed_tick  # type: ignore[method-assign]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ready_file", type=Path)
    parser.add_argument("result_file", type=Path)
    parser.add_argument("--start-at", help="shift the bot's clock to this UTC instant (ISO)")
    args = parser.parse_args()
    settings = load_settings()
    configure_logging(settings.log_level, settings.log_format)
    clock: Clock = (
        ShiftedClock(datetime.fromisoformat(args.start_at)) if args.start_at else SystemClock()
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    probe = TickProbe()
    holder: list[Dispatcher] = []

    async def on_ready(application: object) -> None:
        dispatcher: Dispatcher = application.bot_data[DISPATCHER_KEY]  # type: ignore[attr-defined]
        dispatcher.record_delays = True
        probe.attach(dispatcher)
        holder.append(dispatcher)
        args.ready_file.write_text(str(time.monotonic()))

    await serve(settings, stop=stop, clock=clock, on_ready=on_ready)
    counters = holder[0].counters if holder else None
    result = {
        "ticks": probe.ticks,
        "sent": counters.sent if counters else 0,
        "claimed": counters.claimed if counters else 0,
        "skipped_late": counters.skipped_late if counters else 0,
        "failed": counters.failed if counters else 0,
        "delays": counters.delays if counters else [],
    }
    args.result_file.write_text(json.dumps(result))


if __name__ == "__main__":
    asyncio.run(main())
