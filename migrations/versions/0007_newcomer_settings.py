"""whether the user chose their country; plans stopped until /resume

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04

A country filled in from the time zone follows later zone changes (Lisbon then São Paulo: 112
then 192); one the person chose with /country stays. Rows from before cannot tell which they
were, so they count as filled in from the zone, which a /country puts right.

/stop keeps every plan's settings but sends nothing until /resume: a flag of its own, because a
pause always ends by itself.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column("country_chosen", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("reminder_plans") as batch:
        batch.add_column(
            sa.Column("stopped", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("reminder_plans") as batch:
        batch.drop_column("stopped")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("country_chosen")
