"""The command surface in one list: Telegram's menu (setMyCommands) and /help are built from it,
so a command cannot be registered without being explained."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Command:
    name: str
    menu: str  # the short line in Telegram's command menu (3-256 chars)
    example: str  # what to type, shown in /help
    explains: str  # one sentence for /help


COMMANDS: tuple[Command, ...] = (
    Command("start", "Welcome and set-up", "/start", "Start over: what I do and how to set me up."),
    Command("help", "What I can do", "/help", "This list of commands."),
    Command(
        "check",
        "Red-flag check of your symptoms",
        "/check",
        "A few yes/no questions: emergency signs first, then whether to book an appointment "
        "or what self-care to try.",
    ),
    Command(
        "emergency",
        "Emergency instructions now",
        "/emergency",
        "What to do in an emergency, with your country's number, at once.",
    ),
    Command(
        "move",
        "Movement break reminders",
        "/move 45 09:00-17:30 mon-fri",
        "Reminders to get up and move while you sit: every MIN minutes in your working hours "
        "(/move off stops them).",
    ),
    Command(
        "feet",
        "Daily foot-check reminder",
        "/feet 21:00",
        "A daily reminder to check your feet, with the guide's checklist (/feet off stops it).",
    ),
    Command(
        "timezone",
        "Set your time zone",
        "/timezone Berlin",
        "Your time zone: a city, a zone name like Europe/Berlin, or UTC+2.",
    ),
    Command(
        "country",
        "Your country (emergency number)",
        "/country Germany",
        "Your country, so I give the right emergency number: a name or a code like DE.",
    ),
    Command(
        "reminders", "See and change your reminders", "/reminders", "Your reminders, with buttons."
    ),
    Command(
        "pause",
        "Pause reminders for a while",
        "/pause 2h",
        "Pause every reminder for 30m, 2h, today or 3d; they come back by themselves.",
    ),
    Command("resume", "Resume reminders now", "/resume", "End a pause or a /stop now."),
    Command(
        "stop",
        "Stop all reminders",
        "/stop",
        "Stop every reminder until /resume; your settings are kept.",
    ),
    Command(
        "settings",
        "Time zone, country, reminders",
        "/settings",
        "Your time zone, country and reminders on one screen, with buttons to change them.",
    ),
    Command(
        "stats",
        "Breaks and foot checks done",
        "/stats",
        "Breaks and foot checks done, week by week, and your foot-check streak.",
    ),
    Command(
        "topics",
        "Browse the guide",
        "/topics",
        "Browse the guide by topic. Or just type a question, e.g. why does my leg go numb?",
    ),
    Command(
        "privacy",
        "What I store about you",
        "/privacy",
        "What I keep about you, why, and how to erase it.",
    ),
    Command("delete", "Erase all your data", "/delete", "Erase everything I store about you."),
)

COMMAND_NAMES = frozenset(command.name for command in COMMANDS)
