"""/stats: how the user is doing, week by week, in their own time zone."""

from __future__ import annotations

from telegram import Update

from bot.db.reminder_tables import DONE, SENT
from bot.db.reminders import deliveries_between, foot_done_times
from bot.db.users import get_user
from bot.handlers.context import BotContext
from bot.reminders.stats import DeliveryFact, foot_streaks, stats_window, weekly
from bot.ui.html import PARSE_MODE, bold, code, escape


async def show_stats(update: Update, context: BotContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    services = context.services
    now = services.clock.now()
    async with services.db.session() as session:
        owner = await get_user(session, user.id)
        zone = owner.time_zone if owner and owner.time_zone else None
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
        DeliveryFact(row.kind, row.due_at, row.status in (SENT, DONE), row.done_at is not None)
        for row in rows
    ]
    weeks = weekly(facts, now, zone)
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
        f"(best {streaks.best}).",
        "",
        "Each figure is done / sent. Tap ✅ Done on a reminder to count it.",
    ]
    await message.reply_text("\n".join(lines), parse_mode=PARSE_MODE)
