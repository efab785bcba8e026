"""Writing records: a batch of documents with all their facts in one transaction.

A document row, its fact rows, its evidence rows, its search text and its MinHash signature
are written together or not at all; a batch commits as a whole, so a process killed at any
moment leaves only whole documents behind (the batch in flight is simply not there, and the
next run extracts it again).
"""
from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter
from datetime import date
from typing import Iterable, Iterator

from sqlalchemy import Connection, Engine, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from ..version import EXTRACTOR_VERSION
from ..record import Record
from ..track.clusters import StoryIndex, from_bytes, minhash, to_bytes
from ..nlp.lemmas import lemmatise
from .facts import fact_rows
from .models import FACT_MODELS, Document, DocumentFollowup, DocumentMinhash, Evidence


STORY_WINDOW = 10_000   # about 120 MB of signatures and LSH tables in memory


@dataclass
class Prepared:
    """One extracted document ready to store. ``text`` is the text as the source gave it
    (what the record's offsets index); ``sha256`` is over its normalised copy."""
    record: Record
    text: str
    sha256: str
    source: str | None = None
    url: str | None = None
    external_id: str | None = None
    # computed by the worker that extracted it when there is one (the writer stays light)
    lemmas: str | None = None
    signature: object | None = None
    followup: str | None = None        # its follow-up sentences (``track.sentences.pack``)


def search_lemmas(record: Record, text: str) -> str:
    """The lemmas full-text search reads: title and text."""
    return lemmatise(f"{record.doc.title or ''}\n{text}")


@dataclass
class Written:
    item: Prepared
    document_id: int | None      # None: it was already stored (a concurrent run got there first)
    story_id: int | None = None


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _marks(conn: Connection, n: int) -> str:
    return ", ".join(["?" if conn.dialect.paramstyle == "qmark" else "%s"] * n)


def _ids_by(conn: Connection, model, column: str, values: list) -> list[tuple]:
    """``(column, id)`` of the rows whose ``column`` is among ``values``, in id order, by the
    driver's own statement: SQLAlchemy would compile its expanding ``IN`` anew every batch."""
    table = model.__table__
    sql = (f"SELECT {column}, id FROM {table.name} WHERE {column} IN ({_marks(conn, len(values))}) "
           f"ORDER BY id")
    return conn.exec_driver_sql(sql, tuple(values)).all()


def _bulk_insert(conn: Connection, model, rows: list[dict]) -> None:
    """Many small rows at once, values as bound parameters (or COPY's own rows): for the
    fact and evidence rows, SQLAlchemy's per-row parameter processing would cost more than
    the database does. On PostgreSQL through psycopg they go by ``COPY … FROM STDIN``, which
    costs the writing process several times less than an ``executemany``."""
    if not rows:
        return
    cols = list(rows[0])
    table = model.__table__
    names = ", ".join(table.c[c].name for c in cols)
    pick = itemgetter(*cols) if len(cols) > 1 else (lambda r: (r[cols[0]],))
    values = list(map(pick, rows))   # itemgetter: tuples built in C
    if conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg":
        with conn.connection.driver_connection.cursor() as cur:
            with cur.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
                for row in values:
                    copy.write_row(row)
        return
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({_marks(conn, len(cols))})", values)


def insert_facts(conn: Connection, docs: list[tuple[int, Record, str]]) -> None:
    """Fact and evidence rows of several documents that have no facts yet: one executemany
    per table. Ids are read back afterwards (ids grow in insertion order on SQLite and
    PostgreSQL alike), which is many times faster than RETURNING row by row."""
    grouped: dict[str, list[tuple[dict, list, int, str]]] = {}
    for document_id, record, text in docs:
        for table, row, spans in fact_rows(record):
            grouped.setdefault(table, []).append(({**row, "document_id": document_id}, spans,
                                                  document_id, text))
    doc_ids = [d for d, _, _ in docs]
    evidence = []
    for table, entries in grouped.items():
        model = FACT_MODELS[table]
        _bulk_insert(conn, model, [row for row, *_ in entries])
        ids = [i for _, i in _ids_by(conn, model, "document_id", doc_ids)]
        assert len(ids) == len(entries), f"{table}: {len(ids)} ids for {len(entries)} rows"
        for fact_id, (_, spans, document_id, text) in zip(ids, entries):
            for s, t in spans:
                evidence.append({"document_id": document_id, "fact_type": table, "fact_id": fact_id,
                                 "span_start": s, "span_end": t, "text": text[s:t]})
    _bulk_insert(conn, Evidence, evidence)


def delete_facts(conn: Connection, document_ids: list[int]) -> None:
    for model in (Evidence, *FACT_MODELS.values()):
        conn.execute(delete(model).where(model.document_id.in_(document_ids)))


class Writer:
    """Appends documents to a store; keeps the story index of what is stored in memory."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._index: StoryIndex | None = None
        self._reader: Connection | None = None

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        self.engine.dispose()

    # -- what is stored already -------------------------------------------------------
    def _exists(self, query) -> bool:
        """One kept connection for the many small lookups of an ingest run."""
        if self._reader is None:
            self._reader = self.engine.connect()
        try:
            return self._reader.execute(query.limit(1)).first() is not None
        finally:
            self._reader.rollback()   # hold no snapshot between lookups

    def known_prefixes(self) -> set[int]:
        """The first 64 bits of every stored hash: a compact set (about 60 bytes per
        document) that tells a new document from a stored one without a query."""
        with self.engine.connect() as conn:
            rows = conn.execution_options(stream_results=True, yield_per=10_000).execute(
                select(Document.sha256))
            return {int(sha[:16], 16) for (sha,) in rows}

    def has_sha(self, sha: str) -> bool:
        return self._exists(select(Document.id).where(Document.sha256 == sha))

    def has_url(self, url: str) -> bool:
        return self._exists(select(Document.id).where((Document.url == url) | (Document.source == url)))

    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(Document)).scalar_one()

    @property
    def index(self) -> StoryIndex:
        """Signatures of the latest ``STORY_WINDOW`` stored documents (a reprint follows its
        story within days, not after tens of thousands of later documents)."""
        if self._index is None:
            self._index = StoryIndex(limit=STORY_WINDOW)
            q = (select(DocumentMinhash.document_id, Document.story_id, DocumentMinhash.signature)
                 .join(Document, Document.id == DocumentMinhash.document_id)
                 .order_by(DocumentMinhash.document_id.desc()).limit(STORY_WINDOW))
            with self.engine.connect() as conn:
                for doc_id, story_id, sig in conn.execute(q):
                    self._index.add(doc_id, from_bytes(sig), story_id or doc_id)
        return self._index

    # -- writing ------------------------------------------------------------------------
    def write(self, items: list[Prepared]) -> list[Written]:
        """Store a batch in one transaction; on a clash with a concurrent run, one by one."""
        if not items:
            return []
        try:
            return self._write_batch(items)
        except IntegrityError:
            pass
        out = []
        for item in items:
            try:
                out.extend(self._write_batch([item]))
            except IntegrityError:
                out.append(Written(item, None))
        return out

    def _write_batch(self, items: list[Prepared]) -> list[Written]:
        """Documents, signatures, facts and evidence of ``items`` in one transaction.

        Story links are decided before the ids exist: a document may be a copy of one stored
        earlier or of one earlier in the same batch (a negative key, its position); the index
        learns the batch only after the commit.
        """
        index = self.index
        sigs = [it.signature if it.signature is not None else minhash(it.text) for it in items]
        links = index.link_batch(sigs)     # story id, -(position + 1) within the batch, or None
        rows = []
        for it in items:
            info = it.record.doc
            rows.append({
                "sha256": it.sha256, "external_id": it.external_id or info.id,
                "url": it.url or info.url, "title": info.title,
                "published": _iso_date(info.published), "lang": info.lang,
                "source": it.source or info.source, "extractor_version": EXTRACTOR_VERSION,
                "text": it.text,
                "lemmas": it.lemmas if it.lemmas is not None else search_lemmas(it.record, it.text),
                "record": it.record.to_dict(),
            })
        with self.engine.begin() as conn:
            conn.execute(insert(Document), rows)
            by_sha = dict(_ids_by(conn, Document, "sha256", [r["sha256"] for r in rows]))
            ids = [by_sha[r["sha256"]] for r in rows]
            stories = []
            for i, link in enumerate(links):
                if link is None:
                    stories.append(ids[i])
                elif link < 0:
                    stories.append(stories[-link - 1])
                else:
                    stories.append(link)
            conn.execute(update(Document).where(Document.id == bindparam("doc_id"))
                         .values(story_id=bindparam("story")),
                         [{"doc_id": d, "story": s} for d, s in zip(ids, stories)])
            conn.execute(insert(DocumentMinhash),
                         [{"document_id": d, "signature": to_bytes(m)} for d, m in zip(ids, sigs)])
            kept = [{"document_id": d, "data": it.followup} for d, it in zip(ids, items)
                    if it.followup is not None]
            if kept:
                conn.execute(insert(DocumentFollowup), kept)
            insert_facts(conn, [(d, it.record, it.text) for d, it in zip(ids, items)])
        for d, m, s in zip(ids, sigs, stories):
            index.add(d, m, s)
        return [Written(it, d, s) for it, d, s in zip(items, ids, stories)]

    def replace(self, updates: list[tuple[int, Record, str]]) -> None:
        """New records for stored documents (re-extraction), all in one transaction."""
        if not updates:
            return
        with self.engine.begin() as conn:
            delete_facts(conn, [doc_id for doc_id, _, _ in updates])
            for doc_id, rec, text in updates:
                conn.execute(update(Document).where(Document.id == doc_id).values(
                    record=rec.to_dict(), extractor_version=EXTRACTOR_VERSION,
                    extracted_at=func.current_timestamp(), lang=rec.doc.lang,
                    published=_iso_date(rec.doc.published)))
            insert_facts(conn, [(doc_id, rec, text) for doc_id, rec, text in updates])
