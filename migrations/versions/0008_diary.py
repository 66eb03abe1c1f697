"""the numbness diary: entries, the notices it gave, and its settings

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04

One entry per user and calendar day (their zone's), edited in place the same day. A notice row
remembers which of the guide's reasons the diary already pointed out, so it is said once. Users
get `diary_off` (/log off) and `diary_note_day` (a note asked for and not yet typed); deliveries
get `with_diary` (the diary question rides along with a foot check) and `follow_up` (the one
follow-up of a foot check not done, later the same day).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.db.types

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _user_id() -> sa.Column:
    return sa.Column(
        "user_id",
        sa.BigInteger(),
        sa.ForeignKey("users.telegram_id", ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "diary_entries",
        sa.Column("id", sa.Integer(), primary_key=True),
        _user_id(),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("places", sa.String(64), nullable=False),
        sa.Column("side", sa.String(8), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", bot.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", bot.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("user_id", "day", name="uq_diary_entries_user_day"),
    )
    op.create_table(
        "diary_notices",
        sa.Column("id", sa.Integer(), primary_key=True),
        _user_id(),
        sa.Column("criterion", sa.String(32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("created_at", bot.db.types.UTCDateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_diary_notices_user_criterion", "diary_notices", ["user_id", "criterion"])
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column("diary_off", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("diary_note_day", sa.Date(), nullable=True))
    with op.batch_alter_table("deliveries") as batch:
        batch.add_column(
            sa.Column("with_diary", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(
            sa.Column("follow_up", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_column("follow_up")
        batch.drop_column("with_diary")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("diary_note_day")
        batch.drop_column("diary_off")
    op.drop_index("ix_diary_notices_user_criterion", table_name="diary_notices")
    op.drop_table("diary_notices")
    op.drop_table("diary_entries")
