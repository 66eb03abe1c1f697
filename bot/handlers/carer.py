"""/carer, the invite's deep link, and the carer's messages: translate to bot.carers.service.

Both sides opt in: the person makes a one-time link, the carer sees exactly what they will be
told and accepts. A carer hears of an emergency within a second or two of the person being shown
the instructions; a failure to reach the carer is logged and never delays or spoils the
person's own emergency message.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from telegram import Bot, Update
from telegram.error import TelegramError

from bot.carers import service
from bot.carers.invites import deep_link, looks_like_token
from bot.content.models import EmergencySign
from bot.core.services import Services
from bot.db.engine import is_unavailable
from bot.handlers.context import BotContext
from bot.handlers.patience import within
from bot.handlers.taps import answer_tap, edit_tapped
from bot.ui import carer_render as ui
from bot.ui import texts
from bot.ui.callbacks import Callback
from bot.ui.html import PARSE_MODE, escape

log = logging.getLogger(__name__)

CARER_PATIENCE_SECONDS = 1.5  # a carer told within 2 s, or the failure logged


async def carer_command(update: Update, context: BotContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    services = context.services
    carers, cared = await service.links_of(services.db, user.id)
    if carers or cared:
        text, keyboard = ui.overview(carers, cared)
        await message.reply_text(text, parse_mode=PARSE_MODE, reply_markup=keyboard)
    label = user.first_name or ui.SOMEONE
    token = await service.make_invite(services.db, services.clock, user.id, label)
    if token is None:
        await message.reply_text(
            "You have the most carers one account can have; end a link above to invite someone "
            "else.",
            parse_mode=PARSE_MODE,
        )
        return
    link = deep_link(context.bot.username, token)
    await message.reply_text(ui.invite_text(link, label), parse_mode=PARSE_MODE)


async def open_invite(update: Update, context: BotContext, token: str) -> None:
    """/start c_<token>: show what accepting means, or say plainly why the link does not work."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    services = context.services
    verdict = await service.judge(services.db, services.clock, token, user.id) if token else None
    if verdict is None or verdict.status != "ok" or verdict.invite is None:
        status = verdict.status if verdict is not None else "unknown"
        log.info("carer invite refused", extra={"reason": status})
        await message.reply_text(escape(ui.REFUSALS[status]), parse_mode=PARSE_MODE)
        return
    await message.reply_text(
        ui.accept_text(verdict.invite.label),
        parse_mode=PARSE_MODE,
        reply_markup=ui.accept_keyboard(token),
    )


async def on_carer_button(update: Update, context: BotContext, callback: Callback) -> None:
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    services = context.services
    what = callback.arg(0)
    if what == "no":
        await answer_tap(query)
        await edit_tapped(query, "No link was made. Nothing is shared.")
        return
    if what == "acc" and looks_like_token(callback.arg(1) or ""):
        verdict, link = await service.accept(
            services.db,
            services.clock,
            callback.arg(1) or "",
            user.id,
            user.first_name or "Your carer",
        )
        if link is None:
            await answer_tap(query)
            await edit_tapped(query, escape(ui.REFUSALS[verdict.status]))
            return
        await answer_tap(query, "Accepted.")
        await edit_tapped(
            query,
            f"✅ You are now {escape(link.label)}'s carer. I will only write when something "
            "on the list above happens. /carer ends it.",
        )
        await tell(
            context.bot,
            link.user_id,
            f"✅ {escape(link.carer_label)} accepted your carer invite. See or end it with /carer.",
        )
        return
    link_id = callback.arg(1)
    if what in ("end", "mis") and link_id is not None and link_id.isdigit():
        if what == "end":
            ended = await service.end_link(services.db, user.id, int(link_id))
            if ended is None:
                await answer_tap(query, texts.STALE_BUTTON)
                return
            await answer_tap(query, "Ended.")
            mine = ended.user_id == user.id
            await edit_tapped(query, ui.ended_notice(ended.carer_label if mine else ended.label))
            other = ended.carer_id if mine else ended.user_id
            await tell(
                context.bot, other, ui.ended_notice(ended.label if mine else ended.carer_label)
            )
            return
        changed = await service.set_missed_checks(
            services.db, user.id, int(link_id), callback.arg(2) == "on"
        )
        if changed is None:
            await answer_tap(query, texts.STALE_BUTTON)
            return
        await answer_tap(query, "Changed.")
        carers, cared = await service.links_of(services.db, user.id)
        text, keyboard = ui.overview(carers, cared)
        await edit_tapped(query, text, keyboard)
        return
    await answer_tap(query, texts.STALE_BUTTON)


async def tell_carers_of_emergency(
    bot: Bot, services: Services, user_id: int, signs: Sequence[EmergencySign], *, via_check: bool
) -> int:
    """After the person's emergency message has gone: a short note to each carer. Never raises
    (the person's own instructions are out; nothing here may undo or delay them)."""
    try:
        links, zone = await within(
            CARER_PATIENCE_SECONDS, service.carers_to_tell(services.db, user_id)
        )
    except Exception as exc:
        if not (is_unavailable(exc) or isinstance(exc, TimeoutError)):
            log.exception("finding carers to tell failed")
        else:
            log.warning("database unavailable, carers not told", extra={"user_id": user_id})
        return 0
    now = services.clock.now()
    names = [sign.label for sign in signs]
    told = 0
    for link in links:
        text = ui.emergency_notice(link.label, names, via_check, now, zone)
        told += await tell(bot, link.carer_id, text)
    log.info("carers told of an emergency", extra={"user_id": user_id, "carers": told})
    return told


async def tell_carers_of_missed_checks(bot: Bot, services: Services) -> int:
    """The dispatcher's step: carers of people whose foot checks went unanswered for days."""
    found = await service.missed_foot_checks_to_tell(services.db, services.clock.now())
    told = 0
    for link, _zone in found:
        told += await tell(bot, link.carer_id, ui.missed_notice(link.label, service.MISSED_DAYS))
    return told


async def tell(bot: Bot, chat_id: int, text: str) -> int:
    try:
        await bot.send_message(chat_id, text, parse_mode=PARSE_MODE)
    except TelegramError as exc:
        log.warning("carer message not delivered", extra={"error": type(exc).__name__})
        return 0
    return 1
