"""The bots bench.interactive_bench measures, each in its own process so that its CPU time is its
own and the benchmark's emulator and simulated users never count against it.

LegCare starts through `python -m bench.interactive_bench --serve-legcare N` rather than
`python -m bot run`, so concurrent_updates can be switched on without a deployment setting for it.
"""

from __future__ import annotations

import asyncio
import cProfile
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

from bench.echo_bot import READY_LINE as ECHO_READY
from tgemu.server import BotApiEmulator

TOKEN = "777000:interactiveBench"  # noqa: S105 - only the emulator sees it
LEGCARE_READY = "bot is polling"
REPO_ROOT = Path(__file__).resolve().parents[1]
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process, all threads, from /proc (no psutil needed)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


@dataclass(frozen=True)
class Target:
    bot: str  # "echo" or "legcare"
    concurrent: int  # 1 = concurrent_updates off
    rate_limiter: bool = True

    @property
    def label(self) -> str:
        limiter = "" if self.rate_limiter else " (no rate limiter)"
        return f"{'LegCare' if self.bot == 'legcare' else 'PTB echo'}{limiter}"

    @property
    def concurrency(self) -> str:
        return "off" if self.concurrent == 1 else f"on ({self.concurrent})"


@contextmanager
def scratch_database(postgres: str | None) -> Iterator[str]:
    if postgres is None:
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite:///{Path(folder) / 'bench.db'}"
        return
    admin = make_url(postgres).set(drivername="postgresql")
    name = f"legcare_bench_{uuid.uuid4().hex[:10]}"
    libpq = admin.render_as_string(hide_password=False)
    with psycopg.connect(libpq, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield admin.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(libpq, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@asynccontextmanager
async def bot_process(
    target: Target,
    emulator: BotApiEmulator,
    database_url: str,
    workdir: Path,
    profile: str | None = None,
) -> AsyncIterator[int]:
    """Start the bot, wait until it polls, yield its pid; SIGTERM it afterwards."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(REPO_ROOT),
        "TELEGRAM_BOT_TOKEN": TOKEN,
    }
    if target.bot == "echo":
        command = [sys.executable, "-m", "bench.echo_bot", "--base-url", emulator.base_url]
        command += ["--concurrent", str(target.concurrent)]
        command += [] if target.rate_limiter else ["--no-rate-limiter"]
        ready = ECHO_READY
    else:
        command = [sys.executable, "-m", "bench.interactive_bench", "--serve-legcare"]
        command += [str(target.concurrent)]
        if profile is not None:
            out = Path(profile) / f"legcare-{target.concurrent}-{time.monotonic_ns()}.prof"
            command += [
                "--profile",
                str(out),
            ]  # the bot runs in a temporary folder: pass a full path
        env |= {
            "TELEGRAM_API_BASE_URL": emulator.base_url,
            "DATABASE_URL": database_url,
            "LOG_LEVEL": "INFO",
        }
        ready = LEGCARE_READY
    log_path = workdir / f"{target.bot}-{target.concurrent}-{time.monotonic_ns()}.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(  # noqa: ASYNC220 - started once, outside the measurement
            command, cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT
        )
    try:
        deadline = time.monotonic() + 60
        while ready not in log_path.read_text(errors="replace"):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{target.label} did not start:\n{log_path.read_text()}")
            await asyncio.sleep(0.05)
        yield process.pid
    finally:
        process.terminate()
        await asyncio.to_thread(process.wait)


def serve_legcare(concurrent: int, profile: str | None) -> int:
    """`python -m bot run`, with concurrent_updates set on PTB's builder when asked, so the bench
    can compare both settings without a deployment knob for it. `profile` names a file for a
    cProfile dump timed in CPU time of the event loop's thread (wall time would mostly show
    waiting)."""
    if concurrent > 1:
        from telegram.ext import Application, ApplicationBuilder

        from bench.update_order import PerChatOrderedProcessor

        def builder() -> ApplicationBuilder:
            # LegCare's conversations need one user's updates in order: never PTB's plain one.
            return ApplicationBuilder().concurrent_updates(PerChatOrderedProcessor(concurrent))

        Application.builder = staticmethod(builder)  # type: ignore[method-assign,assignment]
    from bot.__main__ import main as bot_main

    if profile is None:
        return bot_main(["run"])
    profiler = cProfile.Profile(time.thread_time)
    try:
        return profiler.runcall(bot_main, ["run"])
    finally:
        profiler.dump_stats(profile)
