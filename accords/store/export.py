"""Exports: records as JSON Lines, any table or view as CSV or Parquet, events as PLOVER.

Every export takes the same document filters as ``search`` (country, sector, date range).
PLOVER lines follow the field names of the PLOVER manual's data-exchange chapter; see
``docs/plover.md`` for how each field is filled.
"""
from __future__ import annotations

import csv
import json
import re
from datetime import date, datetime
from typing import IO, Iterator

from sqlalchemy import MetaData, Table, select
from sqlalchemy import types as sat

from ..version import EXTRACTOR_VERSION
from .models import FACT_MODELS, VIEWS, Document
from .search import document_filters
from .writer import Writer

TABLES = ("documents", *FACT_MODELS, "evidence", *VIEWS)
HIDDEN = {"documents": {"lemmas", "record", "search"}}
CHUNK = 1000


class ExportError(ValueError):
    pass


def _filtered_ids(filters: list):
    return select(Document.id).where(*filters)


def table_rows(store: Writer, table: str, filters: list | None = None
               ) -> tuple[list[str], list, Iterator[dict]]:
    """(column names, column types, rows) of a table or view, documents filtered."""
    if table not in TABLES:
        raise ExportError(f"unknown table {table!r}; one of: {', '.join(TABLES)}")
    filters = filters or []
    t = Table(table, MetaData(), autoload_with=store.engine)
    cols = [c for c in t.columns if c.name not in HIDDEN.get(table, ())]
    q = select(*cols)
    if filters:
        if table == "documents":
            q = q.where(t.c.id.in_(_filtered_ids(filters)))
        elif "document_id" in t.c:
            q = q.where(t.c.document_id.in_(_filtered_ids(filters)))
        elif "story_id" in t.c:
            q = q.where(t.c.story_id.in_(select(Document.story_id).where(*filters)))
    order = [t.c[k] for k in ("document_id", "id", "story_id") if k in t.c]
    if order:
        q = q.order_by(*order)

    def rows() -> Iterator[dict]:
        with store.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=CHUNK).execute(q)
            for r in result.mappings():
                yield dict(r)
    return [c.name for c in cols], [c.type for c in cols], rows()


def _cell(v):
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False)
    return v


def export_csv(store: Writer, table: str, sink: IO[str], filters: list | None = None) -> int:
    names, _, rows = table_rows(store, table, filters)
    w = csv.writer(sink)
    w.writerow(names)
    n = 0
    for r in rows:
        w.writerow(["" if r[k] is None else _cell(r[k]) for k in names])
        n += 1
    return n


def _arrow_type(t, sample: list):
    """Arrow type of a column: from its SQL type, or (views on SQLite report none for
    computed columns) from the values of the first chunk."""
    import pyarrow as pa

    if isinstance(t, sat.NullType):
        vals = [v for v in sample if v is not None]
        if vals and all(isinstance(v, int) and not isinstance(v, bool) for v in vals):
            return pa.int64()
        if vals and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in vals):
            return pa.float64()
        return pa.string()
    if isinstance(t, sat.Integer):
        return pa.int64()
    if isinstance(t, (sat.Float, sat.Numeric)):
        return pa.float64()
    if isinstance(t, sat.DateTime):
        return pa.timestamp("us")
    if isinstance(t, sat.Date):
        return pa.date32()
    return pa.string()


def _arrow_values(vals: list, typ) -> list:
    import pyarrow as pa

    if pa.types.is_string(typ):
        return [None if v is None else str(_cell(v)) for v in vals]
    if pa.types.is_date32(typ):
        return [date.fromisoformat(v[:10]) if isinstance(v, str) else v for v in vals]
    if pa.types.is_timestamp(typ):
        return [datetime.fromisoformat(v) if isinstance(v, str) else v for v in vals]
    if pa.types.is_floating(typ):
        return [None if v is None else float(v) for v in vals]
    return vals


def export_parquet(store: Writer, table: str, path: str, filters: list | None = None) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - depends on the install
        raise ExportError("Parquet needs pyarrow: pip install pyarrow") from None
    names, types, rows = table_rows(store, table, filters)
    chunk: list[dict] = []
    for r in rows:
        chunk.append(r)
        if len(chunk) >= CHUNK:
            break
    schema = pa.schema([(n, _arrow_type(t, [r[n] for r in chunk])) for n, t in zip(names, types)])
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        def flush():
            cols = {name: _arrow_values([r[name] for r in chunk], field.type)
                    for name, field in zip(names, schema)}
            writer.write_table(pa.table(cols, schema=schema))
            chunk.clear()

        n = len(chunk)
        flush()
        for r in rows:
            chunk.append(r)
            n += 1
            if len(chunk) >= CHUNK:
                flush()
        if chunk:
            flush()
    return n


def iter_records(store: Writer, filters: list | None = None) -> Iterator[dict]:
    q = select(Document.record).where(*(filters or [])).order_by(Document.id)
    with store.engine.connect() as conn:
        for (rec,) in conn.execution_options(stream_results=True, yield_per=CHUNK).execute(q):
            yield rec if isinstance(rec, dict) else json.loads(rec)


def export_jsonl(store: Writer, sink: IO[str], filters: list | None = None) -> int:
    n = 0
    for rec in iter_records(store, filters):
        sink.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


# -- PLOVER -------------------------------------------------------------------------------
QUAD = {"CONSULT": 1, "AGREE": 1, "COOPERATE": 2, "AID": 2}
SECTOR_CONTEXT = {
    "trade": ("economic",), "investment": ("economic",), "industry": ("economic",),
    "finance": ("economic",), "agriculture": ("economic",), "construction": ("economic",),
    "tourism": ("economic",), "transport_logistics": ("economic",), "civil_aviation": ("economic",),
    "energy": ("economic", "natural_resource"), "mining": ("natural_resource",),
    "water": ("natural_resource",), "digital": ("technology",), "science": ("technology",),
    "healthcare": ("health",), "defense_security": ("military",), "environment": ("environment",),
}
# CONSULT modes the text can show; "visit" needs a visitor and a host, which records do not say
CONSULT_MODES = (
    ("phone", re.compile(r"телефон|видеоконференц|видеосвяз|онлайн|по видео|phone|video\s*(?:call|link|conference)"
                         r"|videoconferenc|virtual", re.I)),
    ("multilateral", re.compile(r"саммит|на полях|в рамках (?:заседания|форума|встречи)|СНГ|ШОС|ЕАЭС|ОДКБ|БРИКС|ООН|ОБСЕ"
                                r"|summit|sidelines|multilateral|\b(?:CIS|SCO|EAEU|BRICS|UN|OSCE)\b")),
)


def plover_events(store: Writer, filters: list | None = None, with_text: bool = True
                  ) -> Iterator[dict]:
    """One PLOVER event object per event: once tracking has clustered reports of one event
    (``accords track``), the reports of a cluster give one object per event type, with
    every report under ``sources``; before that, one object per extracted event."""
    from .track_export import event_sources

    q = (select(Document.id, Document.sha256, Document.external_id, Document.url, Document.title,
                Document.lang, Document.published, Document.story_id, Document.source,
                Document.text, Document.record)
         .where(*(filters or [])).order_by(Document.published, Document.id))
    clusters, sources = event_sources(store, filters)
    emitted: set[tuple] = set()
    with store.engine.connect() as conn:
        for row in conn.execution_options(stream_results=True, yield_per=CHUNK).execute(q):
            rec = row.record if isinstance(row.record, dict) else json.loads(row.record)
            cluster = clusters.get(row.id)
            for ev in _plover_doc(row, rec, with_text):
                if cluster is not None:
                    key = (cluster, ev["event"][0])
                    if key in emitted:
                        continue
                    emitted.add(key)
                    ev["link"] = f"event-{cluster}"
                    ev["sources"] = sources[cluster]
                yield ev


def _plover_doc(row, rec: dict, with_text: bool) -> Iterator[dict]:
    parties = [c["code"] for c in rec.get("countries", [])]
    contexts = []
    for s in rec.get("sectors", []):
        for c in SECTOR_CONTEXT.get(s["id"], ()):
            if c not in contexts:
                contexts.append(c)
    published = row.published.isoformat() if row.published else None
    for n, ev in enumerate(rec.get("events", []), 1):
        start, end = ev["evidence"]
        ev_text = row.text[start:end]
        codes = [c for c in ev.get("participants") or [] if c != "JOINT"] or parties
        if ev["type"] in ("COOPERATE", "AID") and len(codes) > 1:
            actor, recipient = codes[:1], codes[1:]
        else:
            actor, recipient = codes, []
        modes = [m for m, rx in CONSULT_MODES if rx.search(ev_text)] if ev["type"] == "CONSULT" else []
        ctx = (["diplomatic"] if ev["type"] in ("CONSULT", "AGREE") else []) + contexts
        ev_date = ev.get("date")
        out = {
            "id": f"accords-{row.sha256[:16]}-{n}",
            "date": ev_date if ev_date and len(ev_date) == 10 else (published or ev_date),
            "actor": [{"code": c} for c in actor],
            "recipient": [{"code": c} for c in recipient],
            "event": [ev["type"]],
            "mode": modes,
            "context": ctx,
            "quad_code": QUAD.get(ev["type"]),
            "event_text": [ev_text],
            "link": f"story-{row.story_id}" if row.story_id else None,
        }
        if ev.get("location"):
            out["event_loc"] = {"extracted_place": ev["location"]}
        if with_text:
            out["text"] = row.text
        out["text_info"] = {"start": start, "end": end}
        out["cite_info"] = {"url": row.url, "title": row.title, "language": row.lang,
                            "citation": row.external_id or row.source,
                            "coder": f"accords {EXTRACTOR_VERSION}",
                            "codebook": "PLOVER (CONSULT, AGREE, COOPERATE, AID)"}
        yield out


def export_plover(store: Writer, sink: IO[str], filters: list | None = None,
                  with_text: bool = True) -> int:
    n = 0
    for ev in plover_events(store, filters, with_text):
        sink.write(json.dumps(ev, ensure_ascii=False) + "\n")
        n += 1
    return n


__all__ = ["TABLES", "ExportError", "document_filters", "export_csv", "export_jsonl",
           "export_parquet", "export_plover", "plover_events", "table_rows"]
