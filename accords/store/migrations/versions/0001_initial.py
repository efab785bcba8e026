"""The first store: documents, facts, evidence, full-text search and the analyst's views.

Revision ID: 0001
Revises:
Create Date: 2026-03-20
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

JSONType = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
FACT_TABLES = ("countries", "persons", "organizations", "events", "sectors", "figures",
               "commitments", "quotes", "projects", "evidence")


def _id():
    return sa.Column("id", sa.Integer, primary_key=True)


def _doc():
    return sa.Column("document_id", sa.Integer,
                     sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False)


def _span():
    return [sa.Column("span_start", sa.Integer, nullable=False),
            sa.Column("span_end", sa.Integer, nullable=False)]


def upgrade() -> None:
    op.create_table(
        "documents", _id(),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("external_id", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("lang", sa.String(16)),
        sa.Column("source", sa.Text),
        sa.Column("story_id", sa.Integer),
        sa.Column("extractor_version", sa.String(32), nullable=False),
        sa.Column("ingested_at", sa.DateTime, nullable=False, server_default=sa.func.current_timestamp()),
        sa.Column("extracted_at", sa.DateTime, nullable=False, server_default=sa.func.current_timestamp()),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("lemmas", sa.Text),
        sa.Column("record", JSONType, nullable=False),
    )
    for col in ("url", "published", "source", "story_id"):
        op.create_index(f"ix_documents_{col}", "documents", [col])
    op.create_table(
        "document_minhash",
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("signature", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "countries", _id(), _doc(),
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("n_mentions", sa.Integer, nullable=False),
    )
    op.create_index("ix_countries_code", "countries", ["code"])
    op.create_table(
        "persons", _id(), _doc(),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("role", sa.Text),
        sa.Column("role_class", sa.String(32)),
        sa.Column("country", sa.String(8)),
        sa.Column("n_mentions", sa.Integer, nullable=False),
    )
    op.create_table(
        "organizations", _id(), _doc(),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("country", sa.String(8)),
        sa.Column("n_mentions", sa.Integer, nullable=False),
    )
    op.create_table(
        "events", _id(), _doc(),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("participants", sa.Text),
        sa.Column("date", sa.String(32)),
        sa.Column("location", sa.Text),
        *_span(),
    )
    op.create_index("ix_events_type", "events", ["type"])
    op.create_table(
        "sectors", _id(), _doc(),
        sa.Column("sector", sa.String(32), nullable=False),
        sa.Column("n_evidence", sa.Integer, nullable=False),
    )
    op.create_index("ix_sectors_sector", "sectors", ["sector"])
    op.create_table(
        "figures", _id(), _doc(),
        sa.Column("metric", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("value", sa.Float, nullable=False),
        sa.Column("currency", sa.String(8), nullable=False),
        sa.Column("period", sa.String(32)),
        sa.Column("change_pct", sa.Float),
        sa.Column("approx", sa.String(16)),
        sa.Column("sector", sa.String(32)),
        sa.Column("countries", sa.Text),
        sa.Column("country_a", sa.String(8)),
        sa.Column("country_b", sa.String(8)),
        *_span(),
    )
    op.create_index("ix_figures_pair", "figures", ["country_a", "country_b", "period"])
    op.create_table(
        "commitments", _id(), _doc(),
        sa.Column("actor", sa.String(8), nullable=False),
        sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("sectors", sa.Text),
        sa.Column("deadline", sa.String(32)),
        *_span(),
    )
    op.create_index("ix_commitments_actor", "commitments", ["actor"])
    op.create_table(
        "quotes", _id(), _doc(),
        sa.Column("speaker", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        *_span(),
    )
    op.create_table(
        "projects", _id(), _doc(),
        sa.Column("name", sa.Text, nullable=False),
        *_span(),
    )
    op.create_table(
        "evidence", _id(), _doc(),
        sa.Column("fact_type", sa.String(16), nullable=False),
        sa.Column("fact_id", sa.Integer, nullable=False),
        *_span(),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_evidence_fact", "evidence", ["fact_type", "fact_id"])
    for table in FACT_TABLES:
        op.create_index(f"ix_{table}_document_id", table, ["document_id"])

    if op.get_bind().dialect.name == "postgresql":
        _postgres_search()
    else:
        _sqlite_search()
    for sql in VIEWS:
        op.execute(sql)


def _sqlite_search() -> None:
    # external-content FTS5 over documents; content="documents" is how Datasette finds it
    op.execute('CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, lemmas, '
               'content="documents", content_rowid="id", '
               'tokenize="porter unicode61 remove_diacritics 2")')
    cols = "title, text, lemmas"
    new = "new.title, new.text, new.lemmas"
    old = "old.title, old.text, old.lemmas"
    op.execute(f"CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN "
               f"INSERT INTO documents_fts(rowid, {cols}) VALUES (new.id, {new}); END")
    op.execute(f"CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN "
               f"INSERT INTO documents_fts(documents_fts, rowid, {cols}) "
               f"VALUES ('delete', old.id, {old}); END")
    op.execute(f"CREATE TRIGGER documents_fts_au AFTER UPDATE OF {cols} ON documents BEGIN "
               f"INSERT INTO documents_fts(documents_fts, rowid, {cols}) "
               f"VALUES ('delete', old.id, {old}); "
               f"INSERT INTO documents_fts(rowid, {cols}) VALUES (new.id, {new}); END")


def _postgres_search() -> None:
    # tsvector has a 1 MB limit: the first 300,000 characters are indexed
    op.execute("ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS "
               "(to_tsvector('russian'::regconfig, left(coalesce(title, '') || ' ' || text, 300000))) "
               "STORED")
    op.execute("CREATE INDEX ix_documents_search ON documents USING gin (search)")


VIEWS = [
    """CREATE VIEW figures_by_country_pair AS
    SELECT f.country_a, f.country_b, f.period, f.metric, f.kind, f.value, f.currency,
           f.change_pct, f.approx, f.sector, d.published, d.title, d.url, d.story_id,
           f.document_id, f.id AS figure_id,
           substr(d.text, f.span_start + 1, f.span_end - f.span_start) AS evidence
    FROM figures f JOIN documents d ON d.id = f.document_id
    WHERE f.country_b IS NOT NULL""",
    """CREATE VIEW figure_summary_by_country_pair AS
    SELECT f.country_a, f.country_b, f.period, f.metric, f.kind, f.currency,
           COUNT(*) AS n_figures, COUNT(DISTINCT d.story_id) AS n_stories,
           MIN(f.value) AS min_value, MAX(f.value) AS max_value
    FROM figures f JOIN documents d ON d.id = f.document_id
    WHERE f.country_b IS NOT NULL
    GROUP BY f.country_a, f.country_b, f.period, f.metric, f.kind, f.currency""",
    """CREATE VIEW commitments_with_documents AS
    SELECT c.id AS commitment_id, c.actor, c.modality, c.text, c.sectors, c.deadline,
           d.published, d.title, d.url, d.lang, d.story_id, c.document_id,
           c.span_start, c.span_end
    FROM commitments c JOIN documents d ON d.id = c.document_id""",
    """CREATE VIEW stories AS
    SELECT s.id AS story_id, s.title, s.url, COUNT(d.id) AS n_documents,
           MIN(d.published) AS first_published, MAX(d.published) AS last_published
    FROM documents d JOIN documents s ON s.id = d.story_id
    GROUP BY s.id, s.title, s.url""",
]


def downgrade() -> None:
    for name in ("stories", "commitments_with_documents", "figure_summary_by_country_pair",
                 "figures_by_country_pair"):
        op.execute(f"DROP VIEW IF EXISTS {name}")
    if op.get_bind().dialect.name != "postgresql":
        for trig in ("documents_fts_ai", "documents_fts_ad", "documents_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trig}")
        op.execute("DROP TABLE IF EXISTS documents_fts")
    for table in reversed(FACT_TABLES):
        op.drop_table(table)
    op.drop_table("document_minhash")
    op.drop_table("documents")
