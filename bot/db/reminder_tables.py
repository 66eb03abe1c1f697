"""Reminder plans and their deliveries: the database is the source of truth for reminders.

A plan says when to remind (its settings and `next_due_at`); a delivery is one reminder that fell
due. The unique key on (plan_id, due_at) is what makes a reminder impossible to send twice: two
dispatchers that both claim the same due time cannot both insert its delivery.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    false,
)
from sqlmodel import Field, SQLModel

from bot.db.types import UTCDateTime

MOVEMENT = "movement"
FOOT = "foot"
DIARY = "diary"  # the diary question on its own, for people without a foot check

# Delivery states. pending: due and waiting to be sent; sending: a sender holds it until
# lease_until; sent: Telegram accepted it; done: the user tapped Done; snoozed: replaced by a later
# delivery; skipped: too late to be useful (or paused, blocked); failed: Telegram refused it.
PENDING, SENDING, SENT, DONE, SNOOZED, SKIPPED, FAILED = (
    "pending",
    "sending",
    "sent",
    "done",
    "snoozed",
    "skipped",
    "failed",
)


def _user_fk() -> Any:
    """The owner column (indexed by the composite keys that start with it)."""
    return Column(BigInteger, ForeignKey("users.telegram_id", ondelete="CASCADE"), nullable=False)


class ReminderPlan(SQLModel, table=True):
    __tablename__ = "reminder_plans"
    __table_args__ = (
        UniqueConstraint("user_id", "kind", name="uq_reminder_plans_user_kind"),
        Index("ix_reminder_plans_due", "next_due_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=_user_fk())
    kind: str = Field(sa_type=String(16), nullable=False)  # type: ignore[call-overload]
    active: bool = Field(default=True, nullable=False)
    interval_minutes: int | None = Field(default=None)
    # Movement windows: [{"day": 0, "start": "09:00", "end": "17:00"}, ...] (day 0 = Monday).
    windows: list[dict[str, Any]] | None = Field(default=None, sa_column=Column(JSON))
    at_time: str | None = Field(default=None, sa_type=String(5))  # type: ignore[call-overload]
    anchor_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # type: ignore[call-overload]
    paused_until: datetime | None = Field(default=None, sa_type=UTCDateTime)  # type: ignore[call-overload]
    resume_notice: bool = Field(default=False, nullable=False)
    # /stop: nothing is sent until /resume (a pause, by contrast, always ends by itself).
    stopped: bool = Field(
        default=False, nullable=False, sa_column_kwargs={"server_default": false()}
    )
    next_due_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # type: ignore[call-overload]
    sent_count: int = Field(default=0, nullable=False)
    created_at: datetime = Field(sa_type=UTCDateTime, nullable=False)  # type: ignore[call-overload]
    updated_at: datetime = Field(sa_type=UTCDateTime, nullable=False)  # type: ignore[call-overload]


class Delivery(SQLModel, table=True):
    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("plan_id", "due_at", name="uq_deliveries_plan_due"),
        Index("ix_deliveries_status_kind_due", "status", "kind", "due_at"),
        Index("ix_deliveries_user_due", "user_id", "due_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("reminder_plans.id", ondelete="CASCADE"), nullable=False
        )
    )
    user_id: int = Field(sa_column=_user_fk())
    kind: str = Field(sa_type=String(16), nullable=False)  # type: ignore[call-overload]
    due_at: datetime = Field(sa_type=UTCDateTime, nullable=False)  # type: ignore[call-overload]
    status: str = Field(default=PENDING, sa_type=String(16), nullable=False)  # type: ignore[call-overload]
    lease_until: datetime | None = Field(default=None, sa_type=UTCDateTime)  # type: ignore[call-overload]
    attempts: int = Field(default=0, nullable=False)
    prompt_index: int = Field(default=0, nullable=False)
    snooze_count: int = Field(default=0, nullable=False)
    resume_notice: bool = Field(default=False, nullable=False)
    # The diary question rides along (a foot check of someone whose diary is on).
    with_diary: bool = Field(
        default=False, nullable=False, sa_column_kwargs={"server_default": false()}
    )
    # The one follow-up of a foot check not done, later the same day (never followed up itself).
    follow_up: bool = Field(
        default=False, nullable=False, sa_column_kwargs={"server_default": false()}
    )
    message_id: int | None = Field(default=None, sa_type=BigInteger)  # type: ignore[call-overload]
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # type: ignore[call-overload]
    done_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # type: ignore[call-overload]
    note: str | None = Field(default=None, sa_type=String(32))  # type: ignore[call-overload]
