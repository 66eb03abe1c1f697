"""What a kill soak records: its settings, every kill with the at-least-once window it left, every
reminder that arrived, and the lost, doubled and late counts derived from them.

Kept apart from bench/kill_soak.py, which starts and kills the bot, so the accounting can be read
(and trusted) on its own. ArrivalLog is the emulator listener that fills a SoakResult in and fires
aimed kills.
"""

from __future__ import annotations

import asyncio
import signal
import subprocess
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from bot.db.reminder_tables import SKIPPED, Delivery
from bot.reminders.plans import GRACE
from bot.ui.callbacks import decode
from bot.ui.reminders_render import DONE
from tgemu.server import BotApiEmulator, EmulatedMessage


@dataclass(frozen=True)
class SoakConfig:
    backend: str  # "sqlite" or "postgresql"
    kind: str  # FOOT or MOVEMENT
    kills: int
    users: int
    seed: int
    max_kill_delay: float = 2.5  # a kill falls uniformly in [0, this] seconds after polling
    grace_left: float = 60.0  # movement: seconds of the grace left when the soak starts
    aimed_every: int = 0  # every n-th kill is aimed at a send (0: all at random moments)
    first_user: int = 200_001


@dataclass(frozen=True)
class Arrival:
    delivery_id: int
    user_id: int
    monotonic: float
    wall: float


@dataclass
class Kill:
    delay: float  # seconds after polling
    startup: float  # spawn to polling
    resume: float | None  # spawn to the first reminder after it (None: none before the kill)
    at: float = 0.0  # monotonic time of the kill
    in_window: frozenset[int] = frozenset()  # accepted by Telegram, still `sending`
    stranded: frozenset[int] = frozenset()  # claimed (`sending`), not sent
    claims: frozenset[tuple[int, datetime | None]] = frozenset()  # (id, lease) `sending`
    unfinished: int = 0  # reminders not yet final at the kill (> 0: mid-dispatch)
    aimed: bool = False  # killed the moment Telegram accepted a reminder


@dataclass
class SoakResult:
    config: SoakConfig
    kills: list[Kill] = field(default_factory=list)
    arrivals: list[Arrival] = field(default_factory=list)
    deliveries: list[Delivery] = field(default_factory=list)
    due_at: datetime | None = None
    seconds: float = 0.0
    violations: int = 0

    @property
    def copies(self) -> Counter[int]:
        return Counter(a.delivery_id for a in self.arrivals)

    @property
    def lost(self) -> list[int]:
        """Users whose reminder neither arrived nor was skipped as too late."""
        copies, by_user = self.copies, {d.user_id: d for d in self.seeded}
        return [
            user
            for user in range(self.config.first_user, self.config.first_user + self.config.users)
            if user not in by_user
            or (copies[by_user[user].id or 0] == 0 and by_user[user].status != SKIPPED)
        ]

    @property
    def seeded(self) -> list[Delivery]:
        return [d for d in self.deliveries if d.due_at == self.due_at]

    @property
    def skipped_late(self) -> int:
        copies = self.copies
        return sum(1 for d in self.seeded if d.status == SKIPPED and not copies[d.id or 0])

    @property
    def doubled(self) -> dict[int, int]:
        """Delivery id to its extra copies."""
        return {d: n - 1 for d, n in self.copies.items() if n > 1}

    @property
    def unexplained_doubles(self) -> set[int]:
        """Deliveries with more extra copies than the windows they were caught in."""
        windows = Counter(d for k in self.kills for d in k.in_window)
        return {d for d, extra in self.doubled.items() if extra > windows[d]}

    def doubled_per_kill(self) -> list[int]:
        """Per kill, the reminders of its window that were sent again after it."""
        return [
            sum(1 for d in k.in_window if any(a.delivery_id == d for a in self.after(k.at)))
            for k in self.kills
        ]

    def after(self, moment: float) -> list[Arrival]:
        return [a for a in self.arrivals if a.monotonic > moment]

    @property
    def sent_late(self) -> int:
        """Copies that arrived after the grace (one second of tolerance for the send itself)."""
        assert self.due_at is not None
        limit = (self.due_at + GRACE[self.config.kind]).timestamp() + 1.0
        return sum(1 for a in self.arrivals if a.wall > limit)

    def stranded_wait(self) -> float:
        """Longest wait, from its kill, of a reminder the kill left claimed but unsent."""
        waits = [0.0]
        for kill in self.kills:
            waits += [
                a.monotonic - kill.at
                for a in self.arrivals
                if a.delivery_id in kill.stranded and a.monotonic > kill.at
            ]
        return max(waits)


class ArrivalLog:
    """Every reminder the emulator accepts, with when it arrived (an emulator listener)."""

    def __init__(self, emulator: BotApiEmulator, result: SoakResult) -> None:
        self.result = result
        self._aim: tuple[subprocess.Popen[bytes], int, asyncio.Event] | None = None
        emulator.add_listener(self.on_message)

    def aim(self, process: subprocess.Popen[bytes], after: int) -> asyncio.Event:
        """SIGKILL `process` the moment the emulator accepts the `after`-th reminder from now:
        Telegram holds the message, the bot has not had the answer (the emulator answers only
        when this listener returns), so the delivery is in the window for certain."""
        killed = asyncio.Event()
        self._aim = (process, len(self.result.arrivals) + after, killed)
        return killed

    def on_message(self, message: EmulatedMessage) -> None:
        if not message.from_bot or message.edit_count or message.deleted:
            return
        for _text, data in message.buttons:
            callback = decode(data)
            if callback is not None and callback.action == DONE and callback.arg(0):
                arrival = Arrival(
                    int(callback.arg(0) or 0), message.chat_id, time.monotonic(), time.time()
                )
                self.result.arrivals.append(arrival)
                if self._aim is not None and len(self.result.arrivals) >= self._aim[1]:
                    self._aim[0].send_signal(signal.SIGKILL)
                    self._aim[0].wait()
                    self._aim[2].set()
                    self._aim = None
                return

    def first_after(self, moment: float) -> float | None:
        return next((a.monotonic for a in self.result.arrivals if a.monotonic > moment), None)
