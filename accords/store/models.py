"""The store's tables as SQLAlchemy 2 models.

One row per document, one row per fact (in a table named after the fact type), and one
``evidence`` row per character span, so an analyst can read any table on its own and
join back to the words it came from. Migrations (``migrations/versions``) create exactly
these tables; a test checks that the two agree.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any, Optional

from sqlalchemy import (JSON, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary,
                        String, Text, func)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

JSONType = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    pass


def _doc_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)


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


class Country(Base):
    __tablename__ = "countries"
    __table_args__ = (Index("ix_countries_code", "code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    code: Mapped[str] = mapped_column(String(8))
    n_mentions: Mapped[int] = mapped_column(Integer, default=0)


class Person(Base):
    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[Optional[str]] = mapped_column(Text)
    role_class: Mapped[Optional[str]] = mapped_column(String(32))
    country: Mapped[Optional[str]] = mapped_column(String(8))
    n_mentions: Mapped[int] = mapped_column(Integer, default=0)


class Organization(Base):
    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    name: Mapped[str] = mapped_column(Text)
    country: Mapped[Optional[str]] = mapped_column(String(8))
    n_mentions: Mapped[int] = mapped_column(Integer, default=0)


class Event(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    type: Mapped[str] = mapped_column(String(16), index=True)
    participants: Mapped[Optional[str]] = mapped_column(Text)  # "KAZ,SRB"
    date: Mapped[Optional[str]] = mapped_column(String(32))
    location: Mapped[Optional[str]] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)


class Sector(Base):
    __tablename__ = "sectors"
    __table_args__ = (Index("ix_sectors_sector", "sector"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    sector: Mapped[str] = mapped_column(String(32))
    n_evidence: Mapped[int] = mapped_column(Integer, default=0)


class Figure(Base):
    __tablename__ = "figures"
    __table_args__ = (Index("ix_figures_pair", "country_a", "country_b", "period"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    metric: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[float] = mapped_column(Float)
    currency: Mapped[str] = mapped_column(String(8))
    period: Mapped[Optional[str]] = mapped_column(String(32))
    change_pct: Mapped[Optional[float]] = mapped_column(Float)
    approx: Mapped[Optional[str]] = mapped_column(String(16))
    sector: Mapped[Optional[str]] = mapped_column(String(32))
    countries: Mapped[Optional[str]] = mapped_column(Text)  # "KAZ,SRB"
    country_a: Mapped[Optional[str]] = mapped_column(String(8))  # the pair, sorted
    country_b: Mapped[Optional[str]] = mapped_column(String(8))
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)


class Commitment(Base):
    __tablename__ = "commitments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    actor: Mapped[str] = mapped_column(String(8), index=True)
    modality: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    sectors: Mapped[Optional[str]] = mapped_column(Text)  # "energy,trade"
    deadline: Mapped[Optional[str]] = mapped_column(String(32))
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)


class Quote(Base):
    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    speaker: Mapped[Optional[str]] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)


class Project(Base):
    __tablename__ = "projects"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    name: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)


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


FACT_MODELS = {
    "countries": Country, "persons": Person, "organizations": Organization, "events": Event,
    "sectors": Sector, "figures": Figure, "commitments": Commitment, "quotes": Quote,
    "projects": Project,
}
VIEWS = ("figures_by_country_pair", "figure_summary_by_country_pair",
         "commitments_with_documents", "stories")
