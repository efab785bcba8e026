"""``accords track``: bring every link across documents up to date.

Persons and events are rebuilt (derived data, linear in the archive); commitments are
synced with their fact rows and followed up through an inverted index. With
``since_document_id`` (what ``ingest`` passes) only the commitments of country pairs that
the new documents touch are followed up: the new documents' own through the whole index, the
earlier ones in the new documents only, their links merged with those they had. Links an
editor has decided on are kept as they are; undecided suggestions are replaced by the new
ones (a run without ``since_document_id``, ``accords track``, recomputes them all).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import combinations

from sqlalchemy import Connection, delete, insert, select

from ..track.followup import Doc, FollowupIndex, Promise, follow, pairs_of
from .models import Document, DocumentFollowup
from .track_entities import rebuild_entities, rebuild_events
from .track_links import merge_links, write_links
from .track_models import CommitmentTrack, orm
from .track_sync import sync_tracks


@dataclass
class TrackStats:
    entities: dict = field(default_factory=dict)
    events: int = 0
    tracks: dict = field(default_factory=dict)
    followed: int = 0
    links: int = 0


def run_track(store, since_document_id: int | None = None) -> TrackStats:
    stats = TrackStats()
    with store.engine.begin() as conn:
        stats.entities = rebuild_entities(conn)
        stats.events = rebuild_events(conn)
        stats.tracks = sync_tracks(conn, since_document_id)
        pairs = None if since_document_id is None else _pairs_since(conn, since_document_id)
        docs = load_docs(conn, pairs)
        promises = load_promises(conn, {d.id: d for d in docs}, pairs)
        index = FollowupIndex()
        for d in docs:
            index.add(d)
        keep_sentences(conn, index.computed)
        stats.followed = len(promises)
        if since_document_id is None:
            stats.links = write_links(conn, promises, [follow(index, p) for p in promises])
        else:
            # an ingest: its own commitments are followed through the whole index; the earlier
            # ones were followed before, so only the new documents' sentences can add to them
            new = [p for p in promises if p.document_id > since_document_id]
            old = [p for p in promises if p.document_id <= since_document_id]
            stats.links = write_links(conn, new, [follow(index, p) for p in new])
            stats.links += merge_links(conn, old, [follow(index, p, after_document=since_document_id)
                                                   for p in old])
    return stats


def last_document_id(store) -> int:
    from sqlalchemy import func

    with store.engine.connect() as conn:
        return conn.execute(select(func.max(Document.id))).scalar() or 0


def track_quietly(store, since_document_id: int | None, say) -> TrackStats | None:
    """The hook after ingest and reextract: a tracking failure is reported, never fatal
    (the documents are stored; ``accords track`` can be run again)."""
    try:
        stats = run_track(store, since_document_id)
    except Exception as e:  # reported in one line; the ingest itself succeeded
        say(f"tracking failed ({type(e).__name__}: {e}); run `accords track`", highlight=False)
        return None
    say(f"tracked: {stats.events} events, {stats.followed} commitments followed up, "
        f"{stats.links} suggested links", highlight=False)
    return stats


def _record(value) -> dict:
    return value if isinstance(value, dict) else json.loads(value)


def _pairs_since(conn: Connection, since_id: int) -> set[tuple]:
    pairs = set()
    for (rec,) in conn.execute(select(Document.record).where(Document.id > since_id)):
        codes = sorted({c["code"] for c in _record(rec).get("countries", [])} - {"JOINT"})
        pairs.update(combinations(codes, 2))
    return pairs


def _touches(codes: list[str], pairs: set[tuple]) -> bool:
    if len(codes) == 1:
        return any(codes[0] in p for p in pairs)
    return bool(pairs & set(combinations(codes, 2)))


def load_docs(conn: Connection, pairs: set[tuple] | None) -> list[Doc]:
    """Documents naming a state (those touching ``pairs`` only, when given)."""
    q = (select(Document.id, Document.sha256, Document.published, Document.text, Document.lang,
                Document.record, DocumentFollowup.data)
         .outerjoin(DocumentFollowup, DocumentFollowup.document_id == Document.id)
         .order_by(Document.published, Document.id))
    docs = []
    for doc_id, sha, published, text, lang, rec, kept in conn.execute(q.execution_options(yield_per=1000)):
        rec = _record(rec)
        codes = sorted({c["code"] for c in rec.get("countries", [])} - {"JOINT"})
        if not codes or (pairs is not None and not _touches(codes, pairs)):
            continue
        docs.append(Doc(doc_id, sha, published, text, codes,
                        [(s["id"], a, b) for s in rec.get("sectors", []) for a, b in s.get("evidence", [])],
                        [(p["name"], *p["evidence"]) for p in rec.get("projects", [])], lang, kept))
    return docs


def keep_sentences(conn: Connection, computed: dict[int, str]) -> None:
    """Keep the follow-up sentences a run had to compute (documents stored before they were
    kept at ingest, or kept under other code): the next run reads them."""
    ids = list(computed)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        conn.execute(delete(DocumentFollowup).where(DocumentFollowup.document_id.in_(chunk)))
        conn.execute(insert(DocumentFollowup), [{"document_id": i, "data": computed[i]} for i in chunk])


def load_promises(conn: Connection, docs: dict[int, Doc], pairs: set[tuple] | None) -> list[Promise]:
    out = []
    for t in orm(conn).execute(select(CommitmentTrack).order_by(CommitmentTrack.id)).scalars():
        parties = (t.parties or "").split(",")
        if pairs is not None and not pairs & set(pairs_of(t.actor, parties)):
            continue
        doc = docs.get(t.document_id)
        projects = [n for n, a, b in doc.projects if a < t.span_end and b > t.span_start] if doc else []
        out.append(Promise(t.id, t.document_id, t.published, t.actor, parties, t.text,
                           [s for s in (t.sectors or "").split(",") if s], projects,
                           doc.lang if doc else None))
    return out
