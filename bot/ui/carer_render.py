"""The carer link's words: what a carer is told (the same text the invite shows before anyone
accepts), the invite, the lists with their buttons, and the messages a carer receives."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.carers.invites import INVITE_VALID_FOR, MAX_PEOPLE_PER_CARER
from bot.db.carer_tables import CarerLink
from bot.ui.callbacks import encode
from bot.ui.html import bold, code, escape

CARER_ACTION = "cr"  # v1:cr:acc:<token> | v1:cr:no | v1:cr:end:<link> | v1:cr:mis:<link>:<on|off>
SOMEONE = "Someone you know"


def what_carer_is_told(label: str) -> str:
    return "\n".join(
        [
            f"If you accept, I will send you a short message about {escape(label)} only when:",
            "• their /check, or a message they send me, ends in emergency instructions: which "
            "warning sign, and the time;",
            "• their daily foot checks go unanswered 3 days in a row, if they turn that on.",
            "Nothing else about them is ever shown to you. Either of you can end this at any "
            f"time with {code('/carer')}.",
        ]
    )


def invite_text(link: str, label: str) -> str:
    hours = int(INVITE_VALID_FOR.total_seconds() // 3600)
    return "\n".join(
        [
            bold("Invite a carer"),
            f"Send this link to someone you trust. It works once, for {hours} hours:",
            escape(link),
            "",
            "When they open it, they see exactly this and choose whether to accept:",
            "",
            what_carer_is_told(label),
        ]
    )


def accept_text(label: str) -> str:
    title = bold(f"{label} asks you to be their carer in LegCare.")
    return f"{title}\n\n{what_carer_is_told(label)}"


def accept_keyboard(token: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("✅ Accept", callback_data=encode(CARER_ACTION, "acc", token)),
                InlineKeyboardButton("No, thanks", callback_data=encode(CARER_ACTION, "no")),
            ]
        ]
    )


REFUSALS = {
    "unknown": "This invite link is not valid. Ask the person to send /carer for a new one.",
    "expired": "This invite has expired (they last a day). Ask the person to send /carer for a "
    "new one.",
    "used": "This invite has been used already; each works once. Ask the person to send /carer "
    "for a new one.",
    "own": "That is your own invite: send the link to someone you trust instead.",
    "full": f"You already look out for {MAX_PEOPLE_PER_CARER} people, the most one account can. "
    "To take this on, first end one of them with /carer.",
    "already": "You are already this person's carer.",
    "crowded": "This person already has the most carers one account can have.",
}


def overview(carers: list[CarerLink], cared: list[CarerLink]) -> tuple[str, InlineKeyboardMarkup]:
    lines = [bold("Carer links")]
    rows: list[list[InlineKeyboardButton]] = []
    if carers:
        lines.append("")
        lines.append("Told about your emergencies:")
        for link in carers:
            missed = "also missed foot checks" if link.missed_checks else "not missed foot checks"
            lines.append(f"• {escape(link.carer_label)} ({missed})")
            toggle = "off" if link.missed_checks else "on"
            rows.append(
                [
                    InlineKeyboardButton(
                        f"Missed foot checks: turn {toggle}",
                        callback_data=encode(CARER_ACTION, "mis", link.id, toggle),
                    ),
                    InlineKeyboardButton(
                        f"End link with {link.carer_label}"[:60],
                        callback_data=encode(CARER_ACTION, "end", link.id),
                    ),
                ]
            )
    if cared:
        lines.append("")
        lines.append("You look out for:")
        for link in cared:
            lines.append(f"• {escape(link.label)}")
            rows.append(
                [
                    InlineKeyboardButton(
                        f"Stop looking out for {link.label}"[:60],
                        callback_data=encode(CARER_ACTION, "end", link.id),
                    )
                ]
            )
    return "\n".join(lines), InlineKeyboardMarkup(rows)


def emergency_notice(label: str, signs: list[str], via_check: bool, at: datetime, zone: str) -> str:
    local = at.astimezone(ZoneInfo(zone))
    how = "their /check" if via_check else "a message they sent me"
    named = f": {escape(', '.join(signs))}" if signs else ""
    return (
        f"🚨 {bold('LegCare: ' + label)}\n"
        f"At {local:%H:%M} ({escape(zone)} time), {how} named an emergency warning sign{named}. "
        "They were shown the emergency instructions. Please check on them now."
    )


def missed_notice(label: str, days: int) -> str:
    return (
        f"{bold('LegCare: ' + label)}\n"
        f"Their daily foot checks have gone unanswered {days} days in a row. You may want to "
        "check in with them."
    )


def ended_notice(other: str) -> str:
    return f"The carer link with {escape(other)} has ended. Nothing more will be shared."
