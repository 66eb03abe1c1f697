"""The carer link: a one-time invite a person makes (only a hash of its token is kept), and the
links that result. A link tells the carer of emergencies and, if the person turns it on, of foot
checks unanswered for days; nothing else of the person is ever shown to the carer."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Column, Date, ForeignKey, Index, String, false
from sqlmodel import Field, SQLModel

from bot.db.types import UTCDateTime


def _person_fk(column: str = "user_id") -> Any:
    return Column(
        column,
        BigInteger,
        ForeignKey("users.telegram_id", ondelete="CASCADE"),
        nullable=False,
    )


class CarerInvite(SQLModel, table=True):
    __tablename__ = "carer_invites"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=_person_fk())
    token_hash: str = Field(sa_column=Column(String(64), nullable=False, unique=True))
    label: str = Field(sa_type=String(64), nullable=False)  # type: ignore[call-overload]
    created_at: datetime = Field(sa_type=UTCDateTime, nullable=False)  # type: ignore[call-overload]
    expires_at: datetime = Field(sa_type=UTCDateTime, nullable=False)  # type: ignore[call-overload]
    used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # type: ignore[call-overload]


class CarerLink(SQLModel, table=True):
    __tablename__ = "carer_links"
    __table_args__ = (
        Index("ix_carer_links_user", "user_id"),
        Index("ix_carer_links_carer", "carer_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=_person_fk())  # the person looked after
    carer_id: int = Field(sa_column=_person_fk("carer_id"))
    label: str = Field(sa_type=String(64), nullable=False)  # type: ignore[call-overload]
    carer_label: str = Field(sa_type=String(64), nullable=False)  # type: ignore[call-overload]
    missed_checks: bool = Field(
        default=False, nullable=False, sa_column_kwargs={"server_default": false()}
    )
    missed_told_on: date | None = Field(default=None, sa_column=Column(Date))
    created_at: datetime = Field(sa_type=UTCDateTime, nullable=False)  # type: ignore[call-overload]
