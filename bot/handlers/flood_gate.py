"""How fast one person may talk to the bot: a per-person line, paced like Telegram paces a chat.

Pure (no telegram, no clock of its own): the caller passes `now` in seconds from a monotonic
clock. bot.handlers.flood turns the verdicts into Telegram actions.

Telegram lets a bot send about one message a second to a chat, with short bursts. Answering
faster only earns 429s, and meanwhile everyone else waits for their replies. So each person gets
that pace for what they send:

- messages: up to `send_burst` are answered at once, then one per `1 / sends_per_second`. One that
  arrives sooner waits its turn in a short line (RUN now, or QUEUE). Someone who waits for each
  answer, however quickly they type, never fills the line.
- once the line holds `max_waiting` messages, the person is flooding: they are throttled for a
  cool-down (the line's drain plus a full burst), get one notice (NOTIFY, which takes a turn in
  the line itself, and at most one per `notice_interval`), and every further message is dropped
  (DROP) until the cool-down ends.
- urgent messages (an emergency, /emergency) are never refused, throttled or not: they run at
  once when a turn is free, or go to the front of the line (URGENT), at most a turn away.
- button taps edit messages rather than send new ones, so they have their own, roomier bucket:
  fast tapping through a /check never hits it; a tap flood is refused with a short answer.

State is per process and bounded: a person whose bucket has refilled and who has nothing waiting
is indistinguishable from a newcomer and is forgotten (`max_people` caps the rest). Several
webhook workers each keep their own lanes; that is fine because Telegram delivers one chat's
updates one at a time, and a flooder's excess is refused by whichever worker receives it.
"""

from __future__ import annotations

import enum
import math
from collections import OrderedDict
from dataclasses import dataclass


class Verdict(enum.Enum):
    RUN = "run"  # handle it now
    QUEUE = "queue"  # handle it when its turn comes (see `FloodGate.turn_wait`)
    URGENT = "urgent"  # handle it at the next turn, before anything else waiting
    NOTIFY = "notify"  # drop it, and send the one notice at the next turn
    DROP = "drop"  # drop it silently


@dataclass(frozen=True)
class Admission:
    verdict: Verdict
    resume_in: float = 0.0  # seconds until messages are accepted again (NOTIFY and DROP)


@dataclass(frozen=True)
class FloodLimits:
    send_burst: float = 3.0
    sends_per_second: float = 1.0
    max_waiting: int = 3
    turn_margin: float = 0.5  # extra seconds before a queued turn: a reply may need the model
    notice_interval: float = 60.0
    tap_burst: float = 20.0
    taps_per_second: float = 5.0
    max_people: int = 50_000

    def __post_init__(self) -> None:
        if self.send_burst < 1 or self.tap_burst < 1:
            raise ValueError("bursts must allow at least one")
        if self.sends_per_second <= 0 or self.taps_per_second <= 0:
            raise ValueError("rates must be positive")
        if self.max_waiting < 0 or self.max_people < 1:
            raise ValueError("max_waiting must be >= 0 and max_people >= 1")

    @property
    def cooldown(self) -> float:
        """How long a flooder waits: the full line drains, then a whole burst refills."""
        return (self.max_waiting + 1 + self.send_burst) / self.sends_per_second


@dataclass
class _Lane:
    sends: float
    sends_at: float
    taps: float
    taps_at: float
    waiting: int = 0
    throttled_until: float = -math.inf
    notified_at: float = -math.inf


class FloodGate:
    def __init__(self, limits: FloodLimits | None = None) -> None:
        self.limits = limits or FloodLimits()
        self._lanes: OrderedDict[int, _Lane] = OrderedDict()

    def __len__(self) -> int:
        return len(self._lanes)

    def admit(self, person: int, now: float, *, urgent: bool = False) -> Admission:
        """Decide what to do with a message from `person` arriving at `now`."""
        lane = self._lane(person, now)
        limits = self.limits
        throttled = now < lane.throttled_until
        if lane.waiting == 0 and lane.sends >= 1 and (urgent or not throttled):
            lane.sends -= 1
            return Admission(Verdict.RUN)
        if urgent:
            lane.waiting += 1
            return Admission(Verdict.URGENT)
        if throttled:
            return Admission(Verdict.DROP, lane.throttled_until - now)
        if lane.waiting < limits.max_waiting:
            lane.waiting += 1
            return Admission(Verdict.QUEUE)
        lane.throttled_until = now + limits.cooldown
        if now - lane.notified_at >= limits.notice_interval:
            lane.notified_at = now
            lane.waiting += 1
            return Admission(Verdict.NOTIFY, limits.cooldown)
        return Admission(Verdict.DROP, limits.cooldown)

    def free(self, person: int, now: float) -> bool:
        """Would a message from `person` run at once?"""
        lane = self._lane(person, now)
        return lane.waiting == 0 and lane.sends >= 1 and now >= lane.throttled_until

    def resume_in(self, person: int, now: float) -> float:
        """Seconds until `person`'s messages are accepted again (0 when they are)."""
        return max(0.0, self._lane(person, now).throttled_until - now)

    def turn_wait(self, person: int, now: float) -> float:
        """Seconds until `person`'s next turn to be sent something (0 when one is free)."""
        lane = self._lane(person, now)
        if lane.sends >= 1:
            return 0.0
        return (1 - lane.sends) / self.limits.sends_per_second + self.limits.turn_margin

    def take_turn(self, person: int, now: float) -> None:
        """A waiting item is being handled now and uses a turn. The bucket never goes below
        empty, so a clock that stands still (in tests) cannot starve a lane."""
        lane = self._lane(person, now)
        lane.sends = max(0.0, lane.sends - 1)

    def finished(self, person: int, now: float) -> None:
        """A waiting item is done: it leaves the line. (Until then the person's new messages
        wait behind it, so one person's messages are handled in order.)"""
        lane = self._lane(person, now)
        lane.waiting = max(0, lane.waiting - 1)

    def tap(self, person: int, now: float) -> Admission:
        """A button tap: RUN, or DROP with the seconds until the next tap is accepted."""
        lane = self._lane(person, now)
        if lane.taps >= 1:
            lane.taps -= 1
            return Admission(Verdict.RUN)
        return Admission(Verdict.DROP, (1 - lane.taps) / self.limits.taps_per_second)

    def _lane(self, person: int, now: float) -> _Lane:
        """The person's lane, refilled up to `now`; forgets lanes that have become fresh."""
        limits = self.limits
        lane = self._lanes.get(person)
        if lane is None:
            lane = _Lane(limits.send_burst, now, limits.tap_burst, now)
            self._lanes[person] = lane
            self._forget(now)
        else:
            self._lanes.move_to_end(person)
            elapsed = max(0.0, now - lane.sends_at)
            lane.sends = min(limits.send_burst, lane.sends + elapsed * limits.sends_per_second)
            lane.sends_at = max(lane.sends_at, now)
            elapsed = max(0.0, now - lane.taps_at)
            lane.taps = min(limits.tap_burst, lane.taps + elapsed * limits.taps_per_second)
            lane.taps_at = max(lane.taps_at, now)
        return lane

    def _fresh(self, lane: _Lane, now: float) -> bool:
        """Would a new lane behave exactly the same from `now` on?"""
        limits = self.limits
        return (
            lane.waiting == 0
            and now >= lane.throttled_until
            and now - lane.notified_at >= limits.notice_interval
            and lane.sends + (now - lane.sends_at) * limits.sends_per_second >= limits.send_burst
            and lane.taps + (now - lane.taps_at) * limits.taps_per_second >= limits.tap_burst
        )

    def _forget(self, now: float) -> None:
        """Drop fresh lanes from the least recently seen end, and the oldest ones beyond
        `max_people` (those have been quiet longest, so forgetting them costs least)."""
        while len(self._lanes) > 1:
            person, oldest = next(iter(self._lanes.items()))
            if not self._fresh(oldest, now) and len(self._lanes) <= self.limits.max_people:
                break
            del self._lanes[person]
