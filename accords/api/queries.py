"""Read queries behind the API and the dashboard: documents, countries, pairs, people, events.

One module holds the SQL the web layer needs, so pages and their JSON twins read the same
rows. Every value reaches the database as a bound parameter. Figures and commitments are in
:mod:`accords.api.queries_facts`.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable

from sqlalchemy import (Select, and_, bindparam, distinct, func, literal_column, or_, select,
                        text)
from sqlalchemy.orm import aliased

from ..store.models import Country, Document, Event, Evidence, Person, Sector
from ..store.search import FTS, document_filters, fts5_query
from ..store.writer import Writer

DOC_COLS = (Document.id, Document.title, Document.published, Document.url, Document.source,
            Document.lang, Document.story_id)


def iso(value) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


def split_ids(value: str | None) -> list[str]:
    return [v for v in (value or "").split(",") if v]


def countries_of(conn, ids: Iterable[int]) -> dict[int, list[str]]:
    """Party states per document, in the record's order."""
    ids = list(ids)
    out: dict[int, list[str]] = {}
    if not ids:
        return out
    q = (select(Country.document_id, Country.code).where(Country.document_id.in_(ids))
         .order_by(Country.document_id, Country.id))
    for doc_id, code in conn.execute(q):
        out.setdefault(doc_id, []).append(code)
    return out


def summaries(conn, q: Select) -> list[dict]:
    """Rows of ``DOC_COLS`` as document summaries, with their party states."""
    rows = conn.execute(q).all()
    codes = countries_of(conn, [r.id for r in rows])
    return [{"id": r.id, "title": r.title, "published": iso(r.published), "url": r.url,
             "source": r.source, "lang": r.lang, "story_id": r.story_id,
             "countries": codes.get(r.id, [])} for r in rows]


def document_where(countries=(), sectors=(), since=None, until=None, lang=None) -> list:
    where = document_filters([c.upper() for c in countries], sectors, since, until)
    if lang:
        where.append(Document.lang == lang)
    return where


def list_documents(store: Writer, *, countries=(), sectors=(), since=None, until=None,
                   lang=None, extra=(), limit=50, offset=0) -> tuple[int, list[dict]]:
    """Newest first (by publication date, then by id); ``extra``: more WHERE clauses."""
    where = document_where(countries, sectors, since, until, lang) + list(extra)
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(Document).where(*where)).scalar_one()
        q = (select(*DOC_COLS).where(*where)
             .order_by(Document.published.desc().nulls_last(), Document.id.desc())
             .limit(limit).offset(offset))
        return total, summaries(conn, q)


def get_document(store: Writer, doc_id: int) -> dict | None:
    """The document with its text, record and the other sources of its story and events."""
    with store.engine.connect() as conn:
        row = conn.execute(select(*DOC_COLS, Document.text, Document.record)
                           .where(Document.id == doc_id)).first()
        if row is None:
            return None
        out = summaries(conn, select(*DOC_COLS).where(Document.id == doc_id))[0]
        out["text"], out["record"] = row.text, row.record
        out["related"] = _related(conn, row)
    return out


def _related(conn, doc) -> list[dict]:
    related: list[dict] = []
    seen = {doc.id}
    if doc.story_id is not None:
        q = (select(*DOC_COLS).where(Document.story_id == doc.story_id, Document.id != doc.id)
             .order_by(Document.published, Document.id).limit(20))
        for d in summaries(conn, q):
            seen.add(d["id"])
            related.append({**d, "relation": "same_story"})
    mine = aliased(Event)
    other_ids = (select(Event.document_id)
                 .join(mine, and_(mine.type == Event.type, mine.participants == Event.participants,
                                  mine.date == Event.date))
                 .where(mine.document_id == doc.id, mine.date.isnot(None),
                        Event.document_id != doc.id).distinct().limit(40))
    q = (select(*DOC_COLS).where(Document.id.in_(other_ids))
         .order_by(Document.published, Document.id).limit(20))
    for d in summaries(conn, q):
        if d["id"] not in seen:
            related.append({**d, "relation": "same_event"})
    return related


def list_countries(store: Writer, *, limit=50, offset=0) -> tuple[int, list[dict]]:
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count(distinct(Country.code)))).scalar_one()
        n = func.count(distinct(Country.document_id)).label("n")
        rows = conn.execute(select(Country.code, n).group_by(Country.code)
                            .order_by(n.desc(), Country.code).limit(limit).offset(offset)).all()
    return total, [{"code": r.code, "n_documents": r.n} for r in rows]


def _pair_query(country: str | None):
    a, b = aliased(Country), aliased(Country)
    q = (select(a.code.label("a"), b.code.label("b"),
                func.count(distinct(a.document_id)).label("n"),
                func.max(Document.published).label("last"))
         .join(b, and_(b.document_id == a.document_id, a.code < b.code))
         .join(Document, Document.id == a.document_id))
    if country:
        q = q.where(or_(a.code == country.upper(), b.code == country.upper()))
    return q.group_by(a.code, b.code)


def list_pairs(store: Writer, *, country=None, limit=50, offset=0) -> tuple[int, list[dict]]:
    """Country pairs by the number of documents where both are parties."""
    q = _pair_query(country)
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(q.subquery())).scalar_one()
        rows = conn.execute(q.order_by(literal_column("n").desc(), literal_column("a"),
                                       literal_column("b")).limit(limit).offset(offset)).all()
    return total, [{"a": r.a, "b": r.b, "n_documents": r.n, "last_published": iso(r.last)}
                   for r in rows]


def pair_where(a: str, b: str) -> list:
    return document_filters([a.upper(), b.upper()])


MAX_LISTED_IDS = 5_000   # above this a pair's documents stay a subquery, not a list of values


def pair_documents(store: Writer, a: str, b: str) -> tuple[int, list]:
    """(number of documents, WHERE clause on ``documents.id``) for a pair of states.

    The ids are read once and given as a list to the page's other queries, instead of each
    of them intersecting the two states' documents again."""
    where = pair_where(a, b)
    with store.engine.connect() as conn:
        ids = conn.execute(select(Document.id).where(*where).limit(MAX_LISTED_IDS + 1)).scalars().all()
        if len(ids) <= MAX_LISTED_IDS:
            # one expanding parameter: SQLAlchemy caches the statement, not 5,000 literals
            return len(ids), [Document.id.in_(bindparam("pair_ids", ids, expanding=True))]
        n = conn.execute(select(func.count()).select_from(Document).where(*where)).scalar_one()
    return n, where


def _persons_query(where_docs: list, countries: list[str] | None, name: str | None):
    n = func.count(distinct(Person.document_id)).label("n")
    q = (select(Person.name, Person.country, func.max(Person.role_class).label("role_class"),
                func.max(Person.role).label("role"), n,
                func.max(Document.published).label("last"))
         .join(Document, Document.id == Person.document_id).where(*where_docs))
    if countries:
        q = q.where(Person.country.in_(countries))
    if name:
        q = q.where(func.lower(Person.name).contains(name.lower(), autoescape=True))
    return q.group_by(Person.name, Person.country), n


def list_persons(store: Writer, *, country=None, name=None, where_docs=(), limit=50,
                 offset=0, count=True) -> tuple[int | None, list[dict]]:
    """People by the number of documents that name them (one row per name and state)."""
    countries = [country.upper()] if isinstance(country, str) else country
    q, n = _persons_query(list(where_docs), countries, name)
    with store.engine.connect() as conn:
        total = (conn.execute(select(func.count()).select_from(q.subquery())).scalar_one()
                 if count else None)
        rows = conn.execute(q.order_by(n.desc(), Person.name).limit(limit).offset(offset)).all()
    return total, [{"name": r.name, "country": r.country, "role_class": r.role_class,
                    "role": r.role, "n_documents": r.n, "last_published": iso(r.last)}
                   for r in rows]


def list_events(store: Writer, *, countries=(), type_=None, since=None, until=None,
                where_docs=(), limit=50, offset=0, count=True) -> tuple[int | None, list[dict]]:
    """Events of documents where every given state is a party, newest first
    (``count=False``: no total, one query less)."""
    where = document_where(countries, (), since, until) + list(where_docs)
    if type_:
        where.append(Event.type == type_)
    base = select(Event.id).join(Document, Document.id == Event.document_id).where(*where)
    with store.engine.connect() as conn:
        total = (conn.execute(select(func.count()).select_from(base.subquery())).scalar_one()
                 if count else None)
        q = (select(*Event.__table__.c, Document.title, Document.published, Evidence.text.label("evidence"))
             .join(Document, Document.id == Event.document_id)
             .outerjoin(Evidence, and_(Evidence.fact_type == "events", Evidence.fact_id == Event.id))
             .where(*where)
             .order_by(func.coalesce(Event.date, func.cast(Document.published, Event.date.type)).desc(),
                       Event.id.desc())
             .limit(limit).offset(offset))
        rows = conn.execute(q).all()
    return total, [_event_row(r) for r in rows]


def _event_row(r) -> dict:
    e = r
    return {"id": e.id, "type": e.type, "participants": split_ids(e.participants), "date": e.date,
            "location": e.location, "document_id": e.document_id, "title": r.title,
            "published": iso(r.published), "evidence": r.evidence}


def matching_ids(store: Writer, query: str) -> Select:
    """Ids of documents matching a search query (the same match as accords.store.search)."""
    if store.engine.dialect.name == "postgresql":
        tsq = func.websearch_to_tsquery(literal_column("'russian'::regconfig"), query)
        return select(Document.id).where(literal_column("documents.search").op("@@")(tsq))
    return (select(FTS.c.rowid)
            .where(text("documents_fts MATCH :fts").bindparams(fts=fts5_query(query))))


def facets(store: Writer, where: list, size: int = 15) -> dict[str, list[dict]]:
    """Counts of documents per country, sector, event type and year among those matching."""
    ids = select(Document.id).where(*where)
    year = func.substr(func.cast(Document.published, Event.location.type), 1, 4)
    groups = {
        "country": select(Country.code, func.count(distinct(Country.document_id)))
        .where(Country.document_id.in_(ids)).group_by(Country.code),
        "sector": select(Sector.sector, func.count(distinct(Sector.document_id)))
        .where(Sector.document_id.in_(ids)).group_by(Sector.sector),
        "event_type": select(Event.type, func.count(distinct(Event.document_id)))
        .where(Event.document_id.in_(ids)).group_by(Event.type),
        "year": select(year, func.count()).where(Document.id.in_(ids), Document.published.isnot(None))
        .group_by(year),
    }
    out = {}
    with store.engine.connect() as conn:
        for name, q in groups.items():
            rows = conn.execute(q.order_by(literal_column("2").desc()).limit(size)).all()
            out[name] = sorted(({"value": str(v), "count": c} for v, c in rows),
                               key=lambda f: (-f["count"], f["value"]))
    if out["year"]:
        out["year"].sort(key=lambda f: f["value"], reverse=True)
    return out
