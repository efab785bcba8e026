"""Tracked commitments kept in step with the commitment fact rows.

A new commitment row gets a tracked commitment; a tracked one whose row was rewritten by
re-extraction is re-attached to the row of the same document and actor whose span overlaps
it (the status, links and audit stay with it); one whose commitment is gone is kept,
marked ``orphaned``, so an editor's work is never lost silently.
"""
from __future__ import annotations

import json
from collections import defaultdict

from sqlalchemy import Connection, insert, or_, select, update

from ..track.commitments import reattach
from .models import Commitment, Document
from .track_models import CommitmentTrack, orm


def _parties(record) -> str:
    rec = record if isinstance(record, dict) else json.loads(record)
    return ",".join(c["code"] for c in rec.get("countries", []))


def sync_tracks(conn: Connection, since_document_id: int | None = None) -> dict[str, int]:
    """Create, re-attach and orphan tracked commitments; returns counts. ``since_document_id``
    (what an ingest passes): only the documents stored after it, and any whose commitments
    were never tracked (a tracking run that failed) — an ingest changes no other document's
    commitments, so the archive is not read again."""
    cq = select(Commitment, Document.sha256, Document.published).join(
        Document, Document.id == Commitment.document_id)
    tq = select(CommitmentTrack)
    if since_document_id is not None:
        untracked = select(Commitment.document_id).where(
            Commitment.document_id.not_in(select(CommitmentTrack.document_id)))
        cq = cq.where(or_(Commitment.document_id > since_document_id,
                          Commitment.document_id.in_(untracked)))
        tq = tq.where(CommitmentTrack.document_id > since_document_id)
    current: dict[int, list[dict]] = defaultdict(list)
    for c, sha, published in orm(conn).execute(cq):
        current[c.document_id].append({"id": c.id, "actor": c.actor, "span_start": c.span_start,
                                       "span_end": c.span_end, "row": c, "sha256": sha,
                                       "published": published})
    tracked: dict[int, list[dict]] = defaultdict(list)
    for t in orm(conn).execute(tq).scalars():
        tracked[t.document_id].append({"id": t.id, "actor": t.actor, "span_start": t.span_start,
                                       "span_end": t.span_end, "commitment_id": t.commitment_id,
                                       "orphaned": t.orphaned})
    counts = {"new": 0, "reattached": 0, "orphaned": 0}
    parties = _document_parties(conn, list(current))
    for doc_id in set(current) | set(tracked):
        _sync_document(conn, tracked.get(doc_id, []), current.get(doc_id, []),
                       parties.get(doc_id, ""), counts)
    return counts


def _document_parties(conn: Connection, ids: list[int]) -> dict[int, str]:
    out = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for doc_id, rec in conn.execute(select(Document.id, Document.record).where(Document.id.in_(chunk))):
            out[doc_id] = _parties(rec)
    return out


def _sync_document(conn, tracked, current, parties, counts) -> None:
    mapping = reattach(tracked, current)
    by_id = {c["id"]: c for c in current}
    taken = set()
    for t in tracked:
        row_id = mapping[t["id"]]
        if row_id is None:
            if not t["orphaned"]:
                conn.execute(update(CommitmentTrack).where(CommitmentTrack.id == t["id"])
                             .values(orphaned=1, commitment_id=None))
                counts["orphaned"] += 1
            continue
        taken.add(row_id)
        c = by_id[row_id]["row"]
        if row_id != t["commitment_id"] or t["orphaned"]:
            counts["reattached"] += int(t["commitment_id"] is not None or bool(t["orphaned"]))
            conn.execute(update(CommitmentTrack).where(CommitmentTrack.id == t["id"]).values(
                commitment_id=row_id, orphaned=0, span_start=c.span_start, span_end=c.span_end,
                text=c.text, modality=c.modality, sectors=c.sectors, deadline=c.deadline,
                parties=parties))
    new = [c for c in current if c["id"] not in taken]
    if new:
        conn.execute(insert(CommitmentTrack), [{
            "document_id": c["row"].document_id, "document_sha256": c["sha256"],
            "span_start": c["span_start"], "span_end": c["span_end"], "actor": c["actor"],
            "commitment_id": c["id"], "parties": parties, "modality": c["row"].modality,
            "text": c["row"].text, "sectors": c["row"].sectors, "deadline": c["row"].deadline,
            "published": c["published"], "status": "open", "orphaned": 0} for c in new])
        counts["new"] += len(new)
