"""What the FAQ learns from use, kept without any user id.

`faq_feedback` counts 👍 and 👎 per entry; `faq_misses` keeps the questions the guide could not
answer (normalised, at most 200 characters) with how often and when they were asked. Neither has a
user column: they describe the guide, not people, so /delete has nothing to erase here and the
/privacy text says so. `info={"anonymous": True}` marks them as holding no user data on purpose.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Integer, String
from sqlmodel import Field, SQLModel

from bot.db.types import UTCDateTime

ENTRY_KEY_LENGTH = 64
MISS_TEXT_LENGTH = 200


class FaqFeedback(SQLModel, table=True):
    """Votes on one entry (`faq/<id>` or `section/<id>`)."""

    __tablename__ = "faq_feedback"
    __table_args__ = {"info": {"anonymous": True}}

    entry_id: str = Field(sa_column=Column(String(ENTRY_KEY_LENGTH), primary_key=True))
    helpful: int = Field(sa_column=Column(Integer, nullable=False, default=0))
    unhelpful: int = Field(sa_column=Column(Integer, nullable=False, default=0))
    updated_at: datetime = Field(sa_type=UTCDateTime, nullable=False)  # type: ignore[call-overload]


class FaqMiss(SQLModel, table=True):
    """A question that fell below the answer threshold, as normalised text."""

    __tablename__ = "faq_misses"
    __table_args__ = {"info": {"anonymous": True}}

    question: str = Field(sa_column=Column(String(MISS_TEXT_LENGTH), primary_key=True))
    count: int = Field(sa_column=Column(Integer, nullable=False, default=1))
    first_seen_at: datetime = Field(sa_type=UTCDateTime, nullable=False)  # type: ignore[call-overload]
    last_seen_at: datetime = Field(sa_type=UTCDateTime, nullable=False)  # type: ignore[call-overload]
