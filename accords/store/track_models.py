"""Tables of the links across documents: canonical persons, events, commitment follow-up.

Kept apart from ``models.py`` (the per-document facts) because they live by other rules:
fact rows are deleted and rewritten by ``accords reextract``, while an editor's decision on
a commitment must survive that. So a tracked commitment is keyed by what re-extraction does
not change — the document's hash, the evidence span and the actor — and points at the
current fact row only loosely (re-attached after every re-extraction).
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import (Date, DateTime, Float, ForeignKey, Index, Integer, String, Text,
                        UniqueConstraint, func)
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base


def _doc_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)


class Entity(Base):
    """A person, organisation or state as one identity across documents and languages."""
    __tablename__ = "entities"
    __table_args__ = (UniqueConstraint("kind", "key", name="uq_entities_kind_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))          # person | organization | state
    key: Mapped[str] = mapped_column(String(200))          # transliterated, normalised identity
    name: Mapped[str] = mapped_column(Text)                # display name (most frequent spelling)
    latin: Mapped[Optional[str]] = mapped_column(Text)     # Latin-script spelling
    country: Mapped[Optional[str]] = mapped_column(String(8))
    n_documents: Mapped[int] = mapped_column(Integer, default=0)


class EntityAppearance(Base):
    """One entity in one document, with the role and spelling that document gives."""
    __tablename__ = "entity_appearances"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = _doc_fk()
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[Optional[str]] = mapped_column(Text)
    role_class: Mapped[Optional[str]] = mapped_column(String(32))
    country: Mapped[Optional[str]] = mapped_column(String(8))
    published: Mapped[Optional[date]] = mapped_column(Date)


class EventCluster(Base):
    """One real-world event (a meeting, a signing) however many outlets reported it."""
    __tablename__ = "event_clusters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pair: Mapped[Optional[str]] = mapped_column(String(64), index=True)   # "KAZ,SRB"
    countries: Mapped[Optional[str]] = mapped_column(Text)
    types: Mapped[str] = mapped_column(String(64))                        # "AGREE,CONSULT"
    date_from: Mapped[Optional[date]] = mapped_column(Date, index=True)
    date_to: Mapped[Optional[date]] = mapped_column(Date)
    title: Mapped[Optional[str]] = mapped_column(Text)
    n_sources: Mapped[int] = mapped_column(Integer, default=0)


class EventSource(Base):
    """A document reporting an event cluster."""
    __tablename__ = "event_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("event_clusters.id", ondelete="CASCADE"),
                                            index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"),
                                             unique=True)


class CommitmentTrack(Base):
    """A commitment followed across documents; its status belongs to the editors."""
    __tablename__ = "commitment_tracks"
    __table_args__ = (
        UniqueConstraint("document_sha256", "span_start", "span_end", "actor",
                         name="uq_commitment_tracks_key"),
        Index("ix_commitment_tracks_actor_status", "actor", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = _doc_fk()
    document_sha256: Mapped[str] = mapped_column(String(64))
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(8))
    commitment_id: Mapped[Optional[int]] = mapped_column(Integer)   # current fact row, if any
    parties: Mapped[Optional[str]] = mapped_column(Text)            # the document's states
    modality: Mapped[Optional[str]] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    sectors: Mapped[Optional[str]] = mapped_column(Text)
    deadline: Mapped[Optional[str]] = mapped_column(String(32))
    published: Mapped[Optional[date]] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open")
    suggested_status: Mapped[Optional[str]] = mapped_column(String(16))
    suggested_score: Mapped[Optional[float]] = mapped_column(Float)
    orphaned: Mapped[int] = mapped_column(Integer, default=0)       # 1: re-extraction lost it
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class CommitmentLink(Base):
    """A later statement that may report on a commitment: a suggestion until decided."""
    __tablename__ = "commitment_links"
    __table_args__ = (
        UniqueConstraint("track_id", "evidence_sha256", "span_start", name="uq_commitment_links_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    track_id: Mapped[int] = mapped_column(ForeignKey("commitment_tracks.id", ondelete="CASCADE"),
                                          index=True)
    document_id: Mapped[int] = _doc_fk()
    evidence_sha256: Mapped[str] = mapped_column(String(64))
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    published: Mapped[Optional[date]] = mapped_column(Date)
    suggested_status: Mapped[str] = mapped_column(String(16))
    score: Mapped[float] = mapped_column(Float)
    reasons: Mapped[Optional[str]] = mapped_column(Text)
    decision: Mapped[Optional[str]] = mapped_column(String(16))     # accepted | rejected
    decided_by: Mapped[Optional[str]] = mapped_column(Text)
    decided_at: Mapped[Optional[datetime]] = mapped_column(DateTime)
    note: Mapped[Optional[str]] = mapped_column(Text)


class CommitmentAudit(Base):
    """Who changed what and why: every status change and every decision on a link."""
    __tablename__ = "commitment_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    track_id: Mapped[int] = mapped_column(ForeignKey("commitment_tracks.id", ondelete="CASCADE"),
                                          index=True)
    link_id: Mapped[Optional[int]] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))     # status | accept | reject
    who: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    from_status: Mapped[Optional[str]] = mapped_column(String(16))
    to_status: Mapped[Optional[str]] = mapped_column(String(16))
    note: Mapped[Optional[str]] = mapped_column(Text)


TRACK_MODELS = (Entity, EntityAppearance, EventCluster, EventSource, CommitmentTrack,
                CommitmentLink, CommitmentAudit)


def orm(conn):
    """A session on an open connection, for reading whole model objects in its transaction."""
    from sqlalchemy.orm import Session

    return Session(bind=conn)
