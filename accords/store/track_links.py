"""Writing follow-up links: a full run's replace the undecided ones, an ingest's are merged.

Links an editor decided on (accepted or rejected) are never touched. Each commitment keeps
at most ``MAX_LINKS`` undecided links, one per document, best first, and its suggestion is
its best undecided link.
"""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from ..track.commitments import suggestion
from ..track.followup import MAX_LINKS, Link, Promise
from .models import Document
from .track_models import CommitmentLink, CommitmentTrack

CHUNK = 500      # ids per query: bound parameters stay few on any archive


def _chunks(ids: list):
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def write_links(conn: Connection, promises: list[Promise], found: list[list]) -> int:
    """Replace undecided links of the followed commitments; decided ones stay."""
    decided = set()
    for chunk in _chunks([p.track_id for p in promises]):
        conn.execute(delete(CommitmentLink).where(CommitmentLink.track_id.in_(chunk),
                                                  CommitmentLink.decision.is_(None)))
        decided.update(conn.execute(select(CommitmentLink.track_id, CommitmentLink.document_id,
                                           CommitmentLink.span_start)
                                    .where(CommitmentLink.track_id.in_(chunk))).all())
    rows = _rows(conn, [l for ls in found for l in ls
                        if (l.track_id, l.document_id, l.span[0]) not in decided])
    if rows:
        conn.execute(insert(CommitmentLink), rows)
    _update_suggestions(conn, promises, found, decided)
    return len(rows)


def merge_links(conn: Connection, promises: list[Promise], found: list[list[Link]]) -> int:
    """Commitments followed before, with the links found in new documents: these join the
    undecided links each had, and each keeps its best ``MAX_LINKS``."""
    had: dict[int, list] = defaultdict(list)
    for chunk in _chunks([p.track_id for p in promises]):
        for row in conn.execute(select(CommitmentLink.id, CommitmentLink.track_id, CommitmentLink.document_id,
                                       CommitmentLink.span_start, CommitmentLink.score,
                                       CommitmentLink.suggested_status, CommitmentLink.decision)
                                .where(CommitmentLink.track_id.in_(chunk))):
            had[row.track_id].append(row)
    dropped, added, pendings = [], [], []
    for p, links in zip(promises, found):
        rows = had.get(p.track_id, [])
        decided = {(r.document_id, r.span_start) for r in rows if r.decision}
        # (score, status, the stored link's id or None, the new link or None)
        pool = [(r.score, r.suggested_status, r.id, None) for r in rows if not r.decision] + \
               [(l.score, l.status, None, l) for l in links if (l.document_id, l.span[0]) not in decided]
        pool.sort(key=lambda x: -x[0])
        kept, out = pool[:MAX_LINKS], pool[MAX_LINKS:]
        dropped += [old for _, _, old, _ in out if old is not None]
        added += [new for _, _, _, new in kept if new is not None]
        pendings.append([{"suggested_status": status, "score": score} for score, status, _, _ in kept])
    for chunk in _chunks(dropped):
        conn.execute(delete(CommitmentLink).where(CommitmentLink.id.in_(chunk)))
    rows = _rows(conn, added)
    if rows:
        conn.execute(insert(CommitmentLink), rows)
    _set_suggestions(conn, promises, pendings)
    return len(rows)


def _rows(conn: Connection, links: list[Link]) -> list[dict]:
    """Link rows, with the hash of the document each cites."""
    shas = {}
    for chunk in _chunks(sorted({l.document_id for l in links})):
        shas.update(conn.execute(select(Document.id, Document.sha256).where(Document.id.in_(chunk))).all())
    return [{"track_id": l.track_id, "document_id": l.document_id, "evidence_sha256": shas[l.document_id],
             "span_start": l.span[0], "span_end": l.span[1], "text": l.text, "published": l.published,
             "suggested_status": l.status, "score": l.score, "reasons": l.reasons} for l in links]


def _update_suggestions(conn: Connection, promises: list[Promise], found: list[list],
                        decided: set) -> None:
    """Each followed commitment's suggestion: its best undecided link, or none."""
    _set_suggestions(conn, promises, [
        [{"suggested_status": l.status, "score": l.score} for l in links
         if (l.track_id, l.document_id, l.span[0]) not in decided] for links in found])


def _set_suggestions(conn: Connection, promises: list[Promise], pendings: list[list[dict]]) -> None:
    values = []
    for p, pending in zip(promises, pendings):
        status, score = suggestion(pending)
        values.append({"tid": p.track_id, "s_status": status, "s_score": score})
    if values:
        conn.execute(update(CommitmentTrack).where(CommitmentTrack.id == bindparam("tid"))
                     .values(suggested_status=bindparam("s_status"), suggested_score=bindparam("s_score")),
                     values)
