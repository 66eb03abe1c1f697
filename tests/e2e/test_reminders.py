"""Reminders through Telegram: commands, bad input, and a reminder tapped Done, as transcripts."""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.app.runner import DISPATCHER_KEY
from bot.core.clock import FakeClock
from bot.db import Database
from bot.db.reminders import get_plans
from bot.reminders.dispatcher import Dispatcher
from tests.e2e.harness import BotProcess, Chat, new_chat
from tests.e2e.inprocess import running_bot
from tgemu.server import BotApiEmulator

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="module")]


async def plans_of(process: BotProcess, user_id: int) -> list[tuple[str, bool]]:
    db = Database(process.env["DATABASE_URL"])
    try:
        async with db.session() as session:
            return [(p.kind, p.active) for p in await get_plans(session, user_id)]
    finally:
        await db.dispose()


async def test_setting_up_both_reminders(emulator: BotApiEmulator, bot_process: BotProcess) -> None:
    chat = new_chat(emulator)
    needs_zone = await chat.say("/move")
    assert "time zone" in needs_zone.text

    zone = await chat.say("/timezone Berlin")
    assert "Europe/Berlin" in zone.text
    assert "112" in zone.text  # the zone implies Germany's emergency number

    move = await chat.say("/move 30 08:30-16:30 mon-fri")
    assert "every 30 min, Mon-Fri 08:30-16:30" in move.text
    feet = await chat.say("/feet 20:45")
    assert "daily at 20:45" in feet.text
    assert sorted(await plans_of(bot_process, chat.user_id)) == [
        ("foot", True),
        ("movement", True),
    ]

    overview = await chat.say("/reminders")
    assert "Movement breaks" in overview.text
    assert "Foot check" in overview.text
    tapped = await chat.tap(overview, "Breaks: Turn off")
    assert "(off)" in tapped.text
    assert ("movement", False) in await plans_of(bot_process, chat.user_id)

    assert "Foot checks are off" in (await chat.say("/feet off")).text
    stats = await chat.say("/stats")
    assert "no reminders are on" in stats.text  # nothing came yet, and nothing is on


@pytest.mark.parametrize(
    ("command", "says"),
    [
        ("/move 5", "between 15 and 120 minutes"),
        ("/move 45 25:00-17:00", "25:00"),
        ("/timezone Mars/Olympus", "Mars/Olympus"),
        ("/pause forever", "always ends by itself"),
        ("/feet 24:30", "24:30"),
    ],
)
async def test_bad_input_says_what_is_wrong_with_an_example_and_changes_nothing(
    emulator: BotApiEmulator, bot_process: BotProcess, command: str, says: str
) -> None:
    chat = new_chat(emulator)
    await chat.say("/timezone Europe/Berlin")
    await chat.say("/move 45")
    before = await plans_of(bot_process, chat.user_id)
    reply = await chat.say(command)
    assert says in reply.text
    assert "Example" in reply.text or "example" in reply.text
    assert await plans_of(bot_process, chat.user_id) == before


async def test_pause_and_resume(emulator: BotApiEmulator, bot_process: BotProcess) -> None:
    chat = new_chat(emulator)
    await chat.say("/timezone UTC+2")
    await chat.say("/feet")
    paused = await chat.say("/pause 2h")
    assert "paused until" in paused.text
    assert "by themselves" in paused.text
    resumed = await chat.say("/resume")
    assert "on again" in resumed.text


async def test_a_reminder_arrives_and_done_counts_in_stats(tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 3, 2, 8, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    async with BotApiEmulator() as emulator:
        url = f"sqlite:///{tmp_path / 'bot.db'}"
        async with running_bot(emulator, url, clock=clock, dispatch=False) as application:
            dispatcher: Dispatcher = application.bot_data[DISPATCHER_KEY]
            chat = Chat(emulator, 31)
            await chat.say("/timezone Europe/Berlin")
            await chat.say("/feet 09:00")

            clock.set(datetime(2026, 3, 2, 9, 0, 5, tzinfo=ZoneInfo("Europe/Berlin")))
            last = emulator.bot_messages(chat.user_id)[-1].message_id
            await dispatcher.tick()
            reminder = await emulator.wait_for_bot_message(chat.user_id, after_message_id=last)
            assert "cuts, sores" in reminder.text.lower() or "feet" in reminder.text.lower()
            diary = ["None", "Mild", "Moderate", "Strong"]  # the diary question rides along
            assert [text for text, _ in reminder.buttons] == [
                "✅ Done",
                "⏰ 10 min",
                "⏸ Pause today",
                *diary,
            ]

            done = await chat.tap(reminder, "✅ Done")
            assert "Foot check done" in done.text
            assert [text for text, _ in done.buttons] == diary
            stats = await chat.say("/stats")
            assert "foot checks 1/1" in stats.text
            assert "streak: 1 day" in stats.text

            intruder = Chat(emulator, 32)
            welcome = await intruder.say("/start")
            forged = reminder.buttons[2][1]  # "Pause today" on someone else's reminder
            assert forged is not None
            query = emulator.user_taps(intruder.user_id, welcome.message_id, data=forged)
            for _ in range(100):
                if emulator.callback_answer(query) is not None:
                    break
                await asyncio.sleep(0.02)
            assert emulator.callback_answer(query) == {
                "text": "This button is no longer active.",
                "show_alert": False,
            } or "no longer active" in str(emulator.callback_answer(query))
            overview = await chat.say("/reminders")
            assert "paused" not in overview.text


async def test_start_sets_up_zone_and_both_plans_in_a_few_taps(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    welcome = await chat.say("/start")
    assert "LegCare" in welcome.text
    zone_question = await emulator.wait_for_bot_message(
        chat.user_id, after_message_id=welcome.message_id
    )
    assert "time zone" in zone_question.text

    confirmed = await chat.tap(zone_question, "Berlin / Paris")
    assert "Europe/Berlin" in confirmed.text
    assert "112" in confirmed.text
    offer = await emulator.wait_for_bot_message(chat.user_id, after_message_id=confirmed.message_id)
    assert "every 30-60 minutes" in offer.text

    offer = await chat.tap(offer, "Turn on breaks")
    offer = await chat.tap(offer, "Turn on foot check")
    assert sorted(await plans_of(bot_process, chat.user_id)) == [
        ("foot", True),
        ("movement", True),
    ]
    done = await chat.tap(offer, "Done")
    assert "/reminders" in done.text

    query = emulator.user_taps(chat.user_id, done.message_id, data="v1:ob:tz:99")
    for _ in range(100):
        if emulator.callback_answer(query) is not None:
            break
        await asyncio.sleep(0.02)
    assert "no longer active" in str(emulator.callback_answer(query))
