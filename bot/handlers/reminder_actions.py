"""The buttons under every reminder: Done, Snooze and Pause today.

The callback names a delivery id, which a client can forge; the service refuses a delivery that
is not the tapping user's, so the worst a forged tap can do is get a polite "no longer active".
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update

from bot.db.reminder_tables import MOVEMENT
from bot.handlers.context import BotContext
from bot.handlers.taps import answer_tap, edit_tapped
from bot.reminders import service
from bot.reminders.plans import SNOOZE_MINUTES
from bot.ui import texts
from bot.ui.callbacks import Callback, decode
from bot.ui.diary_render import LEVEL_ACTION
from bot.ui.html import escape
from bot.ui.plan_texts import describe_next
from bot.ui.reminders_render import DONE, PAUSE_TODAY, SNOOZE

ACTIONS = {DONE: "done", SNOOZE: "snooze", PAUSE_TODAY: "pause"}


def _outcome_text(result: service.ActionResult) -> tuple[str, bool]:
    """The line that replaces the reminder's buttons, and whether to keep the buttons."""
    upcoming = escape(describe_next(result.next_due_at, result.zone))
    if result.outcome == "done":
        if result.kind == MOVEMENT:
            return f"✅ Done. Nice: the timer starts again now ({upcoming}).", False
        return f"✅ Foot check done ({upcoming}). See /stats for your streak.", False
    if result.outcome == "already_done":
        return f"✅ Already done ({upcoming}).", False
    if result.outcome == "snoozed":
        return f"⏰ Snoozed: I'll remind you again in {SNOOZE_MINUTES} minutes.", False
    if result.outcome == "snooze_limit":
        return "This reminder can't be snoozed again.", True
    if result.outcome == "snooze_after_hours":
        return f"Your working hours end before then, so no snooze ({upcoming}).", True
    what = "Breaks" if result.kind == MOVEMENT else "Foot checks"
    return f"⏸ {what} paused for today ({upcoming}).", False


async def on_reminder_button(update: Update, context: BotContext, callback: Callback) -> None:
    query, user = update.callback_query, update.effective_user
    if query is None or user is None or query.message is None:
        return
    delivery_id = callback.arg(0)
    action = ACTIONS.get(callback.action)
    if action is None or delivery_id is None or not delivery_id.isdigit():
        await answer_tap(query, texts.STALE_BUTTON)
        return
    services = context.services
    try:
        result = await service.act_on_reminder(
            services.db, services.clock, user.id, int(delivery_id), action
        )
    except service.NeedsTimeZone:
        result = None
    if result is None:
        await answer_tap(query, texts.STALE_BUTTON)
        return
    line, keep_buttons = _outcome_text(result)
    if keep_buttons:
        await answer_tap(query, line, show_alert=True)
        return
    await answer_tap(query)
    original = getattr(query.message, "text_html", None) or ""
    await edit_tapped(query, f"{original}\n\n{line}", _diary_rows_of(query.message))


def _diary_rows_of(message: object) -> InlineKeyboardMarkup | None:
    """The diary question's row under a foot check stays after Done: it is a question of its
    own, answered whenever the person likes that day."""
    markup = getattr(message, "reply_markup", None)
    if not isinstance(markup, InlineKeyboardMarkup):
        return None
    rows = [
        row
        for row in markup.inline_keyboard
        if row and (found := decode(str(row[0].callback_data))) and found.action == LEVEL_ACTION
    ]
    return InlineKeyboardMarkup(rows) if rows else None
