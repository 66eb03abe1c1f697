"""Simulated users for bench.interactive_bench: they talk to a bot through the in-process emulator
and time every reply with the emulator's listener.

A user repeats one session: "/check", then "No" on each question until the check has an outcome
(the echo bot's reply carries a "No" button too, tapped as often), then a question from the FAQ
dev set typed as free text. A user never has more than one update in flight, so a reply is
attributed without ambiguity: the first message the bot sends to that chat after the update, or
(for a tap) the first edit of the tapped message. Latency runs from the moment the emulator
queues the update to the moment the bot's reply or edit reaches the emulator.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import defaultdict, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tgemu.server import BotApiEmulator, EmulatedMessage

REPO_ROOT = Path(__file__).resolve().parents[1]
FAQ_DEV_SET = REPO_ROOT / "tests" / "data" / "faq_dev_set.yaml"
MAX_TAPS = 11
REPLY_TIMEOUT_S = 15.0
# Telegram lets a bot send about one message a second to a chat (a burst of 3 is tolerated), so a
# user waits this long between two updates whose answers are new messages.
CHAT_SEND_GAP_S = 1.05

SYMPTOMS_DEV_SET = REPO_ROOT / "tests" / "data" / "symptoms_dev.jsonl"

TAP = "check tap"
FAQ = "FAQ question"
EMERGENCY = "emergency story"
STORY = "symptom story"  # the development set's other stories: appointment, self-care, none
COMMAND = "/check"


def faq_questions() -> list[str]:
    data = yaml.safe_load(FAQ_DEV_SET.read_text(encoding="utf-8"))
    asked = [q for group in data["in_scope"] for q in group["asked"]]
    return asked + list(data.get("out_of_scope", []))


def calm_stories() -> list[str]:
    """The symptom development set's stories that are no emergency: the screen, then the story
    levels and the guide, each with the model."""
    rows = [json.loads(line) for line in SYMPTOMS_DEV_SET.read_text("utf-8").splitlines() if line]
    return [row["text"] for row in rows if row["level"] != "emergency"]


def emergency_stories() -> list[str]:
    """The emergency stories of the symptom development set: about two thirds the lexicon
    escalates at once, the rest go through the language model."""
    rows = [json.loads(line) for line in SYMPTOMS_DEV_SET.read_text("utf-8").splitlines() if line]
    return [row["text"] for row in rows if row["level"] == "emergency"]


@dataclass
class Recorder:
    """Latencies per kind of update, only for updates sent while `measuring` is on."""

    measuring: bool = False
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    completed: int = 0
    timeouts: int = 0

    def reset(self) -> None:
        self.latencies = defaultdict(list)
        self.completed = 0
        self.timeouts = 0


@dataclass
class _Waiter:
    future: asyncio.Future[EmulatedMessage]
    tapped_message: int | None
    after_message: int


class ReplyWatch:
    """Resolves each user's in-flight update when the emulator stores the bot's answer to it."""

    def __init__(self, emulator: BotApiEmulator) -> None:
        self._waiting: dict[int, _Waiter] = {}
        self.messages_by_chat: defaultdict[int, int] = defaultdict(int)
        emulator.add_listener(self._on_bot_message)

    def expect(self, chat_id: int, *, after_message: int, tapped: int | None) -> asyncio.Future:
        future: asyncio.Future[EmulatedMessage] = asyncio.get_running_loop().create_future()
        self._waiting[chat_id] = _Waiter(future, tapped, after_message)
        return future

    def forget(self, chat_id: int) -> None:
        self._waiting.pop(chat_id, None)

    def _on_bot_message(self, message: EmulatedMessage) -> None:
        if message.edit_count == 0 and not message.deleted:
            self.messages_by_chat[message.chat_id] += 1
        waiter = self._waiting.get(message.chat_id)
        if waiter is None or waiter.future.done():
            return
        is_new = message.edit_count == 0 and message.message_id > waiter.after_message
        is_edit = message.edit_count > 0 and message.message_id == waiter.tapped_message
        if is_new or is_edit:
            del self._waiting[message.chat_id]
            waiter.future.set_result(message)


class SimulatedUser:
    def __init__(
        self,
        user_id: int,
        emulator: BotApiEmulator,
        watch: ReplyWatch,
        recorder: Recorder,
        questions: Iterator[str],
        *,
        faq_only: bool = False,
        typed: str = FAQ,
    ) -> None:
        self.user_id = user_id
        self.emulator = emulator
        self.watch = watch
        self.recorder = recorder
        self.questions = questions
        self.faq_only = faq_only
        self.typed = typed  # what the typed texts are, for the latency table
        self._message: EmulatedMessage | None = None  # the /check message being answered
        self._taps = 0
        self._last_send = -CHAT_SEND_GAP_S

    def _next(self) -> tuple[str, str | None]:
        """(kind, text to type or None for a tap)."""
        if self.faq_only:
            return self.typed, next(self.questions)
        message = self._message
        if message is None:
            return COMMAND, "/check"
        if self._taps < MAX_TAPS and any(label == "No" for label, _ in message.buttons):
            return TAP, None
        self._message = None
        return FAQ, next(self.questions)

    def send_ready_at(self) -> float:
        """When the next update may go without breaking the chat's send limit."""
        kind, _ = self._peek()
        return self._last_send + CHAT_SEND_GAP_S if kind != TAP else 0.0

    def _peek(self) -> tuple[str, str | None]:
        if self.faq_only or self._message is None:
            return (FAQ if self.faq_only else COMMAND), None
        if self._taps < MAX_TAPS and any(label == "No" for label, _ in self._message.buttons):
            return TAP, None
        return FAQ, None

    async def step(self) -> None:
        """Send the next update of the session and wait for the bot's answer to it."""
        kind, text = self._next()
        recording = self.recorder.measuring
        last_id = max((m.message_id for m in self.emulator.chat(self.user_id)), default=0)
        started = time.perf_counter()
        if text is None:
            assert self._message is not None
            tapped = self._message.message_id
            future = self.watch.expect(self.user_id, after_message=last_id, tapped=tapped)
            self.emulator.user_taps(self.user_id, tapped, button_text="No")
        else:
            self._last_send = started
            sent = self.emulator.user_sends(self.user_id, text, first_name="Bench")
            future = self.watch.expect(self.user_id, after_message=sent["message_id"], tapped=None)
        try:
            reply = await asyncio.wait_for(future, REPLY_TIMEOUT_S)
        except TimeoutError:
            self.watch.forget(self.user_id)
            self.recorder.timeouts += 1
            self._message = None
            return
        elapsed = time.perf_counter() - started
        if recording:
            self.recorder.latencies[kind].append(elapsed)
            self.recorder.completed += 1
        if kind == COMMAND:
            self._message, self._taps = reply, 0
        elif kind == TAP:
            self._message, self._taps = reply, self._taps + 1


def make_users(
    emulator: BotApiEmulator,
    watch: ReplyWatch,
    recorder: Recorder,
    ids: range,
    *,
    faq_only: bool = False,
    typed: str = FAQ,
) -> list[SimulatedUser]:
    """Users whose session is /check, taps and a question; or, with `faq_only`, only typed
    texts: FAQ questions, or emergency stories when `typed` is EMERGENCY."""
    texts = {EMERGENCY: emergency_stories, STORY: calm_stories}.get(typed, faq_questions)
    questions = itertools.cycle(texts())
    return [
        SimulatedUser(uid, emulator, watch, recorder, questions, faq_only=faq_only, typed=typed)
        for uid in ids
    ]


async def paced(users: list[SimulatedUser], rate: float, seconds: float) -> int:
    """Open loop: start one update every 1/rate seconds on an idle user whose chat may receive a
    message now. Returns how many ticks found no such user (the load was not offered)."""
    idle: deque[SimulatedUser] = deque(users)
    busy: set[asyncio.Task[None]] = set()
    missed = 0

    async def run(user: SimulatedUser) -> None:
        try:
            await user.step()
        finally:
            idle.append(user)

    loop = asyncio.get_running_loop()
    start = loop.time()
    for tick in itertools.count():
        at = start + tick / rate
        if at >= start + seconds:
            break
        await asyncio.sleep(max(0.0, at - loop.time()))
        now = time.perf_counter()
        chosen = next((u for u in idle if u.send_ready_at() <= now), None)
        if chosen is None:
            missed += 1
            continue
        idle.remove(chosen)
        task = asyncio.create_task(run(chosen))
        busy.add(task)
        task.add_done_callback(busy.discard)
    if busy:
        await asyncio.wait(busy)
    return missed


async def saturated(users: list[SimulatedUser], seconds: float) -> None:
    """Closed loop: every user sends its next update as soon as the last one is answered (and
    its chat may receive a message), so the bot always has work."""
    deadline = time.perf_counter() + seconds

    async def run(user: SimulatedUser) -> None:
        while (now := time.perf_counter()) < deadline:
            wait = user.send_ready_at() - now
            if wait > 0:
                await asyncio.sleep(wait)
                continue
            await user.step()

    await asyncio.gather(*(run(user) for user in users))
