"""Groups, supergroups and channels: LegCare says where to find it, and leaves.

Design decision: LegCare is a one-to-one health assistant. In a group, whatever a person asks it
and whatever it answers (symptoms, checks, reminders) would be read by every other member, so it
does not serve groups at all:
- added to a group or supergroup, it posts one short message pointing to a private chat with it
  (its @username) and leaves (leaveChat);
- a command, a mention of it or a tap on its message in a group (should one reach it before it
  has left) gets the same pointer, at most once per group, and it leaves again;
- added to a channel, it leaves without posting (a post would go to every subscriber);
- channel posts are not requested at all (bot.app.application.ALLOWED_UPDATES), and ignored if
  they come.
Nothing from a group or channel reaches a feature handler or the database: `GroupGuard` runs
first and stops every such update. Telegram errors here (already removed, no right to post) are
expected and only logged.
"""

from __future__ import annotations

import logging
from collections import OrderedDict

from telegram import Chat, ChatMember, Message, MessageEntity, Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop

from bot.handlers.context import BotContext
from bot.handlers.taps import answer_tap
from bot.ui import texts
from bot.ui.html import PARSE_MODE

log = logging.getLogger(__name__)

GROUPS = frozenset({Chat.GROUP, Chat.SUPERGROUP})
JOINED = frozenset({ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.RESTRICTED})


def addresses_bot(message: Message, bot_username: str) -> bool:
    """A command, an @mention of the bot or a reply to one of its messages."""
    text = message.text or message.caption or ""
    if text.startswith("/"):
        return True
    entities = message.entities or message.caption_entities or ()
    if any(entity.type == MessageEntity.BOT_COMMAND for entity in entities):
        return True
    if f"@{bot_username}".lower() in text.lower():
        return True
    replied = message.reply_to_message
    return (
        replied is not None
        and replied.from_user is not None
        and replied.from_user.username == bot_username
    )


class GroupGuard:
    """The TypeHandler callback for every update; one instance per Application."""

    def __init__(self, remember: int = 10_000) -> None:
        self._told: OrderedDict[int, None] = OrderedDict()  # groups already given the pointer
        self._remember = remember

    async def __call__(self, update: Update, context: BotContext) -> None:
        chat = update.effective_chat
        if chat is None or chat.type == Chat.PRIVATE:
            return
        try:
            await self._answer(update, context, chat)
        except TelegramError as error:
            log.warning(
                "could not answer in a group: %s",
                type(error).__name__,
                extra={"chat_id": chat.id, "chat_type": chat.type},
            )
        raise ApplicationHandlerStop

    async def _answer(self, update: Update, context: BotContext, chat: Chat) -> None:
        change = update.my_chat_member
        if change is not None:
            if change.new_chat_member.status not in JOINED:
                log.info("removed from a group", extra={"chat_id": chat.id})
                return
            log.info("added to a group: leaving", extra={"chat_id": chat.id, "type": chat.type})
            await self._point_and_leave(context, chat)
            return
        if update.callback_query is not None:
            await answer_tap(update.callback_query, texts.PRIVATE_ONLY_TAP)
            return
        message = update.message or update.edited_message
        if message is not None and addresses_bot(message, context.bot.username):
            await self._point_and_leave(context, chat)

    async def _point_and_leave(self, context: BotContext, chat: Chat) -> None:
        if chat.type in GROUPS and chat.id not in self._told:
            self._remember_told(chat.id)
            await context.bot.send_message(
                chat.id, texts.private_only(context.bot.username), parse_mode=PARSE_MODE
            )
        await context.bot.leave_chat(chat.id)

    def _remember_told(self, chat_id: int) -> None:
        self._told[chat_id] = None
        while len(self._told) > self._remember:
            self._told.popitem(last=False)
