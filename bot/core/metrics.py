"""Prometheus metrics: a tiny registry, and the bot's own series.

Why not prometheus_client: a dozen series do not justify a dependency, most of them are read at
scrape time from counters the bot keeps anyway, and the text format is small and stable
(https://prometheus.io/docs/instrumenting/exposition_formats/). Everything here runs on the event
loop's thread, so plain numbers need no locks.

What is counted, and where:
- updates handled, by type: a TypeHandler that runs before every other handler (`count_update`);
- Bot API outcomes (replies sent, 429s and the waits they asked for, 403s from users who blocked
  the bot): the rate limiter reports every attempt to `request_done`;
- reminders (sent, skipped, failed...) and their due-to-send delay: the dispatcher's own
  `DispatchCounters`, read when /metrics is scraped.
"""

from __future__ import annotations

import contextvars
import math
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from telegram import Update
from telegram.error import Forbidden, RetryAfter

from bot.sending.limiter import retry_after_seconds


class DispatchCounters(Protocol):
    """What /metrics reads of the dispatcher's running totals (bot.reminders.counters)."""

    claimed: int
    skipped_late: int
    sent: int
    failed: int
    blocked: int
    retried: int
    rate_limited: int
    delay_seconds: Histogram


CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
# Reminders are due on a 1-second tick and paced at ~20/s: most land within seconds, a backlog
# shows up in the upper buckets long before the grace period makes the dispatcher skip them.
DELAY_BUCKETS = (0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0)
# Bot API methods that put something in front of a person.
REPLY_METHODS = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "sendLocation",
        "editMessageText",
        "editMessageReplyMarkup",
        "answerCallbackQuery",
    }
)
DISPATCHER_ROLES = ("leader", "follower", "single")

# True in a task that handles updates (set by `count_update`, which runs first for every update:
# PTB's update fetcher when polling, the web server's request task in webhook mode) and in tasks
# started from a handler, which copy the context; the dispatcher's job and send tasks never see it,
# so a Bot API call can tell a reply to a person from a reminder. (A job scheduled from inside a
# handler would inherit it; no handler schedules jobs.)
_ANSWERING_UPDATE: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "legcare_answering_update", default=False
)

Labels = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Sample:
    name: str
    labels: Labels
    value: float


@dataclass(frozen=True)
class Family:
    """One metric as exposed: its name, type, help line and current samples."""

    name: str
    kind: str
    help: str
    samples: Sequence[Sample]


class Counter:
    """A monotonically increasing number per combination of label values."""

    def __init__(self, name: str, help_text: str, labels: Sequence[str] = ()) -> None:
        self.name = name
        self.help = help_text
        self.label_names = tuple(labels)
        self._values: dict[tuple[str, ...], float] = {}

    def inc(self, amount: float = 1.0, **labels: str) -> None:
        key = tuple(labels[name] for name in self.label_names)
        self._values[key] = self._values.get(key, 0.0) + amount

    def value(self, **labels: str) -> float:
        return self._values.get(tuple(labels[name] for name in self.label_names), 0.0)

    def collect(self) -> Family:
        samples = [
            Sample(self.name, tuple(zip(self.label_names, key, strict=True)), value)
            for key, value in sorted(self._values.items())
        ]
        if not self.label_names and not samples:
            samples = [Sample(self.name, (), 0.0)]
        return Family(self.name, "counter", self.help, samples)


@dataclass
class Histogram:
    """Counts of observations per upper bound (cumulative on export), their sum and count."""

    name: str
    help: str
    buckets: tuple[float, ...] = DELAY_BUCKETS
    counts: list[int] = field(init=False)
    total: float = field(default=0.0, init=False)
    count: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self.buckets = tuple(sorted(self.buckets))
        self.counts = [0] * (len(self.buckets) + 1)  # the last one is +Inf

    def observe(self, value: float) -> None:
        self.counts[bisect_left(self.buckets, value)] += 1
        self.total += value
        self.count += 1

    def collect(self) -> Family:
        samples: list[Sample] = []
        cumulative = 0
        for bound, count in zip((*self.buckets, math.inf), self.counts, strict=True):
            cumulative += count
            samples.append(Sample(f"{self.name}_bucket", (("le", _number(bound)),), cumulative))
        samples.append(Sample(f"{self.name}_sum", (), self.total))
        samples.append(Sample(f"{self.name}_count", (), self.count))
        return Family(self.name, "histogram", self.help, samples)


def reminder_delay_histogram() -> Histogram:
    return Histogram(
        "legcare_reminder_delay_seconds", "Seconds from a reminder's due time to its sending."
    )


def _number(value: float) -> str:
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    return str(int(value)) if value == int(value) else repr(value)


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def render(families: Iterable[Family]) -> str:
    """The Prometheus text exposition format (version 0.0.4)."""
    lines: list[str] = []
    for family in families:
        lines.append(f"# HELP {family.name} {_escape(family.help)}")
        lines.append(f"# TYPE {family.name} {family.kind}")
        for sample in family.samples:
            labels = ",".join(f'{key}="{_escape(value)}"' for key, value in sample.labels)
            name = f"{sample.name}{{{labels}}}" if labels else sample.name
            lines.append(f"{name} {_number(sample.value)}")
    return "\n".join(lines) + "\n"


def update_type(update: Update) -> str:
    """The kind of an update ("message", "callback_query", ...), from a fixed list of names."""
    return next(
        (kind for kind in Update.ALL_TYPES if getattr(update, kind, None) is not None), "other"
    )


METRICS_KEY = "metrics"  # bot_data key of the process's BotMetrics (webhook mode only)


class BotMetrics:
    """Every series the bot exports; `render` adds the dispatcher's counters at scrape time."""

    def __init__(self) -> None:
        self.updates = Counter("legcare_updates_total", "Updates handled, by type.", ["type"])
        self.webhook_requests = Counter(
            "legcare_webhook_requests_total",
            "Requests to the webhook endpoint, by outcome "
            "(accepted, failed, forbidden, too_large, bad_request, unavailable).",
            ["outcome"],
        )
        self.replies = Counter(
            "legcare_replies_sent_total",
            "Bot API calls that answered a person's update and succeeded, by method.",
            ["method"],
        )
        self.rate_limited = Counter(
            "legcare_telegram_rate_limited_total",
            "429 Too Many Requests answers from the Bot API, by method.",
            ["method"],
        )
        self.retry_wait = Counter(
            "legcare_telegram_retry_after_seconds_total",
            "Seconds of waiting the Bot API asked for in its 429 answers.",
        )
        self.foreign_callbacks = Counter(
            "legcare_foreign_callbacks_total",
            "Button taps refused because the sender is not the private chat's person, by family.",
            ["family"],
        )
        self.blocked = Counter(
            "legcare_telegram_blocked_total",
            "Bot API calls refused with 403 because the user blocked the bot, by method.",
            ["method"],
        )

    async def count_update(self, update: Update, _context: object) -> None:
        """A TypeHandler callback; runs first for every update, in the task that handles it."""
        _ANSWERING_UPDATE.set(True)
        self.updates.inc(type=update_type(update))

    def request_done(self, endpoint: str, error: Exception | None) -> None:
        """The rate limiter's report of one Bot API attempt (retries report again)."""
        if error is None:
            if endpoint in REPLY_METHODS and _ANSWERING_UPDATE.get():
                self.replies.inc(method=endpoint)
        elif isinstance(error, RetryAfter):
            self.rate_limited.inc(method=endpoint)
            self.retry_wait.inc(retry_after_seconds(error))
        elif isinstance(error, Forbidden):
            self.blocked.inc(method=endpoint)

    def render(self, dispatch: DispatchCounters | None, role: str) -> str:
        families = [
            self.updates.collect(),
            self.webhook_requests.collect(),
            self.replies.collect(),
            self.rate_limited.collect(),
            self.retry_wait.collect(),
            self.blocked.collect(),
            self.foreign_callbacks.collect(),
            _role_family(role),
        ]
        if dispatch is not None:
            families.extend(_dispatch_families(dispatch))
        return render(families)


def _role_family(role: str) -> Family:
    samples = [
        Sample("legcare_dispatcher_role", (("role", name),), float(name == role))
        for name in DISPATCHER_ROLES
    ]
    return Family(
        "legcare_dispatcher_role",
        "gauge",
        "1 for this process's reminder dispatcher role (leader, follower or single).",
        samples,
    )


def _dispatch_families(counters: DispatchCounters) -> list[Family]:
    outcomes = {
        "sent": counters.sent,
        "skipped": counters.skipped_late,
        "failed": counters.failed,
        "blocked": counters.blocked,
        "retried": counters.retried,
        "rate_limited": counters.rate_limited,
    }
    name = "legcare_reminders_total"
    return [
        Family(
            "legcare_reminders_claimed_total",
            "counter",
            "Reminder deliveries this process claimed from the database.",
            [Sample("legcare_reminders_claimed_total", (), counters.claimed)],
        ),
        Family(
            name,
            "counter",
            "Reminder send outcomes in this process (skipped: too late to be useful).",
            [Sample(name, (("outcome", key),), value) for key, value in outcomes.items()],
        ),
        counters.delay_seconds.collect(),
    ]
