"""/move, /feet and /reminders: setting up and managing reminder plans.

Bad input gets a reply saying what is wrong, with an example, and changes nothing: parsing happens
before any write.
"""

from __future__ import annotations

from datetime import time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.db.reminder_tables import FOOT, MOVEMENT, ReminderPlan
from bot.db.reminders import delete_plan, get_plan, get_plans, pending_snoozes
from bot.db.users import get_user
from bot.handlers.context import BotContext
from bot.handlers.setup import answer_tap, edit_tapped
from bot.reminders import service
from bot.reminders.parse import InputError, MoveSettings, parse_feet_args, parse_move_args
from bot.reminders.plans import (
    DEFAULT_FOOT_TIME,
    DEFAULT_INTERVAL_MINUTES,
    DEFAULT_WINDOWS,
    windows_from_json,
)
from bot.reminders.schedule import (
    MAX_INTERVAL_MINUTES,
    MIN_INTERVAL_MINUTES,
    Window,
    validate_windows,
)
from bot.ui import plan_texts
from bot.ui.callbacks import Callback, encode
from bot.ui.html import PARSE_MODE, bold, code, escape

PLAN_ACTION = "pl"
KIND_CODES = {"m": MOVEMENT, "f": FOOT}
CODE_OF_KIND = {kind: letter for letter, kind in KIND_CODES.items()}
INTERVAL_CHOICES = (30, 45, 60)
FOOT_CHOICES = ("20:00", "21:00", "22:00")
NEEDS_ZONE = (
    "First tell me your time zone, so reminders come at the right hours: for example "
    f"{code('/timezone Berlin')}, {code('/timezone America/New_York')} "
    f"or {code('/timezone UTC+2')}."
)


def input_error(error: InputError) -> str:
    return f"{escape(error.message)}\nExample: {code(error.example)}"


async def _reply(update: Update, text: str) -> None:
    message = update.effective_message
    if message is not None:
        await message.reply_text(text, parse_mode=PARSE_MODE)


async def set_move(update: Update, context: BotContext) -> None:
    user = update.effective_user
    if user is None:
        return
    args = list(context.args or [])
    services = context.services
    async with services.db.session() as session:
        existing = await get_plan(session, user.id, MOVEMENT)
        owner = await get_user(session, user.id)
    if not args and existing is not None and existing.active and owner and owner.time_zone:
        await _reply(
            update,
            f"{plan_texts.describe_plan(existing, owner.time_zone)}\n\nChange it like "
            f"{code('/move 30 08:30-16:30 mon-fri')}, or stop with {code('/move off')}.",
        )
        return
    try:
        parsed = parse_move_args(args, _settings_of(existing))
    except InputError as error:
        await _reply(update, input_error(error))
        return
    if parsed == "off":
        stopped = await service.turn_off(services.db, services.clock, user.id, MOVEMENT)
        await _reply(
            update, "Movement breaks are off." if stopped else "Movement breaks were not on."
        )
        return
    if parsed.confirm_overnight:
        text, keyboard = _overnight_question(parsed)
        message = update.effective_message
        if message is not None:
            await message.reply_text(text, parse_mode=PARSE_MODE, reply_markup=keyboard)
        return
    await _set_movement(update, context, user.id, parsed)


def _settings_of(plan: ReminderPlan | None) -> MoveSettings | None:
    """The plan's current settings, kept for whatever a /move does not change (even when off)."""
    if plan is None or not plan.windows:
        return None
    interval = plan.interval_minutes or DEFAULT_INTERVAL_MINUTES
    return MoveSettings(interval, windows_from_json(plan.windows))


async def _set_movement(
    update: Update, context: BotContext, user_id: int, settings: MoveSettings
) -> None:
    services = context.services
    try:
        plan, zone = await service.set_movement(
            services.db, services.clock, user_id, settings.interval_minutes, settings.windows
        )
    except service.NeedsTimeZone:
        await _reply(update, NEEDS_ZONE)
        return
    await _reply(update, plan_texts.plan_set(plan, zone))


def _overnight_question(settings: MoveSettings) -> tuple[str, InlineKeyboardMarkup]:
    """Hours typed across midnight are asked about once: reminding all night by a slip is the
    one thing the bot must never do, and a real night shift is one tap away."""
    first = settings.windows[0]
    hours = f"{first.start:%H:%M}-{first.end:%H:%M}"
    mask = sum(1 << w.weekday for w in settings.windows)
    confirm = encode(
        PLAN_ACTION,
        "ovn",
        "m",
        settings.interval_minutes,
        f"{first.start:%H%M}",
        f"{first.end:%H%M}",
        mask,
    )
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Yes, through the night", callback_data=confirm),
                InlineKeyboardButton("No", callback_data=encode(PLAN_ACTION, "novn", "m")),
            ]
        ]
    )
    text = (
        f"{escape(hours)} runs overnight, across midnight, so breaks would come through the "
        f"night. Is that what you want?\n\nFor daytime hours, write the start first, like "
        f"{code('/move 45 09:00-17:00')}."
    )
    return text, keyboard


def _confirmed_overnight(callback: Callback) -> MoveSettings:
    """The settings an overnight question carried; ValueError for anything forged or stale."""
    interval, start, end, mask = (int(callback.arg(i) or "") for i in range(2, 6))
    start_at = time(start // 100, start % 100)
    end_at = time(end // 100, end % 100)
    if not MIN_INTERVAL_MINUTES <= interval <= MAX_INTERVAL_MINUTES or not 0 < mask < 128:
        raise ValueError(callback.args)
    windows = tuple(Window(day, start_at, end_at) for day in range(7) if mask & (1 << day))
    validate_windows(windows)
    return MoveSettings(interval, windows)


async def set_feet(update: Update, context: BotContext) -> None:
    user = update.effective_user
    if user is None:
        return
    services = context.services
    try:
        parsed = parse_feet_args(list(context.args or []))
    except InputError as error:
        await _reply(update, input_error(error))
        return
    if parsed == "off":
        stopped = await service.turn_off(services.db, services.clock, user.id, FOOT)
        await _reply(update, "Foot checks are off." if stopped else "Foot checks were not on.")
        return
    if parsed is None:  # a bare /feet shows an active plan, or turns it on at its old time
        async with services.db.session() as session:
            existing = await get_plan(session, user.id, FOOT)
            owner = await get_user(session, user.id)
        if existing is not None and existing.active and owner and owner.time_zone:
            await _reply(
                update,
                f"{plan_texts.describe_plan(existing, owner.time_zone)}\n\nChange it like "
                f"{code('/feet 20:30')}, or stop with {code('/feet off')}.",
            )
            return
        parsed = time.fromisoformat(existing.at_time) if existing and existing.at_time else None
    try:
        plan, zone = await service.set_foot(
            services.db, services.clock, user.id, parsed or DEFAULT_FOOT_TIME
        )
    except service.NeedsTimeZone:
        await _reply(update, NEEDS_ZONE)
        return
    await _reply(update, plan_texts.plan_set(plan, zone))


async def _overview(context: BotContext, user_id: int) -> tuple[str, InlineKeyboardMarkup | None]:
    async with context.services.db.session() as session:
        plans = await get_plans(session, user_id)
        owner = await get_user(session, user_id)
        snoozes = await pending_snoozes(session, user_id)
    zone = owner.time_zone if owner and owner.time_zone else "UTC"
    if not plans:
        return (
            f"{bold('Your reminders')}\n\nNone yet. Turn on movement breaks with "
            f"{code('/move')} and a daily foot check with {code('/feet')}.",
            None,
        )
    lines = [bold("Your reminders"), ""]
    rows: list[list[InlineKeyboardButton]] = []
    for plan in plans:
        lines.append(plan_texts.describe_plan(plan, zone, snoozes.get(plan.kind)))
        letter = CODE_OF_KIND[plan.kind]
        toggle = ("Turn off", "off") if plan.active else ("Turn on", "on")
        name = "Breaks" if plan.kind == MOVEMENT else "Foot check"
        rows.append(
            [
                InlineKeyboardButton(
                    f"{name}: {toggle[0]}", callback_data=encode(PLAN_ACTION, toggle[1], letter)
                ),
                InlineKeyboardButton(
                    f"{name}: Delete", callback_data=encode(PLAN_ACTION, "del", letter)
                ),
            ]
        )
        if plan.kind == MOVEMENT:
            choices = [
                (
                    _marked(f"{m} min", m == plan.interval_minutes and plan.active),
                    encode(PLAN_ACTION, "int", letter, m),
                )
                for m in INTERVAL_CHOICES
            ]
        else:
            choices = [
                (
                    _marked(t, t == plan.at_time and plan.active),
                    encode(PLAN_ACTION, "at", letter, t.replace(":", "")),
                )
                for t in FOOT_CHOICES
            ]
        rows.append([InlineKeyboardButton(label, callback_data=data) for label, data in choices])
    lines += ["", f"Times are in {escape(zone)}. Pause everything with {code('/pause 2h')}."]
    return "\n".join(lines), InlineKeyboardMarkup(rows)


def _marked(label: str, current: bool) -> str:
    return f"✓ {label}" if current else label


async def list_reminders(update: Update, context: BotContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    text, keyboard = await _overview(context, user.id)
    await message.reply_text(text, parse_mode=PARSE_MODE, reply_markup=keyboard)


async def on_plan_button(update: Update, context: BotContext, callback: Callback) -> None:
    """Buttons under /reminders. They name a kind, never a plan id: a user can only ever act on
    their own plans, whatever the callback data says."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    op, kind = callback.arg(0), KIND_CODES.get(callback.arg(1) or "")
    if kind is None or op not in {"on", "off", "del", "delok", "int", "at", "keep", "ovn", "novn"}:
        await answer_tap(query, "This button is no longer active.")
        return
    if op == "novn":
        await answer_tap(query, "Nothing changed.")
        await edit_tapped(
            query,
            f"Nothing changed. For daytime hours, write the start first, like "
            f"{code('/move 45 09:00-17:00')}.",
        )
        return
    if op == "ovn":
        await _confirm_overnight(update, context, callback)
        return
    try:
        await _apply_plan_change(context, user.id, op, kind, callback.arg(2))
    except service.NeedsTimeZone:
        await answer_tap(query, "Set your time zone first: /timezone", show_alert=True)
        return
    except ValueError:
        await answer_tap(query, "This button is no longer active.")
        return
    if op == "del":
        keyboard = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        "Yes, delete", callback_data=encode(PLAN_ACTION, "delok", callback.arg(1))
                    ),
                    InlineKeyboardButton(
                        "Keep it", callback_data=encode(PLAN_ACTION, "keep", callback.arg(1))
                    ),
                ]
            ]
        )
        await answer_tap(query)
        await edit_tapped(
            query, f"Delete your {plan_texts.kind_name(kind).lower()} and their history?", keyboard
        )
        return
    await answer_tap(query, "Kept as it was." if op == "keep" else "Saved.")
    text, keyboard = await _overview(context, user.id)
    await edit_tapped(query, text, keyboard)


async def _confirm_overnight(update: Update, context: BotContext, callback: Callback) -> None:
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    try:
        settings = _confirmed_overnight(callback)
    except (ValueError, InputError):
        await answer_tap(query, "This button is no longer active.")
        return
    services = context.services
    try:
        plan, zone = await service.set_movement(
            services.db, services.clock, user.id, settings.interval_minutes, settings.windows
        )
    except service.NeedsTimeZone:
        await answer_tap(query, "Set your time zone first: /timezone", show_alert=True)
        return
    await answer_tap(query, "Saved.")
    await edit_tapped(query, plan_texts.plan_set(plan, zone))


async def enable_movement(context: BotContext, user_id: int) -> str:
    """Movement breaks on, keeping any hours set before (a self-care reply's offer)."""
    try:
        await _apply_plan_change(context, user_id, "on", MOVEMENT, None)
    except service.NeedsTimeZone:
        return "First tell me your time zone, so breaks come in your hours: /timezone Berlin"
    return "Movement breaks are on. /reminders shows them and changes the interval or hours."


async def _apply_plan_change(
    context: BotContext, user_id: int, op: str, kind: str, value: str | None
) -> None:
    services = context.services
    if op == "off":
        await service.turn_off(services.db, services.clock, user_id, kind)
        return
    if op == "delok":
        async with services.db.session() as session:
            plan = await get_plan(session, user_id, kind)
            if plan is not None:
                await delete_plan(session, plan)
        return
    if op in ("del", "keep"):
        return
    async with services.db.session() as session:
        plan = await get_plan(session, user_id, kind)
    if kind == MOVEMENT:
        interval = (
            plan.interval_minutes if plan and plan.interval_minutes else DEFAULT_INTERVAL_MINUTES
        )
        if op == "int":
            interval = int(value or "")
            if interval not in INTERVAL_CHOICES:
                raise ValueError(value)
        windows = windows_from_json(plan.windows) if plan and plan.windows else None
        await service.set_movement(
            services.db, services.clock, user_id, interval, windows or DEFAULT_WINDOWS
        )
        return
    at = time.fromisoformat(plan.at_time) if plan and plan.at_time else DEFAULT_FOOT_TIME
    if op == "at":
        if value is None or f"{value[:2]}:{value[2:]}" not in FOOT_CHOICES:
            raise ValueError(value)
        at = time(int(value[:2]), int(value[2:]))
    await service.set_foot(services.db, services.clock, user_id, at)
