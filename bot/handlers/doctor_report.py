"""/report (a chart and a PDF for a healthcare provider) and /export (every stored row as CSV).

Drawing takes up to about a second, so it runs in a process of its own (bot/report/drawing.py):
other people's replies never wait for it. If drawing fails, the person is told so plainly and
nothing is half-sent."""

from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.constants import ChatAction

from bot.handlers.context import BotContext
from bot.report.days import Report
from bot.report.drawing import draw_elsewhere
from bot.report.service import export_csv, gather
from bot.ui.html import PARSE_MODE, code, escape

log = logging.getLogger(__name__)


async def send_report(update: Update, context: BotContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    services = context.services
    await context.bot.send_chat_action(user.id, ChatAction.UPLOAD_DOCUMENT)
    report = await gather(services.db, services.clock, services.content, user.id)
    # Updates are handled one at a time: awaiting the drawing here would hold up everyone's
    # replies for as long as it takes. It goes on as a task of its own (errors still reach the
    # error handler with this update).
    context.application.create_task(_draw_and_send(message, report), update=update)


async def _draw_and_send(message: Message, report: Report) -> None:
    try:
        png, pdf = await draw_elsewhere(report)
    except Exception as exc:  # noqa: BLE001 - matplotlib can fail in many ways; say so plainly
        log.error("drawing the report failed", extra={"error": type(exc).__name__})
        await message.reply_text(
            "Sorry, I could not draw your report just now; nothing is lost. Please try "
            f"{code('/report')} again in a minute, or {code('/export')} for your data as a file.",
            parse_mode=PARSE_MODE,
        )
        return
    first, last = report.period
    caption = (
        f"<b>{escape(report.title)}</b>, {first:%d %b} - {last:%d %b}: your numbness diary, "
        "movement breaks, foot checks and /check outcomes. The PDF has the diary day by day, "
        "with your notes, to show or send to your healthcare provider."
    )
    if not report.has_diary:
        caption += f"\n\nYour diary is empty so far: {code('/log')} adds today's entry in one tap."
    await message.reply_photo(
        png, caption=caption, parse_mode=PARSE_MODE, filename=f"legcare-report-{last:%Y-%m-%d}.png"
    )
    await message.reply_document(
        pdf, filename=f"legcare-report-{last:%Y-%m-%d}.pdf", caption="The same, as a PDF."
    )


async def send_export(update: Update, context: BotContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    services = context.services
    text, rows = await export_csv(services.db, user.id)
    day = services.clock.now().date()
    await message.reply_document(
        text.encode("utf-8"),
        filename=f"legcare-my-data-{day:%Y-%m-%d}.csv",
        caption=(
            f"Everything I store about you: {rows} row{'' if rows == 1 else 's'}, table by "
            f"table. {code('/delete')} "
            "erases all of it."
        ),
        parse_mode=PARSE_MODE,
    )
