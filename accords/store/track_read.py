"""Reading the links across documents: commitments with their follow-up, figure series,
the picture of a country pair. Plain dicts, for the CLI, the API and notebooks alike."""
from __future__ import annotations

from datetime import date

from sqlalchemy import and_, func, or_, select

from ..track.commitments import check_status, deadline_end, is_overdue
from ..track.figures import series, target_progress
from .models import Document, Figure
from .track_edit import NotFound
from .track_models import CommitmentAudit, CommitmentLink, CommitmentTrack, orm
from .track_people import list_events


def _iso(v):
    return v.isoformat() if isinstance(v, date) else v


def _pair(a: str, b: str) -> tuple[str, str]:
    a, b = a.upper(), b.upper()
    return (a, b) if a <= b else (b, a)


def _track_dict(t: CommitmentTrack, doc, n_links: int, today: date | None) -> dict:
    return {"id": t.id, "actor": t.actor, "parties": [p for p in (t.parties or "").split(",") if p],
            "modality": t.modality, "text": t.text,
            "sectors": [s for s in (t.sectors or "").split(",") if s], "deadline": t.deadline,
            "deadline_end": _iso(deadline_end(t.deadline)), "published": _iso(t.published),
            "status": t.status, "overdue": is_overdue(t.status, t.deadline, today),
            "suggested_status": t.suggested_status, "suggested_score": t.suggested_score,
            "orphaned": bool(t.orphaned), "n_links": n_links,
            "evidence": [t.span_start, t.span_end],
            "document": {"id": t.document_id, "title": doc.title, "url": doc.url, "lang": doc.lang,
                         "sha256": t.document_sha256}}


def _country_filter(country: str):
    country = country.upper()
    joint = and_(CommitmentTrack.actor == "JOINT",
                 func.coalesce(CommitmentTrack.parties, "").like(f"%{country}%"))
    return or_(CommitmentTrack.actor == country, joint)


def list_commitments(store, country: str | None = None, status: str | None = None,
                     sector: str | None = None, limit: int = 50, offset: int = 0,
                     pair: tuple[str, str] | None = None, today: date | None = None) -> list[dict]:
    """Tracked commitments, newest first. ``status`` may be ``overdue`` (derived)."""
    if status:
        check_status(status, allow_overdue=True)
    n_links = (select(func.count()).where(CommitmentLink.track_id == CommitmentTrack.id)
               .correlate(CommitmentTrack).scalar_subquery())
    q = (select(CommitmentTrack, Document.title, Document.url, Document.lang, n_links)
         .join(Document, Document.id == CommitmentTrack.document_id)
         .order_by(CommitmentTrack.published.desc().nulls_last(), CommitmentTrack.id))
    if country:
        q = q.where(_country_filter(country))
    if pair:
        a, b = _pair(*pair)
        q = q.where(func.coalesce(CommitmentTrack.parties, "").like(f"%{a}%"),
                    func.coalesce(CommitmentTrack.parties, "").like(f"%{b}%"),
                    CommitmentTrack.actor.in_([a, b, "JOINT"]))
    if sector:
        q = q.where(func.coalesce(CommitmentTrack.sectors, "").like(f"%{sector}%"))
    if status and status != "overdue":
        q = q.where(CommitmentTrack.status == status)
    elif status == "overdue":
        q = q.where(CommitmentTrack.status.in_(["open", "in_progress"]),
                    CommitmentTrack.deadline.is_not(None))
    else:
        q = q.limit(limit).offset(offset)
    out = []
    with store.engine.connect() as conn:
        for t, title, url, lang, n in orm(conn).execute(q):
            doc = type("D", (), {"title": title, "url": url, "lang": lang})
            out.append(_track_dict(t, doc, n, today))
    if status:
        if status == "overdue":
            out = [c for c in out if c["overdue"]]
        out = out[offset:offset + limit]
    return out


def commitment_detail(store, commitment_id: int, today: date | None = None) -> dict:
    """A tracked commitment with its links (evidence, suggestion, decision) and audit trail."""
    with store.engine.connect() as conn:
        row = orm(conn).execute(select(CommitmentTrack, Document.title, Document.url, Document.lang)
                           .join(Document, Document.id == CommitmentTrack.document_id)
                           .where(CommitmentTrack.id == commitment_id)).first()
        if row is None:
            raise NotFound(f"commitment {commitment_id}: no such tracked commitment")
        t, title, url, lang = row
        links = orm(conn).execute(select(CommitmentLink, Document.title, Document.url)
                             .join(Document, Document.id == CommitmentLink.document_id)
                             .where(CommitmentLink.track_id == commitment_id)
                             .order_by(CommitmentLink.published, CommitmentLink.score.desc())).all()
        audit = orm(conn).execute(select(CommitmentAudit).where(CommitmentAudit.track_id == commitment_id)
                             .order_by(CommitmentAudit.at, CommitmentAudit.id)).scalars().all()
    doc = type("D", (), {"title": title, "url": url, "lang": lang})
    out = _track_dict(t, doc, len(links), today)
    out["links"] = [{"id": l.id, "document": {"id": l.document_id, "title": lt, "url": lu,
                                              "sha256": l.evidence_sha256},
                     "evidence": [l.span_start, l.span_end], "text": l.text,
                     "published": _iso(l.published), "suggested_status": l.suggested_status,
                     "score": l.score, "reasons": l.reasons, "decision": l.decision,
                     "decided_by": l.decided_by, "decided_at": _iso(l.decided_at), "note": l.note}
                    for l, lt, lu in links]
    out["audit"] = [{"id": a.id, "link_id": a.link_id, "action": a.action, "who": a.who,
                     "at": _iso(a.at), "from": a.from_status, "to": a.to_status, "note": a.note}
                    for a in audit]
    return out


def figure_series(store, a: str, b: str, metric: str | None = None) -> dict:
    """Every figure between two states as series points with sources, conflicts, targets."""
    a, b = _pair(a, b)
    q = (select(Figure.id, Figure.metric, Figure.kind, Figure.currency, Figure.period, Figure.value,
                Figure.change_pct, Figure.approx, Figure.span_start, Figure.span_end, Document.id,
                Document.story_id, Document.published, Document.title, Document.url)
         .join(Document, Document.id == Figure.document_id)
         .where(Figure.country_a == a, Figure.country_b == b)
         .order_by(Document.published, Figure.id))
    if metric:
        q = q.where(Figure.metric == metric)
    with store.engine.connect() as conn:
        rows = [{"figure_id": r[0], "metric": r[1], "kind": r[2], "currency": r[3], "period": r[4],
                 "value": r[5], "change_pct": r[6], "approx": r[7], "evidence": [r[8], r[9]],
                 "document_id": r[10], "story_id": r[11], "published": r[12], "title": r[13],
                 "url": r[14]} for r in conn.execute(q)]
    points = series(rows)
    targets = target_progress(points)
    for p in points:
        for s in p["sources"]:
            s["published"] = _iso(s["published"])
    return {"pair": [a, b], "points": points, "targets": targets,
            "conflicts": [dict(c, metric=p["metric"], period=p["period"]) for p in points
                          for c in p["conflicts"]]}


def pair_summary(store, a: str, b: str, today: date | None = None) -> dict:
    """A country pair's picture: events over time, figure series, commitments with status."""
    a, b = _pair(a, b)
    events = list_events(store, pair=(a, b), limit=10_000)
    commitments = list_commitments(store, pair=(a, b), limit=10_000, today=today)
    by_status: dict[str, int] = {}
    for c in commitments:
        by_status[c["status"]] = by_status.get(c["status"], 0) + 1
    return {"pair": [a, b], "events": events, "figures": figure_series(store, a, b),
            "commitments": commitments,
            "counts": {"events": len(events), "commitments": len(commitments),
                       "overdue": sum(c["overdue"] for c in commitments), "by_status": by_status}}
