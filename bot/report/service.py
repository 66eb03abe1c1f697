"""Gather four weeks of one user's records into a `Report`, and every stored row of theirs into
a CSV (/export). Reads the database; the drawing is bot.report.chart and bot.report.pdf."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.content import Content
from bot.core.clock import Clock
from bot.db import Database
from bot.db.diary import entries_between
from bot.db.models import User
from bot.db.reminder_tables import DONE, FOOT, MOVEMENT, SENT, SNOOZED
from bot.db.reminders import deliveries_between
from bot.db.triage_tables import DONE as CHECK_DONE
from bot.db.triage_tables import TriageCheck
from bot.db.users import USER_KEY_COLUMN, get_user, user_owned_tables
from bot.diary.entries import places_from
from bot.report.days import Report, empty_days
from bot.triage import Level, tools_for

OUTCOME_NAMES = {
    Level.EMERGENCY: "Emergency",
    Level.APPOINTMENT: "Appointment",
    Level.SELF_CARE: "Self-care",
}


async def gather(db: Database, clock: Clock, content: Content, user_id: int) -> Report:
    now = clock.now()
    async with db.session() as session:
        user = await get_user(session, user_id)
        zone = user.time_zone if user is not None and user.time_zone else "UTC"
        tz = ZoneInfo(zone)
        last = now.astimezone(tz).date()
        days = empty_days(last)
        first = days[0].day
        start = datetime.combine(first, time(0), tzinfo=tz)
        end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=tz)
        entries = await entries_between(session, user_id, first, last)
        deliveries = await deliveries_between(session, user_id, start, end)
        result = await session.execute(
            select(TriageCheck).where(
                TriageCheck.user_id == user_id,  # type: ignore[arg-type]
                TriageCheck.status == CHECK_DONE,  # type: ignore[arg-type]
                TriageCheck.updated_at >= start,  # type: ignore[arg-type,operator]
            )
        )
        checks = list(result.scalars())
    by_day = {day.day: day for day in days}
    diary = content.diary
    for entry in entries:
        row = by_day.get(entry.day)
        if row is not None:
            row.level = entry.level
            places = places_from(entry.places)
            row.places = [p.label for p in diary.places if p.id in places]
            row.side = diary.side_label(entry.side) if entry.side else None
            row.note = entry.note
    for delivery in deliveries:
        row = by_day.get(delivery.due_at.astimezone(tz).date())
        if row is None:
            continue
        if delivery.snooze_count or delivery.follow_up:  # the same reminder again: only its Done
            if delivery.kind == FOOT:
                row.foot_done = row.foot_done or delivery.done_at is not None
            else:
                row.breaks_done += int(delivery.done_at is not None)
            continue
        reached = delivery.status in (SENT, DONE, SNOOZED)
        if delivery.kind == MOVEMENT:
            row.breaks_sent += int(reached)
            row.breaks_done += int(delivery.done_at is not None)
        elif delivery.kind == FOOT:
            row.foot_sent = row.foot_sent or reached
            row.foot_done = row.foot_done or delivery.done_at is not None
    engine = tools_for(content).engine
    for check in sorted(checks, key=lambda c: c.updated_at):
        state = engine.decode(check.state)
        outcome = engine.result(state) if state is not None else None
        row = by_day.get(check.updated_at.astimezone(tz).date())
        if outcome is not None and row is not None:
            row.checks.append(OUTCOME_NAMES[outcome.level])
    return Report(
        title=diary.report_title,
        intro=diary.report_intro,
        period=(first, last),
        level_names=list(diary.levels),
        days=days,
        zone=zone,
    )


async def export_csv(db: Database, user_id: int) -> tuple[str, int]:
    """Every stored row of this user, table by table, as one CSV (the right to a copy of one's
    data), and how many rows it holds. Each block starts with the table's name and columns."""
    out = io.StringIO()
    writer = csv.writer(out)
    rows_written = 0
    async with db.session() as session:
        tables = [User.__table__, *reversed(user_owned_tables())]  # type: ignore[attr-defined]
        for table in tables:
            key = table.c.telegram_id if table.name == "users" else table.c[USER_KEY_COLUMN]
            result = await session.execute(select(table).where(key == user_id))
            rows = result.all()
            writer.writerow([f"table: {table.name}", f"rows: {len(rows)}"])
            writer.writerow([column.name for column in table.columns])
            for row in rows:
                writer.writerow([_cell(value) for value in row])
                rows_written += 1
            writer.writerow([])
    return out.getvalue(), rows_written


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)
