"""/stats: how the user is doing, week by week, in their own time zone, with a small chart.

Before any reminder has come there is nothing to count, so the reply says what is on and when the
first one comes, or what to turn on; never five weeks of "0/0".
"""

from __future__ import annotations

import asyncio
import logging

from telegram import Update

from bot.db.reminder_tables import DONE, SENT, SNOOZED
from bot.db.reminders import deliveries_between, foot_done_times, get_plans
from bot.db.users import get_user
from bot.handlers.context import BotContext
from bot.reminders.stats import (
    FORGIVEN_EVERY_DAYS,
    DeliveryFact,
    foot_streaks,
    has_history,
    stats_window,
    weekly,
)
from bot.ui.html import PARSE_MODE, bold, code, escape
from bot.ui.plan_texts import describe_plan
from bot.ui.stats_chart import weekly_chart

log = logging.getLogger(__name__)

NOTHING_ON = (
    f"{bold('No stats yet')}: no reminders are on. From the guide, regular movement breaks every "
    "30-60 minutes while sitting help prevent numbness, and a daily foot check matters for people "
    f"with diabetes. Turn them on with {code('/move')} and {code('/feet')}."
)


async def show_stats(update: Update, context: BotContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    services = context.services
    now = services.clock.now()
    async with services.db.session() as session:
        owner = await get_user(session, user.id)
        zone = owner.time_zone if owner and owner.time_zone else None
        plans = [plan for plan in await get_plans(session, user.id) if plan.active]
        if zone is not None:
            start, end = stats_window(now, zone)
            rows = await deliveries_between(session, user.id, start, end)
            done_times = await foot_done_times(session, user.id)
    if zone is None:  # answered after the session: no transaction waits on Telegram
        await message.reply_text(
            f"No stats yet: set your time zone ({code('/timezone Berlin')}) and turn on "
            f"reminders with {code('/move')} or {code('/feet')}.",
            parse_mode=PARSE_MODE,
        )
        return
    facts = [
        DeliveryFact(
            row.kind,
            row.due_at,
            row.status in (SENT, DONE, SNOOZED),
            row.done_at is not None,
            first=row.snooze_count == 0 and not row.follow_up,
        )
        for row in rows
    ]
    weeks = weekly(facts, now, zone)
    if not has_history(weeks):
        if not plans:
            await message.reply_text(NOTHING_ON, parse_mode=PARSE_MODE)
            return
        lines = [bold("No stats yet"), "No reminder has come yet. What is on:", ""]
        lines += [describe_plan(plan, zone) for plan in plans]
        await message.reply_text("\n".join(lines), parse_mode=PARSE_MODE)
        return
    streaks = foot_streaks(done_times, now, zone)
    lines = [bold("Your week by week"), ""]
    for index, week in enumerate(weeks):
        label = "This week" if index == 0 else f"Week of {week.monday.strftime('%d %b')}"
        lines.append(
            f"{escape(label)}: breaks {week.breaks_done}/{week.breaks_sent}, "
            f"foot checks {week.foot_done}/{week.foot_sent}"
        )
    lines += [
        "",
        f"Foot-check streak: {streaks.current} day{'s' if streaks.current != 1 else ''} "
        f"(best {streaks.best}). One missed day in {FORGIVEN_EVERY_DAYS} does not break it.",
        "",
        "Each figure is done / sent. Tap ✅ Done on a reminder to count it.",
    ]
    text = "\n".join(lines)
    try:
        chart = await asyncio.get_running_loop().run_in_executor(None, weekly_chart, weeks)
    except Exception as exc:  # noqa: BLE001 - the figures still go out as text
        log.error("drawing the stats chart failed", extra={"error": type(exc).__name__})
        chart = None
    if chart is None:
        await message.reply_text(text, parse_mode=PARSE_MODE)
        return
    await message.reply_photo(
        chart, caption=text, parse_mode=PARSE_MODE, filename="legcare-stats.png"
    )
