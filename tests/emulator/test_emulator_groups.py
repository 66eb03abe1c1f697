"""The emulator's groups, channels and edited messages, read back through python-telegram-bot's
own Bot and Update parsing, so what the bot receives is what Telegram would send."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Bot, ChatMember, Update
from telegram.error import BadRequest, Forbidden

from tgemu.server import BotApiEmulator, EmulatorError

USER = 2001
GROUP = -4001
SUPERGROUP = -1001234567890
CHANNEL = -1009876543210


@pytest.fixture
async def emu() -> AsyncIterator[BotApiEmulator]:
    emulator = BotApiEmulator()
    await emulator.start()
    yield emulator
    await emulator.stop()


@pytest.fixture
async def bot(emu: BotApiEmulator) -> AsyncIterator[Bot]:
    async with Bot(token="123:abc", base_url=emu.base_url) as ptb_bot:
        yield ptb_bot


async def updates(bot: Bot, allowed: list[str] | None = None) -> list[Update]:
    return list(await bot.get_updates(timeout=0, allowed_updates=allowed))


async def test_adding_the_bot_to_a_group_sends_my_chat_member(
    emu: BotApiEmulator, bot: Bot
) -> None:
    emu.groups.add_bot(USER, GROUP, title="Hiking club")
    [update] = await updates(bot)
    change = update.my_chat_member
    assert change is not None
    assert (change.chat.id, change.chat.type, change.chat.title) == (GROUP, "group", "Hiking club")
    assert change.from_user.id == USER
    assert change.old_chat_member.status == ChatMember.LEFT
    assert change.new_chat_member.status == ChatMember.MEMBER
    assert change.new_chat_member.user.id == bot.id


async def test_admin_and_channel_membership_parse_as_administrator(
    emu: BotApiEmulator, bot: Bot
) -> None:
    emu.groups.add_bot(USER, SUPERGROUP, kind="supergroup", as_admin=True)
    emu.groups.add_bot(USER, CHANNEL, kind="channel")
    first, second = await updates(bot)
    assert first.my_chat_member is not None
    assert second.my_chat_member is not None
    assert first.my_chat_member.new_chat_member.status == ChatMember.ADMINISTRATOR
    assert second.my_chat_member.chat.type == "channel"
    assert second.my_chat_member.new_chat_member.status == ChatMember.ADMINISTRATOR


async def test_members_messages_reach_the_bot_only_while_it_is_in_the_group(
    emu: BotApiEmulator, bot: Bot
) -> None:
    emu.groups.add_bot(USER, GROUP)
    update_id, _ = emu.groups.member_says(USER + 1, GROUP, "/check@legcare_bot now")
    assert update_id is not None
    emu.groups.remove_bot(USER, GROUP)
    gone, message = emu.groups.member_says(USER + 1, GROUP, "hello?")
    assert gone is None
    assert message["text"] == "hello?"
    _, said, kicked = await updates(bot)
    assert said.message is not None
    assert said.message.chat.type == "group"
    assert said.message.from_user is not None
    assert said.message.from_user.id == USER + 1
    assert said.message.text == "/check@legcare_bot now"
    assert said.message.entities[0].type == "bot_command"
    assert kicked.my_chat_member is not None
    assert kicked.my_chat_member.new_chat_member.status == ChatMember.BANNED
    with pytest.raises(Forbidden, match="kicked from the group chat"):
        await bot.send_message(GROUP, "still here?")


async def test_anonymous_admin_writes_as_the_group(emu: BotApiEmulator, bot: Bot) -> None:
    emu.groups.add_bot(USER, SUPERGROUP, kind="supergroup")
    emu.groups.member_says(USER, SUPERGROUP, "/help", anonymous=True)
    message = (await updates(bot))[-1].message
    assert message is not None
    assert message.sender_chat is not None
    assert message.sender_chat.id == SUPERGROUP
    assert message.from_user is not None
    assert message.from_user.is_bot


async def test_the_bot_writes_to_a_group_and_leaves_it(emu: BotApiEmulator, bot: Bot) -> None:
    emu.groups.add_bot(USER, GROUP)
    sent = await bot.send_message(GROUP, "I work in private chats.")
    assert sent.chat.id == GROUP
    assert sent.chat.type == "group"
    assert [m.text for m in emu.bot_messages(GROUP)] == ["I work in private chats."]
    assert emu.stats.sends_per_chat[GROUP] == 1
    assert await bot.leave_chat(GROUP) is True
    group = emu.groups.get(GROUP)
    assert group is not None
    assert group.bot_status == "left"
    left = (await updates(bot))[-1].my_chat_member
    assert left is not None
    assert left.new_chat_member.status == ChatMember.LEFT
    assert left.from_user.id == bot.id
    with pytest.raises(Forbidden, match="not a member of the group chat"):
        await bot.send_message(GROUP, "hello again")
    with pytest.raises(Forbidden):
        await bot.leave_chat(GROUP)


async def test_leaving_an_unknown_or_private_chat_is_refused(emu: BotApiEmulator, bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.leave_chat(-777)
    emu.user_sends(USER, "hi")
    with pytest.raises(BadRequest, match=r"(?i)private chats"):
        await bot.leave_chat(USER)


async def test_channel_posts_follow_allowed_updates_unless_forced(
    emu: BotApiEmulator, bot: Bot
) -> None:
    emu.groups.add_bot(USER, CHANNEL, kind="channel")
    await updates(bot, allowed=["message", "my_chat_member"])
    assert emu.groups.channel_post(CHANNEL, "news") is None
    assert emu.groups.channel_post(CHANNEL, "more news", force=True) is not None
    [update] = (await updates(bot))[-1:]
    post = update.channel_post
    assert post is not None
    assert post.text == "more news"
    assert post.from_user is None
    assert post.sender_chat is not None
    assert post.sender_chat.id == CHANNEL
    with pytest.raises(EmulatorError):
        emu.groups.member_says(USER, CHANNEL, "members don't write in channels")


async def test_a_member_taps_a_button_in_a_group(emu: BotApiEmulator, bot: Bot) -> None:
    emu.groups.add_bot(USER, GROUP)
    sent = await bot.send_message(GROUP, "hi")
    query_id = emu.groups.member_taps(USER, GROUP, sent.message_id, "v1:chk:x")
    query = (await updates(bot))[-1].callback_query
    assert query is not None
    assert query.id == query_id
    assert query.message is not None
    assert query.message.chat.id == GROUP
    assert await bot.answer_callback_query(query_id, "Private chats only") is True
    assert emu.callback_answer(query_id) is not None


async def test_a_user_edits_a_message(emu: BotApiEmulator, bot: Bot) -> None:
    sent = emu.user_sends(USER, "my leg is numb", username=None, language_code=None)
    await updates(bot)
    emu.user_edits(USER, sent["message_id"], "my left leg is numb")
    [update] = (await updates(bot))[-1:]
    edited = update.edited_message
    assert edited is not None
    assert edited.text == "my left leg is numb"
    assert edited.edit_date is not None
    assert edited.message_id == sent["message_id"]
    assert edited.from_user is not None
    assert (edited.from_user.username, edited.from_user.language_code) == (None, None)
    assert emu.chat(USER)[0].text == "my left leg is numb"


async def test_edits_are_checked_like_telegram_would(emu: BotApiEmulator, bot: Bot) -> None:
    sent = emu.user_sends(USER, "hello")
    reply = await bot.send_message(USER, "hi")
    with pytest.raises(EmulatorError):
        emu.user_edits(USER, reply.message_id, "not mine")
    with pytest.raises(EmulatorError):
        emu.user_edits(USER + 1, sent["message_id"], "someone else's")
    with pytest.raises(EmulatorError):
        emu.user_edits(USER, sent["message_id"], "   ")
    await updates(bot, allowed=["message"])
    assert emu.user_edits(USER, sent["message_id"], "hello there") is None
