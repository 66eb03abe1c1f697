"""Reminder plans as stored, turned into the pure schedule's terms, and their next due time.

The database keeps a plan's settings in plain columns (windows as JSON); the schedule works on
frozen dataclasses. Everything that decides *when* lives in `schedule`; this module only converts
and applies the plan's pause and anchor.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from bot.db.reminder_tables import DIARY, FOOT, MOVEMENT, ReminderPlan
from bot.reminders.schedule import (
    FootPlan,
    MovementPlan,
    Window,
    next_foot,
    next_movement,
    spread_phase,
)

DEFAULT_INTERVAL_MINUTES = 45
DEFAULT_FOOT_TIME = time(21, 0)
DEFAULT_WINDOWS = tuple(Window(day, time(9, 0), time(17, 0)) for day in range(5))
MAX_SNOOZES = 3  # a reminder snoozed three times is not offered a fourth
SNOOZE_MINUTES = 10
GRACE = {MOVEMENT: timedelta(minutes=5), FOOT: timedelta(hours=3), DIARY: timedelta(hours=3)}
"""How late a reminder may still be sent: a break 5 minutes late is still a break; a foot check
can wait a few hours. Later than this, the reminder is skipped and counted, never sent late."""


def windows_to_json(windows: tuple[Window, ...]) -> list[dict[str, Any]]:
    return [
        {"day": w.weekday, "start": w.start.strftime("%H:%M"), "end": w.end.strftime("%H:%M")}
        for w in windows
    ]


def windows_from_json(data: list[dict[str, Any]] | None) -> tuple[Window, ...]:
    return tuple(
        Window(int(item["day"]), time.fromisoformat(item["start"]), time.fromisoformat(item["end"]))
        for item in data or ()
    )


def movement_plan(row: ReminderPlan, zone: str) -> MovementPlan:
    interval = row.interval_minutes or DEFAULT_INTERVAL_MINUTES
    return MovementPlan(
        interval_minutes=interval,
        windows=windows_from_json(row.windows),
        zone=zone,
        phase_seconds=spread_phase(row.user_id, interval),
    )


def foot_plan(row: ReminderPlan, zone: str) -> FootPlan:
    at = time.fromisoformat(row.at_time) if row.at_time else DEFAULT_FOOT_TIME
    return FootPlan(at=at, zone=zone)


def next_due(row: ReminderPlan, zone: str, after: datetime) -> datetime | None:
    """The plan's next reminder strictly after `after`, honouring its pause (None: never)."""
    if not row.active or row.stopped:
        return None
    if row.paused_until is not None and row.paused_until > after:
        after = row.paused_until - timedelta(microseconds=1)
    if row.kind == MOVEMENT:
        return next_movement(movement_plan(row, zone), after, anchor=row.anchor_at)
    return next_foot(foot_plan(row, zone), after)  # a foot check or the diary question: daily


def is_too_late(kind: str, due_at: datetime, now: datetime) -> bool:
    return now - due_at > GRACE[kind]
