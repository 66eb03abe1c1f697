"""Setting a time zone, however it arrives (/timezone, a zone button, a typed city, a shared
location): the zone, the country it implies, and every plan re-timed, in one reply."""

from __future__ import annotations

from bot.db.users import set_time_zone
from bot.handlers.context import BotContext
from bot.reminders import service
from bot.reminders.zone_country import country_of_zone
from bot.ui.html import code, escape
from bot.ui.plan_texts import describe_plan
from bot.ui.reminders_render import local_time


async def apply_zone(
    context: BotContext,
    user_id: int,
    zone: str,
    note: str | None = None,
    *,
    next_steps: bool = True,
) -> str:
    """Store the zone (and the country it implies, unless one was chosen) and re-time every plan.
    Without `next_steps`, a reply that goes on to set-up's step 2 does not also name /move."""
    services = context.services
    async with services.db.session() as session:
        country = await set_time_zone(
            session, user_id, zone, country_of_zone(zone), now=services.clock.now()
        )
        plans = await service.reschedule_all(session, user_id, zone, services.clock.now())
    now_there = escape(local_time(services.clock.now(), zone))
    lines = [f"Time zone set to {code(zone)}: it's {now_there} there now."]
    if note:
        lines.append(escape(note))
    if plans:
        lines += ["", *(describe_plan(plan, zone) for plan in plans)]
    elif next_steps:
        lines += [
            "",
            f"Next: movement breaks with {code('/move')}, a daily foot check with {code('/feet')}.",
        ]
    number = context.emergency_wording(country)
    lines += [
        "",
        f"Your emergency number: {escape(number)} (change the country with {code('/country')}).",
    ]
    return "\n".join(lines)
