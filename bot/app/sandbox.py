"""The offline sandbox: the emulator and the real bot in one process, chatting in a terminal.

A newcomer without a token sees the bot exactly as Telegram users do, minus Telegram: every message
goes over real HTTP through the emulator. Lines typed are messages; a number taps the button with
that number on the latest message that has buttons. Input may also be piped in: each line waits for
the bot's answer before the next is sent, so a scripted session prints a readable transcript.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import TextIO

from bot.app.runner import serve
from bot.core.clock import ScaledClock, SystemClock
from bot.core.config import DEFAULT_DATABASE_URL, BotMode, Settings
from bot.core.logs import configure_logging
from tgemu.server import BotApiEmulator, EmulatedMessage

SANDBOX_TOKEN = "1000000001:sandbox-offline-token"  # noqa: S105 - only the emulator sees it
SANDBOX_DATABASE_URL = "sqlite:///./data/sandbox.db"
FAST_DATABASE_PATH = Path("data/sandbox-fast.db")  # a fresh one each --fast run
FAST_SPEED = 60.0
SANDBOX_LOG = Path("data/sandbox.log")
SANDBOX_FILES = Path("data/sandbox-files")  # photos and documents the bot sent, to open
USER_ID = 1001
USER_NAME = "You"
REPLY_WAIT_SECONDS = 5.0
QUIET_SECONDS = 0.4
BANNER = (
    "LegCare sandbox: you are chatting with the real bot through a local Telegram emulator.\n"
    "Type a message and press Enter (try /start). Type a button's number to tap it. "
    "Ctrl-D quits.\n"
)


class TerminalChat:
    """Prints the bot's messages and turns typed lines into user messages and taps."""

    def __init__(self, emulator: BotApiEmulator, output: TextIO) -> None:
        self.emulator = emulator
        self.output = output
        self.buttons: list[tuple[int, str]] = []  # (message_id, button text), numbered from 1
        self.activity = asyncio.Event()
        self._loop = asyncio.get_running_loop()

    def show(self, message: EmulatedMessage) -> None:
        if not message.from_bot or message.chat_id != USER_ID:
            return
        if message.deleted:
            self._print(f"(bot deleted a message #{message.message_id})")
        else:
            edited = " (edited)" if message.edit_count else ""
            self._print(f"\nLegCare{edited}:\n{message.text}")
            if message.media is not None:
                self._print(f"  ({message.media.kind}: open {self._save(message)})")
            labels = [text for text, _data in message.buttons]
            if not labels and self.buttons and self.buttons[0][0] == message.message_id:
                self.buttons = []
            if labels:
                self.buttons = [(message.message_id, label) for label in labels]
                for number, label in enumerate(labels, start=1):
                    self._print(f"  [{number}] {label}")
        self._loop.call_soon_threadsafe(self.activity.set)

    def _save(self, message: EmulatedMessage) -> Path:
        """Write a sent photo or document where the person can open it."""
        media = message.media
        assert media is not None
        name = Path(media.file_name).name or media.kind
        if media.kind == "photo" and "." not in name:
            name += ".png" if media.data.startswith(b"\x89PNG") else ".jpg"
        path = SANDBOX_FILES / f"{message.message_id}-{name}"
        SANDBOX_FILES.mkdir(parents=True, exist_ok=True)
        path.write_bytes(media.data)
        return path.resolve()

    def _print(self, line: str) -> None:
        print(line, file=self.output, flush=True)

    async def handle(self, line: str) -> None:
        line = line.strip()
        if not line:
            return
        self.activity.clear()
        if line.isdigit() and self.buttons:
            number = int(line)
            if not 1 <= number <= len(self.buttons):
                self._print(f"(no button {number}; choose 1-{len(self.buttons)})")
                return
            message_id, label = self.buttons[number - 1]
            self.emulator.user_taps(USER_ID, message_id, button_text=label)
        else:
            self.emulator.user_sends(USER_ID, line, first_name=USER_NAME)
        await self._settle()

    async def _settle(self) -> None:
        """Wait for the bot's answer, then until it has been quiet for a moment."""
        try:
            await asyncio.wait_for(self.activity.wait(), timeout=REPLY_WAIT_SECONDS)
        except TimeoutError:
            return
        while True:
            self.activity.clear()
            try:
                await asyncio.wait_for(self.activity.wait(), timeout=QUIET_SECONDS)
            except TimeoutError:
                return


def _read_lines(
    loop: asyncio.AbstractEventLoop, queue: asyncio.Queue[str | None], source: TextIO
) -> None:
    """Blocking reads in a daemon thread, so a pending read never holds up shutdown."""
    for line in source:
        loop.call_soon_threadsafe(queue.put_nowait, line)
    loop.call_soon_threadsafe(queue.put_nowait, None)


def sandbox_settings(settings: Settings, *, fast: bool = False) -> Settings:
    """The sandbox keeps its own database unless one was chosen explicitly, and always polls its
    in-process emulator (a BOT_MODE=webhook deployment's .env must not change that)."""
    update: dict[str, object] = {"bot_mode": BotMode.POLLING}
    if settings.database_url == DEFAULT_DATABASE_URL:
        update["database_url"] = (
            f"sqlite:///./{FAST_DATABASE_PATH}" if fast else SANDBOX_DATABASE_URL
        )
    return settings.model_copy(update=update)


def _fast_note(clock: ScaledClock) -> str:
    started = clock.now().astimezone().strftime("%a %H:%M")
    return (
        f"Fast clock: it is {started} here, and time runs {clock.speed:.0f} times faster, so a "
        "45-minute break comes about 45 seconds after the last (a fresh database each run).\n"
    )


def fast_clock(now: datetime | None = None) -> ScaledClock:
    """A clock for --fast: the next working day at 08:58 on this machine's local time, running
    FAST_SPEED times faster, so the first movement break of a fresh set-up comes within a minute
    or so, whatever the hour the sandbox is started at."""
    local = (now or SystemClock().now()).astimezone()
    day = local.date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    start = datetime.combine(day, time(8, 58), tzinfo=local.tzinfo)
    return ScaledClock(start, FAST_SPEED)


async def run_sandbox(
    settings: Settings,
    *,
    stop: asyncio.Event,
    source: TextIO | None = None,
    output: TextIO | None = None,
    fast: bool = False,
) -> None:
    source = source or sys.stdin
    output = output or sys.stdout
    clock = fast_clock() if fast else None
    if fast:
        await asyncio.to_thread(FAST_DATABASE_PATH.unlink, missing_ok=True)
    SANDBOX_LOG.parent.mkdir(parents=True, exist_ok=True)
    log_file = await asyncio.to_thread(SANDBOX_LOG.open, "a", encoding="utf-8")
    with log_file:
        configure_logging(settings.log_level, settings.log_format, stream=log_file)
        emulator = BotApiEmulator(bot_username="legcare_sandbox_bot")
        await emulator.start()
        chat = TerminalChat(emulator, output)
        emulator.add_listener(chat.show)
        ready = asyncio.Event()

        async def on_ready(_application: object) -> None:
            ready.set()

        bot = asyncio.create_task(
            serve(
                sandbox_settings(settings, fast=fast),
                stop=stop,
                clock=clock,
                api_base_url=emulator.base_url,
                token=SANDBOX_TOKEN,
                on_ready=on_ready,
            )
        )
        try:
            banner = BANNER + (_fast_note(clock) if clock is not None else "")
            await _converse(chat, source, output, ready, bot, stop, banner)
        finally:
            stop.set()
            await bot
            await emulator.stop()
            logging.getLogger(__name__).info("sandbox closed")


async def _converse(
    chat: TerminalChat,
    source: TextIO,
    output: TextIO,
    ready: asyncio.Event,
    bot: asyncio.Task[None],
    stop: asyncio.Event,
    banner: str = BANNER,
) -> None:
    waiting = asyncio.create_task(ready.wait())
    await asyncio.wait({waiting, bot}, return_when=asyncio.FIRST_COMPLETED)
    if bot.done():
        waiting.cancel()
        return
    print(banner, file=output, flush=True)
    lines: asyncio.Queue[str | None] = asyncio.Queue()
    reader = threading.Thread(
        target=_read_lines, args=(asyncio.get_running_loop(), lines, source), daemon=True
    )
    reader.start()
    stopping = asyncio.create_task(stop.wait())
    try:
        while not stop.is_set():
            getting = asyncio.create_task(lines.get())
            await asyncio.wait({getting, stopping}, return_when=asyncio.FIRST_COMPLETED)
            if not getting.done():
                getting.cancel()
                break
            line = getting.result()
            if line is None:
                break
            await chat.handle(line)
    finally:
        stopping.cancel()
