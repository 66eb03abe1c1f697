"""Prometheus metrics on prometheus_client: the bot's own series, one registry per process.

Each process (a polling bot, or each webhook worker) keeps its series in its own
`CollectorRegistry` and serves them on its own /metrics; Prometheus scrapes every worker and sums
them (docs/deploy.md). The dispatcher's counters are read at scrape time through a collector, so
the dispatcher keeps plain numbers for its logs and benchmarks.

What is counted, and where:
- updates handled, by type: a TypeHandler that runs before every other handler (`count_update`);
- Bot API outcomes (replies sent, 429s and the waits they asked for, 403s from users who blocked
  the bot): the rate limiter reports every attempt to `request_done`;
- reminders (sent, skipped, failed...) and their due-to-send delay: the dispatcher's own
  `DispatchCounters`, read when /metrics is scraped.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator, Sequence
from functools import partial
from typing import Protocol

from prometheus_client import CollectorRegistry, disable_created_metrics, generate_latest
from prometheus_client import Counter as PromCounter
from prometheus_client import Histogram as PromHistogram
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.metrics_core import Metric
from prometheus_client.registry import Collector
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


disable_created_metrics()  # no `_created` series beside each counter: the same series as before
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


class Counter:
    """A prometheus_client counter, with the label values given as keywords and its current
    value readable (for tests and logs)."""

    def __init__(
        self,
        name: str,
        help_text: str,
        labels: Sequence[str] = (),
        registry: CollectorRegistry | None = None,
    ) -> None:
        self.name = name if name.endswith("_total") else f"{name}_total"
        self.label_names = tuple(labels)
        self._counter = PromCounter(
            self.name.removesuffix("_total"), help_text, self.label_names, registry=registry
        )

    def inc(self, amount: float = 1.0, **labels: str) -> None:
        (self._counter.labels(**labels) if self.label_names else self._counter).inc(amount)

    def value(self, **labels: str) -> float:
        for family in self._counter.collect():
            for sample in family.samples:
                if sample.name == self.name and sample.labels == labels:
                    return float(sample.value)
        return 0.0


class Histogram:
    """A prometheus_client histogram kept outside any registry (the dispatcher owns it; the
    scrape-time collector reports it)."""

    def __init__(self, name: str, help_text: str, buckets: Sequence[float] = DELAY_BUCKETS) -> None:
        self.name = name
        self._histogram = PromHistogram(name, help_text, buckets=sorted(buckets), registry=None)

    def observe(self, value: float) -> None:
        self._histogram.observe(value)

    def collect(self) -> list[Metric]:
        return list(self._histogram.collect())


def reminder_delay_histogram() -> Histogram:
    return Histogram(
        "legcare_reminder_delay_seconds", "Seconds from a reminder's due time to its sending."
    )


def update_type(update: Update) -> str:
    """The kind of an update ("message", "callback_query", ...), from a fixed list of names."""
    return next(
        (kind for kind in Update.ALL_TYPES if getattr(update, kind, None) is not None), "other"
    )


METRICS_KEY = "metrics"  # bot_data key of the process's BotMetrics (webhook mode only)


class BotMetrics:
    """Every series the bot exports; `render` adds the dispatcher's counters at scrape time."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self._scrape = _AtScrape()
        self.registry.register(self._scrape)
        counter = partial(Counter, registry=self.registry)
        self.updates = counter("legcare_updates_total", "Updates handled, by type.", ["type"])
        self.webhook_requests = counter(
            "legcare_webhook_requests_total",
            "Requests to the webhook endpoint, by outcome "
            "(accepted, failed, forbidden, too_large, bad_request, unavailable).",
            ["outcome"],
        )
        self.replies = counter(
            "legcare_replies_sent_total",
            "Bot API calls that answered a person's update and succeeded, by method.",
            ["method"],
        )
        self.rate_limited = counter(
            "legcare_telegram_rate_limited_total",
            "429 Too Many Requests answers from the Bot API, by method.",
            ["method"],
        )
        self.retry_wait = counter(
            "legcare_telegram_retry_after_seconds_total",
            "Seconds of waiting the Bot API asked for in its 429 answers.",
        )
        self.foreign_callbacks = counter(
            "legcare_foreign_callbacks_total",
            "Button taps refused because the sender is not the private chat's person, by family.",
            ["family"],
        )
        self.blocked = counter(
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
        """The Prometheus text format of every series, the dispatcher's read now."""
        self._scrape.dispatch, self._scrape.role = dispatch, role
        return generate_latest(self.registry).decode()


class _AtScrape(Collector):
    """The series read when /metrics is scraped: the dispatcher's totals and this process's role."""

    def __init__(self) -> None:
        self.dispatch: DispatchCounters | None = None
        self.role = "single"

    def collect(self) -> Iterator[Metric]:
        role = GaugeMetricFamily(
            "legcare_dispatcher_role",
            "1 for this process's reminder dispatcher role (leader, follower or single).",
            labels=["role"],
        )
        for name in DISPATCHER_ROLES:
            role.add_metric([name], float(name == self.role))
        yield role
        counters = self.dispatch
        if counters is None:
            return
        yield CounterMetricFamily(
            "legcare_reminders_claimed",
            "Reminder deliveries this process claimed from the database.",
            value=counters.claimed,
        )
        outcomes = CounterMetricFamily(
            "legcare_reminders",
            "Reminder send outcomes in this process (skipped: too late to be useful).",
            labels=["outcome"],
        )
        for outcome, value in (
            ("sent", counters.sent),
            ("skipped", counters.skipped_late),
            ("failed", counters.failed),
            ("blocked", counters.blocked),
            ("retried", counters.retried),
            ("rate_limited", counters.rate_limited),
        ):
            outcomes.add_metric([outcome], value)
        yield outcomes
        yield from counters.delay_seconds.collect()
