"""Send slots for the whole bot: the arithmetic, with no clock, database or Telegram in it.

Telegram allows about 30 messages a second per bot, counted over any one second, however many
processes send them. Fixed windows ("at most N per 250 ms") still let a window's N go out in one
burst at its start and a 1-second span touch five windows, so they must stay well under the limit
to be safe. Here every send instead reserves its own *slot*, a moment at least `spacing` after the
previous one (a generic cell rate algorithm, GCRA): the reservation is one atomic step (a single
upsert in PostgreSQL when several processes share the budget, see bot/db/send_budget.py), the
sender sleeps until its slot; a reply is never refused, and a refused reminder is told when to
come back, so nobody polls.

Priority (replies to people first: someone waiting on an answer outranks a reminder): a reply
always gets the next slot, and may go up to `reply_burst` ahead of the schedule; a reminder gets a
slot only when the schedule is free within `reminder_slack` and its own share (`reminder_rate`)
allows, so queued replies always go first and reminders never hold more than their share. A
follow-up (a second message to someone who already has their reply) takes only a slot that is free
now, like a reminder but outside the reminders' share, so it never pushes back another person's
first reply; its sender waits at most `follow_up_patience` before claiming as a reply.

The guarantee, proved by `max_sends_in_any_second`: sends whose arrival lags their slot by at most
`max_lateness` put at most floor((1 + max_lateness + reply_burst) * rate) + 1 messages into any
sliding second. A sender that wakes later than `max_wake_lateness` after its slot reserves a new one
instead of sending late; the rest of `max_lateness` covers the request's way to Telegram.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import Enum

TELEGRAM_MESSAGES_PER_SECOND = 30

# Bot API methods that put a message into a chat: these are what Telegram's flood limits count.
# Edits, callback answers, chat actions and settings calls are not messages.
COUNTED_METHODS = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendAudio",
        "sendDocument",
        "sendVideo",
        "sendAnimation",
        "sendVoice",
        "sendVideoNote",
        "sendPaidMedia",
        "sendMediaGroup",
        "sendLocation",
        "sendVenue",
        "sendContact",
        "sendPoll",
        "sendChecklist",
        "sendDice",
        "sendSticker",
        "sendInvoice",
        "sendGame",
        "copyMessage",
        "copyMessages",
        "forwardMessage",
        "forwardMessages",
    }
)


class Priority(Enum):
    """Whom a message is for: a person waiting for an answer, or a reminder that can wait."""

    REPLY = "reply"
    FOLLOW_UP = "follow_up"  # a further message to someone whose reply has just gone out
    REMINDER = "reminder"


@dataclass(frozen=True)
class SendPolicy:
    """How fast the whole bot sends. Rates are messages per second; times are seconds.

    The defaults put at most 29 messages into any second (one under Telegram's 30) while senders
    arrive up to 0.25 s late: on a busy machine event loops and HTTP lag, and with 25 a second and
    0.1 s, then 24 and 0.15 s, the emulator still saw seconds of 30 or 31. Reminders keep 20 a
    second (their share, kept here and only here).

    A reminder takes only a slot that is free now (no slack): one booked a spacing ahead made
    the next reply wait for it, and a reply during a burst on PostgreSQL waited 30 ms at the
    median and 60 ms at p99 (8.5 and 27-32 ms without; BENCHMARKS.md, Interactive).
    """

    rate: float = 22.0
    reply_burst: float = 1 / 22
    reminder_rate: float = 20.0
    reminder_slack: float = 0.0
    max_lateness: float = 0.25
    max_wake_lateness: float = 0.05
    follow_up_patience: float = 3.0
    fallback_rate: float = 6.0  # per process, while the shared budget cannot be reached

    def __post_init__(self) -> None:
        if self.rate <= 0 or self.reminder_rate <= 0 or self.fallback_rate <= 0:
            raise ValueError("rates must be positive")
        if self.reminder_rate > self.rate:
            raise ValueError("the reminder share cannot exceed the whole rate")
        if not 0 <= self.reply_burst <= self.spacing:
            # A larger burst would let a later reservation go out before an earlier one.
            raise ValueError("reply_burst must lie between 0 and one spacing")
        if self.follow_up_patience < 0:
            raise ValueError("follow-up patience must be non-negative")
        if self.reminder_slack < 0 or not 0 <= self.max_wake_lateness <= self.max_lateness:
            raise ValueError("slack and lateness must be non-negative, wake lateness within it")

    @property
    def spacing(self) -> float:
        return 1.0 / self.rate

    @property
    def reminder_spacing(self) -> float:
        return 1.0 / self.reminder_rate

    def max_sends_in_any_second(self) -> int:
        """The most messages any sliding second can hold under this policy (see module doc).

        Slots are at least `spacing` apart except for one burst of `reply_burst`; arrivals that
        fall in one second come from slots less than 1 + max_lateness apart. (The exact bound
        is ceil(span); floor(span) + 1 also covers rounding when the span is a whole number.)"""
        span = (1.0 + self.max_lateness + self.reply_burst) * self.rate
        return math.floor(span) + 1


DEFAULT_POLICY = SendPolicy()


def reminders_at(rate: float, policy: SendPolicy = DEFAULT_POLICY) -> SendPolicy:
    """`policy` with reminders sent at `rate` a second (a benchmark's or a test's), the whole
    rate raised to match when it is higher, and a reply's burst kept within one spacing."""
    whole = max(policy.rate, rate)
    return replace(
        policy, rate=whole, reminder_rate=rate, reply_burst=min(policy.reply_burst, 1 / whole)
    )


@dataclass(frozen=True)
class Claim:
    """The answer to one reservation: `slot` is when to send, or None with `retry_at`, the
    earliest moment a reminder could be granted (all times on the budget's own clock)."""

    now: float
    slot: float | None
    retry_at: float | None = None

    @property
    def wait(self) -> float:
        """How long to sleep from the moment the budget answered."""
        target = self.slot if self.slot is not None else self.retry_at
        assert target is not None
        return max(0.0, target - self.now)


class SlotBook:
    """The schedule in memory: the reference model of the shared budget's SQL, and the pacing a
    process falls back to alone (`SlotBook(SendPolicy(rate=fallback_rate, ...))`)."""

    def __init__(self, policy: SendPolicy = DEFAULT_POLICY) -> None:
        self.policy = policy
        self.next_slot = 0.0  # the schedule: no send before this moment (except a reply's burst)
        self.reminder_next_slot = 0.0  # the reminder share: no reminder before this moment

    def claim(self, priority: Priority, now: float) -> Claim:
        policy = self.policy
        if priority is Priority.REPLY:
            slot = max(self.next_slot - policy.reply_burst, now)
            self.next_slot = max(self.next_slot, now) + policy.spacing
            return Claim(now, slot)
        if priority is Priority.FOLLOW_UP:
            start = max(self.next_slot, now)
            if start > now:
                return Claim(now, None, retry_at=start)
            self.next_slot = start + policy.spacing
            return Claim(now, start)
        start = max(self.next_slot, self.reminder_next_slot, now)
        if start > now + policy.reminder_slack:
            return Claim(now, None, retry_at=start - policy.reminder_slack)
        self.next_slot = start + policy.spacing
        # The share's own grid: a reminder pushed back by replies pushes the next one back by
        # only half a spacing more, so reminders keep most of their rate while people write
        # (18.3 a second beside 3 replies a second, against 17.4 when every delay carried on)
        # and any second still holds at most reminder_rate + 1 of them.
        self.reminder_next_slot = max(
            self.reminder_next_slot + policy.reminder_spacing,
            start + policy.reminder_spacing / 2,
        )
        return Claim(now, start)

    def pause(self, now: float, seconds: float) -> None:
        """Telegram said "retry after": nothing is sent before that has passed (a reply's burst
        included)."""
        self.next_slot = max(self.next_slot, now + seconds + self.policy.reply_burst)
