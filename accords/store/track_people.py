"""Reading canonical persons and event clusters."""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select

from ..track.persons import Appearance, role_periods
from ..track.translit import skeleton
from .models import Document
from .track_edit import NotFound
from .track_models import Entity, EntityAppearance, EventCluster, EventSource, orm


def _iso(v):
    return v.isoformat() if isinstance(v, date) else v


def list_persons(store, q: str | None = None, country: str | None = None, kind: str = "person",
                 limit: int = 50, offset: int = 0) -> list[dict]:
    """Canonical entities (persons by default), most documents first; ``q`` matches any
    spelling in either script (Bektenov finds Бектенов)."""
    query = select(Entity).where(Entity.kind == kind)
    if country:
        query = query.where(Entity.country == country.upper())
    if q:
        key = skeleton(q.split()[-1]) if q.split() else ""
        like = f"%{q.lower()}%"
        query = query.where(or_(func.lower(Entity.name).like(like), func.lower(Entity.latin).like(like),
                                Entity.key.like(f"{key}:%")))
    query = query.order_by(Entity.n_documents.desc(), Entity.name).limit(limit).offset(offset)
    with store.engine.connect() as conn:
        return [{"id": e.id, "kind": e.kind, "name": e.name, "latin": e.latin, "country": e.country,
                 "n_documents": e.n_documents} for e in orm(conn).execute(query).scalars()]


def person_timeline(store, person_id: int) -> dict:
    """A person's roles over time (a role change starts a new period) and appearances."""
    with store.engine.connect() as conn:
        e = orm(conn).execute(select(Entity).where(Entity.id == person_id)).scalar()
        if e is None:
            raise NotFound(f"person {person_id}: no such person")
        rows = orm(conn).execute(select(EntityAppearance, Document.title, Document.url, Document.lang)
                            .join(Document, Document.id == EntityAppearance.document_id)
                            .where(EntityAppearance.entity_id == person_id)
                            .order_by(EntityAppearance.published, EntityAppearance.document_id)).all()
    apps = [Appearance(a.document_id, a.name, a.role, a.role_class, a.country, a.published)
            for a, *_ in rows]
    return {"id": e.id, "kind": e.kind, "name": e.name, "latin": e.latin, "country": e.country,
            "spellings": sorted({a.name for a in apps}), "roles": role_periods(apps),
            "appearances": [{"document_id": a.document_id, "published": _iso(a.published),
                             "name": a.name, "role": a.role, "role_class": a.role_class,
                             "country": a.country, "title": t, "url": u, "lang": lang}
                            for a, t, u, lang in rows]}


def list_events(store, country: str | None = None, pair: tuple[str, str] | None = None,
                since: date | None = None, until: date | None = None,
                limit: int = 50, offset: int = 0) -> list[dict]:
    """Event clusters (one per real event), oldest first, each with all its sources."""
    q = select(EventCluster).order_by(EventCluster.date_from, EventCluster.id)
    for code in ([country] if country else []) + list(pair or []):
        q = q.where(EventCluster.countries.like(f"%{code.upper()}%"))
    if since:
        q = q.where(EventCluster.date_from >= since)
    if until:
        q = q.where(EventCluster.date_from <= until)
    q = q.limit(limit).offset(offset)
    with store.engine.connect() as conn:
        clusters = orm(conn).execute(q).scalars().all()
        ids = [c.id for c in clusters]
        sources: dict[int, list] = {i: [] for i in ids}
        if ids:
            for cid, doc_id, title, url, lang, published in conn.execute(
                    select(EventSource.cluster_id, Document.id, Document.title, Document.url,
                           Document.lang, Document.published)
                    .join(Document, Document.id == EventSource.document_id)
                    .where(EventSource.cluster_id.in_(ids)).order_by(Document.published, Document.id)):
                sources[cid].append({"document_id": doc_id, "title": title, "url": url,
                                     "lang": lang, "published": _iso(published)})
    return [{"id": c.id, "countries": (c.countries or "").split(","), "types": c.types.split(","),
             "date_from": _iso(c.date_from), "date_to": _iso(c.date_to), "title": c.title,
             "n_sources": c.n_sources, "sources": sources[c.id]} for c in clusters]
