"""carer links: one-time invites (a hash of the token) and the links people accepted

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04

A link is removed when either side ends it or erases their data (both foreign keys cascade), so
no row says anything about a link that is over.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.db.types

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _person(name: str = "user_id") -> sa.Column:
    return sa.Column(
        name,
        sa.BigInteger(),
        sa.ForeignKey("users.telegram_id", ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "carer_invites",
        sa.Column("id", sa.Integer(), primary_key=True),
        _person(),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("label", sa.String(64), nullable=False),
        sa.Column("created_at", bot.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", bot.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("used_at", bot.db.types.UTCDateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "carer_links",
        sa.Column("id", sa.Integer(), primary_key=True),
        _person(),
        _person("carer_id"),
        sa.Column("label", sa.String(64), nullable=False),
        sa.Column("carer_label", sa.String(64), nullable=False),
        sa.Column("missed_checks", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("missed_told_on", sa.Date(), nullable=True),
        sa.Column("created_at", bot.db.types.UTCDateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_carer_links_user", "carer_links", ["user_id"])
    op.create_index("ix_carer_links_carer", "carer_links", ["carer_id"])


def downgrade() -> None:
    op.drop_index("ix_carer_links_carer", table_name="carer_links")
    op.drop_index("ix_carer_links_user", table_name="carer_links")
    op.drop_table("carer_links")
    op.drop_table("carer_invites")
