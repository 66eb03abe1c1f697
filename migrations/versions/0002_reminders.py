"""reminders

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.db.types

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reminder_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("interval_minutes", sa.Integer(), nullable=True),
        sa.Column("windows", sa.JSON(), nullable=True),
        sa.Column("at_time", sa.String(length=5), nullable=True),
        sa.Column("anchor_at", bot.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("paused_until", bot.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("resume_notice", sa.Boolean(), nullable=False),
        sa.Column("next_due_at", bot.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("sent_count", sa.Integer(), nullable=False),
        sa.Column("created_at", bot.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", bot.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.telegram_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "kind", name="uq_reminder_plans_user_kind"),
    )
    with op.batch_alter_table("reminder_plans", schema=None) as batch_op:
        batch_op.create_index("ix_reminder_plans_due", ["next_due_at"], unique=False)

    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("due_at", bot.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("lease_until", bot.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("prompt_index", sa.Integer(), nullable=False),
        sa.Column("snooze_count", sa.Integer(), nullable=False),
        sa.Column("resume_notice", sa.Boolean(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("sent_at", bot.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("done_at", bot.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("note", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["plan_id"], ["reminder_plans.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.telegram_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "due_at", name="uq_deliveries_plan_due"),
    )
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.create_index("ix_deliveries_status_due", ["status", "due_at"], unique=False)
        batch_op.create_index("ix_deliveries_user_due", ["user_id", "due_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_index("ix_deliveries_user_due")
        batch_op.drop_index("ix_deliveries_status_due")

    op.drop_table("deliveries")
    with op.batch_alter_table("reminder_plans", schema=None) as batch_op:
        batch_op.drop_index("ix_reminder_plans_due")

    op.drop_table("reminder_plans")
