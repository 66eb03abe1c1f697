"""The numbness diary: one entry per user and day (their own calendar day), and the notices the
diary gave, so a reason to see a healthcare provider is said once and not every day."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Column, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from bot.db.types import UTCDateTime


def _user_fk() -> Any:
    return Column(BigInteger, ForeignKey("users.telegram_id", ondelete="CASCADE"), nullable=False)


class DiaryEntry(SQLModel, table=True):
    __tablename__ = "diary_entries"
    __table_args__ = (UniqueConstraint("user_id", "day", name="uq_diary_entries_user_day"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=_user_fk())
    day: date = Field(sa_column=Column(Date, nullable=False))
    level: int = Field(nullable=False)  # 0 none, 1 mild, 2 moderate, 3 strong
    places: str = Field(default="", sa_type=String(64), nullable=False)  # type: ignore[call-overload]
    side: str | None = Field(default=None, sa_type=String(8))  # type: ignore[call-overload]
    note: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = Field(sa_type=UTCDateTime, nullable=False)  # type: ignore[call-overload]
    updated_at: datetime = Field(sa_type=UTCDateTime, nullable=False)  # type: ignore[call-overload]


class DiaryNotice(SQLModel, table=True):
    __tablename__ = "diary_notices"
    __table_args__ = (Index("ix_diary_notices_user_criterion", "user_id", "criterion"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=_user_fk())
    criterion: str = Field(sa_type=String(32), nullable=False)  # type: ignore[call-overload]
    day: date = Field(sa_column=Column(Date, nullable=False))
    created_at: datetime = Field(sa_type=UTCDateTime, nullable=False)  # type: ignore[call-overload]
