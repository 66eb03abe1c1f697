"""Flood control in front of every feature, with emergencies exempt.

`FloodGuard` runs before every other handler of a private chat (see bot.app.application) and applies
bot.handlers.flood_gate: each person is answered at Telegram's per-chat pace, a message that comes
too soon waits its turn in a short per-person line, and a person who fills the line is throttled:
one notice saying when they can go on, then their messages are dropped without a reply until the
cool-down ends. Taps beyond their bucket are answered with a short notice (so the button stops
spinning) and do nothing.

Safety comes first, throttled or not:
- /emergency and any message the red-flag screen (bot.triage) reads as a clear emergency are
  never refused: they are handled at once, or, when the person's line is busy, at the next turn
  ahead of everything else waiting (at most about a second). One such message waiting covers the
  next ones, which already get the same instructions.
- the notice itself names the emergency number and /emergency.

Dropping a flood's excess costs next to nothing (no database work), so the people who are not
flooding keep getting fast replies.

Lines live in this process's memory. A waiting update has already been taken from Telegram (a
webhook request is answered when it joins the line, not when it is handled), so that the rest of
a flood keeps coming in and is dropped at once; waiting behind a flood at Telegram would also
hold back an emergency typed after it. The price: if the process dies, the few messages waiting
in a line (at most `max_waiting` per person, for a few seconds) get no answer, as if dropped.
With several webhook workers each has its own lines; Telegram hands one chat's updates over one
at a time, and whichever worker gets a flooder's message applies the same limits.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import math
from collections import OrderedDict, deque
from dataclasses import dataclass
from typing import Any

from telegram import Chat, Message, Update
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationHandlerStop

from bot.core.services import Services
from bot.handlers.context import BotContext
from bot.handlers.emergency import country_of
from bot.handlers.flood_gate import FloodGate, Verdict
from bot.handlers.screening import FLOOD_SCREENING, screen_text
from bot.handlers.taps import answer_tap
from bot.triage import Screen
from bot.ui import texts
from bot.ui.html import PARSE_MODE

log = logging.getLogger(__name__)

URGENT_COMMANDS = frozenset({"emergency"})
AnyApplication = Application[Any, Any, Any, Any, Any, Any]


@dataclass(frozen=True)
class _Waiting:
    """Something waiting for its turn: an update to handle, or (update None) the notice."""

    update: Update | None
    urgent: bool = False


def command_of(message: Message) -> str | None:
    """The command a message starts with, without the slash and any @botname, lower-cased."""
    text = message.text or ""
    if not text.startswith("/"):
        return None
    word = text[1:].split(maxsplit=1)[0] if len(text) > 1 and not text[1].isspace() else ""
    return word.split("@", 1)[0].lower() or None


class UrgencyScreen:
    """/emergency, or text the red-flag screen reads as a clear emergency.

    Every message that cannot run at once is screened, dropped ones included, so a flood costs
    one screen per message. Floods repeat themselves, so verdicts are remembered per exact text
    (by digest, `remember` of them): the same text always gets the same verdict, so nothing is
    screened less carefully."""

    def __init__(self, remember: int = 1024) -> None:
        self._verdicts: OrderedDict[bytes, bool] = OrderedDict()
        self._remember = remember

    async def __call__(self, message: Message, services: Services) -> bool:
        if command_of(message) in URGENT_COMMANDS:
            return True
        text = message.text
        if not text:
            return False
        key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        verdict = self._verdicts.get(key)
        if verdict is None:
            detection = await screen_text(services, text, FLOOD_SCREENING)
            verdict = detection.screen is Screen.EMERGENCY
            self._verdicts[key] = verdict
            if len(self._verdicts) > self._remember:
                self._verdicts.popitem(last=False)
        else:
            self._verdicts.move_to_end(key)
        return verdict


class FloodGuard:
    """The TypeHandler callback; one instance per Application."""

    def __init__(self, gate: FloodGate | None = None) -> None:
        self.gate = gate or FloodGate()
        self.is_urgent = UrgencyScreen()
        self._lines: dict[int, deque[_Waiting]] = {}
        self._workers: dict[int, asyncio.Task[None]] = {}
        self._released: set[int] = set()  # update ids whose turn came: let them through

    async def __call__(self, update: Update, context: BotContext) -> None:
        if update.update_id in self._released:
            self._released.discard(update.update_id)
            return
        user, chat = update.effective_user, update.effective_chat
        if user is None or update.my_chat_member is not None:
            return
        if chat is not None and chat.type != Chat.PRIVATE:
            return  # bot.handlers.groups answers those
        now = context.services.clock.monotonic()
        query = update.callback_query
        if query is not None:
            admission = self.gate.tap(user.id, now)
            if admission.verdict is Verdict.RUN:
                return
            log.debug("tap throttled", extra={"user_id": user.id})
            await answer_tap(query, texts.TOO_FAST_TAP)
            raise ApplicationHandlerStop
        message = update.message or update.edited_message
        if message is None:
            return
        urgent = False
        if not self.gate.free(user.id, now) and not self._urgent_waiting(user.id):
            urgent = await self.is_urgent(message, context.services)
        admission = self.gate.admit(user.id, now, urgent=urgent)
        verdict = admission.verdict
        if verdict is Verdict.RUN:
            return
        if verdict in (Verdict.QUEUE, Verdict.URGENT):
            self._enqueue(user.id, _Waiting(update, urgent=urgent), context)
        elif verdict is Verdict.NOTIFY:
            log.info("person throttled", extra={"user_id": user.id})
            self._enqueue(user.id, _Waiting(None), context)
        else:
            log.debug("message dropped", extra={"user_id": user.id})
        raise ApplicationHandlerStop

    def _urgent_waiting(self, person: int) -> bool:
        return any(item.urgent for item in self._lines.get(person, ()))

    def _enqueue(self, person: int, item: _Waiting, context: BotContext) -> None:
        line = self._lines.setdefault(person, deque())
        if item.urgent:
            line.appendleft(item)
        elif item.update is None:  # the notice: right after anything urgent, before the rest
            line.insert(sum(1 for waiting in line if waiting.urgent), item)
        else:
            line.append(item)
        if person not in self._workers:
            worker = asyncio.create_task(self._drain(person, context.application, context.services))
            self._workers[person] = worker

    async def _drain(self, person: int, application: AnyApplication, services: Services) -> None:
        """Hand each waiting item over at its turn, urgent ones first."""
        clock = services.clock
        line = self._lines[person]
        try:
            while line:
                wait = self.gate.turn_wait(person, clock.monotonic())
                if wait > 0:
                    await asyncio.sleep(wait)
                item = line.popleft()
                self.gate.take_turn(person, clock.monotonic())
                try:
                    if item.update is None:
                        await self._notify(person, application, services)
                    else:
                        self._released.add(item.update.update_id)
                        await application.process_update(item.update)
                except Exception:
                    log.exception("a waiting update failed", extra={"user_id": person})
                finally:
                    self.gate.finished(person, clock.monotonic())
        finally:  # normally empty; on shutdown, what still waited is forgotten
            for _ in range(len(line)):
                self.gate.finished(person, clock.monotonic())
            self._lines.pop(person, None)
            self._workers.pop(person, None)

    async def _notify(self, person: int, application: AnyApplication, services: Services) -> None:
        seconds = max(1, math.ceil(self.gate.resume_in(person, services.clock.monotonic())))
        country = await country_of(services, person)
        wording = services.content.emergency_number(country).call_text
        try:
            await application.bot.send_message(
                person, texts.too_fast(seconds, wording), parse_mode=PARSE_MODE
            )
        except TelegramError as error:
            log.warning(
                "could not send the throttle notice: %s",
                type(error).__name__,
                extra={"user_id": person},
            )
