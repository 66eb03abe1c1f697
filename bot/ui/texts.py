"""The bot's own words (not health content, which lives in content/), rendered as Telegram HTML.

Wherever the bot points to emergency help, the caller passes `emergency`: the user's emergency
number wording from content/emergency_numbers.yaml (for an unknown country: "your local emergency
number (112, 911 or 999)"), so the number is never hard-coded here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from bot.ui.html import bold, escape


class Explained(Protocol):
    """A command as /help explains it (bot.app.commands declares them)."""

    @property
    def name(self) -> str: ...
    @property
    def example(self) -> str: ...
    @property
    def explains(self) -> str: ...


def disclaimer(emergency: str) -> str:
    return (
        "LegCare shares information from its leg-numbness guide; it is not medical advice and "
        f"does not replace a healthcare provider. In an emergency, call {emergency} now."
    )


def welcome(first_name: str | None, emergency: str) -> str:
    greeting = f"Hi {escape(first_name)}!" if first_name else "Hi!"
    return (
        f"{greeting} I'm {bold('LegCare')}, and I help you prevent and manage leg numbness, "
        "using the information of one leg-numbness guide.\n\n"
        f"{italic_disclaimer(emergency)}\n\n"
        "Next: send /help to see everything I can do, or /privacy for what I store."
    )


def italic_disclaimer(emergency: str) -> str:
    return f"<i>{escape(disclaimer(emergency))}</i>"


def help_text(commands: Sequence[Explained], emergency: str) -> str:
    lines = [bold("What I can do"), ""]
    for command in commands:
        lines.append(f"/{command.name}: {escape(command.explains)}")
        if command.example != f"/{command.name}":
            lines.append(f"   e.g. <code>{escape(command.example)}</code>")
    lines += ["", italic_disclaimer(emergency)]
    return "\n".join(lines)


def privacy_text() -> str:
    return "\n".join(
        [
            bold("What I store about you"),
            "",
            "• Your Telegram user id, so I can reply to you.",
            "• The language your Telegram app reports, to pick how I write.",
            "• Your time zone and country once you set them, to time reminders and to show "
            "the right emergency number.",
            "• When you first and last used me, and whether you have blocked me, so I stop "
            "sending.",
            "• Your reminder settings and, for up to 400 days, when each reminder came and "
            "whether you tapped Done, for /stats.",
            "• Your answers to a /check, for 7 days, so its buttons keep working; and a "
            "re-check reminder, if you ask for one.",
            "• Your numbness diary (/log): a level a day, where and which side, and the notes "
            "you write for it, for /report.",
            "• If you invite a carer (/carer): who they are, and what they are told (only "
            "emergencies, and missed foot checks if you turn that on).",
            "",
            "I do not keep the texts of your other messages. /export sends you a copy of "
            "everything I store about you. Questions I could not answer are kept "
            "without your name or id to improve the guide, and so are 👍/👎 counts on answers.",
            "",
            "To erase everything I store about you, send /delete.",
        ]
    )


DELETE_CONFIRM = (
    f"{bold('Erase all your data?')}\n\nThis removes everything I store about you and cannot "
    "be undone. Your chat history stays in Telegram; you can clear it there."
)
DELETE_DONE = (
    "Done: everything I stored about you is erased. If you write to me again, I start afresh."
)
DELETE_CANCELLED = "Nothing was erased."
DELETE_EXPIRED = "That confirmation has expired and nothing was erased. Send /delete to try again."
STALE_BUTTON = "This button is no longer active."
FOREIGN_BUTTON = "This button belongs to someone else's chat, so nothing was changed."


def unknown_command(command: str) -> str:
    shown = command if len(command) <= 40 else command[:40] + "…"
    return f"I don't know the command {escape(shown)}. Send /help to see what I can do."


def free_text(emergency: str) -> str:
    return (
        "I work with commands for now: send /help to see them.\n\n"
        f"If you think this may be an emergency, call {escape(emergency)} now."
    )


NOT_TEXT = "I can only read text messages. Send /help to see what I can do."


def something_went_wrong(emergency: str) -> str:
    return (
        "Sorry, something went wrong on my side and nothing was changed. Please try again in a "
        f"moment. In an emergency, call {escape(emergency)} now."
    )


def too_fast(seconds: int, emergency: str) -> str:
    """The one notice a person gets when they send messages faster than the bot can answer."""
    wait = "a second" if seconds <= 1 else f"about {seconds} seconds"
    return (
        "You're sending messages faster than I can answer them, so I'll skip new ones for "
        f"{wait}. After that, I'm all yours again.\n\n"
        f"If this is an emergency, call {escape(emergency)} now, or send /emergency."
    )


TOO_FAST_TAP = "You're tapping faster than I can keep up. Please wait a moment and tap again."
EDIT_NOT_READ = (
    "I only read new messages, so I didn't act on your edit. If you'd like an answer, send it "
    "again as a new message."
)


def private_only(bot_username: str) -> str:
    """Said once in a group the bot was added to, just before it leaves."""
    return (
        "Hi! I'm LegCare, a one-to-one helper for leg numbness. Health questions are private, "
        "so I only talk in private chats, where no one else can read along. Write to me at "
        f"@{escape(bot_username)}. I'm leaving this group now."
    )


PRIVATE_ONLY_TAP = "I only work in private chats. Write to me directly."
