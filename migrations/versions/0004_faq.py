"""faq feedback and misses

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.db.types

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "faq_feedback",
        sa.Column("entry_id", sa.String(length=64), nullable=False),
        sa.Column("helpful", sa.Integer(), nullable=False),
        sa.Column("unhelpful", sa.Integer(), nullable=False),
        sa.Column("updated_at", bot.db.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("entry_id"),
    )
    op.create_table(
        "faq_misses",
        sa.Column("question", sa.String(length=200), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("first_seen_at", bot.db.types.UTCDateTime(), nullable=False),
        sa.Column("last_seen_at", bot.db.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("question"),
    )


def downgrade() -> None:
    op.drop_table("faq_misses")
    op.drop_table("faq_feedback")
