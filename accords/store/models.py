"""The store's tables as SQLAlchemy 2 models.

One row per document, one row per fact (in a table named after the fact type, its columns
derived from the record's model by ``facts.py``), and one ``evidence`` row per character
span, so an analyst can read any table on its own and join back to the words it came from. Migrations (``migrations/versions``) create exactly
these tables; a test checks that the two agree.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any, Optional

from sqlalchemy import (JSON, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary,
                        String, Text, func)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ..record import FACT_TYPES
from .facts import columns

JSONType = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    pass


def _doc_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True, nullable=False)


class Document(Base):
    """A stored document: its normalised text (what offsets point into) and its record."""
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    external_id: Mapped[Optional[str]] = mapped_column(Text)
    url: Mapped[Optional[str]] = mapped_column(Text, index=True)
    title: Mapped[Optional[str]] = mapped_column(Text)
    published: Mapped[Optional[date]] = mapped_column(Date, index=True)
    lang: Mapped[Optional[str]] = mapped_column(String(16))
    source: Mapped[Optional[str]] = mapped_column(Text, index=True)
    story_id: Mapped[Optional[int]] = mapped_column(Integer, index=True)
    extractor_version: Mapped[str] = mapped_column(String(32))
    ingested_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    extracted_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    text: Mapped[str] = mapped_column(Text)
    lemmas: Mapped[Optional[str]] = mapped_column(Text)
    record: Mapped[dict[str, Any]] = mapped_column(JSONType)


class DocumentMinhash(Base):
    """MinHash signature of a document, kept so later runs can link near-duplicates to it."""
    __tablename__ = "document_minhash"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"),
                                             primary_key=True)
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class DocumentFollowup(Base):
    """What tracking reads of a document, as ``accords.track.sentences.pack`` keeps it: its
    sentences that report a step or an outcome with their keys (follow-up), and the names and
    numbers it mentions (event clustering) — read back instead of the text at every run."""
    __tablename__ = "document_followup"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"),
                                             primary_key=True)
    data: Mapped[str] = mapped_column(Text)


# query indexes beside each fact table's document_id: what search, filters and pair pages read
QUERY_INDEXES = {
    "countries": [("ix_countries_code", "code")],
    "events": [("ix_events_type", "type")],
    "sectors": [("ix_sectors_sector", "sector")],
    "figures": [("ix_figures_pair", "country_a", "country_b", "period")],
    "commitments": [("ix_commitments_actor", "actor"),
                    # a pair page's commitments: its documents' rows by these actors (0003)
                    ("ix_commitments_document_actor", "document_id", "actor")],
}


def _fact_model(table: str, fact_model) -> type[Base]:
    """The table of one fact type, its columns read from the record's model."""
    attrs: dict = {
        "__tablename__": table,
        "__table_args__": tuple(Index(name, *cols) for name, *cols in QUERY_INDEXES.get(table, ())),
        "__doc__": f"One row per {fact_model.__name__.lower()} fact (see accords.store.facts).",
        "id": mapped_column(Integer, primary_key=True),
        "document_id": _doc_fk(),
    }
    for name, sql_type, nullable in columns(table, fact_model):
        attrs[name] = mapped_column(sql_type, nullable=nullable,
                                    default=0 if name.startswith("n_") else None)
    return type(fact_model.__name__, (Base,), attrs)


FACT_MODELS = {table: _fact_model(table, model) for table, model in FACT_TYPES.items()}
Country, Person, Organization, Event, Sector, Figure, Commitment, Quote, Project = (
    FACT_MODELS[t] for t in ("countries", "persons", "organizations", "events", "sectors",
                             "figures", "commitments", "quotes", "projects"))


class Evidence(Base):
    """Every span behind every fact: ``fact_type`` is the fact's table, ``fact_id`` its row."""
    __tablename__ = "evidence"
    __table_args__ = (Index("ix_evidence_fact", "fact_type", "fact_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    fact_type: Mapped[str] = mapped_column(String(16))
    fact_id: Mapped[int] = mapped_column(Integer)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class Feed(Base):
    """A watched feed: validators of its last answer and how often in a row it failed."""
    __tablename__ = "feeds"

    url: Mapped[str] = mapped_column(Text, primary_key=True)
    etag: Mapped[Optional[str]] = mapped_column(Text)
    last_modified: Mapped[Optional[str]] = mapped_column(Text)
    last_polled: Mapped[Optional[datetime]] = mapped_column(DateTime)
    last_status: Mapped[Optional[str]] = mapped_column(Text)
    failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


VIEWS = ("figures_by_country_pair", "figure_summary_by_country_pair",
         "commitments_with_documents", "stories")
