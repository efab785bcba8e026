"""Feeds a watcher polls: the validators of their last answer (ETag, Last-Modified), so a
restarted ``accords watch`` still asks "changed since?", and their failure count for backoff.

Revision ID: 0002_feeds
Revises: 0002
Create Date: 2026-03-24
"""
from alembic import op
import sqlalchemy as sa

revision = "0002_feeds"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("last_polled", sa.DateTime),
        sa.Column("last_status", sa.Text),
        sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_table("feeds")
