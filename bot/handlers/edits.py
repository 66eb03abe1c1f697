"""Edited messages in a private chat: screened for emergencies, otherwise not acted on.

Re-running an edited command would surprise people (an edited `/delete`, a `/move` changed
into something else long after), and answering an edited question again would repeat what the
chat already shows. But an edit may add an emergency sign ("numb" edited into "numb, and my face
is drooping"), and safety comes first: an edit that the red-flag screen reads as a clear
emergency gets the emergency message exactly as new text would. Any other edit gets one line
saying edits are not read, so the person knows to send it again.
"""

from __future__ import annotations

from telegram import Update

from bot.handlers.context import BotContext
from bot.handlers.screening import screen_for_red_flags, screen_text
from bot.triage import Screen
from bot.ui import texts
from bot.ui.html import PARSE_MODE


async def on_edited_message(update: Update, context: BotContext) -> None:
    message = update.edited_message
    if message is None:
        return
    text = message.text or ""
    detection = await screen_text(context.services, text) if text else None
    if detection is not None and detection.screen is Screen.EMERGENCY:
        await screen_for_red_flags(update, context, text, detection)  # screened once, not twice
        return
    await message.reply_text(texts.EDIT_NOT_READ, parse_mode=PARSE_MODE)
