"""send queue indexed by status, kind and due time

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25

The send queue is read as three short ranges (pending foot checks, pending breaks, expired
leases), each oldest first. Indexed by (status, due_at) alone, the range of pending breaks had to
step over every pending foot check, so a burst of 100,000 foot checks made every tick read them
all; with the kind in the index each range starts where its rows do.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_deliveries_status_kind_due", "deliveries", ["status", "kind", "due_at"], unique=False
    )
    op.drop_index("ix_deliveries_status_due", table_name="deliveries")


def downgrade() -> None:
    op.create_index("ix_deliveries_status_due", "deliveries", ["status", "due_at"], unique=False)
    op.drop_index("ix_deliveries_status_kind_due", table_name="deliveries")
