"""Each document's follow-up sentences, kept at ingest so tracking runs do not split the
whole archive again (documents stored before this get theirs at the next tracking run).

Revision ID: 0005_followup
Revises: 0004_track
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa

revision = "0005_followup"
down_revision = "0004_track"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_followup",
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("data", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("document_followup")
