"""The bot's shared send schedule, for several processes on one PostgreSQL database.

One row: when the next message may go out (`next_slot_us`) and when the next reminder may
(`reminder_next_slot_us`), in microseconds since the epoch on the database server's clock (the
one clock every process agrees on). Each send moves it forward a few tens of milliseconds
(bot/sending/pacing.py explains the schedule, bot/db/send_budget.py the statements).

Nothing here describes a person, so the table is marked anonymous (`/delete` has nothing to
erase in it). It is transient: on PostgreSQL it is UNLOGGED (no write-ahead log for a value that
changes with every message, and it is simply empty again after a crash or on a standby, which
the upsert that claims a slot handles). SQLite deployments run a single process, pace sends in
memory, and leave the table empty.
"""

from __future__ import annotations

from sqlalchemy import DDL, BigInteger, Column, String, event
from sqlmodel import Field, SQLModel

LANE_KEY_LENGTH = 16
BOT_LANE = "bot"


class SendBudget(SQLModel, table=True):
    __tablename__ = "send_budget"
    __table_args__ = {"info": {"anonymous": True}}

    lane: str = Field(sa_column=Column(String(LANE_KEY_LENGTH), primary_key=True))
    next_slot_us: int = Field(sa_column=Column(BigInteger, nullable=False))
    reminder_next_slot_us: int = Field(sa_column=Column(BigInteger, nullable=False))


# Migrations say the same (0005); this keeps tables made from the metadata alike.
event.listen(
    SendBudget.__table__,  # type: ignore[attr-defined]
    "after_create",
    DDL("ALTER TABLE send_budget SET UNLOGGED").execute_if(dialect="postgresql"),
)
