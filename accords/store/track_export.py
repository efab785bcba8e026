"""What the PLOVER export needs from tracking: which event cluster each document reports,
and every report of each cluster (so one event is one line, citing all its sources)."""
from __future__ import annotations

from sqlalchemy import select

from .models import Document
from .track_models import EventSource


def event_sources(store, filters: list | None = None) -> tuple[dict[int, int], dict[int, list[dict]]]:
    """(document id -> cluster id, cluster id -> its reports) for the filtered documents."""
    q = (select(EventSource.cluster_id, Document.id, Document.url, Document.title, Document.lang,
                Document.published, Document.external_id, Document.source)
         .join(Document, Document.id == EventSource.document_id)
         .order_by(Document.published, Document.id))
    wanted = select(EventSource.cluster_id).join(Document, Document.id == EventSource.document_id)
    if filters:
        q = q.where(EventSource.cluster_id.in_(wanted.where(*filters)))
    clusters: dict[int, int] = {}
    sources: dict[int, list[dict]] = {}
    with store.engine.connect() as conn:
        for cid, doc_id, url, title, lang, published, ext, source in conn.execute(q):
            clusters[doc_id] = cid
            sources.setdefault(cid, []).append({
                "url": url, "title": title, "language": lang, "citation": ext or source,
                "date": published.isoformat() if published else None})
    return clusters, sources
