"""One person cannot crowd out, read or act for another: floods, groups, edits, foreign buttons.

The real bot (a subprocess) against the emulator, which counts every send against Telegram's
flood limits; the flood test asserts none was broken.
"""

from __future__ import annotations

import asyncio
import re
import time

import pytest

from bot.db import Database
from bot.db.reminder_tables import MOVEMENT
from bot.db.reminders import get_plans
from bot.ui.triage_render import SHOW_AGAIN
from tests.e2e.harness import BotProcess, Chat, new_chat, stored_user
from tgemu.server import BotApiEmulator, EmulatedMessage

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="module")]

EMERGENCY_TEXT = "my face looks droopy and my leg is numb"
EMERGENCY_SIGN = "Signs of stroke"
NOTICE = "faster than I can answer"
POINTER = "I only talk in private chats"
_groups = iter(range(-700_001, -800_000, -1))


def is_emergency(message: EmulatedMessage) -> bool:
    return any(label == SHOW_AGAIN for label, _ in message.buttons)


def assert_no_errors(process: BotProcess) -> None:
    lines = process.logs().splitlines()
    assert [line for line in lines if "level=error" in line or "Traceback" in line] == []


async def settle(emulator: BotApiEmulator, chat_id: int, quiet: float = 2.5) -> None:
    """Wait until the bot has sent nothing more to the chat for `quiet` seconds."""
    seen, since = len(emulator.chat(chat_id)), time.monotonic()
    while time.monotonic() - since < quiet:
        await asyncio.sleep(0.1)
        if len(emulator.chat(chat_id)) != seen:
            seen, since = len(emulator.chat(chat_id)), time.monotonic()


async def eventually(check: object, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.05)


async def converse(chat: Chat) -> list[str]:
    return [(await chat.say(text)).text for text in ("/help", "/privacy", "/help")]


async def test_a_flood_is_throttled_politely_and_emergencies_still_get_through(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    flooder, others = new_chat(emulator, "Flo"), [new_chat(emulator) for _ in range(3)]
    before = emulator.stats

    async def flood() -> None:
        for i in range(50):  # 50 messages in about a second
            text = EMERGENCY_TEXT if i == 25 else f"is numbness number {i} normal?"
            emulator.user_sends(flooder.user_id, text)
            await asyncio.sleep(0.02)

    _, *conversations = await asyncio.gather(flood(), *(converse(chat) for chat in others))
    for replies in conversations:  # everyone else got their own, correct replies
        assert "What I can do" in replies[0]
        assert "What I store about you" in replies[1]
        assert "What I can do" in replies[2]

    alert = await emulator.wait_for_bot_message(
        flooder.user_id, predicate=lambda m: EMERGENCY_SIGN in m.text, timeout=10
    )
    assert alert.disable_notification is False
    # /emergency is never throttled, even in the cool-down
    asked = emulator.user_sends(flooder.user_id, "/emergency")
    again = await emulator.wait_for_bot_message(
        flooder.user_id, after_message_id=asked["message_id"], predicate=is_emergency, timeout=10
    )
    assert again.disable_notification is False
    await settle(emulator, flooder.user_id)

    replies = emulator.bot_messages(flooder.user_id)
    notices = [m for m in replies if NOTICE in m.text]
    assert len(notices) == 1  # one notice, not one per message
    assert "/emergency" in notices[0].text
    assert len(replies) <= 3 + 3 + 1 + 2  # a burst, a short line, the notice, two emergencies
    after = emulator.stats
    assert after.overall_violations == before.overall_violations
    for chat in (flooder, *others):
        assert after.chat_violations[chat.user_id] == 0

    # the notice says when they can go on, and that holds
    match = re.search(r"about (\d+) seconds|a second", notices[0].text)
    assert match is not None
    resume_at = notices[0].date + 1 + int(match.group(1) or 1)  # date is whole seconds
    await asyncio.sleep(max(0.0, resume_at + 0.25 - time.time()))
    assert "What I can do" in (await flooder.say("/help")).text
    assert_no_errors(bot_process)


async def test_fast_tapping_and_a_few_messages_in_a_row_are_never_throttled(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    for text in ("hello", "/help", "/privacy", "/topics", "/help", "thanks"):
        assert NOTICE not in (await chat.say(text)).text
    question = await chat.say("/check")
    for _ in range(5):
        question = await chat.tap(question, "No")
    assert all(NOTICE not in m.text for m in emulator.bot_messages(chat.user_id))


async def test_added_to_a_group_the_bot_points_to_a_private_chat_and_leaves(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    adder, group_id = new_chat(emulator), next(_groups)
    emulator.groups.add_bot(adder.user_id, group_id, title="Walking club")
    # a command that reached the bot before it left gets no second pointer
    emulator.groups.member_says(adder.user_id, group_id, "/check@legcare_test_bot")
    emulator.groups.member_says(adder.user_id, group_id, "my leg is numb, what should I do?")
    pointer = await emulator.wait_for_bot_message(group_id)
    assert POINTER in pointer.text
    assert "@legcare_test_bot" in pointer.text
    await eventually(lambda: emulator.groups.get(group_id).bot_status == "left")  # type: ignore[union-attr]
    await settle(emulator, group_id, quiet=1.0)
    assert [m.text for m in emulator.bot_messages(group_id)] == [pointer.text]
    assert await stored_user(bot_process, adder.user_id) is None  # nothing kept from a group
    # a tap on its message there is answered, and changes nothing
    query = emulator.groups.member_taps(adder.user_id, group_id, pointer.message_id, "v1:chk:x")
    await eventually(lambda: emulator.callback_answer(query) is not None)
    assert "private chats" in str(emulator.callback_answer(query))
    assert_no_errors(bot_process)


@pytest.mark.parametrize("as_admin", [False, True])
async def test_a_supergroup_gets_the_same_pointer(
    emulator: BotApiEmulator, bot_process: BotProcess, as_admin: bool
) -> None:
    adder, group_id = new_chat(emulator), -1_000_000_000_000 + next(_groups)
    emulator.groups.add_bot(adder.user_id, group_id, kind="supergroup", as_admin=as_admin)
    pointer = await emulator.wait_for_bot_message(group_id)
    assert POINTER in pointer.text
    await eventually(lambda: emulator.groups.get(group_id).bot_status == "left")  # type: ignore[union-attr]


async def test_a_channel_is_left_without_a_post_and_its_posts_are_ignored(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    channel = -1_000_000_000_000 + next(_groups)
    emulator.groups.add_bot(new_chat(emulator).user_id, channel, kind="channel")
    emulator.groups.channel_post(channel, "/start", force=True)
    await eventually(lambda: emulator.groups.get(channel).bot_status == "left")  # type: ignore[union-attr]
    probe = await new_chat(emulator).say("/help")  # the bot has handled everything before it
    assert "What I can do" in probe.text
    assert emulator.bot_messages(channel) == []
    assert_no_errors(bot_process)


async def test_edits_are_not_re_run_but_are_screened_for_emergencies(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    confirm = await chat.say("/delete")
    sent = [m for m in emulator.chat(chat.user_id) if not m.from_bot][-1]
    emulator.user_edits(chat.user_id, sent.message_id, "/delete now")
    note = await emulator.wait_for_bot_message(chat.user_id, after_message_id=confirm.message_id)
    assert "didn't act on your edit" in note.text
    assert await stored_user(bot_process, chat.user_id) is not None  # nothing was erased

    question = await chat.say("my leg is a bit numb")
    asked = [m for m in emulator.chat(chat.user_id) if not m.from_bot][-1]
    emulator.user_edits(chat.user_id, asked.message_id, EMERGENCY_TEXT)
    alert = await emulator.wait_for_bot_message(
        chat.user_id, after_message_id=question.message_id, predicate=is_emergency
    )
    assert EMERGENCY_SIGN in alert.text
    assert alert.disable_notification is False
    assert_no_errors(bot_process)


async def test_a_plan_button_acts_only_on_the_tappers_own_plans(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    alice, bob = new_chat(emulator, "Alice"), new_chat(emulator, "Bob")
    await alice.say("/timezone UTC")
    await alice.say("/move 45")
    overview = await alice.say("/reminders")
    buttons = [data for _, data in overview.buttons if data]
    assert buttons
    bobs = await bob.say("/help")
    for data in buttons:  # Alice's buttons, tapped by Bob
        query = emulator.user_taps(bob.user_id, bobs.message_id, data=data)
        await eventually(lambda q=query: emulator.callback_answer(q) is not None)  # type: ignore[misc]
    db = Database(bot_process.env["DATABASE_URL"])
    try:
        async with db.session() as session:
            alices = await get_plans(session, alice.user_id)
            bobs_plans = await get_plans(session, bob.user_id)
    finally:
        await db.dispose()
    assert [(p.kind, p.active) for p in alices] == [(MOVEMENT, True)]
    assert all(not p.active for p in bobs_plans)
    assert_no_errors(bot_process)
