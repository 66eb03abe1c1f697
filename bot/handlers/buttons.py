"""One entry point for every inline-button tap.

Callback data arrives from the client and can be stale or forged, so it is decoded once here and
routed by action; anything that is not a current payload of ours gets a polite "no longer active"
and changes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from telegram import CallbackQuery, Chat, Update

from bot.core.metrics import BotMetrics
from bot.handlers import (
    carer,
    check,
    country,
    diary,
    emergency,
    faq,
    privacy,
    recheck,
    reminder_actions,
    reminders,
    respond,
    settings_menu,
    setup,
    topics,
)
from bot.handlers.context import BotContext
from bot.handlers.taps import answer_tap
from bot.ui import carer_render as carer_ui
from bot.ui import diary_render as diary_ui
from bot.ui import faq_render as faq_ui
from bot.ui import stories_render as stories_ui
from bot.ui import texts
from bot.ui import triage_render as triage_ui
from bot.ui.callbacks import Callback, decode

ButtonHandler = Callable[[Update, BotContext, Callback], Awaitable[None]]
log = logging.getLogger(__name__)

ROUTES: dict[str, ButtonHandler] = {
    privacy.DELETE_ACTION: privacy.answer_delete,
    setup.SETUP_ACTION: setup.on_setup_button,
    faq_ui.SHOW_ACTION: faq.show_entry,
    faq_ui.MORE_ACTION: faq.read_more,
    faq_ui.FEEDBACK_ACTION: faq.give_feedback,
    faq_ui.TOPICS_ACTION: topics.browse,
    reminders.PLAN_ACTION: reminders.on_plan_button,
    **dict.fromkeys(reminder_actions.ACTIONS, reminder_actions.on_reminder_button),
    triage_ui.CHECK_ACTION: check.answer_check,
    triage_ui.EMERGENCY_ACTION: emergency.show_again,
    triage_ui.FOLLOWUP_ACTION: recheck.answer_followup,
    triage_ui.COUNTRY_ACTION: country.choose_country,
    stories_ui.BREAKS_ACTION: respond.turn_on_breaks,
    settings_menu.SETTINGS_ACTION: settings_menu.on_settings_button,
    **dict.fromkeys(diary_ui.ACTIONS, diary.on_diary_button),
    carer_ui.CARER_ACTION: carer.on_carer_button,
}


async def on_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    if query is None:
        return
    if _foreign(query):
        await _refuse_foreign(query, context)
        return
    callback = decode(query.data)
    route = ROUTES.get(callback.action) if callback else None
    if callback is None or route is None:
        await answer_tap(query, texts.STALE_BUTTON)
        return
    await route(update, context, callback)


def _foreign(query: CallbackQuery) -> bool:
    """A tap in a private chat by anyone but that chat's person. Telegram's own clients never
    send one, so it can only be forged; every button family acts on the chat it is in."""
    message = query.message
    if message is None or message.chat.type != Chat.PRIVATE:
        return False
    return query.from_user.id != message.chat.id


async def _refuse_foreign(query: CallbackQuery, context: BotContext) -> None:
    callback = decode(query.data)
    family = callback.action if callback is not None and callback.action in ROUTES else "unknown"
    # A security event, logged without ids or data: only which family was tried.
    log.warning("button tap refused: sender is not the chat", extra={"family": family})
    metrics = context.application.bot_data.metrics
    if isinstance(metrics, BotMetrics):
        metrics.foreign_callbacks.inc(family=family)
    await answer_tap(query, texts.FOREIGN_BUTTON)
