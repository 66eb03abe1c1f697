"""The tables. Every table that holds a user's data has a `user_id` column referencing
`users.telegram_id`; `/delete` relies on that convention to erase a user everywhere."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Column, Date, String, false
from sqlmodel import Field, SQLModel

from bot.db.types import UTCDateTime


class User(SQLModel, table=True):
    """A person who has talked to the bot. Their Telegram id is their private chat id too."""

    __tablename__ = "users"

    telegram_id: int = Field(
        sa_column=Column(BigInteger, primary_key=True, autoincrement=False, nullable=False)
    )
    language: str | None = Field(default=None, sa_type=String(35))  # type: ignore[call-overload]
    time_zone: str | None = Field(default=None, sa_type=String(64))  # type: ignore[call-overload]
    country: str | None = Field(default=None, sa_type=String(2))  # type: ignore[call-overload]
    # Chosen with /country (kept), rather than filled in from the time zone (follows the zone).
    country_chosen: bool = Field(
        default=False, nullable=False, sa_column_kwargs={"server_default": false()}
    )
    blocked: bool = Field(default=False, nullable=False)
    # The diary question is not asked (with the foot check or on its own) after /log off.
    diary_off: bool = Field(
        default=False, nullable=False, sa_column_kwargs={"server_default": false()}
    )
    # "Add a note" was tapped for this diary day: the next plain message is that note.
    diary_note_day: date | None = Field(default=None, sa_column=Column(Date))
    created_at: datetime = Field(sa_type=UTCDateTime, nullable=False)  # type: ignore[call-overload]
    last_seen_at: datetime = Field(sa_type=UTCDateTime, nullable=False)  # type: ignore[call-overload]


# Feature tables live in their own modules; importing them here completes the metadata.
from bot.db import carer_tables as carer_tables  # noqa: E402
from bot.db import diary_tables as diary_tables  # noqa: E402
from bot.db import faq_tables as faq_tables  # noqa: E402
from bot.db import reminder_tables as reminder_tables  # noqa: E402
from bot.db import send_budget_tables as send_budget_tables  # noqa: E402
from bot.db import triage_tables as triage_tables  # noqa: E402
