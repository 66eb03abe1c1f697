"""/report (a chart and a PDF for a healthcare provider) and /export (every stored row as CSV).

Drawing takes up to about a second, so it runs in a worker thread: other people's replies never
wait for it. If drawing fails, the person is told so plainly and nothing is half-sent."""

from __future__ import annotations

import asyncio
import logging

from telegram import Update
from telegram.constants import ChatAction

from bot.handlers.context import BotContext
from bot.report.chart import draw, report_png
from bot.report.days import Report
from bot.report.pdf import report_pdf
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
    try:
        png, pdf = await asyncio.get_running_loop().run_in_executor(None, _draw, report)
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


def _draw(report: Report) -> tuple[bytes, bytes]:
    chart = draw(report)  # once, for the picture and the PDF's first page
    return report_png(report, chart), report_pdf(report, chart)


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
