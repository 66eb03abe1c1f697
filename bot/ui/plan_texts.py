"""Reminder plans in words: "every 45 min, Mon-Fri 09:00-17:00, next Mon 09:52"."""

from __future__ import annotations

from datetime import datetime
from itertools import groupby

from bot.db.reminder_tables import FOOT, MOVEMENT, ReminderPlan
from bot.reminders.plans import DEFAULT_FOOT_TIME, DEFAULT_INTERVAL_MINUTES, windows_from_json
from bot.reminders.schedule import Window
from bot.ui.html import bold, code, escape
from bot.ui.reminders_render import local_time

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def describe_windows(windows: tuple[Window, ...]) -> str:
    """Days with the same hours are grouped into runs: "Mon-Fri 09:00-17:00, Sat 10:00-14:00"."""
    if not windows:
        return "no working hours set"
    by_hours = sorted(windows, key=lambda w: (w.start, w.end, w.weekday))
    parts: list[str] = []
    for (start, end), group in groupby(by_hours, key=lambda w: (w.start, w.end)):
        days = sorted(w.weekday for w in group)
        hours = f"{start.strftime('%H:%M')}-{end.strftime('%H:%M')}"
        parts.append(f"{_day_runs(days)} {hours}")
    return ", ".join(parts)


def _day_runs(days: list[int]) -> str:
    runs: list[list[int]] = []
    for day in days:
        if runs and day == runs[-1][-1] + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return ",".join(
        DAY_NAMES[run[0]] if len(run) == 1 else f"{DAY_NAMES[run[0]]}-{DAY_NAMES[run[-1]]}"
        for run in runs
    )


def describe_next(next_due_at: datetime | None, zone: str) -> str:
    return f"next {local_time(next_due_at, zone)}" if next_due_at else "nothing scheduled"


def describe_plan(plan: ReminderPlan, zone: str, snoozed_until: datetime | None = None) -> str:
    """One line for a plan, as /reminders lists it; a pending snooze comes first, because it is
    the reminder the person will see next."""
    if plan.kind == MOVEMENT:
        what = (
            f"{bold('Movement breaks')}: every {plan.interval_minutes or DEFAULT_INTERVAL_MINUTES} "
            f"min, {escape(describe_windows(windows_from_json(plan.windows)))}"
        )
    else:
        at = plan.at_time or DEFAULT_FOOT_TIME.strftime("%H:%M")
        what = f"{bold('Foot check')}: daily at {at}"
    if not plan.active:
        return f"{what} (off)"
    if plan.stopped:
        return f"{what} (stopped until {code('/resume')})"
    state = describe_next(plan.next_due_at, zone)
    if plan.paused_until is not None:
        state = f"paused until {local_time(plan.paused_until, zone)}; {state}"
    if snoozed_until is not None:
        state = f"snoozed until {local_time(snoozed_until, zone)}; then {state}"
    return f"{what} ({escape(state)})"


def plan_set(plan: ReminderPlan, zone: str) -> str:
    off = f"Stop them with {code('/move off' if plan.kind == MOVEMENT else '/feet off')}."
    return f"✅ {describe_plan(plan, zone)}\n\nTimes are in {escape(zone)}. {off}"


def kind_name(kind: str) -> str:
    return {MOVEMENT: "Movement breaks", FOOT: "Foot checks"}[kind]
