"""The world of test_scaleout.py, kept apart so that the test reads as what happens and what must
hold: the 200 people's scripts and what each must end up with in the database, the webhook
workers behind the round-robin proxy, and the counts of what reached Telegram.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
from sqlalchemy import Select, select

from bot.content import load_content
from bot.core.clock import SystemClock
from bot.db import Database, User, triage_checks
from bot.db.reminder_tables import FOOT, MOVEMENT, ReminderPlan
from bot.db.triage_tables import ACTIVE, DONE, TriageCheck
from bot.db.triage_tables import REPLACED as REPLACED_CHECK
from bot.handlers.check import MOVES
from bot.handlers.setup import COMMON_ZONES
from bot.triage import tools_for
from bot.ui.callbacks import decode
from tests.e2e.harness import BotProcess, Inbox, Person, fetch
from tests.e2e.round_robin import RoundRobinProxy
from tgemu.server import BotApiEmulator, EmulatedMessage

PEOPLE = range(70_001, 70_201)
REMINDED = range(90_001, 90_101)
WORKERS = 3
SECRET = "scale-out_webhook-secret"
HOOK_PATH = "/telegram"
REPLACED = "replaced by a newer one"
READ_SECONDS = 1.0  # a person reads a new message before typing the next command
TAP_SECONDS = 0.2


# --- The people ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Script:
    """What person number `n` does, and what the database must hold for them afterwards."""

    n: int

    @property
    def zone(self) -> tuple[str, str]:
        return COMMON_ZONES[self.n % len(COMMON_ZONES)]

    @property
    def setup(self) -> str:
        """Set-up buttons only; a command (/move or /feet); or the /reminders buttons."""
        return ("buttons", "command", "reminders")[self.n % 3]

    @property
    def check(self) -> str:
        if self.n % 4 == 0:
            return "emergency" if self.n % 8 == 0 else "unsure"
        return ("self-care", "appointment")[self.n % 2]

    @property
    def red_flag_at(self) -> int:
        return self.n % 7  # the emergency question answered Yes / Not sure (0-based)

    def plans(self) -> dict[str, int | str | None]:
        """The active plans: movement by interval, foot check by time of day."""
        return {
            "buttons": {MOVEMENT: 45, FOOT: "21:00"},
            "command": {MOVEMENT: 30} if self.n % 2 else {FOOT: "20:45"},
            "reminders": {MOVEMENT: 60},
        }[self.setup]

    def replies(self) -> int:
        """Messages the bot sends in answer: welcome, zone question, plan offer, first
        question, the emergency message for some, and the set-up confirmation or overview."""
        return 4 + (self.check in ("emergency", "unsure")) + (self.setup != "buttons")


class Replaced(Exception):
    """A /check handled twice (in the webhook's at-least-once window) opened a second check."""


async def tap(person: Person, message: EmulatedMessage, button: str, shows: str) -> EmulatedMessage:
    """Tap `button` and wait until the message shows `shows`."""
    await person.press(message, button)
    edited = await person.edited(message, lambda m: shows in m.text or REPLACED in m.text)
    if REPLACED in edited.text:
        raise Replaced
    return edited


async def converse(inbox: Inbox, user_id: int, script: Script) -> None:
    """One person's whole conversation; raises when any reply is missing or wrong."""
    person = Person(inbox, user_id, f"P{script.n}", READ_SECONDS, TAP_SECONDS)
    welcome = await person.say("/start", "LegCare")
    zone_question = await person.next_message(welcome.message_id, "Set-up, step 1 of 2")
    label, zone = script.zone
    confirmed = await tap(person, zone_question, label, zone)
    offer = await person.next_message(confirmed.message_id, "Set-up, step 2 of 2")
    if script.setup in ("buttons", "reminders"):
        offer = await tap(person, offer, "Turn on breaks", "Movement breaks: every 45 min")
    if script.setup == "buttons":
        offer = await tap(person, offer, "Turn on foot check", "Foot check: daily at 21:00")
    nothing_on = script.setup == "command"  # turned on by a command later
    await tap(person, offer, "Done", "Nothing is on yet" if nothing_on else "All set.")

    question = await person.say("/check", "Question 1 of 11")
    for _ in range(3):
        try:
            await answer_check(person, question, script)
            break
        except Replaced:  # as a person would, go on with the newer check
            question = await person.next_message(question.message_id, "Question 1 of 11")
    else:
        raise AssertionError(f"the check of {user_id} kept being replaced")

    if script.setup == "command" and script.n % 2:
        await person.say("/move 30 08:30-16:30 mon-fri", "every 30 min, Mon-Fri 08:30-16:30")
    elif script.setup == "command":
        await person.say("/feet 20:45", "Foot check: daily at 20:45")
    elif script.setup == "reminders":
        overview = await person.say("/reminders", "Your reminders")
        await tap(person, overview, "60 min", "Movement breaks: every 60 min")


async def answer_check(person: Person, question: EmulatedMessage, script: Script) -> None:
    if script.check in ("emergency", "unsure"):
        for number in range(2, script.red_flag_at + 2):
            question = await tap(person, question, "No", f"Question {number} of 11")
        last = person.last_id()
        await person.press(question, "Yes" if script.check == "emergency" else "Not sure")
        alert = await alert_or_replaced(person, question, last)
        assert alert.text.startswith("🚨 Call"), alert.text
        assert ("Not sure" in alert.text) is (script.check == "unsure"), alert.text
        await person.edited(question, lambda m: "ended" in m.text)
        return
    last = 11 if script.check == "self-care" else 8  # questions 8-11: appointment criteria
    for number in range(2, last + 1):
        question = await tap(person, question, "No", f"Question {number} of 11")
    if script.check == "self-care":
        await tap(person, question, "No", "Self-care from the guide")
    else:
        await tap(person, question, "Yes", "Contact your healthcare provider")


async def alert_or_replaced(
    person: Person, question: EmulatedMessage, after: int
) -> EmulatedMessage:
    """The alert after the last answer; Replaced when a /check handled twice replaced this
    check before the answer reached it (the tap then lands on a check that is over)."""

    def find() -> EmulatedMessage | None:
        for message in person.inbox.emulator.bot_messages(person.user_id):
            if message.message_id > after and is_alert(message):
                return message
            replaced = message.message_id == question.message_id and REPLACED in message.text
            if replaced and message.edit_count > question.edit_count:
                return message
        return None

    found = await person.inbox.until(person.user_id, find, "the alert")
    if found.message_id == question.message_id:
        raise Replaced
    return found


def is_alert(message: EmulatedMessage) -> bool:
    return any("emergency instructions again" in label for label, _ in message.buttons)


# --- The workers --------------------------------------------------------------------------------


async def role(http: aiohttp.ClientSession, port: int) -> str | None:
    try:
        async with http.get(f"http://127.0.0.1:{port}/healthz") as response:
            return str((await response.json())["dispatcher"])
    except aiohttp.ClientError:
        return None


def survivors_of(leader: int) -> list[int]:
    return [index for index in range(WORKERS) if index != leader]


def unhandled_errors(logs: str) -> list[str]:
    return [line for line in logs.splitlines() if "level=error" in line or "Traceback" in line]


def webhook_worker(
    emulator: BotApiEmulator, workdir: Path, database_url: str, proxy: RoundRobinProxy, port: int
) -> BotProcess:
    """A worker as docs/deploy.md runs them: webhooks on its own port, behind the shared proxy."""
    workdir.mkdir()
    env = {
        "DATABASE_URL": database_url,
        "LOG_LEVEL": "INFO",
        "BOT_MODE": "webhook",
        "WEBHOOK_URL": proxy.url(HOOK_PATH),
        "WEBHOOK_SECRET": SECRET,
        "WEBHOOK_LISTEN": "127.0.0.1",
        "WEBHOOK_PORT": str(port),
    }
    return BotProcess(emulator, workdir, **env)


# --- What reached Telegram and the database -----------------------------------------------------


def of_users(model: type, users: range) -> Select[Any]:
    return select(model).where(model.user_id.between(users.start, users.stop - 1))  # type: ignore[attr-defined]


def replies_in(emulator: BotApiEmulator, user: int) -> list[EmulatedMessage]:
    """The bot's messages in a chat other than reminders (people with breaks turned on during
    their working hours get one while they talk)."""
    return [m for m in emulator.bot_messages(user) if "✅ Done" not in dict(m.buttons)]


def reminders_per_user(emulator: BotApiEmulator) -> Counter[int]:
    return Counter(
        {user: sum(1 for m in emulator.bot_messages(user) if m.buttons) for user in REMINDED}
    )


def arrived(emulator: BotApiEmulator) -> int:
    return sum(1 for count in reminders_per_user(emulator).values() if count)


async def check_database(url: str, replayed: set[int]) -> None:
    """Everyone's zone, plans and finished check are stored, whichever worker stored them. (A
    /check handled twice opens a second check, which replaces the first.)"""
    people = User.telegram_id.between(PEOPLE.start, PEOPLE.stop - 1)  # type: ignore[attr-defined]
    users = {user.telegram_id: user for user in await fetch(url, select(User).where(people))}
    plans: dict[int, dict[str, int | str | None]] = defaultdict(dict)
    for plan in await fetch(url, of_users(ReminderPlan, PEOPLE)):
        if plan.active:
            plans[plan.user_id][plan.kind] = (
                plan.interval_minutes if plan.kind == MOVEMENT else plan.at_time
            )
    checks = defaultdict(list)
    for check in await fetch(url, of_users(TriageCheck, PEOPLE)):
        checks[check.user_id].append(check.status)
    wrong = []
    for n, user_id in enumerate(PEOPLE):
        script = Script(n)
        user = users.get(user_id)
        if user is None or user.time_zone != script.zone[1]:
            wrong.append((user_id, "zone", user.time_zone if user else None))
        if plans[user_id] != script.plans():
            wrong.append((user_id, "plans", plans[user_id]))
        finished = sorted(checks[user_id]) == [DONE] + [REPLACED_CHECK] * (len(checks[user_id]) - 1)
        if not finished or (len(checks[user_id]) > 1 and user_id not in replayed):
            wrong.append((user_id, "checks", checks[user_id]))
    assert wrong == []


# --- A tap handled twice ------------------------------------------------------------------------


async def store_tap(
    process: BotProcess, user_id: int, message: EmulatedMessage, button: str
) -> None:
    """What a worker that died right after storing this tap left behind: the answer stored, the
    chat not yet showing it."""
    parsed = decode(dict(message.buttons)[button])
    assert parsed is not None
    check_id, token, move = parsed.args
    engine = tools_for(load_content()).engine
    state = engine.decode(token)
    assert state is not None
    after = engine.answer(state, MOVES[move])
    db = Database(process.env["DATABASE_URL"])
    try:
        async with db.session() as session:
            assert await triage_checks.advance_check(
                session,
                check_id=check_id,
                user_id=user_id,
                expected_state=token,
                new_state=engine.encode(after),
                status=DONE if engine.result(after) else ACTIVE,
                now=SystemClock().now(),
            )
    finally:
        await db.dispose()
