"""/privacy and /delete: what is stored, and erasing all of it after one confirmation."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.carers.service import links_of as carer_links
from bot.db.users import delete_user_everywhere
from bot.handlers.carer import tell
from bot.handlers.context import BotContext
from bot.handlers.taps import answer_tap, edit_tapped
from bot.ui import texts
from bot.ui.callbacks import Callback, encode
from bot.ui.carer_render import ended_notice
from bot.ui.html import PARSE_MODE

log = logging.getLogger(__name__)

DELETE_ACTION = "del"
CONFIRM_VALID_SECONDS = 10 * 60


async def show_privacy(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if message is None:
        return
    await message.reply_text(texts.privacy_text(), parse_mode=PARSE_MODE)


async def ask_delete(update: Update, context: BotContext) -> None:
    """The confirmation button carries its issue time, so an old one cannot erase by surprise."""
    message = update.effective_message
    if message is None:
        return
    issued = int(context.services.clock.now().timestamp())
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    "Yes, erase everything", callback_data=encode(DELETE_ACTION, "yes", issued)
                ),
                InlineKeyboardButton("No, keep it", callback_data=encode(DELETE_ACTION, "no")),
            ]
        ]
    )
    await message.reply_text(texts.DELETE_CONFIRM, parse_mode=PARSE_MODE, reply_markup=keyboard)


def _confirmation_is_fresh(callback: Callback, now_ts: float) -> bool:
    issued = callback.arg(1)
    if issued is None or not issued.isdigit():
        return False
    age = now_ts - int(issued)
    return 0 <= age <= CONFIRM_VALID_SECONDS


async def answer_delete(update: Update, context: BotContext, callback: Callback) -> None:
    query = update.callback_query
    user = update.effective_user
    if query is None or user is None:
        return
    choice = callback.arg(0)
    services = context.services
    if choice == "yes" and _confirmation_is_fresh(callback, services.clock.now().timestamp()):
        carers, cared = await carer_links(services.db, user.id)
        async with services.db.session() as session:
            removed = await delete_user_everywhere(session, user.id)
        log.info("user data erased", extra={"user_id": user.id, "rows": removed})
        reply = texts.DELETE_DONE
        # The links went with the data (both sides' keys cascade); the other side is told.
        for link in carers:
            await tell(context.bot, link.carer_id, ended_notice(link.label))
        for link in cared:
            await tell(context.bot, link.user_id, ended_notice(link.carer_label))
    elif choice == "yes":
        reply = texts.DELETE_EXPIRED
    elif choice == "no":
        reply = texts.DELETE_CANCELLED
    else:
        await answer_tap(query, texts.STALE_BUTTON)
        return
    await answer_tap(query)
    await edit_tapped(query, reply)
