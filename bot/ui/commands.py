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
        "privacy",
        "What I store about you",
        "/privacy",
        "What I keep about you, why, and how to erase it.",
    ),
    Command("delete", "Erase all your data", "/delete", "Erase everything I store about you."),
)

COMMAND_NAMES = frozenset(command.name for command in COMMANDS)
