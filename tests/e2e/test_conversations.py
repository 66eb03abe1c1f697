"""The real bot (`python -m bot run`, a subprocess) against the emulator, as transcripts."""

from __future__ import annotations

import pytest

from bot.app.commands import COMMANDS
from tests.e2e.harness import BotProcess, new_chat, stored_user
from tgemu.server import BotApiEmulator

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="module")]


async def test_start_answers_within_a_second_with_disclaimer(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    welcome = await chat.say("/start", timeout=1.0)
    assert "LegCare" in welcome.text
    assert "not medical advice" in welcome.text
    assert "112, 911 or 999" in welcome.text
    assert "/help" in welcome.text


async def test_help_explains_every_command_in_the_menu(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    reply = await new_chat(emulator).say("/help")
    for command in COMMANDS:
        assert f"/{command.name}" in reply.text
    menu = [entry["command"] for entry in emulator.commands()]
    assert menu == [command.name for command in COMMANDS]


async def test_privacy_says_what_is_stored_and_how_to_erase(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    reply = await new_chat(emulator).say("/privacy")
    assert "Telegram user id" in reply.text
    assert "/delete" in reply.text


async def test_delete_after_confirmation_erases_the_user(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    await chat.start()
    assert await stored_user(bot_process, chat.user_id) is not None

    confirm = await chat.say("/delete")
    assert [text for text, _ in confirm.buttons] == ["Yes, erase everything", "No, keep it"]
    done = await chat.tap(confirm, "Yes, erase everything")

    assert "erased" in done.text
    assert done.buttons == []
    assert await stored_user(bot_process, chat.user_id) is None

    # Coming straight back works as for anyone new: the row is made again before /check
    # stores a check that needs it (the bot remembered them as current a moment ago).
    question = await chat.say("/check")
    assert question.buttons, question.text
    assert await stored_user(bot_process, chat.user_id) is not None


async def test_delete_can_be_cancelled(emulator: BotApiEmulator, bot_process: BotProcess) -> None:
    chat = new_chat(emulator)
    confirm = await chat.say("/delete")
    cancelled = await chat.tap(confirm, "No, keep it")
    assert cancelled.text == "Nothing was erased."
    assert await stored_user(bot_process, chat.user_id) is not None


async def test_forged_button_is_refused_and_changes_nothing(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    confirm = await chat.say("/delete")
    for forged in ("v1:nope", "garbage", "v1:del:maybe", "v1:" + "x" * 61):
        query_id = emulator.user_taps(chat.user_id, confirm.message_id, data=forged)
        answer = await _answered(emulator, query_id)
        assert answer == {"text": "This button is no longer active.", "show_alert": False} or (
            answer is not None and answer.get("text") == "This button is no longer active."
        )
    assert emulator.chat(chat.user_id)[-1].text == confirm.text  # nothing edited

    for stale in ("v1:del:yes:0", "v1:del:yes:99999999999", "v1:del:yes"):
        confirm = await chat.say("/delete")
        emulator.user_taps(chat.user_id, confirm.message_id, data=stale)
        expired = await emulator.wait_for_edit(chat.user_id, confirm.message_id)
        assert expired.text.startswith("That confirmation has expired and nothing was erased")
    assert await stored_user(bot_process, chat.user_id) is not None


async def _answered(emulator: BotApiEmulator, query_id: str) -> dict[str, object] | None:
    import asyncio

    for _ in range(200):
        answer = emulator.callback_answer(query_id)
        if answer is not None:
            return answer
        await asyncio.sleep(0.02)
    return None


async def test_unknown_command_gets_a_clear_reply(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    reply = await new_chat(emulator).say("/frobnicate now")
    assert reply.text == "I don't know the command /frobnicate. Send /help to see what I can do."


async def test_long_and_odd_input_gets_a_reply(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    assert "/help" in (await chat.say("x" * 4096)).text
    assert "/help" in (await chat.say("مرحبا 👋🏽 <b>&amp;")).text
    assert "I don't know the command /aaaa" in (await chat.say("/" + "a" * 30)).text
    assert "/help" in (await chat.say("/" + "a" * 300)).text  # too long to be a command


async def test_blocked_user_is_marked_and_others_are_still_served(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    blocked, other = new_chat(emulator), new_chat(emulator)
    await blocked.start()
    emulator.inject_fault(method="sendMessage", status=403, chat_id=blocked.user_id, times=1)
    emulator.user_sends(blocked.user_id, "/help")

    assert "/help" in (await other.say("/start")).text
    for _ in range(100):
        user = await stored_user(bot_process, blocked.user_id)
        if user is not None and user.blocked:  # type: ignore[attr-defined]
            break
        import asyncio

        await asyncio.sleep(0.05)
    else:
        pytest.fail("the 403 did not mark the user blocked")

    assert "LegCare" in (await blocked.start())[0].text  # writing again unblocks
    user = await stored_user(bot_process, blocked.user_id)
    assert user is not None
    assert not user.blocked  # type: ignore[attr-defined]


async def test_a_telegram_blip_does_not_lose_the_reply(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    emulator.inject_fault(method="sendMessage", status=502, chat_id=chat.user_id, times=2)
    reply = await chat.say("/help", timeout=10)
    assert "/privacy" in reply.text
    assert len(emulator.bot_messages(chat.user_id)) == 1  # retried, not doubled


async def test_a_telegram_outage_does_not_stop_the_bot(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    # More failures than the retries cover: that one reply is lost and logged, nothing else.
    emulator.inject_fault(method="sendMessage", status=500, chat_id=chat.user_id, times=3)
    emulator.user_sends(chat.user_id, "/help")
    reply = await chat.say("/privacy", timeout=15)
    assert "/delete" in reply.text
    assert bot_process.running


async def test_logs_hold_neither_token_nor_message_texts(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    secret_words = "my private words about my numb toes"
    await new_chat(emulator).say(secret_words)
    logs = bot_process.logs()
    assert "level=debug" in logs  # the bot really ran at DEBUG
    assert bot_process.env["TELEGRAM_BOT_TOKEN"] not in logs
    assert bot_process.env["TELEGRAM_BOT_TOKEN"].split(":")[1] not in logs
    assert secret_words not in logs


async def test_a_tap_whose_answer_telegram_refuses_still_does_its_work(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    """A tap handled again (its webhook resent after a worker died) or handled late has its
    answer refused; erasing someone's data must not depend on that answer."""
    chat = new_chat(emulator)
    await chat.start()
    confirm = await chat.say("/delete")
    emulator.inject_fault(
        method="answerCallbackQuery",
        status=400,
        description="Bad Request: query is too old and response timeout expired or query ID "
        "is invalid",
        times=1,
    )
    done = await chat.tap(confirm, "Yes, erase everything")
    assert "erased" in done.text
    assert await stored_user(bot_process, chat.user_id) is None
