"""The command surface, each command declared once: its handler, Telegram's menu line
(setMyCommands) and its /help entry. The handler table registers from this list and /help reads
it, so a command cannot be registered without being explained."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from bot.handlers import (
    carer,
    check,
    country,
    diary,
    doctor_report,
    emergency,
    onboarding,
    privacy,
    reminders,
    settings,
    settings_menu,
    stats,
    topics,
)


@dataclass(frozen=True)
class Command:
    name: str
    menu: str  # the short line in Telegram's command menu (3-256 chars)
    example: str  # what to type, shown in /help
    explains: str  # one sentence for /help
    handler: Callable[[Any, Any], Awaitable[None]]


COMMANDS: tuple[Command, ...] = (
    Command(
        "start",
        "Welcome and set-up",
        "/start",
        "Start over: what I do and how to set me up.",
        onboarding.start,
    ),
    Command("help", "What I can do", "/help", "This list of commands.", onboarding.show_help),
    Command(
        "check",
        "Red-flag check of your symptoms",
        "/check",
        "A few yes/no questions: emergency signs first, then whether to book an appointment "
        "or what self-care to try.",
        check.start_check,
    ),
    Command(
        "emergency",
        "Emergency instructions now",
        "/emergency",
        "What to do in an emergency, with your country's number, at once.",
        emergency.show_emergency,
    ),
    Command(
        "move",
        "Movement break reminders",
        "/move 45 09:00-17:30 mon-fri",
        "Reminders to get up and move while you sit: every MIN minutes in your working hours "
        "(/move off stops them).",
        reminders.set_move,
    ),
    Command(
        "feet",
        "Daily foot-check reminder",
        "/feet 21:00",
        "A daily reminder to check your feet, with the guide's checklist (/feet off stops it).",
        reminders.set_feet,
    ),
    Command(
        "timezone",
        "Set your time zone",
        "/timezone Berlin",
        "Your time zone: a city, a zone name like Europe/Berlin, or UTC+2.",
        settings.set_timezone,
    ),
    Command(
        "country",
        "Your country (emergency number)",
        "/country Germany",
        "Your country, so I give the right emergency number: a name or a code like DE.",
        country.set_country_command,
    ),
    Command(
        "reminders",
        "See and change your reminders",
        "/reminders",
        "Your reminders, with buttons.",
        reminders.list_reminders,
    ),
    Command(
        "pause",
        "Pause reminders for a while",
        "/pause 2h",
        "Pause every reminder for 30m, 2h, today or 3d; they come back by themselves.",
        settings.pause,
    ),
    Command(
        "resume", "Resume reminders now", "/resume", "End a pause or a /stop now.", settings.resume
    ),
    Command(
        "stop",
        "Stop all reminders",
        "/stop",
        "Stop every reminder until /resume; your settings are kept.",
        settings.stop,
    ),
    Command(
        "settings",
        "Time zone, country, reminders",
        "/settings",
        "Your time zone, country and reminders on one screen, with buttons to change them.",
        settings_menu.show_settings,
    ),
    Command(
        "log",
        "Numbness diary: how your legs feel",
        "/log",
        "One tap a day for your numbness diary: /log asks now, /log 20:00 asks daily, "
        "/log off stops asking.",
        diary.log_command,
    ),
    Command(
        "stats",
        "Breaks and foot checks done",
        "/stats",
        "Breaks and foot checks done, week by week, and your foot-check streak.",
        stats.show_stats,
    ),
    Command(
        "report",
        "A report for your doctor",
        "/report",
        "Four weeks of your diary, breaks, foot checks and /check outcomes: a chart and a PDF "
        "for your healthcare provider.",
        doctor_report.send_report,
    ),
    Command(
        "topics",
        "Browse the guide",
        "/topics",
        "Browse the guide by topic. Or just type a question, e.g. why does my leg go numb?",
        topics.show_topics,
    ),
    Command(
        "carer",
        "Someone close told in an emergency",
        "/carer",
        "Invite someone you trust: they hear only when a check or message of yours ends in "
        "emergency instructions (and, if you like, about missed foot checks).",
        carer.carer_command,
    ),
    Command(
        "privacy",
        "What I store about you",
        "/privacy",
        "What I keep about you, why, and how to erase it.",
        privacy.show_privacy,
    ),
    Command(
        "export",
        "A copy of all your data (CSV)",
        "/export",
        "Everything I store about you, as a CSV file.",
        doctor_report.send_export,
    ),
    Command(
        "delete",
        "Erase all your data",
        "/delete",
        "Erase everything I store about you.",
        privacy.ask_delete,
    ),
)

COMMAND_NAMES = frozenset(command.name for command in COMMANDS)
