"""After the red-flag screen: the one reply a typed message gets (bot.stories.route decides).

The screen has already sent any emergency and taken any typed answer to an open check, and the
message was read beside it, on the reading thread (`bot.stories.understand`: the guide and the
story levels from one vector). What is left is the decision, and then only translating it: the
red-flag questions (under the guide's answer, when it has one for the message), a story's
appointment or self-care reply, or the guide's answer. Should the model fail, the lexicon's
verdict still decides between the questions and the guide.
"""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy.exc import SQLAlchemyError
from telegram import Update

from bot.db.reminder_tables import MOVEMENT
from bot.db.reminders import is_plan_active
from bot.db.users import SenderFacts
from bot.faq.answer import Band, Reply
from bot.handlers import check
from bot.handlers.context import BotContext
from bot.handlers.emergency import country_of
from bot.handlers.faq import send_guide_reply
from bot.handlers.reminders import enable_movement
from bot.handlers.screening import READING
from bot.handlers.sender import SenderLookup
from bot.handlers.taps import answer_tap
from bot.stories.levels import Level
from bot.stories.route import Decision, Step
from bot.stories.tools import reader_for
from bot.stories.understand import Reading, Understanding, understand
from bot.triage import Detection, Screen
from bot.ui import faq_render as faq_ui
from bot.ui import stories_render as ui
from bot.ui import triage_render as triage_ui
from bot.ui.callbacks import Callback
from bot.ui.html import PARSE_MODE

log = logging.getLogger(__name__)


async def respond(
    update: Update,
    context: BotContext,
    text: str,
    detection: Detection,
    reading: Reading | None = None,
    sender: SenderLookup | None = None,
) -> None:
    """`reading` is the message read beside the screen, `sender` the sender's facts looked up
    meanwhile; either is done here when it is missing."""
    user, message = update.effective_user, update.effective_message
    if user is None or message is None:
        return
    services = context.services
    reader = reader_for(services.content)
    try:
        if reading is not None:  # only the decision is left: a fraction of a millisecond
            read = understand(text, detection, services.faq, reader, reading)
        else:
            loop = asyncio.get_running_loop()
            read = await loop.run_in_executor(
                READING, understand, text, detection, services.faq, reader
            )
    except Exception as exc:  # noqa: BLE001 - the lexicon's verdict must still reach the person
        log.error("reading the message failed", extra={"error": type(exc).__name__})
        read = None
    decision = read.decision if read is not None else _without_model(detection)
    log.info(
        "free text",
        extra={
            "step": decision.step.value,
            "reasons": list(read.story.reasons) if read and read.story else [],
            "calmed": decision.calmed,
        },
    )
    step = decision.step
    if step is Step.CHECK:
        await _ask(update, context, text, decision, read)
        return
    facts = await sender.facts() if sender is not None else None
    country = facts.country if facts is not None else await country_of(services, user.id)
    emergency = context.emergency_wording(country)
    if step is Step.APPOINTMENT and read is not None and read.story is not None:
        screen = ui.appointment_screen(services.content, read.story, emergency)
    elif step is Step.SELF_CARE:
        offer = not await _breaks_on(context, user.id, facts)
        screen = ui.self_care_screen(services.content, emergency, offer_breaks=offer)
    elif decision.banner is not None and read is not None and read.story is not None:
        answer = _answer_screen(context, read)
        offer = decision.banner is Level.SELF_CARE and not await _breaks_on(context, user.id, facts)
        screen = ui.with_banner(services.content, read.story, answer, emergency, offer_breaks=offer)
    elif decision.self_care and read is not None:
        screen = _answer_screen(context, read)
        if not await _breaks_on(context, user.id, facts):
            screen = ui.with_breaks_offer(services.content, screen)
    else:
        reply = read.reply if read is not None else Reply(Band.NOT_COVERED)
        pointer = ui.sign_pointer(services.content, emergency) if decision.pointer else None
        await send_guide_reply(update, context, text, reply, pointer=pointer, emergency=emergency)
        return
    if decision.guesses and read is not None:
        screen = ui.with_guesses(screen, read.reply.ranked)
    await message.reply_text(screen.text, parse_mode=PARSE_MODE, reply_markup=screen.keyboard)


def _answer_screen(context: BotContext, read: Understanding) -> faq_ui.Screen:
    best = read.reply.ranked[0]
    return faq_ui.entry_screen(context.services.content, best.kind, best.id, also=read.reply.also)


def _without_model(detection: Detection) -> Decision:
    if detection.screen is Screen.AMBIGUOUS:
        lead = detection.suspected[0] if detection.suspected else None
        return Decision(Step.CHECK, lead=lead)
    return Decision(Step.NOT_COVERED)


async def _ask(
    update: Update, context: BotContext, text: str, decision: Decision, read: Understanding | None
) -> None:
    """The red-flag questions at once, or the open check's question again at the bottom. A
    question the guide answers gets its answer first, the questions under it, last on screen;
    with a check already waiting, only its question comes back."""
    user = update.effective_user
    if user is None:
        return
    user_id = user.id
    log.info("asking the red-flag questions", extra={"lead": decision.lead})
    if await check.repost_waiting_question(context, user_id):
        return
    story = read.story if read is not None else None
    intro = (
        context.services.content.stories.replies.unclear_intro
        if story is not None and decision.lead is None
        else triage_ui.AMBIGUOUS_INTRO
    )
    if decision.advice is Level.APPOINTMENT and story is not None:
        intro = ui.questions_with_advice(context.services.content, story, intro)
    if not decision.answer_first or read is None:
        await check.begin_check(context, user_id, intro=intro, lead=decision.lead)
        return
    await send_guide_reply(update, context, text, read.reply)
    # The person has the answer; the questions go out as soon as the send budget has a free
    # slot (a few seconds at most), without holding up the next update meanwhile.
    context.application.create_task(
        check.begin_check(context, user_id, intro=intro, lead=decision.lead, follow_up=True),
        update=update,
    )


async def _breaks_on(context: BotContext, user_id: int, facts: SenderFacts | None) -> bool:
    if facts is not None:
        return facts.breaks_on
    try:
        async with context.services.db.reader.connect() as connection:  # never waits for a writer
            return await is_plan_active(connection, user_id, MOVEMENT)
    except SQLAlchemyError:
        return True  # not known: no offer, rather than an offer that may be wrong


async def turn_on_breaks(update: Update, context: BotContext, callback: Callback) -> None:
    """The self-care reply's offer: movement breaks on, with the person's hours or the default."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    said = await enable_movement(context, user.id)
    await answer_tap(query, said, show_alert=True)
