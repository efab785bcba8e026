"""Figures as series, commitments with their status, and the pages that combine them.

Commitment status and evidence come from cross-document tracking (:mod:`accords.api.tracking`)
when it is installed; without it a commitment is ``open``, or ``overdue`` once its
deadline has passed.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from sqlalchemy import and_, func, or_, select

from ..store.models import Commitment, Document, Evidence, Figure
from ..store.writer import Writer
from . import tracking
from .queries import (DOC_COLS, iso, list_events, list_persons, pair_documents, pair_where,
                      split_ids, summaries)

CONFLICT_TOLERANCE = 0.005   # the record contract's "same figure": values within 0.5 %
PAGE_EVENTS = 100            # a pair page's latest events and commitments; the rest are a
PAGE_COMMITMENTS = 100       # click away (/api/events, /api/commitments with the pair's filters)


def overdue_clause(today: date):
    """SQL: the commitment's deadline (a date, month or year) is over."""
    d = Commitment.deadline
    return and_(d.isnot(None), or_(
        and_(func.length(d) == 4, d < str(today.year)),
        and_(func.length(d) == 7, d < today.isoformat()[:7]),
        and_(func.length(d) == 10, d < today.isoformat())))


def derived_status(deadline: str | None, today: date) -> str:
    """Python twin of :func:`overdue_clause`, for rows already read."""
    if not deadline:
        return "open"
    n = len(deadline)
    cut = {4: str(today.year), 7: today.isoformat()[:7], 10: today.isoformat()}.get(n)
    return "overdue" if cut and deadline < cut else "open"


def figure_series(store: Writer, a: str, b: str, metric: str | None = None) -> list[dict]:
    """One point per (metric, kind, currency, period) between two states, with its sources."""
    ca, cb = sorted((a.upper(), b.upper()))
    q = (select(*Figure.__table__.c, Document.published, Document.title, Evidence.text.label("evidence"))
         .join(Document, Document.id == Figure.document_id)
         .outerjoin(Evidence, and_(Evidence.fact_type == "figures", Evidence.fact_id == Figure.id))
         .where(Figure.country_a == ca, Figure.country_b == cb))
    if metric:
        q = q.where(Figure.metric == metric)
    groups: dict[tuple, list] = defaultdict(list)
    with store.engine.connect() as conn:
        for r in conn.execute(q.order_by(Figure.period, Figure.id)):
            f = r
            groups[(f.metric, f.kind, f.currency, f.period)].append(
                {"figure_id": f.id, "document_id": f.document_id, "value": f.value,
                 "published": iso(r.published), "title": r.title, "evidence": r.evidence})
    return [_point(key, sources) for key, sources in
            sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][3] or ""))]


def _point(key: tuple, sources: list[dict]) -> dict:
    metric, kind, currency, period = key
    values = [s["value"] for s in sources]
    lo, hi = min(values), max(values)
    votes = Counter(round(v, -3) if v > 1e4 else v for v in values)
    top = max(votes.values())
    value = max(v for v in values if votes[round(v, -3) if v > 1e4 else v] == top)
    return {"period": period, "metric": metric, "kind": kind, "currency": currency,
            "value": value, "min": lo, "max": hi, "n_sources": len(sources),
            "conflict": hi > lo * (1 + CONFLICT_TOLERANCE) if lo > 0 else hi != lo,
            "sources": sources}


def commitment_where(*, country=None, sector=None, modality=None, status=None,
                     deadline_before=None, where_docs=(), today: date) -> list:
    where = list(where_docs)
    if country:
        where.append(Commitment.actor == country.upper())
    if sector:
        where.append(func.coalesce(Commitment.sectors, "").contains(sector, autoescape=True))
    if modality:
        where.append(Commitment.modality == modality)
    if deadline_before:
        where.append(and_(Commitment.deadline.isnot(None),
                          Commitment.deadline <= deadline_before.isoformat()))
    if status == "overdue":
        where.append(overdue_clause(today))
    elif status == "open":
        where.append(~overdue_clause(today) | Commitment.deadline.is_(None))
    elif status:
        where.append(Commitment.id < 0)  # no other status exists before tracking records one
    return where


def list_commitments(store: Writer, *, country=None, sector=None, modality=None, status=None,
                     deadline_before=None, pair: tuple[str, str] | None = None, limit=50,
                     offset=0, today: date | None = None, pair_docs: list | None = None
                     ) -> tuple[int, list[dict]]:
    """Commitments, newest documents first, with their status; ``pair``: made between two
    states (by one of them, or jointly, in a document where both are parties)."""
    if tracking.available():
        return tracking.list_commitments(store, country=country, sector=sector, modality=modality,
                                         status=status, deadline_before=deadline_before,
                                         pair=pair, limit=limit, offset=offset, today=today)
    today = today or date.today()
    where_docs = _pair_commitments(pair, pair_docs)
    where = commitment_where(country=country, sector=sector, modality=modality, status=status,
                             deadline_before=deadline_before, where_docs=where_docs, today=today)
    base = select(*Commitment.__table__.c, Document.published, Document.title).join(
        Document, Document.id == Commitment.document_id).where(*where)
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(base.subquery())).scalar_one()
        rows = conn.execute(base.order_by(Document.published.desc().nulls_last(),
                                          Commitment.id.desc()).limit(limit).offset(offset)).all()
    return total, [_commitment_row(r, today) for r in rows]


def _pair_commitments(pair: tuple[str, str] | None, pair_docs: list | None = None) -> list:
    """Commitments by either state, or joint, in documents where both are parties."""
    if not pair:
        return []
    a, b = sorted(code.upper() for code in pair)
    docs = pair_docs if pair_docs is not None else pair_where(a, b)
    return [*docs, Commitment.actor.in_([a, b, "JOINT"])]


def _commitment_row(r, today: date) -> dict:
    c = r
    return {"id": c.id, "document_id": c.document_id, "actor": c.actor, "modality": c.modality,
            "text": c.text, "sectors": split_ids(c.sectors), "deadline": c.deadline,
            "status": derived_status(c.deadline, today), "published": iso(r.published),
            "title": r.title}


def commitment_detail(store: Writer, commitment_id: int, today: date | None = None) -> dict | None:
    if tracking.available():
        return tracking.commitment_detail(store, commitment_id,
                                          lambda doc_id, span: _words(store, doc_id, span))
    today = today or date.today()
    q = (select(*Commitment.__table__.c, Document.published, Document.title, Evidence.text.label("evidence"))
         .join(Document, Document.id == Commitment.document_id)
         .outerjoin(Evidence, and_(Evidence.fact_type == "commitments",
                                   Evidence.fact_id == Commitment.id))
         .where(Commitment.id == commitment_id))
    with store.engine.connect() as conn:
        r = conn.execute(q).first()
    if r is None:
        return None
    return {**_commitment_row(r, today), "evidence": r.evidence or r.text,
            "links": [], "audit": [], "tracking": False}


def _words(store: Writer, doc_id: int | None, span) -> str | None:
    """The words of a span of a stored document (for tracked commitments, which keep offsets)."""
    if doc_id is None or not span:
        return None
    with store.engine.connect() as conn:
        text = conn.execute(select(Document.text).where(Document.id == doc_id)).scalar()
    return text[span[0]:span[1]] if text else None


def commitment_counts(store: Writer, pair: tuple[str, str] | None = None,
                      today: date | None = None, pair_docs: list | None = None) -> list[dict]:
    """How many commitments are in each status (open and overdue before tracking)."""
    if tracking.available():
        return tracking.commitment_counts(store, pair, today)
    today = today or date.today()
    where_docs = _pair_commitments(pair, pair_docs)
    overdue = func.sum(func.cast(overdue_clause(today), Commitment.id.type))
    q = (select(func.count(), func.coalesce(overdue, 0))
         .select_from(Commitment).join(Document, Document.id == Commitment.document_id)
         .where(*where_docs))
    with store.engine.connect() as conn:
        n, late = conn.execute(q).one()
    return [{"status": "open", "count": n - late}, {"status": "overdue", "count": late}]


def pair_summary(store: Writer, a: str, b: str, today: date | None = None) -> dict:
    """Everything a country pair's page shows: documents, timeline, figures, people, commitments."""
    a, b = sorted((a.upper(), b.upper()))
    n, in_pair = pair_documents(store, a, b)
    with store.engine.connect() as conn:
        docs = summaries(conn, select(*DOC_COLS).where(*in_pair)
                         .order_by(Document.published.desc().nulls_last(), Document.id.desc())
                         .limit(20))
    _, events = list_events(store, where_docs=in_pair, limit=PAGE_EVENTS, count=False)
    _, persons = list_persons(store, country=[a, b], where_docs=in_pair, limit=50, count=False)
    _, commitments = list_commitments(store, pair=(a, b), limit=PAGE_COMMITMENTS, today=today,
                                      pair_docs=in_pair)
    return {"a": a, "b": b, "n_documents": n, "documents": docs, "events": events,
            "figures": figure_series(store, a, b), "persons": persons,
            "commitments": commitments,
            "commitment_counts": commitment_counts(store, (a, b), today, pair_docs=in_pair)}
