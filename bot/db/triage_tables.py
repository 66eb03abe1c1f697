"""Red-flag checks in progress and the follow-ups people ask for after one.

A /check lives in `triage_checks`, not in process memory, so it survives a restart and works when
several processes serve the bot. Its random `id` is what the buttons carry: a tap is honoured only
when that id belongs to the tapping user, is still active, and the button's state token equals the
stored `state` (so a stale button, a double tap or a forged payload changes nothing).

`followups` holds "remind me to re-check tomorrow": one pending row per user and kind at most
(a partial unique index says so, on SQLite and PostgreSQL alike), claimed by the dispatcher when
due and then marked sent, failed or skipped.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Column, ForeignKey, Index, String, text
from sqlmodel import Field, SQLModel

from bot.db.types import UTCDateTime

# Check states. active: questions being answered; done: it reached an outcome; cancelled: the user
# tapped Cancel; replaced: a newer check (or an emergency found in free text) took over.
ACTIVE, DONE, CANCELLED, REPLACED = "active", "done", "cancelled", "replaced"

# Follow-up states. pending: waiting for due_at; sending: claimed by a sender at claimed_at;
# sent: Telegram accepted it; failed: Telegram refused it (blocked user, chat gone);
# skipped: too late to be useful; cancelled: the user changed their mind.
PENDING, SENDING, SENT, FAILED, SKIPPED, CANCELLED_FOLLOWUP = (
    "pending",
    "sending",
    "sent",
    "failed",
    "skipped",
    "cancelled",
)
RECHECK = "recheck"  # the one kind so far: "has it got worse?" a day after a check


def _user_fk() -> Any:
    return Column(BigInteger, ForeignKey("users.telegram_id", ondelete="CASCADE"), nullable=False)


class TriageCheck(SQLModel, table=True):
    __tablename__ = "triage_checks"
    __table_args__ = (Index("ix_triage_checks_user_status", "user_id", "status"),)

    id: str = Field(sa_column=Column(String(16), primary_key=True, autoincrement=False))
    user_id: int = Field(sa_column=_user_fk())
    state: str = Field(sa_type=String(16), nullable=False)  # type: ignore[call-overload]
    status: str = Field(sa_type=String(16), nullable=False)  # type: ignore[call-overload]
    message_id: int | None = Field(default=None, sa_type=BigInteger)  # type: ignore[call-overload]
    created_at: datetime = Field(sa_type=UTCDateTime, nullable=False)  # type: ignore[call-overload]
    updated_at: datetime = Field(sa_type=UTCDateTime, nullable=False)  # type: ignore[call-overload]


class Followup(SQLModel, table=True):
    __tablename__ = "followups"
    __table_args__ = (
        Index("ix_followups_status_due", "status", "due_at"),
        Index(
            "uq_followups_pending",
            "user_id",
            "kind",
            unique=True,
            sqlite_where=text("status = 'pending'"),
            postgresql_where=text("status = 'pending'"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=_user_fk())
    kind: str = Field(sa_type=String(32), nullable=False)  # type: ignore[call-overload]
    due_at: datetime = Field(sa_type=UTCDateTime, nullable=False)  # type: ignore[call-overload]
    created_at: datetime = Field(sa_type=UTCDateTime, nullable=False)  # type: ignore[call-overload]
    claimed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # type: ignore[call-overload]
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # type: ignore[call-overload]
    status: str = Field(sa_type=String(16), nullable=False)  # type: ignore[call-overload]
