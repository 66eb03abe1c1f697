"""The numbness diary over HTTP against the emulator, on a FakeClock: a week of one-tap entries,
the guide's reasons noticed once each, notes (an emergency one included), the question with the
foot check, and the bad inputs a person can send."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import pytest_asyncio
from sqlalchemy import func, select

from bot.content import load_content
from bot.db import Database
from bot.db.diary import entries_between
from bot.db.diary_tables import DiaryEntry
from tests.e2e.harness import Chat, answered, labels, new_chat
from tests.e2e.inprocess import FakeTimeBot, fake_time_bot
from tests.e2e.test_failover import until
from tgemu.server import EmulatedMessage

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="module")]

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY_9AM = datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN)
CONTENT = load_content()
LEAD = CONTENT.diary.notice_lead
LABELS = {c.id: c.label for c in CONTENT.triage.appointment_criteria}


class World(FakeTimeBot):
    """The bot on a FakeClock, with this module's helpers."""

    async def chat(self) -> Chat:
        chat = new_chat(self.emulator)
        await chat.say("/timezone Berlin")
        return chat

    def on_day(self, day: int, hour: int = 9, minute: int = 0) -> None:
        self.clock.set(MONDAY_9AM.replace(hour=hour, minute=minute) + timedelta(days=day))

    async def entries(self, user_id: int) -> list[DiaryEntry]:
        db = Database(self.url)
        try:
            async with db.session() as session:
                return await entries_between(session, user_id, date(2000, 1, 1), date(2100, 1, 1))
        finally:
            await db.dispose()

    async def tick_until_sent(self, chat: Chat, after: int) -> None:
        """Tick as the JobQueue would, until a message is out (a chat that had one less than a
        second ago, real time, waits for the next tick)."""
        for _ in range(30):
            await self.dispatcher.tick()
            await self.dispatcher.drain()
            if any(m.message_id > after for m in self.emulator.bot_messages(chat.user_id)):
                return
            await asyncio.sleep(0.1)

    def notices(self, user_id: int) -> list[EmulatedMessage]:
        return [m for m in self.emulator.bot_messages(user_id) if m.text.startswith(LEAD)]

    async def next_message(self, chat: Chat, after: int) -> EmulatedMessage:
        return await self.emulator.wait_for_bot_message(chat.user_id, after_message_id=after)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def world(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async with fake_time_bot(tmp_path_factory.mktemp("diary"), MONDAY_9AM) as bot:
        yield World(bot.emulator, bot.clock, bot.application, bot.url)


async def settle(world: World, chat: Chat) -> None:
    """Wait for the reply to a /help sent now: whatever the bot was sending is out by then."""
    sent = world.emulator.user_sends(chat.user_id, "/help")
    after = sent["message_id"]
    while not (reply := await world.next_message(chat, after)).text.startswith("What I can do"):
        after = reply.message_id


async def log_day(world: World, chat: Chat, level: str, *taps: str) -> EmulatedMessage:
    question = await chat.say("/log")
    assert labels(question) == ["None", "Mild", "Moderate", "Strong"], question.text
    step = await chat.tap(question, level)
    for label in taps:
        step = await chat.tap(step, label)
    return step


async def test_a_week_that_crosses_each_reason_gets_one_notice_for_each(world: World) -> None:
    chat = await world.chat()
    said: list[str] = []
    week = [
        ("Mild", "Toes and feet", "Left"),  # Mon
        ("Mild", "Toes and feet", "Left"),  # Tue
        ("Mild", "Toes and feet", "Left"),  # Wed: the third one-sided day
        ("Mild", "Toes and feet"),  # Thu: the fourth day in a row
        ("Moderate", "Toes and feet"),  # Fri: higher than Monday
        ("Moderate", "Toes and feet", "Calves"),  # Sat: spreads, already said
        ("Moderate", "Toes and feet", "Calves", "Left"),  # Sun: nothing new to say
    ]
    for day, (level, *taps) in enumerate(week):
        world.on_day(day)
        before = len(world.notices(chat.user_id))
        step = await log_day(world, chat, level, *taps)
        assert "Saved for" in step.text
        await settle(world, chat)  # the notice, if any, has gone out
        new = world.notices(chat.user_id)[before:]
        said.extend(text for m in new for text in LABELS.values() if text in m.text)
    assert said == [LABELS["one-side"], LABELS["lasting-days"], LABELS["worsening-spreading"]]
    for notice in world.notices(chat.user_id):
        assert labels(notice) == ["🩺 Check for warning signs"]
    entries = await world.entries(chat.user_id)
    assert [e.level for e in entries] == [1, 1, 1, 1, 2, 2, 2]
    assert entries[-1].places == "calves,feet"
    assert entries[-1].side == "left"


async def test_a_day_is_edited_in_place_and_none_is_one_tap(world: World) -> None:
    chat = await world.chat()
    world.on_day(10)
    step = await log_day(world, chat, "Strong")
    again = await chat.say("/log")  # the day's entry, to change
    assert "Strong" in again.text
    assert "✓ Strong" in labels(again)
    changed = await chat.tap(again, "None")
    assert "Saved for" in changed.text
    assert "None" in changed.text
    assert [e.level for e in await world.entries(chat.user_id)] == [0]
    assert step.message_id != again.message_id


async def test_an_emergency_in_a_note_escalates_and_the_note_is_kept(world: World) -> None:
    chat = await world.chat()
    world.on_day(11)
    step = await log_day(world, chat, "Moderate")
    last = world.emulator.bot_messages(chat.user_id)[-1].message_id
    world.emulator.user_taps(chat.user_id, step.message_id, button_text="📝 Add a note")
    prompt = await world.next_message(chat, last)
    assert "short note" in prompt.text
    note = "since an hour my face is drooping on one side and I cannot speak properly"
    reply = await chat.say(note)
    assert "112" in reply.text  # Berlin: the emergency instructions with Germany's number

    async def kept() -> bool:  # stored just after the instructions went out
        return [e.note for e in await world.entries(chat.user_id)] == [note]

    await until(kept, 5.0, "the emergency note in the diary")


async def test_a_note_over_1000_characters_is_refused_and_nothing_is_lost(world: World) -> None:
    chat = await world.chat()
    world.on_day(12)
    step = await log_day(world, chat, "Mild")
    last = world.emulator.bot_messages(chat.user_id)[-1].message_id
    world.emulator.user_taps(chat.user_id, step.message_id, button_text="📝 Add a note")
    await world.next_message(chat, last)
    long_note = ("tingling after the long drive, " * 40).strip()
    refused = await chat.say(long_note)
    assert f"{len(long_note):,} characters" in refused.text
    assert "Nothing was saved" in refused.text
    assert (await world.entries(chat.user_id))[0].note is None
    saved = await chat.say("tingling after the long drive")
    assert "Note saved" in saved.text
    assert (await world.entries(chat.user_id))[0].note == "tingling after the long drive"
    short = await chat.say("/log note worse after standing all day")
    assert "Note saved" in short.text


async def test_a_tap_on_yesterdays_question_is_refused_clearly(world: World) -> None:
    chat = await world.chat()
    world.on_day(13, hour=23)
    question = await chat.say("/log")
    world.on_day(14, hour=8)
    query = world.emulator.user_taps(chat.user_id, question.message_id, button_text="Mild")
    answer = await answered(world.emulator, query)
    assert "That question was for" in str(answer["text"])
    assert "/log" in str(answer["text"])
    assert await world.entries(chat.user_id) == []
    today = await chat.say("/log")
    await chat.tap(today, "Mild")
    assert [e.day for e in await world.entries(chat.user_id)] == [date(2026, 3, 16)]


async def test_the_foot_check_asks_and_log_off_stops_asking(world: World) -> None:
    chat = await world.chat()
    world.on_day(20, hour=20)
    await chat.say("/feet 21:00")
    world.on_day(20, hour=21, minute=1)
    last = world.emulator.bot_messages(chat.user_id)[-1].message_id
    await world.tick_until_sent(chat, last)
    foot = await world.next_message(chat, last)
    assert CONTENT.diary.question in foot.text
    assert labels(foot)[-4:] == ["None", "Mild", "Moderate", "Strong"]
    done = await chat.tap(foot, "✅ Done")
    assert labels(done) == ["None", "Mild", "Moderate", "Strong"]  # the question stays
    last = world.emulator.bot_messages(chat.user_id)[-1].message_id
    world.emulator.user_taps(chat.user_id, done.message_id, button_text="Moderate")
    where = await world.next_message(chat, last)
    assert "Saved for" in where.text
    assert "Toes and feet" in labels(where)

    off = await chat.say("/log off")
    assert "off" in off.text
    world.on_day(21, hour=21, minute=1)
    last = world.emulator.bot_messages(chat.user_id)[-1].message_id
    await world.tick_until_sent(chat, last)
    foot = await world.next_message(chat, last)
    assert CONTENT.diary.question not in foot.text
    assert "Mild" not in labels(foot)


async def test_the_question_alone_at_a_chosen_time(world: World) -> None:
    chat = await world.chat()
    world.on_day(22, hour=18)
    timed = await chat.say("/log 20:00")
    assert "every day at 20:00" in timed.text
    world.on_day(22, hour=20, minute=1)
    last = world.emulator.bot_messages(chat.user_id)[-1].message_id
    await world.tick_until_sent(chat, last)
    question = await world.next_message(chat, last)
    assert CONTENT.diary.question in question.text
    assert labels(question) == ["None", "Mild", "Moderate", "Strong"], question.text
    last = question.message_id
    world.emulator.user_taps(chat.user_id, question.message_id, button_text="None")
    saved = await world.next_message(chat, last)
    assert "Saved for" in saved.text
    bad = await chat.say("/log at quarter past")
    assert "Example" in bad.text


async def test_delete_erases_the_diary(world: World) -> None:
    chat = await world.chat()
    world.on_day(23)
    await log_day(world, chat, "Mild", "Calves")
    confirm = await chat.say("/delete")
    await chat.tap(confirm, labels(confirm)[0])
    db = Database(world.url)
    try:
        async with db.session() as session:
            count = await session.scalar(
                select(func.count())
                .select_from(DiaryEntry)
                .where(DiaryEntry.user_id == chat.user_id)  # type: ignore[arg-type]
            )
    finally:
        await db.dispose()
    assert count == 0
