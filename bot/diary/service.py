"""The diary's use cases: record a day, take a note, time or stop the daily question. Handlers
call these and only translate; the rules of what to notice are in bot.diary.notices (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.content.diary_models import Diary
from bot.core.clock import Clock
from bot.db import Database
from bot.db.diary import (
    as_day,
    awaited_note_day,
    entries_between,
    get_entry,
    last_notices,
    record_notices,
    save_entry,
    set_diary_off,
    set_note_day,
)
from bot.db.diary_tables import DiaryEntry
from bot.db.reminder_tables import DIARY, FOOT, Delivery, ReminderPlan
from bot.db.reminders import get_plan
from bot.db.users import get_user
from bot.diary.entries import MAX_NOTE_CHARS, MILD, places_from, places_text, toggle
from bot.diary.notices import reasons_shown, to_say
from bot.reminders import service as reminders

LOOK_BACK_DAYS = 28  # the longest rule reads a week; four weeks is what the report shows


@dataclass
class Saved:
    """A day's entry after a tap, and the reasons to point out now (said once)."""

    entry: DiaryEntry
    notices: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DiaryStatus:
    off: bool
    foot_at: str | None  # the foot check's time when it is on (the question rides along)
    own_at: str | None  # the diary question's own daily time, when on


async def local_today(session: AsyncSession, user_id: int, now: datetime) -> date:
    """Today in the user's zone (UTC until they set one): a diary day is their calendar day."""
    user = await get_user(session, user_id)
    zone = user.time_zone if user is not None and user.time_zone else "UTC"
    return now.astimezone(ZoneInfo(zone)).date()


async def day_of_source(db: Database, clock: Clock, user_id: int, source: str) -> date | None:
    """The day a diary button is for: written in it ("20261204"), or the local day of the
    reminder it came with ("r123"). None for a payload that is not the user's or not a day."""
    if source.startswith("r") and source[1:].isdigit():
        async with db.session() as session:
            delivery = await session.get(Delivery, int(source[1:]))
            if delivery is None or delivery.user_id != user_id:
                return None
            user = await get_user(session, user_id)
            zone = user.time_zone if user is not None and user.time_zone else "UTC"
            return delivery.due_at.astimezone(ZoneInfo(zone)).date()
    try:
        return datetime.strptime(source, "%Y%m%d").date()
    except ValueError:
        return None


async def today(db: Database, clock: Clock, user_id: int) -> tuple[date, DiaryEntry | None]:
    async with db.session() as session:
        day = await local_today(session, user_id, clock.now())
        return day, await get_entry(session, user_id, day)


async def record(
    db: Database,
    clock: Clock,
    diary: Diary,
    user_id: int,
    day: date,
    *,
    level: int | None = None,
    place: str | None = None,
    side: str | None = None,
) -> Saved | None:
    """Save a tap for `day`: a level, a place (tapped again, taken away) or a side; None when
    `day` is not today (entries are edited the same day only). Read and write are one
    transaction, so two quick taps on places cannot lose one another. The reasons shown by the
    diary and not said lately come back, recorded as said."""
    now = clock.now()
    async with db.session() as session:
        if day != await local_today(session, user_id, now):
            return None
        current = await get_entry(session, user_id, day)
        places = None
        if place is not None:
            places = places_text(toggle(places_from(current.places if current else ""), place))
        if place is not None or side is not None:
            # Saying where it is felt says it is felt: a day without a level becomes mild.
            level = max(current.level if current else 0, MILD)
        entry = await save_entry(session, user_id, day, now, level=level, places=places, side=side)
        rows = await entries_between(session, user_id, day - timedelta(days=LOOK_BACK_DAYS), day)
        shown = reasons_shown([as_day(row) for row in rows], day, diary.notices)
        said = to_say(shown, await last_notices(session, user_id), day, diary.renotice_after_days)
        await record_notices(session, user_id, said, day, now)
        return Saved(entry, said)


async def ask_note(db: Database, clock: Clock, user_id: int, day: date) -> bool:
    """The next plain message becomes `day`'s note; False when `day` is not today."""
    async with db.session() as session:
        if day != await local_today(session, user_id, clock.now()):
            return False
        await set_note_day(session, user_id, day)
        return True


async def cancel_note(db: Database, user_id: int) -> None:
    async with db.session() as session:
        await set_note_day(session, user_id, None)


@dataclass(frozen=True)
class NoteOutcome:
    status: str  # "saved", "too_long", "stale" (asked on an earlier day), "none" (not asked)
    length: int = 0
    entry: DiaryEntry | None = None


async def take_note(db: Database, clock: Clock, user_id: int, text: str) -> NoteOutcome:
    """Store `text` as the awaited note. Over MAX_NOTE_CHARS nothing is stored and the note is
    still awaited, so the person can send a shorter one."""
    now = clock.now()
    async with db.reader.connect() as connection:  # never waits for a writer
        if await awaited_note_day(connection, user_id) is None:
            return NoteOutcome("none")
    async with db.session() as session:
        user = await get_user(session, user_id)
        if user is None or user.diary_note_day is None:
            return NoteOutcome("none")
        day = user.diary_note_day
        if day != await local_today(session, user_id, now):
            await set_note_day(session, user_id, None)
            return NoteOutcome("stale")
        note = text.strip()
        if len(note) > MAX_NOTE_CHARS:
            return NoteOutcome("too_long", len(note))
        entry = await save_entry(session, user_id, day, now, note=note)
        await set_note_day(session, user_id, None)
        return NoteOutcome("saved", len(note), entry)


async def status(db: Database, user_id: int) -> DiaryStatus:
    async with db.session() as session:
        user = await get_user(session, user_id)
        foot = await get_plan(session, user_id, FOOT)
        own = await get_plan(session, user_id, DIARY)
    return DiaryStatus(
        off=bool(user is not None and user.diary_off),
        foot_at=foot.at_time if foot is not None and foot.active else None,
        own_at=own.at_time if own is not None and own.active else None,
    )


async def ask_daily_at(
    db: Database, clock: Clock, user_id: int, at: time
) -> tuple[ReminderPlan, str]:
    """The question on its own once a day at `at` (needs a time zone: NeedsTimeZone)."""
    plan, zone = await reminders.set_daily(db, clock, user_id, DIARY, at)
    async with db.session() as session:
        await set_diary_off(session, user_id, off=False)
    return plan, zone


async def turn_off(db: Database, clock: Clock, user_id: int) -> None:
    """No diary question any more, with the foot check or alone; entries are kept."""
    async with db.session() as session:
        await set_diary_off(session, user_id, off=True)
        await set_note_day(session, user_id, None)
    await reminders.turn_off(db, clock, user_id, DIARY)


async def turn_on(db: Database, user_id: int) -> None:
    async with db.session() as session:
        await set_diary_off(session, user_id, off=False)
