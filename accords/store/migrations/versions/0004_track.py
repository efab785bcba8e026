"""Links across documents: canonical entities, event clusters, commitment follow-up.

Revision ID: 0004_track
Revises: 0003_tokens
Create Date: 2026-04-02
"""
from alembic import op
import sqlalchemy as sa

revision = "0004_track"
down_revision = "0003_tokens"
branch_labels = None
depends_on = None


def _doc(unique: bool = False):
    return sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"),
                     nullable=False, unique=unique)


def upgrade() -> None:
    op.create_table(
        "entities", sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("latin", sa.Text),
        sa.Column("country", sa.String(8)),
        sa.Column("n_documents", sa.Integer, nullable=False),
        sa.UniqueConstraint("kind", "key", name="uq_entities_kind_key"),
    )
    op.create_table(
        "entity_appearances", sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="CASCADE"),
                  nullable=False),
        _doc(),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("role", sa.Text),
        sa.Column("role_class", sa.String(32)),
        sa.Column("country", sa.String(8)),
        sa.Column("published", sa.Date),
    )
    op.create_index("ix_entity_appearances_entity_id", "entity_appearances", ["entity_id"])
    op.create_index("ix_entity_appearances_document_id", "entity_appearances", ["document_id"])
    op.create_table(
        "event_clusters", sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("pair", sa.String(64)),
        sa.Column("countries", sa.Text),
        sa.Column("types", sa.String(64), nullable=False),
        sa.Column("date_from", sa.Date),
        sa.Column("date_to", sa.Date),
        sa.Column("title", sa.Text),
        sa.Column("n_sources", sa.Integer, nullable=False),
    )
    op.create_index("ix_event_clusters_pair", "event_clusters", ["pair"])
    op.create_index("ix_event_clusters_date_from", "event_clusters", ["date_from"])
    op.create_table(
        "event_sources", sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("cluster_id", sa.Integer, sa.ForeignKey("event_clusters.id", ondelete="CASCADE"),
                  nullable=False),
        _doc(unique=True),
    )
    op.create_index("ix_event_sources_cluster_id", "event_sources", ["cluster_id"])
    _commitment_tables()


def _commitment_tables() -> None:
    op.create_table(
        "commitment_tracks", sa.Column("id", sa.Integer, primary_key=True),
        _doc(),
        sa.Column("document_sha256", sa.String(64), nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("actor", sa.String(8), nullable=False),
        sa.Column("commitment_id", sa.Integer),
        sa.Column("parties", sa.Text),
        sa.Column("modality", sa.String(16)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("sectors", sa.Text),
        sa.Column("deadline", sa.String(32)),
        sa.Column("published", sa.Date),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("suggested_status", sa.String(16)),
        sa.Column("suggested_score", sa.Float),
        sa.Column("orphaned", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False, server_default=sa.func.current_timestamp()),
        sa.UniqueConstraint("document_sha256", "span_start", "span_end", "actor",
                            name="uq_commitment_tracks_key"),
    )
    op.create_index("ix_commitment_tracks_document_id", "commitment_tracks", ["document_id"])
    op.create_index("ix_commitment_tracks_actor_status", "commitment_tracks", ["actor", "status"])
    op.create_table(
        "commitment_links", sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("track_id", sa.Integer, sa.ForeignKey("commitment_tracks.id", ondelete="CASCADE"),
                  nullable=False),
        _doc(),
        sa.Column("evidence_sha256", sa.String(64), nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("published", sa.Date),
        sa.Column("suggested_status", sa.String(16), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("reasons", sa.Text),
        sa.Column("decision", sa.String(16)),
        sa.Column("decided_by", sa.Text),
        sa.Column("decided_at", sa.DateTime),
        sa.Column("note", sa.Text),
        sa.UniqueConstraint("track_id", "evidence_sha256", "span_start", name="uq_commitment_links_key"),
    )
    op.create_index("ix_commitment_links_track_id", "commitment_links", ["track_id"])
    op.create_index("ix_commitment_links_document_id", "commitment_links", ["document_id"])
    op.create_table(
        "commitment_audit", sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("track_id", sa.Integer, sa.ForeignKey("commitment_tracks.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("link_id", sa.Integer),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("who", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False, server_default=sa.func.current_timestamp()),
        sa.Column("from_status", sa.String(16)),
        sa.Column("to_status", sa.String(16)),
        sa.Column("note", sa.Text),
    )
    op.create_index("ix_commitment_audit_track_id", "commitment_audit", ["track_id"])


def downgrade() -> None:
    for table in ("commitment_audit", "commitment_links", "commitment_tracks", "event_sources",
                  "event_clusters", "entity_appearances", "entities"):
        op.drop_table(table)
