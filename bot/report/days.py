"""The report's data: one row per calendar day of the period, in the user's own time zone."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

REPORT_DAYS = 28


@dataclass
class ReportDay:
    day: date
    level: int | None = None  # None: no diary entry that day
    places: list[str] = field(default_factory=list)  # labels, e.g. "Toes and feet"
    side: str | None = None  # label, e.g. "Left"
    note: str | None = None
    breaks_done: int = 0
    breaks_sent: int = 0
    foot_done: bool = False
    foot_sent: bool = False
    checks: list[str] = field(default_factory=list)  # "Emergency", "Appointment", "Self-care"


@dataclass
class Report:
    title: str
    intro: str
    period: tuple[date, date]
    level_names: list[str]
    days: list[ReportDay]
    zone: str

    @property
    def has_diary(self) -> bool:
        return any(day.level is not None for day in self.days)


def empty_days(last: date, count: int = REPORT_DAYS) -> list[ReportDay]:
    """The period's days, oldest first, ending with `last`."""
    first = last - timedelta(days=count - 1)
    return [ReportDay(first + timedelta(days=offset)) for offset in range(count)]
