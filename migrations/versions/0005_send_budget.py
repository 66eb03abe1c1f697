"""shared send budget

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "send_budget",
        sa.Column("lane", sa.String(length=16), nullable=False),
        sa.Column("next_slot_us", sa.BigInteger(), nullable=False),
        sa.Column("reminder_next_slot_us", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("lane"),
    )
    if op.get_bind().dialect.name == "postgresql":
        # Transient data, rewritten with every message: no write-ahead log for it.
        op.execute("ALTER TABLE send_budget SET UNLOGGED")


def downgrade() -> None:
    op.drop_table("send_budget")
