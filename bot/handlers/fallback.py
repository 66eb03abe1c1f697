"""Replies for whatever no feature handled: unknown commands, stickers, photos and the like."""

from __future__ import annotations

from telegram import Update

from bot.handlers.context import BotContext
from bot.ui import texts
from bot.ui.html import PARSE_MODE


async def unknown_command(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    command = message.text.split(maxsplit=1)[0]
    await message.reply_text(texts.unknown_command(command), parse_mode=PARSE_MODE)


async def not_text(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if message is None:
        return
    await message.reply_text(texts.NOT_TEXT, parse_mode=PARSE_MODE)
