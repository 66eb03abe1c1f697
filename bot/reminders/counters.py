"""What the dispatcher has done since start: read by logs, /metrics and the benchmarks."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.core.metrics import Histogram, reminder_delay_histogram


@dataclass
class DispatchCounters:
    """Running totals since start, for logs and metrics."""

    claimed: int = 0
    skipped_late: int = 0
    sent: int = 0
    failed: int = 0
    blocked: int = 0
    retried: int = 0
    rate_limited: int = 0
    delays: list[float] = field(default_factory=list)  # due-to-send seconds, for benchmarks
    delay_seconds: Histogram = field(default_factory=reminder_delay_histogram)  # for /metrics
