"""When a foot check that was not ticked is followed up: once, later the same day, inside the
person's own hours, never at night (pure: no database, no Telegram, the times are given).

The person's hours are their movement-break windows when they set some (they told us when their
day is), else 09:00-21:00; a follow-up that would fall outside them, or on the next day, is not
sent at all: a late evening foot check is not chased into the night.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from bot.reminders.schedule import MovementPlan, Window, window_containing, zone_info

FOLLOW_UP_AFTER = timedelta(hours=2)
DAY_HOURS = (time(9, 0), time(21, 0))


def foot_follow_up_at(
    due_at: datetime, zone: str, windows: tuple[Window, ...] = (), sent_at: datetime | None = None
) -> datetime | None:
    """The follow-up's time for a foot check due at `due_at` and sent at `sent_at` (later, after
    downtime), or None when there is none: the person gets FOLLOW_UP_AFTER from the message."""
    at = max(due_at, sent_at or due_at) + FOLLOW_UP_AFTER
    tz = zone_info(zone)
    if at.astimezone(tz).date() != due_at.astimezone(tz).date():
        return None
    if windows:
        plan = MovementPlan(interval_minutes=60, windows=windows, zone=zone)
        return at if window_containing(plan, at) is not None else None
    start, end = DAY_HOURS
    return at if start <= at.astimezone(tz).time() < end else None
