"""/check, /emergency, /country, the free-text red-flag screen and the re-check follow-up, driven
through the real bot (`python -m bot run`) against the emulator, as transcripts."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update
from telegram import Bot

from bot.content import load_content
from bot.core.clock import FakeClock, SystemClock
from bot.db import Database
from bot.db import followups as followup_repo
from bot.db.triage_tables import RECHECK, Followup, TriageCheck
from bot.db.users import get_user
from bot.handlers.check import send_due_followups
from tests.e2e.harness import TOKEN, BotProcess, Chat, new_chat
from tests.e2e.inprocess import running_bot
from tests.e2e.test_failover import until
from tgemu.server import BotApiEmulator, EmulatedMessage

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="module")]

UNKNOWN = "your local emergency number (112, 911 or 999)"
FOREIGN = "This button belongs to someone else's chat, so nothing was changed."
STALE = "This button is no longer active."


def instruction(number: str) -> str:
    return f"🚨 Call {number} or go to the emergency room immediately."


async def answered(emulator: BotApiEmulator, query_id: str) -> str | None:
    for _ in range(250):
        answer = emulator.callback_answer(query_id)
        if answer is not None:
            return answer.get("text")
        await asyncio.sleep(0.02)
    raise TimeoutError("the bot did not answer the callback query")


async def tap_for_new_message(chat: Chat, message: EmulatedMessage, button: str) -> EmulatedMessage:
    """Tap a button that makes the bot send a new message; return that message."""
    last = max(m.message_id for m in chat.emulator.chat(chat.user_id))
    chat.emulator.user_taps(chat.user_id, message.message_id, button_text=button)
    return await chat.emulator.wait_for_bot_message(chat.user_id, after_message_id=last)


def current(chat: Chat, message: EmulatedMessage) -> EmulatedMessage:
    return next(m for m in chat.emulator.chat(chat.user_id) if m.message_id == message.message_id)


async def db_rows(process: BotProcess, model: type, user_id: int) -> list:
    db = Database(process.env["DATABASE_URL"])
    try:
        async with db.session() as session:
            result = await session.execute(select(model).where(model.user_id == user_id))
            return list(result.scalars())
    finally:
        await db.dispose()


async def answer_no(chat: Chat, question: EmulatedMessage, times: int) -> EmulatedMessage:
    for _ in range(times):
        question = await chat.tap(question, "No")
    return question


async def test_no_red_flag_reaches_self_care_in_one_message_edited_in_place(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    question = await chat.say("/check")
    assert "Question 1 of 11" in question.text
    assert [label for label, _ in question.buttons] == ["Yes", "No", "Not sure", "Cancel"]
    for number in range(2, 12):
        question = await chat.tap(question, "No")
        assert f"Question {number} of 11" in question.text
    outcome = await chat.tap(question, "No")
    assert outcome.text.startswith("Self-care from the guide")
    assert "Take movement breaks" in outcome.text
    assert [label for label, _ in outcome.buttons] == [
        "⏰ Remind me to re-check tomorrow",
        "Run the red-flag check again",
    ]
    assert len(emulator.bot_messages(chat.user_id)) == 1  # no chat clutter


@pytest.mark.parametrize(("index", "answer"), [(0, "Yes"), (2, "Not sure"), (6, "Yes")])
async def test_a_red_flag_gets_the_emergency_message_next(
    emulator: BotApiEmulator, bot_process: BotProcess, index: int, answer: str
) -> None:
    chat = new_chat(emulator)
    question = await answer_no(chat, await chat.say("/check"), index)
    alert = await tap_for_new_message(chat, question, answer)
    sign = load_content().emergency_signs[index]
    assert alert.text.splitlines()[0] == instruction(UNKNOWN)
    assert f"{sign.label}: {sign.reason}" in alert.text
    assert alert.disable_notification is False
    assert ("Not sure" in alert.text) is (answer == "Not sure")
    assert [label for label, _ in alert.buttons] == ["🚨 Show the emergency instructions again"]
    ended = await emulator.wait_for_edit(
        chat.user_id,
        question.message_id,
        after_edit_count=question.edit_count,
        predicate=lambda m: "ended" in m.text,
    )
    assert ended.text.startswith(instruction(UNKNOWN))
    assert f"question {index + 1} of 11" in ended.text
    assert ended.buttons == []
    again = await tap_for_new_message(chat, alert, "🚨 Show the emergency instructions again")
    assert again.text == alert.text


async def test_an_appointment_criterion_quotes_the_guide_and_a_recheck_can_be_scheduled(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    question = await answer_no(chat, await chat.say("/check"), 7)
    assert "About your numbness" in question.text
    outcome = await chat.tap(question, "Yes")
    criterion = load_content().triage.appointment_criteria[0]
    assert outcome.text.startswith("Contact your healthcare provider")
    assert f"{criterion.label}: {criterion.reason}" in outcome.text
    reminded = await chat.tap(outcome, "⏰ Remind me to re-check tomorrow")
    assert "I'll ask you in 24 hours" in reminded.text
    [followup] = await db_rows(bot_process, Followup, chat.user_id)
    delay = followup.due_at - SystemClock().now()
    assert timedelta(hours=23, minutes=58) < delay <= timedelta(hours=24)
    assert followup.status == "pending"
    cancelled = await chat.tap(reminded, "Don't remind me")
    assert "24 hours" not in cancelled.text
    [followup] = await db_rows(bot_process, Followup, chat.user_id)
    assert followup.status == "cancelled"


async def test_back_and_cancel(emulator: BotApiEmulator, bot_process: BotProcess) -> None:
    chat = new_chat(emulator)
    question = await answer_no(chat, await chat.say("/check"), 2)
    assert "Question 3 of 11" in question.text
    back = await chat.tap(question, "« Back")
    assert "Question 2 of 11" in back.text
    cancelled = await chat.tap(back, "Cancel")
    assert cancelled.text.startswith("Red-flag check cancelled")
    assert cancelled.buttons == []
    [check] = await db_rows(bot_process, TriageCheck, chat.user_id)
    assert check.status == "cancelled"


@pytest.mark.parametrize(
    ("typed", "label"),
    [
        ("my face looks droopy and my leg is numb", "Signs of stroke"),
        ("no chest pain but I can't breathe", "Chest pain or difficulty breathing"),
        ("I keep peeing myself and my legs are numb", "Loss of bladder or bowel control"),
        ("fell and hit my back, now both legs numb", "Numbness after a head or spinal injury"),
    ],
)
async def test_an_emergency_in_free_text_gets_the_emergency_message_at_once(
    emulator: BotApiEmulator, bot_process: BotProcess, typed: str, label: str
) -> None:
    chat = new_chat(emulator)
    reply = await chat.say(typed)
    assert reply.text.splitlines()[0] == instruction(UNKNOWN)
    assert label in reply.text
    assert reply.disable_notification is False


async def test_a_denied_sign_is_not_an_emergency_and_a_doubtful_one_gets_the_questions(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    reply = await chat.say("I don't have chest pain, just numb toes after sitting")
    assert "🚨" not in reply.text
    questions = await chat.say("I'm not sure if my face is drooping")
    assert "I can't tell for sure" in questions.text
    assert "Question 1 of 11" in questions.text


async def test_signs_in_words_no_phrase_lists_escalate_and_a_suspected_one_is_asked_first(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    """The language model's half of the screen, over HTTP: a swollen, painful calf told in
    everyday words gets the emergency message with the guide's words for a blood clot; the same
    told with doubt gets the red-flag check, led by the blood-clot question."""
    content = load_content()
    clot = next(sign for sign in content.emergency_signs if sign.id == "blood-clot")
    chat = new_chat(emulator)
    reply = await chat.say("my calf is huge and really sore and my foot is numb")
    assert reply.text.splitlines()[0] == instruction(UNKNOWN)
    assert f"{clot.label}: {clot.reason}" in reply.text
    doubtful = new_chat(emulator)
    said = await doubtful.say(
        "not sure, but maybe her calf looks a bit puffy and sore, and her foot is numb"
    )
    # What the guide says of it may come first; the questions follow at once, last on screen.
    question = (
        said
        if "I can't tell for sure" in said.text
        else await emulator.wait_for_bot_message(doubtful.user_id, after_message_id=said.message_id)
    )
    assert "I can't tell for sure" in question.text
    assert "Question 1 of 11" in question.text
    assert clot.question in question.text
    nothing = await answer_no(doubtful, question, 1)
    assert "Question 2 of 11" in nothing.text
    assert content.emergency_signs[0].question in nothing.text  # then the rest, by priority
    alert = await tap_for_new_message(doubtful, nothing, "Yes")
    assert alert.text.splitlines()[0] == instruction(UNKNOWN)


async def test_emergency_command_and_country_numbers(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    reply = await chat.say("/emergency")
    assert reply.text.splitlines()[0] == instruction(UNKNOWN)
    assert "What triggered this" not in reply.text
    numbers = {"US": "911", "GB": "999", "DE": "112", "FR": "112", "IN": "112", "AU": "000"}
    numbers |= {"BR": "192"}
    for code, number in numbers.items():
        # A chat of its own for each country: one chat gets a message a second after a burst
        # of three (Telegram's limit, which the bot keeps), and this is not a test of pacing.
        chat = new_chat(emulator)
        saved = await chat.say(f"/country {code}")
        assert f"In an emergency, call {number}" in saved.text
        alert = await chat.say("/emergency")
        assert alert.text.splitlines()[0] == instruction(number)
        assert alert.disable_notification is False


async def test_country_by_name_by_button_and_unknown_input_changes_nothing(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    assert "Saved: Germany" in (await chat.say("/country Germany")).text
    unknown = await chat.say("/country Atlantis")
    assert "nothing was changed" in unknown.text
    assert "/country DE" in unknown.text
    assert "call 112" in unknown.text
    menu = await chat.say("/country")
    assert "Your country is Germany" in menu.text
    assert "France" in [label for label, _ in menu.buttons]
    chosen = await chat.tap(menu, "France")
    assert chosen.text.startswith("Saved: France")
    db = Database(bot_process.env["DATABASE_URL"])
    try:
        async with db.session() as session:
            user = await get_user(session, chat.user_id)
    finally:
        await db.dispose()
    assert user is not None
    assert user.country == "FR"


async def test_forged_and_foreign_callbacks_are_refused_and_change_nothing(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    alice, bob = new_chat(emulator), new_chat(emulator)
    alices = await alice.say("/check")
    bobs = await bob.say("/check")
    alice_no = dict(alices.buttons)["No"]
    assert alice_no is not None
    check_id = alice_no.split(":")[2]
    forged = [
        alice_no,  # another user's button
        "v1:chk",
        "v1:chk:short:0:y",
        "v1:chk:AAAAAAAAAAA:0:y",
        f"v1:chk:{check_id}:zz:y",
        f"v1:chk:{check_id}:0:q",
        f"v1:chk:{check_id}:0",
        "v1:emg:99999:0",
        "v1:emg:1",
        f"v1:fup:on:{check_id}",
        "v1:fup:maybe",
        "v1:ctry:XX",
        "v1:ctry:de",
    ]
    for data in forged:
        query = emulator.user_taps(bob.user_id, bobs.message_id, data=data)
        assert await answered(emulator, query) == STALE, data
    assert current(alice, alices).edit_count == alices.edit_count
    assert current(bob, bobs).edit_count == bobs.edit_count
    assert len(emulator.bot_messages(bob.user_id)) == 1
    [alice_check] = await db_rows(bot_process, TriageCheck, alice.user_id)
    assert (alice_check.state, alice_check.status) == ("0", "active")
    assert await db_rows(bot_process, Followup, alice.user_id) == []


async def test_a_tap_claiming_another_sender_is_refused_in_every_family(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    """Bob's forged queries on Alice's messages, with Alice's own button data: every family is
    refused with a notice, and nothing in her chat or her rows changes."""
    alice, bob = new_chat(emulator), new_chat(emulator)
    await bob.say("/help")  # Bob is a known user of the bot too
    check = await alice.say("/check")
    answer = await alice.say("Why does my leg go numb when I sit for long periods?")
    messages = [check, answer]
    before = len(emulator.bot_messages(alice.user_id))
    for message in messages:
        for _, data in message.buttons:
            assert data is not None
            query = emulator.user_taps(
                alice.user_id, message.message_id, data=data, sender_id=bob.user_id
            )
            assert (await answered(emulator, query)) == FOREIGN, data
    for message in messages:
        assert current(alice, message).edit_count == message.edit_count
    assert len(emulator.bot_messages(alice.user_id)) == before
    assert len(emulator.bot_messages(bob.user_id)) == 1  # his /help, nothing sent to him since
    [alice_check] = await db_rows(bot_process, TriageCheck, alice.user_id)
    assert (alice_check.state, alice_check.status) == ("0", "active")
    # Alice's own tap on the same message still works.
    emulator.user_taps(alice.user_id, check.message_id, button_text="No")
    assert (await emulator.wait_for_edit(alice.user_id, check.message_id)).edit_count == 1


async def test_stale_buttons_old_checks_and_double_taps(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    first = await chat.say("/check")
    first_no = dict(first.buttons)["No"]
    second = await chat.say("/check")  # a second check at once replaces the first
    replaced = await emulator.wait_for_edit(
        chat.user_id, first.message_id, after_edit_count=first.edit_count
    )
    assert "replaced by a newer one" in replaced.text
    assert replaced.buttons == []
    query = emulator.user_taps(chat.user_id, first.message_id, data=first_no)
    assert await answered(emulator, query) == "This check was replaced by a newer one below."
    assert current(chat, first).text == replaced.text
    second_no = dict(second.buttons)["No"]
    assert second_no is not None
    moved = await chat.tap(second, "No")
    assert "Question 2 of 11" in moved.text
    query = emulator.user_taps(chat.user_id, second.message_id, data=second_no)  # tapped twice
    assert await answered(emulator, query) == (
        "That question was already answered. Please use the latest message."
    )
    assert "Question 2 of 11" in current(chat, second).text


async def test_typing_mid_check(emulator: BotApiEmulator, bot_process: BotProcess) -> None:
    chat = new_chat(emulator)
    question = await chat.say("/check")
    following = await chat.say("no")  # typed instead of tapped: it counts
    assert "Question 2 of 11" in following.text
    old = current(chat, question)
    assert old.buttons == []
    assert "You answered “No”" in old.text
    other = await chat.say("what shoes are good for numb feet?")  # a question: answered normally
    assert "Question" not in other.text
    doubtful = await chat.say("my leg feels a bit weak")  # may be a sign: the question comes back
    assert "Please answer this first" in doubtful.text
    assert "Question 2 of 11" in doubtful.text
    assert current(chat, following).buttons == []
    alert = await chat.say("yes")
    assert alert.text.splitlines()[0] == instruction(UNKNOWN)
    assert "Chest pain or difficulty breathing" in alert.text


async def test_a_check_survives_a_restart(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    question = await answer_no(chat, await chat.say("/check"), 1)
    await bot_process.stop()
    await bot_process.start()
    following = await chat.tap(question, "No")
    assert "Question 3 of 11" in following.text


async def test_due_follow_ups_are_sent_and_run_the_questions_again(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat, blocked = new_chat(emulator), new_chat(emulator)
    await chat.say("/country GB")
    await blocked.start()
    db = Database(bot_process.env["DATABASE_URL"])
    clock = FakeClock(SystemClock().now())
    try:
        async with db.session() as session:
            for user in (chat, blocked):
                await followup_repo.schedule_followup(
                    session, user.user_id, RECHECK, clock.now() + timedelta(hours=24), clock.now()
                )
        clock.advance(timedelta(hours=24, minutes=1))
        emulator.block_user(blocked.user_id)
        last = max(m.message_id for m in emulator.chat(chat.user_id))
        async with Bot(TOKEN, base_url=emulator.base_url) as bot:
            await send_due_followups(bot, db, clock, load_content(), limit=50)
        message = await emulator.wait_for_bot_message(chat.user_id, after_message_id=last)
        assert "Has your leg numbness got worse" in message.text
        assert "call 999" in message.text
        assert message.disable_notification is False
        async with db.session() as session:
            blocked_user = await get_user(session, blocked.user_id)
        assert blocked_user is not None
        assert blocked_user.blocked
        statuses = {
            f.user_id: f.status
            for user in (chat, blocked)
            for f in await db_rows(bot_process, Followup, user.user_id)
        }
        assert statuses == {chat.user_id: "sent", blocked.user_id: "failed"}
    finally:
        await db.dispose()
    question = await tap_for_new_message(chat, message, "Run the red-flag check")
    assert "Question 1 of 11" in question.text


async def test_a_typed_yes_does_not_answer_a_question_left_long_ago(tmp_path: Path) -> None:
    clock = FakeClock(SystemClock().now())
    async with BotApiEmulator() as emulator:
        url = f"sqlite:///{tmp_path / 'bot.db'}"
        async with running_bot(emulator, url, clock=clock) as application:
            chat = Chat(emulator, 555)
            question = await chat.say("/check")
            clock.advance(timedelta(hours=2))
            reply = await chat.say("yes")
            assert "🚨" not in reply.text
            assert "Question" not in reply.text
            db = application.bot_data["services"].db
            async with db.session() as session:
                check = (await session.execute(select(TriageCheck))).scalar_one()
            assert (check.state, check.status) == ("0", "active")
            assert current(chat, question).buttons  # the old question still works by tapping


async def test_a_check_replaced_before_its_message_was_known_is_retired_by_its_tap(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    """A /check handled twice (a worker dying in the webhook's at-least-once window) can replace
    the first check before the first knows its message: the new check cannot take the old
    buttons off. A tap on them then does, instead of leaving a live-looking question behind."""
    chat = new_chat(emulator)
    first = await chat.say("/check")
    db = Database(bot_process.env["DATABASE_URL"])
    try:

        async def remembered() -> bool:  # the bot notes the message just after sending it
            async with db.session() as session:
                found = await session.execute(
                    select(TriageCheck.message_id).where(TriageCheck.user_id == chat.user_id)
                )
                return found.scalar_one_or_none() == first.message_id

        await until(remembered, 10, "the first check's message noted")
        async with db.session() as session:  # the first check, as if its message were unknown
            await session.execute(
                update(TriageCheck)
                .where(TriageCheck.user_id == chat.user_id)
                .values(message_id=None)
            )
    finally:
        await db.dispose()
    second = await chat.say("/check")
    assert "Question 1 of 11" in second.text
    assert current(chat, first).edit_count == first.edit_count  # nothing could retire it
    query = emulator.user_taps(chat.user_id, first.message_id, button_text="No")
    assert await answered(emulator, query) == "This check was replaced by a newer one below."
    retired = await emulator.wait_for_edit(
        chat.user_id, first.message_id, after_edit_count=first.edit_count
    )
    assert "replaced by a newer one" in retired.text
    assert retired.buttons == []
    assert "Question 2 of 11" in (await chat.tap(second, "No")).text
