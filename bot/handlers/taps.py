"""Answering a button tap and editing the tapped message, safely when the tap comes twice.

A tap can be handled twice: a webhook update is sent anew when the worker handling it died after
answering it, and a tap handled slowly under load can outlive its query. Telegram then refuses
the answer ("query is too old", "query id is invalid") or the edit ("message is not modified").
Neither refusal may stop the tap's real work, above all when that work is erasing someone's data
or sending emergency instructions, so every handler answers and edits through these two.
"""

from __future__ import annotations

import logging

from telegram import CallbackQuery, InlineKeyboardMarkup
from telegram.error import BadRequest

from bot.ui.html import PARSE_MODE

log = logging.getLogger(__name__)

REFUSED_ANSWER = ("query is too old", "query id is invalid")


async def answer_tap(
    query: CallbackQuery, text: str | None = None, *, show_alert: bool = False
) -> None:
    """Answer a tap, which only stops the client's spinner and shows `text`; a refused answer
    is logged, not raised."""
    try:
        await query.answer(text, show_alert=show_alert)
    except BadRequest as error:
        if not any(part in error.message.lower() for part in REFUSED_ANSWER):
            raise
        log.info("tap not answered: the query expired or was answered already")


async def edit_tapped(
    query: CallbackQuery, text: str, reply_markup: InlineKeyboardMarkup | None = None
) -> None:
    """Show `text` in the tapped message. When it shows that already (the same tap handled a
    second time), there is nothing to do."""
    try:
        await query.edit_message_text(text, parse_mode=PARSE_MODE, reply_markup=reply_markup)
    except BadRequest as error:
        if "not modified" not in error.message.lower():
            raise
