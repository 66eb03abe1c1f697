"""Driving the real bot over HTTP: a bot process, and chats that read like transcripts.

chat = Chat(emulator, user_id=42)
welcome = await chat.say("/start")            # the user types; returns the bot's reply
confirm = await chat.say("/delete")
done = await chat.tap(confirm, "Yes, erase everything")  # returns the edited message
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select
from sqlalchemy.sql.base import Executable
from telegram import Bot

from bot.core.clock import SystemClock
from bot.db import Database, User
from bot.db.reminder_tables import FOOT, MOVEMENT, ReminderPlan
from bot.db.users import get_user, set_time_zone, touch_user
from tgemu.server import BotApiEmulator, EmulatedMessage

REPO_ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456789:e2eTestTokenThatMustNeverAppearInLogs"
REPLY_TIMEOUT = 10.0
READY_LINES = ("bot is polling", "bot is serving webhooks")
_user_ids = itertools.count(10_001)


class BotProcess:
    """`python -m bot run` in a subprocess, as a deployment would start it."""

    def __init__(self, emulator: BotApiEmulator, workdir: Path, **env: str) -> None:
        self.emulator = emulator
        self.workdir = workdir
        self.log_path = workdir / "bot.log"
        self.env = {
            "PATH": os.environ.get("PATH", ""),
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": emulator.base_url,
            "DATABASE_URL": f"sqlite:///{workdir / 'bot.db'}",
            "LOG_LEVEL": "DEBUG",
            **env,
        }
        self.process: subprocess.Popen[bytes] | None = None

    async def start(self, timeout: float = 30.0) -> None:
        """Start the process and wait until it polls or serves webhooks (judged by what it logs
        from now on: the log file is shared by restarts)."""
        already = len(self.logs())
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=self.workdir,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while not any(line in self.logs()[already:] for line in READY_LINES):
            if self.process.poll() is not None:
                raise RuntimeError(f"bot exited at start:\n{self.logs()}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"bot did not start polling:\n{self.logs()}")
            await asyncio.sleep(0.05)

    def logs(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    async def stop(self, timeout: float = 15.0) -> int:
        if self.process is None:
            return 0
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while self.process.poll() is None:
            if time.monotonic() > deadline:
                self.process.kill()
                raise TimeoutError("bot did not stop on SIGTERM")
            await asyncio.sleep(0.05)
        return self.process.returncode


class Chat:
    """One user's private chat with the bot, seen from the user's side."""

    def __init__(self, emulator: BotApiEmulator, user_id: int, first_name: str = "Ada") -> None:
        self.emulator = emulator
        self.user_id = user_id
        self.first_name = first_name

    def _last_id(self) -> int:
        messages = self.emulator.chat(self.user_id)
        return max((m.message_id for m in messages), default=0)

    async def say(self, text: str, timeout: float = REPLY_TIMEOUT) -> EmulatedMessage:
        """Send `text` and return the bot's first reply to it."""
        sent = self.emulator.user_sends(self.user_id, text, first_name=self.first_name)
        return await self.emulator.wait_for_bot_message(
            self.user_id, after_message_id=sent["message_id"], timeout=timeout
        )

    async def start(
        self, timeout: float = REPLY_TIMEOUT
    ) -> tuple[EmulatedMessage, EmulatedMessage]:
        """/start answers twice (welcome, then the set-up question); wait for both."""
        welcome = await self.say("/start", timeout=timeout)
        setup = await self.emulator.wait_for_bot_message(
            self.user_id, after_message_id=welcome.message_id, timeout=timeout
        )
        return welcome, setup

    async def tap(
        self, message: EmulatedMessage, button_text: str, timeout: float = REPLY_TIMEOUT
    ) -> EmulatedMessage:
        """Tap a button on `message` and return that message once the bot has edited it."""
        self.emulator.user_taps(self.user_id, message.message_id, button_text=button_text)
        return await self.emulator.wait_for_edit(
            self.user_id, message.message_id, after_edit_count=message.edit_count, timeout=timeout
        )


async def answered(emulator: BotApiEmulator, query_id: str) -> dict[str, object]:
    """The bot's answer to a callback query, once it has given one."""
    for _ in range(250):
        answer = emulator.callback_answer(query_id)
        if answer is not None:
            return answer
        await asyncio.sleep(0.02)
    raise AssertionError("the callback query was never answered")


def labels(message: object) -> list[str]:
    """A bot message's button labels, in order."""
    return [text for text, _ in message.buttons]  # type: ignore[attr-defined]


def new_chat(emulator: BotApiEmulator, first_name: str = "Ada") -> Chat:
    """A chat with a user id no other test of this run uses."""
    return Chat(emulator, next(_user_ids), first_name)


async def stored_user(process: BotProcess, user_id: int) -> User | None:
    """The user's row in the bot process's database, read from outside the process."""
    db = Database(process.env["DATABASE_URL"])
    try:
        async with db.session() as session:
            return await get_user(session, user_id)
    finally:
        await db.dispose()


async def _seed_plans(
    url: str,
    emulator: BotApiEmulator,
    users: range,
    plan_for: Callable[[int, datetime], ReminderPlan],
) -> None:
    """Users who wrote to the bot once ("hello"), in UTC, each with the plan `plan_for` makes."""
    db = Database(url)
    now = SystemClock().now()
    try:
        async with db.session() as session:
            for user_id in users:
                emulator.user_sends(user_id, "hello")
                await touch_user(session, user_id, language="en", now=now)
                await set_time_zone(session, user_id, "UTC", None, now=now)
                session.add(plan_for(user_id, now))
    finally:
        await db.dispose()


async def seed_foot_checks(
    url: str, emulator: BotApiEmulator, users: range, *, due_at: datetime
) -> None:
    """Each with a foot check due at `due_at` and at the same wall-clock time daily after (so no
    second one falls due during a test)."""

    def plan(user_id: int, now: datetime) -> ReminderPlan:
        return ReminderPlan(
            user_id=user_id,
            kind=FOOT,
            at_time=now.strftime("%H:%M"),
            next_due_at=due_at,
            created_at=now,
            updated_at=now,
        )

    await _seed_plans(url, emulator, users, plan)


ALL_DAY_EVERY_DAY = [{"day": day, "start": "00:00", "end": "23:59"} for day in range(7)]


async def seed_movement_breaks(
    url: str, emulator: BotApiEmulator, users: range, *, due_at: datetime
) -> None:
    """Each with a movement break due at `due_at`; the timer is anchored there, so the next break
    comes a whole interval (45 minutes) later."""

    def plan(user_id: int, now: datetime) -> ReminderPlan:
        return ReminderPlan(
            user_id=user_id,
            kind=MOVEMENT,
            interval_minutes=45,
            windows=ALL_DAY_EVERY_DAY,
            anchor_at=due_at,
            next_due_at=due_at,
            created_at=now,
            updated_at=now,
        )

    await _seed_plans(url, emulator, users, plan)


async def confirm_updates(emulator: BotApiEmulator) -> int:
    """Take every waiting update off the queue unanswered (the seeds' "hello"s), so a bot that
    starts next sees only what happens from then on. Returns how many there were."""
    confirmed = 0
    async with Bot(TOKEN, base_url=emulator.base_url) as bot:
        offset: int | None = None
        while updates := await bot.get_updates(offset=offset, timeout=0, limit=100):
            confirmed += len(updates)
            offset = updates[-1].update_id + 1
    return confirmed


class Inbox:
    """Wakes whoever waits on a chat only when that chat changes. (The emulator's wait_for_*
    wake every waiter at every change: with hundreds of people waiting at once, as in the
    scale-out test, that alone would take most of the test process's CPU.)"""

    def __init__(self, emulator: BotApiEmulator, timeout: float = REPLY_TIMEOUT) -> None:
        self.emulator = emulator
        self.timeout = timeout
        self._changed: dict[int, asyncio.Event] = {}
        emulator.add_listener(self._heard)

    def _heard(self, message: EmulatedMessage) -> None:
        event = self._changed.get(message.chat_id)
        if event is not None:
            event.set()

    async def until(
        self, chat_id: int, find: Callable[[], EmulatedMessage | None], what: str
    ) -> EmulatedMessage:
        """The first non-None `find()`, tried again at each change in the chat."""
        changed = self._changed.setdefault(chat_id, asyncio.Event())
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        while True:
            changed.clear()
            found = find()
            if found is not None:
                return found
            if loop.time() > deadline:
                seen = [(m.message_id, m.text[:60]) for m in self.emulator.bot_messages(chat_id)]
                raise TimeoutError(f"no {what} in chat {chat_id} within {self.timeout}s: {seen}")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), deadline - loop.time())


@dataclass
class Person:
    """A simulated person for load tests: reads what the bot says, then types or taps, with a
    person's pauses. Waits through an Inbox, so thousands of waits stay cheap."""

    inbox: Inbox
    user_id: int
    name: str = "Ada"
    read_seconds: float = 1.0  # before typing, after a new message
    tap_seconds: float = 0.2

    def _messages(self) -> list[EmulatedMessage]:
        return self.inbox.emulator.bot_messages(self.user_id)

    def last_id(self) -> int:
        return max((m.message_id for m in self.inbox.emulator.chat(self.user_id)), default=0)

    async def next_message(
        self, after: int, shows: str, accept: Callable[[EmulatedMessage], bool] | None = None
    ) -> EmulatedMessage:
        """The bot's first new message after `after` showing `shows` (or passing `accept`); a
        message sent twice is read once, as a person would."""
        test = accept or (lambda m: shows in m.text)

        def find() -> EmulatedMessage | None:
            return next((m for m in self._messages() if m.message_id > after and test(m)), None)

        return await self.inbox.until(self.user_id, find, f"message showing {shows!r}")

    async def edited(
        self, message: EmulatedMessage, accept: Callable[[EmulatedMessage], bool]
    ) -> EmulatedMessage:
        """`message` once edited since that snapshot into something `accept` takes."""

        def find() -> EmulatedMessage | None:
            now = next((m for m in self._messages() if m.message_id == message.message_id), None)
            if now is None or now.edit_count <= message.edit_count:
                return None
            return now if accept(now) else None

        return await self.inbox.until(self.user_id, find, f"edit of {message.message_id}")

    async def say(self, text: str, shows: str) -> EmulatedMessage:
        await asyncio.sleep(self.read_seconds)
        sent = self.inbox.emulator.user_sends(self.user_id, text, first_name=self.name)
        return await self.next_message(sent["message_id"], shows)

    async def press(self, message: EmulatedMessage, button: str) -> None:
        await asyncio.sleep(self.tap_seconds)
        self.inbox.emulator.user_taps(self.user_id, message.message_id, button_text=button)


def free_ports(count: int) -> list[int]:
    """Ports free right now on the loopback interface, for servers started next."""
    probes = [socket.socket() for _ in range(count)]
    try:
        for probe in probes:
            probe.bind(("127.0.0.1", 0))
        return [int(probe.getsockname()[1]) for probe in probes]
    finally:
        for probe in probes:
            probe.close()


async def fetch(url: str, statement: Select[Any]) -> list[Any]:
    """The rows a query finds in a bot's database, read from outside the bot."""
    db = Database(url)
    try:
        async with db.session() as session:
            return list((await session.execute(statement)).scalars())
    finally:
        await db.dispose()


async def execute(url: str, statement: Executable) -> None:
    """Change a bot's database from outside (as time passing, or a crash, would have)."""
    db = Database(url)
    try:
        async with db.session() as session:
            await session.execute(statement)
    finally:
        await db.dispose()
