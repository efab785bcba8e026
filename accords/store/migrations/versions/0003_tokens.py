"""API tokens for writes through the REST API and the dashboard (hashed, with a role); an
index for a country pair's commitments (bench/bench_web.py: without it SQLite reads every
commitment of the pair's states and joint ones through the actor index).

Revision ID: 0003_tokens
Revises: 0002_feeds
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0003_tokens"
down_revision = "0002_feeds"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("token_sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("name", sa.Text),
        sa.Column("created_at", sa.DateTime, server_default=sa.func.current_timestamp(), nullable=False),
        sa.Column("revoked_at", sa.DateTime),
    )
    op.create_index("ix_commitments_document_actor", "commitments", ["document_id", "actor"])


def downgrade() -> None:
    op.drop_index("ix_commitments_document_actor", table_name="commitments")
    op.drop_table("api_tokens")
