"""Answers from the guide: the free-text step, and the buttons under its answers.

`answer_from_guide` is a step of bot.handlers.free_text: it runs after the red-flag screen, so a
message that mentions an emergency sign never reaches it. It always replies (an answer, a "did you
mean", a friendly word for a greeting, or an honest "not covered"), so no step after it runs.
The decisions live in bot.faq (pure); this module only sends, edits and counts.
"""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy.exc import SQLAlchemyError
from telegram import CallbackQuery, Update
from telegram.error import BadRequest

from bot.db.faq import record_feedback, record_miss
from bot.faq.answer import Band, Reply, SmallTalk, answer
from bot.faq.text import words
from bot.handlers.context import BotContext
from bot.handlers.emergency import wording_for
from bot.handlers.screening import READING
from bot.handlers.taps import answer_tap, edit_tapped
from bot.ui import faq_render as ui
from bot.ui import texts
from bot.ui.callbacks import Callback
from bot.ui.html import PARSE_MODE

log = logging.getLogger(__name__)


async def answer_from_guide(update: Update, context: BotContext, text: str) -> bool:
    """The guide's reply to `text` (lexicon and model, in a worker thread), sent."""
    message = update.effective_message
    if message is None:
        return False
    services = context.services
    loop = asyncio.get_running_loop()
    reply = await loop.run_in_executor(READING, answer, services.faq, text)
    await send_guide_reply(update, context, text, reply)
    return True


async def send_guide_reply(
    update: Update,
    context: BotContext,
    text: str,
    reply: Reply,
    *,
    pointer: str | None = None,
    emergency: str | None = None,
) -> None:
    """Send what the guide says. `pointer`, for a question about warning signs, is the line that
    says what to do if one is happening now; /check comes with it as a button. `emergency` is the
    sender's emergency number in words, when the caller has it already."""
    message = update.effective_message
    if message is None:
        return
    services = context.services
    log.debug("faq reply", extra={"band": reply.band.value})
    if reply.band is Band.SMALL_TALK:
        said = ui.thanks() if reply.small_talk is SmallTalk.THANKS else ui.greeting()
        await message.reply_text(said, parse_mode=PARSE_MODE)
    elif reply.band is Band.ANSWER:
        best = reply.ranked[0]
        screen = ui.entry_screen(services.content, best.kind, best.id, also=reply.also)
        if pointer is not None:
            screen = ui.with_pointer(screen, pointer)
        await message.reply_text(screen.text, parse_mode=PARSE_MODE, reply_markup=screen.keyboard)
    elif reply.band is Band.SUGGEST:
        screen = ui.suggestions_screen(reply.ranked, beyond=reply.beyond)
        await message.reply_text(screen.text, parse_mode=PARSE_MODE, reply_markup=screen.keyboard)
    else:
        if emergency is None:
            user = update.effective_user
            emergency = await wording_for(context, user.id if user else None)
        await message.reply_text(ui.not_covered(emergency), parse_mode=PARSE_MODE)
        try:
            async with services.db.session() as session:
                await record_miss(session, " ".join(words(text)), now=services.clock.now())
        except SQLAlchemyError as error:  # the person has their reply; only the count is lost
            log.warning("could not record an unanswered question: %s", type(error).__name__)


async def show_entry(update: Update, context: BotContext, callback: Callback) -> None:
    """A "did you mean" choice (edits that message) or a related question (a new message)."""
    query = update.callback_query
    if query is None:
        return
    kind, entry_id, how = ui.KINDS.get(callback.arg(0) or ""), callback.arg(1), callback.arg(2)
    if kind is None or not entry_id or how not in (ui.EDIT, ui.NEW):
        await answer_tap(query, texts.STALE_BUTTON)
        return
    try:
        screen = ui.entry_screen(context.services.content, kind, entry_id)
    except KeyError:
        await answer_tap(query, texts.STALE_BUTTON)
        return
    await answer_tap(query)
    if how == ui.EDIT:
        await edit_in_place(query, screen)
    elif query.message is not None:
        await context.bot.send_message(
            query.message.chat.id, screen.text, parse_mode=PARSE_MODE, reply_markup=screen.keyboard
        )


async def read_more(update: Update, context: BotContext, callback: Callback) -> None:
    """Read more: the answer's whole section, in place, with a way back."""
    query = update.callback_query
    if query is None:
        return
    content = context.services.content
    try:
        screen = ui.more_screen(content, content.faq_entry(callback.arg(0) or ""))
    except KeyError:
        await answer_tap(query, texts.STALE_BUTTON)
        return
    await answer_tap(query)
    await edit_in_place(query, screen)


async def give_feedback(update: Update, context: BotContext, callback: Callback) -> None:
    """Count a 👍/👎 for the entry (no user id kept), then remove the buttons: one vote each."""
    query = update.callback_query
    if query is None:
        return
    services = context.services
    kind, entry_id, vote = ui.KINDS.get(callback.arg(0) or ""), callback.arg(1), callback.arg(2)
    entry = services.faq.find(kind, entry_id) if kind and entry_id else None
    if entry is None or vote not in (ui.HELPFUL, ui.UNHELPFUL):
        await answer_tap(query, texts.STALE_BUTTON)
        return
    async with services.db.session() as session:
        await record_feedback(
            session, entry.key, helpful=vote == ui.HELPFUL, now=services.clock.now()
        )
    await answer_tap(query, ui.FEEDBACK_THANKS)
    screen = ui.entry_screen(services.content, entry.kind, entry.id, feedback=False)
    try:
        await query.edit_message_reply_markup(reply_markup=screen.keyboard)
    except BadRequest as error:  # the buttons were already gone: a double tap
        log.debug("feedback buttons already removed: %s", error.message)


async def edit_in_place(query: CallbackQuery, screen: ui.Screen) -> None:
    """Show an FAQ screen in the tapped message (bot.handlers.taps.edit_tapped)."""
    await edit_tapped(query, screen.text, screen.keyboard)
