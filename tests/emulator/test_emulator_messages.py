"""The emulator's messages, keyboards, callbacks and bot settings, driven over real HTTP by
python-telegram-bot's own Bot and refused where Telegram would refuse them."""

import asyncio

import pytest
from telegram import (
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest

from tests.emulator.emulator_bot import IGNORE_RETRY_AFTER_WARNING, USER, keyboard

# Fixtures the tests take by name; `name as name` tells the linter these imports are meant.
from tests.emulator.emulator_bot import bot as bot
from tests.emulator.emulator_bot import clock as clock
from tests.emulator.emulator_bot import emu as emu
from tgemu.server import EmulatorError

pytestmark = IGNORE_RETRY_AFTER_WARNING


async def test_get_me(bot):
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.first_name, me.username) == (123, True, "LegCare", "legcare_bot")
    assert me.can_join_groups is True


async def test_unknown_chat_is_not_found(bot):
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(USER, "hello")


async def test_send_html_with_inline_keyboard(bot, emu):
    emu.user_sends(USER, "/start")
    sent = await bot.send_message(
        USER,
        "👋 <b>Hi</b> &amp; <i>welcome</i>",
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard("Yes", "No"),
    )
    assert sent.text == "👋 Hi & welcome"
    assert [(e.type, e.offset, e.length) for e in sent.entities] == [
        ("bold", 3, 2),
        ("italic", 8, 7),
    ]
    assert sent.reply_markup.inline_keyboard[1][0].callback_data == "No"
    stored = emu.bot_messages(USER)[-1]
    assert stored.raw_text == "👋 <b>Hi</b> &amp; <i>welcome</i>"
    assert stored.parse_mode == "HTML"
    assert stored.buttons == [("Yes", "Yes"), ("No", "No")]
    assert stored.to_api()["text"] == sent.text


@pytest.mark.parametrize(
    ("text", "parse_mode", "message"),
    [
        ("<b>oops", ParseMode.HTML, 'can\'t find end tag corresponding to start tag "b"'),
        ("<foo>", ParseMode.HTML, 'unsupported start tag "foo" at byte offset 0'),
        ("Tom & Jerry", ParseMode.HTML, 'unescaped "&"'),
        ("Version 1.0", ParseMode.MARKDOWN_V2, "character '.' is reserved"),
    ],
)
async def test_broken_markup_is_a_bad_request(bot, emu, text, parse_mode, message):
    emu.user_sends(USER, "hi")
    with pytest.raises(BadRequest) as caught:
        await bot.send_message(USER, text, parse_mode=parse_mode)
    assert str(caught.value).startswith("Can't parse entities: ")
    assert message in str(caught.value)


async def test_text_limits(bot, emu):
    emu.user_sends(USER, "hi")
    await bot.send_message(USER, "x" * 4096)
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(USER, "x" * 4097)
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(USER, "👍" * 2049)  # 4098 UTF-16 units
    await bot.send_message(USER, "<b>" + "x" * 4096 + "</b>", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(USER, "")
    with pytest.raises(BadRequest, match="Message must be non-empty"):
        await bot.send_message(USER, "<b> </b>", parse_mode=ParseMode.HTML)


async def test_keyboard_validation(bot, emu):
    emu.user_sends(USER, "hi")
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await bot.send_message(USER, "x", reply_markup=keyboard("a" * 65))
    await bot.send_message(USER, "x", reply_markup=keyboard("é" * 32))  # 64 bytes is fine
    with pytest.raises(BadRequest, match="text buttons are unallowed"):
        await bot.send_message(
            USER, "x", reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("t")]])
        )
    bad_url = InlineKeyboardMarkup([[InlineKeyboardButton("t", url="ftp://x.org")]])
    with pytest.raises(
        BadRequest, match=r"url 'ftp://x\.org' is invalid: unsupported url protocol"
    ):
        await bot.send_message(USER, "x", reply_markup=bad_url)
    with pytest.raises(BadRequest, match="Reply_markup_too_long"):
        await bot.send_message(USER, "x", reply_markup=keyboard(*[str(n) for n in range(101)]))


async def test_edit_message_text_and_not_modified(bot, emu):
    emu.user_sends(USER, "hi")
    sent = await bot.send_message(USER, "Question?", reply_markup=keyboard("Yes"))
    edited = await bot.edit_message_text(
        "Answer", USER, sent.message_id, reply_markup=keyboard("Yes")
    )
    assert edited.text == "Answer"
    assert edited.edit_date is not None
    with pytest.raises(BadRequest, match="Message is not modified: specified new message content"):
        await bot.edit_message_text("Answer", USER, sent.message_id, reply_markup=keyboard("Yes"))
    # Omitting reply_markup removes the keyboard, as in Telegram.
    bare = await bot.edit_message_text("Answer", USER, sent.message_id)
    assert bare.reply_markup is None
    assert emu.bot_messages(USER)[-1].edit_count == 2
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_reply_markup(USER, sent.message_id)
    with_markup = await bot.edit_message_reply_markup(
        USER, sent.message_id, reply_markup=keyboard("Ok")
    )
    assert with_markup.reply_markup.inline_keyboard[0][0].text == "Ok"


async def test_edit_errors(bot, emu):
    user_message = emu.user_sends(USER, "mine")
    with pytest.raises(BadRequest, match="Message can't be edited"):
        await bot.edit_message_text("x", USER, user_message["message_id"])
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", USER, 999_999)
    sent = await bot.send_message(USER, "x")
    with pytest.raises(BadRequest, match="Message_too_long"):
        await bot.edit_message_text("y" * 4097, USER, sent.message_id)


async def test_delete_message(bot, emu, clock):
    emu.user_sends(USER, "hi")
    sent = await bot.send_message(USER, "bye")
    assert await bot.delete_message(USER, sent.message_id) is True
    assert emu.chat(USER)[-1].deleted
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await bot.delete_message(USER, sent.message_id)
    old = await bot.send_message(USER, "old")
    clock.now += 49 * 3600
    with pytest.raises(BadRequest, match="Message can't be deleted"):
        await bot.delete_message(USER, old.message_id)
    assert await bot.delete_messages(USER, [old.message_id, 999_999]) is True


async def test_reply_parameters(bot, emu):
    question = emu.user_sends(USER, "question")
    reply = await bot.send_message(USER, "answer", reply_to_message_id=question["message_id"])
    assert reply.reply_to_message.text == "question"
    with pytest.raises(BadRequest, match="Message to be replied not found"):
        await bot.send_message(USER, "answer", reply_to_message_id=999_999)
    assert await bot.send_message(
        USER, "answer", reply_to_message_id=999_999, allow_sending_without_reply=True
    )


async def test_callback_query_flow(bot, emu, clock):
    emu.user_sends(USER, "hi")
    sent = await bot.send_message(USER, "Pick", reply_markup=keyboard("Yes", "No"))
    query_id = emu.user_taps(USER, sent.message_id, button_text="No")
    update = (await bot.get_updates())[-1]
    query = update.callback_query
    assert (query.id, query.data, query.message.message_id) == (query_id, "No", sent.message_id)
    assert query.chat_instance
    assert emu.callback_answer(query_id) is None
    assert await bot.answer_callback_query(query_id, text="Noted") is True
    assert emu.callback_answer(query_id)["text"] == "Noted"
    with pytest.raises(BadRequest, match="Query is too old and response timeout expired"):
        await bot.answer_callback_query(query_id)
    forged = emu.user_taps(USER, sent.message_id, data="admin:delete_all")
    clock.now += 15 * 60 + 1
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query(forged)
    with pytest.raises(BadRequest, match="Message_too_long"):
        await bot.answer_callback_query(
            emu.user_taps(USER, sent.message_id, data="x"), text="x" * 201
        )
    with pytest.raises(EmulatorError, match="no button 'Maybe'"):
        emu.user_taps(USER, sent.message_id, button_text="Maybe")


async def test_commands(bot, emu):
    await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("help", "Help")])
    await bot.set_my_commands([BotCommand("start", "Начать")], language_code="ru")
    await bot.set_my_commands([BotCommand("admin", "Admin")], scope=BotCommandScopeChat(USER))
    assert emu.commands() == [
        {"command": "start", "description": "Start"},
        {"command": "help", "description": "Help"},
    ]
    assert emu.commands(language_code="ru") == [{"command": "start", "description": "Начать"}]
    assert emu.commands(scope={"type": "chat", "chat_id": USER}) == [
        {"command": "admin", "description": "Admin"}
    ]
    assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Start", "x")])
    await bot.delete_my_commands()
    assert emu.commands() == []


async def test_chat_helpers(bot, emu):
    emu.user_sends(USER, "hi", first_name="Ann", username="ann")
    chat = await bot.get_chat(USER)
    assert (chat.id, chat.type, chat.first_name, chat.username) == (USER, "private", "Ann", "ann")
    assert await bot.send_chat_action(USER, "typing") is True
    assert emu.chat_action(USER) == "typing"
    with pytest.raises(BadRequest, match="Wrong parameter action"):
        await bot.send_chat_action(USER, "dancing")
    assert await bot.set_my_description("Leg care") is True
    assert (await bot.get_my_description()).description == "Leg care"
    assert await bot.set_my_short_description("Short") is True
    assert (await bot.get_my_short_description()).short_description == "Short"
    assert (await bot.get_chat_menu_button(USER)).type == "default"


async def test_listener_and_waiting(bot, emu):
    seen = []
    emu.add_listener(
        lambda message: seen.append((message.message_id, message.edit_count, message.deleted))
    )
    emu.user_sends(USER, "hi")
    waiter = asyncio.create_task(
        emu.wait_for_bot_message(USER, predicate=lambda m: "second" in m.text)
    )
    first = await bot.send_message(USER, "first")
    second = await bot.send_message(USER, "second")
    assert (await waiter).message_id == second.message_id
    edit_waiter = asyncio.create_task(emu.wait_for_edit(USER, first.message_id))
    await asyncio.sleep(0)
    await bot.edit_message_text("first, edited", USER, first.message_id)
    assert (await edit_waiter).text == "first, edited"
    await bot.delete_message(USER, second.message_id)
    assert seen == [
        (first.message_id, 0, False),
        (second.message_id, 0, False),
        (first.message_id, 1, False),
        (second.message_id, 0, True),
    ]
    with pytest.raises(TimeoutError, match="waiting for a bot message"):
        await emu.wait_for_bot_message(USER, after_message_id=second.message_id, timeout=0.1)
