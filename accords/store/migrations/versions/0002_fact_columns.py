"""Fact columns as the record declares them: a person's role_class is always set.

The fact tables are derived from the record's models (accords/store/facts.py); role_class
has a default there ("other"), so it is never null, and the column now says so.

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE persons SET role_class = 'other' WHERE role_class IS NULL")
    with op.batch_alter_table("persons") as batch:
        batch.alter_column("role_class", existing_type=sa.String(32), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("persons") as batch:
        batch.alter_column("role_class", existing_type=sa.String(32), nullable=True)
