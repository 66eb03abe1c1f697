"""/report and /export over HTTP against the emulator: four weeks of records become a PNG and a
PDF a test opens (size, pages, text), an empty diary still gets a report, and the CSV holds every
row of the user and none of anyone else's."""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pypdf
import pytest
import pytest_asyncio

from bot.core.clock import FakeClock
from bot.db import Database
from bot.db.diary_tables import DiaryEntry
from bot.db.reminder_tables import DONE, FOOT, MOVEMENT, SENT, Delivery, ReminderPlan
from bot.db.users import user_owned_tables
from tests.e2e.harness import Chat, new_chat
from tests.e2e.inprocess import running_bot
from tgemu.server import BotApiEmulator, EmulatedMessage

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="module")]

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 29, 19, 0, tzinfo=BERLIN)
NOTE = "numb toes after the long drive to my sister's, gone by lunch"


@dataclass
class World:
    emulator: BotApiEmulator
    url: str

    async def chat(self) -> Chat:
        chat = new_chat(self.emulator)
        await chat.say("/timezone Berlin")
        return chat

    async def files(self, chat: Chat, command: str, count: int) -> list[EmulatedMessage]:
        sent = self.emulator.user_sends(chat.user_id, command)
        after, found = sent["message_id"], []
        while len(found) < count:
            message = await self.emulator.wait_for_bot_message(
                chat.user_id, after_message_id=after, timeout=20
            )
            after = message.message_id
            found.append(message)
        return found


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def world(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    url = f"sqlite:///{Path(tmp_path_factory.mktemp('report')) / 'bot.db'}"
    emulator = BotApiEmulator()
    await emulator.start()
    try:
        async with running_bot(emulator, url, clock=FakeClock(NOW), dispatch=False):
            yield World(emulator, url)
    finally:
        await emulator.stop()


async def four_weeks(url: str, user_id: int) -> None:
    """A diary, breaks and foot checks on each of the last 28 days, as the bot would store them."""
    db = Database(url)
    try:
        async with db.session() as session:
            plans = {}
            for kind in (MOVEMENT, FOOT):
                plan = ReminderPlan(user_id=user_id, kind=kind, created_at=NOW, updated_at=NOW)
                session.add(plan)
                await session.flush()
                plans[kind] = plan.id
            for back in range(28):
                day = NOW.date() - timedelta(days=back)
                session.add(
                    DiaryEntry(
                        user_id=user_id,
                        day=day,
                        level=back % 4,
                        places="calves,feet",
                        side="left",
                        note=NOTE if back == 3 else None,
                        created_at=NOW,
                        updated_at=NOW,
                    )
                )
                for hour in (10, 11, 14):
                    due = datetime.combine(day, time(hour), tzinfo=BERLIN)
                    session.add(_delivery(plans[MOVEMENT], user_id, MOVEMENT, due, hour != 14))
                foot = datetime.combine(day, time(18), tzinfo=BERLIN)
                session.add(_delivery(plans[FOOT], user_id, FOOT, foot, back % 7 != 2))
    finally:
        await db.dispose()


def _delivery(plan_id: int | None, user_id: int, kind: str, due: datetime, done: bool) -> Delivery:
    assert plan_id is not None
    return Delivery(
        plan_id=plan_id,
        user_id=user_id,
        kind=kind,
        due_at=due,
        status=DONE if done else SENT,
        sent_at=due,
        done_at=due + timedelta(minutes=2) if done else None,
    )


async def test_report_on_four_weeks_sends_a_readable_png_and_pdf(world: World) -> None:
    chat = await world.chat()
    await four_weeks(world.url, chat.user_id)
    photo, document = await world.files(chat, "/report", 2)
    assert photo.media is not None
    assert photo.media.kind == "photo"
    assert (photo.media.width, photo.media.height) == (910, 1040)  # 7 x 8 inches at 130 dpi
    assert "Numbness diary for a healthcare provider" in photo.text
    assert document.media is not None
    assert document.media.file_name == "legcare-report-2026-03-29.pdf"
    pdf = pypdf.PdfReader(io.BytesIO(document.media.data))
    assert len(pdf.pages) == 2  # the chart, then the 28 days and the note on one page
    first = pdf.pages[0].extract_text()
    assert "02 Mar 2026 - 29 Mar 2026" in first
    table = "\n".join(page.extract_text() for page in pdf.pages[1:])
    assert "Sun 29 Mar" in table
    assert "Mon 02 Mar" in table
    assert "Toes and feet, Calves" in table
    assert "numb toes after the long drive" in table
    assert "2/3" in table
    assert "missed" in table


async def test_report_on_an_empty_diary_still_comes_with_a_pointer_to_log(world: World) -> None:
    chat = await world.chat()
    photo, document = await world.files(chat, "/report", 2)
    assert "diary is empty" in photo.text
    assert "/log" in photo.text
    assert document.media is not None
    pdf = pypdf.PdfReader(io.BytesIO(document.media.data))
    assert len(pdf.pages) == 2
    assert "No diary entries" in pdf.pages[1].extract_text()


async def test_export_holds_every_row_of_the_user_and_no_one_elses(world: World) -> None:
    chat, other = await world.chat(), await world.chat()
    await four_weeks(world.url, chat.user_id)
    await four_weeks(world.url, other.user_id)
    for person in (chat, other):
        question = await person.say("/log")
        await person.tap(question, "Mild")
    [export] = await world.files(chat, "/export", 1)
    assert export.media is not None
    assert export.media.file_name.endswith(".csv")
    rows = list(csv.reader(io.StringIO(export.media.data.decode("utf-8"))))
    counts = {
        row[0].removeprefix("table: "): int(row[1].removeprefix("rows: "))
        for row in rows
        if row and row[0].startswith("table: ")
    }
    assert counts["users"] == 1
    assert counts["diary_entries"] == 28  # today's tap changed today's entry
    assert counts["deliveries"] == 28 * 4
    assert counts["reminder_plans"] == 2
    assert set(counts) == {"users", *(t.name for t in user_owned_tables())}
    ids = {str(chat.user_id), str(other.user_id)}
    cells = {cell for row in rows for cell in row}
    assert str(chat.user_id) in cells
    assert str(other.user_id) not in cells, ids
    assert f"{sum(counts.values())} rows" in export.text


async def test_drawing_a_report_does_not_hold_up_anyone_elses_reply(world: World) -> None:
    """The drawing takes about half a second in a worker thread; a reply to someone else,
    asked for just after, comes first. Drawn on the event loop, it would wait behind it."""
    chat, other = await world.chat(), await world.chat()
    await four_weeks(world.url, chat.user_id)
    sent = world.emulator.user_sends(chat.user_id, "/report")["message_id"]
    await asyncio.sleep(0.15)  # the report is being drawn now
    helped = await other.say("/help")
    assert "What I can do" in helped.text
    drawn = [m for m in world.emulator.bot_messages(chat.user_id) if m.message_id > sent]
    assert [m for m in drawn if m.media is not None] == []  # still drawing when /help was answered
    photo = await world.emulator.wait_for_bot_message(
        chat.user_id, after_message_id=sent, timeout=20
    )
    assert photo.media is not None
