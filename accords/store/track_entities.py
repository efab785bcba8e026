"""Rebuilding the canonical entities and the event clusters from the fact tables.

Both are derived data: recomputed from ``persons``, ``organizations``, ``countries`` and
``events`` whenever tracking runs (linear in the archive; the event clustering compares
reports only within a country pair and a few days). Entity ids are kept for keys that
existed before, so links to ``/persons/<id>`` stay valid across runs; an event cluster keeps
the id of the cluster of the run before that shares most of its reports.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from ..track.events import NAME_CHARS, Report, cluster, name_keys, stable_ids
from ..track.sentences import kept_names
from ..track.persons import Appearance, resolve
from ..track.translit import name_words, skeleton
from .models import Country, Document, DocumentFollowup, Event, Organization, Person
from .track_models import Entity, EntityAppearance, EventCluster, EventSource


def rebuild_entities(conn: Connection) -> dict[str, int]:
    q = (select(Person.document_id, Person.name, Person.role, Person.role_class, Person.country,
                Document.published).join(Document, Document.id == Person.document_id)
         .order_by(Document.published, Person.document_id))
    people = [Appearance(*r) for r in conn.execute(q)]
    groups = [(f"person:{i.key}", i.name, i.latin, i.country, i.appearances) for i in resolve(people)]
    q = (select(Organization.document_id, Organization.name, Organization.country, Document.published)
         .join(Document, Document.id == Organization.document_id))
    orgs: dict[str, list[Appearance]] = defaultdict(list)
    for doc_id, name, country, published in conn.execute(q):
        key = " ".join(skeleton(w) for w in name_words(name.lower()))
        orgs[key].append(Appearance(doc_id, name, country=country, published=published))
    for key, apps in orgs.items():
        name = Counter(a.name for a in apps).most_common(1)[0][0]
        country = Counter(a.country for a in apps if a.country).most_common(1)
        groups.append((f"organization:{key}", name, None, country[0][0] if country else None, apps))
    q = select(Country.document_id, Country.code, Document.published).join(
        Document, Document.id == Country.document_id)
    states: dict[str, list[Appearance]] = defaultdict(list)
    for doc_id, code, published in conn.execute(q):
        states[code].append(Appearance(doc_id, code, country=code, published=published))
    groups += [(f"state:{code}", code, code, code, apps) for code, apps in states.items()]
    return _write_entities(conn, groups)


def _write_entities(conn: Connection, groups: list[tuple]) -> dict[str, int]:
    """Upsert entities by (kind, key) in bulk, keeping ids; rewrite all appearances."""
    existing = {(k, key): i for i, k, key in conn.execute(select(Entity.id, Entity.kind, Entity.key))}
    conn.execute(delete(EntityAppearance))
    counts, updates, inserts = Counter(), [], []
    for full_key, name, latin, country, apps in groups:
        kind, key = full_key.split(":", 1)
        key = key[:200]
        values = {"name": name, "latin": latin, "country": country,
                  "n_documents": len({a.document_id for a in apps})}
        counts[kind] += 1
        if (kind, key) in existing:
            updates.append({"eid": existing[(kind, key)], **{f"v_{k}": v for k, v in values.items()}})
        else:
            inserts.append({"kind": kind, "key": key, **values})
    if updates:
        conn.execute(update(Entity).where(Entity.id == bindparam("eid")).values(
            **{k: bindparam(f"v_{k}") for k in ("name", "latin", "country", "n_documents")}), updates)
    if inserts:
        conn.execute(insert(Entity), inserts)
    ids = {(k, key): i for i, k, key in conn.execute(select(Entity.id, Entity.kind, Entity.key))}
    keep, apps_rows = set(), []
    for full_key, _, _, _, apps in groups:
        kind, key = full_key.split(":", 1)
        ent_id = ids[(kind, key[:200])]
        keep.add(ent_id)
        apps_rows.extend({"entity_id": ent_id, "document_id": a.document_id, "name": a.name,
                          "role": a.role, "role_class": a.role_class, "country": a.country,
                          "published": a.published} for a in apps)
    if apps_rows:
        conn.execute(insert(EntityAppearance), apps_rows)
    gone = [i for i in ids.values() if i not in keep]
    for start in range(0, len(gone), 500):
        conn.execute(delete(Entity).where(Entity.id.in_(gone[start:start + 500])))
    return dict(counts)


def rebuild_events(conn: Connection) -> int:
    """Cluster the documents that report events into event clusters with their sources."""
    persons: dict[int, set] = defaultdict(set)
    q = (select(EntityAppearance.document_id, EntityAppearance.entity_id)
         .join(Entity, Entity.id == EntityAppearance.entity_id).where(Entity.kind == "person"))
    for doc_id, ent in conn.execute(q):
        persons[doc_id].add(ent)
    types: dict[int, set] = defaultdict(set)
    dates: dict[int, str] = {}
    for doc_id, typ, when in conn.execute(select(Event.document_id, Event.type, Event.date)):
        types[doc_id].add(typ)
        if when and len(when) == 10 and doc_id not in dates:
            dates[doc_id] = when
    reporting = select(Event.document_id)      # a subquery: no list of ids, whatever the archive
    countries: dict[int, set] = defaultdict(set)
    for doc_id, code in conn.execute(select(Country.document_id, Country.code)
                                     .where(Country.document_id.in_(reporting))):
        countries[doc_id].add(code)
    reports, unkept = [], []
    q = (select(Document.id, Document.published, Document.story_id, Document.title, Document.lang,
                DocumentFollowup.data)
         .outerjoin(DocumentFollowup, DocumentFollowup.document_id == Document.id)
         .where(Document.id.in_(reporting)))
    for doc_id, published, story, title, lang, kept in conn.execute(q):
        names = kept_names(kept, lang)
        if names is None:
            unkept.append(len(reports))
        when = _date(dates.get(doc_id)) or published
        reports.append(Report(doc_id, when, frozenset(countries.get(doc_id, ())),
                              frozenset(types[doc_id]), frozenset(persons.get(doc_id, ())),
                              names or frozenset(), story, title, lang))
    _name_keys_from_text(conn, reports, unkept)
    clusters = sorted(cluster([r for r in reports if len(r.countries) >= 2]),
                      key=lambda c: (c.dates[:1], c.reports[0].document_id))
    before: dict[int, set[int]] = defaultdict(set)
    for cid, doc_id in conn.execute(select(EventSource.cluster_id, EventSource.document_id)):
        before[cid].add(doc_id)
    ids = stable_ids([{r.document_id for r in c.reports} for c in clusters], before)
    conn.execute(delete(EventSource))
    conn.execute(delete(EventCluster))
    rows, sources = [], []
    for cid, c in zip(ids, clusters):
        first = min(c.reports, key=lambda r: (r.when is None, r.when, r.document_id))
        rows.append({"id": cid, "pair": ",".join(c.countries) if len(c.countries) == 2 else None,
                     "countries": ",".join(c.countries), "types": ",".join(c.types),
                     "date_from": c.dates[0] if c.dates else None,
                     "date_to": c.dates[-1] if c.dates else None,
                     "title": first.title, "n_sources": len(c.reports)})
        sources.extend({"cluster_id": cid, "document_id": r.document_id} for r in c.reports)
    if rows:
        conn.execute(insert(EventCluster), rows)
        conn.execute(insert(EventSource), sources)
    return len(clusters)


def _name_keys_from_text(conn: Connection, reports: list[Report], which: list[int]) -> None:
    """Name keys of the reports whose document has none kept (stored before they were kept,
    or under other code): read from the text, 500 documents a query."""
    for start in range(0, len(which), 500):
        chunk = {reports[i].document_id: i for i in which[start:start + 500]}
        for doc_id, text in conn.execute(select(Document.id, Document.text).where(Document.id.in_(chunk))):
            reports[chunk[doc_id]].names = name_keys(text[:NAME_CHARS])


def _date(value: str | None):
    from datetime import date

    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
