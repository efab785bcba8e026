"""Exports from the store, on SQLite and PostgreSQL: records as JSONL, tables and views as
CSV and Parquet, events as PLOVER."""
from __future__ import annotations

import csv
import io
import json

import pytest

from accords.record import Record
from accords.store.export import (ExportError, export_csv, export_jsonl, export_parquet,
                                  export_plover, plover_events, table_rows)
from accords.store.search import document_filters
from test_store import hand_store
from test_store_support import DOC_CALL, DOC_TALKS, cli, db_url  # noqa: F401

PLOVER_FIELDS = {"id", "date", "actor", "recipient", "event", "mode", "context", "event_text",
                 "text", "text_info", "cite_info"}


def test_jsonl_gives_back_the_records(db_url):
    store = hand_store(db_url)
    sink = io.StringIO()
    assert export_jsonl(store, sink) == 3
    records = [Record.model_validate(json.loads(line)) for line in sink.getvalue().splitlines()]
    assert [r.doc.id for r in records] == ["talks", "call", "en"]
    assert records[0].figures[0].value == 107_700_000
    sink = io.StringIO()
    assert export_jsonl(store, sink, document_filters(countries=["UZB"])) == 1


def test_csv_of_tables_and_views(db_url):
    store = hand_store(db_url)
    sink = io.StringIO()
    assert export_csv(store, "figures_by_country_pair", sink) == 1
    row = next(csv.DictReader(io.StringIO(sink.getvalue())))
    assert (row["country_a"], row["country_b"], row["period"]) == ("KAZ", "SRB", "2025")
    assert row["evidence"] == "107,7 млн долларов США" and float(row["value"]) == 107_700_000
    sink = io.StringIO()
    export_csv(store, "documents", sink, document_filters(sectors=["energy"]))
    docs = list(csv.DictReader(io.StringIO(sink.getvalue())))
    assert {d["external_id"] for d in docs} == {"talks", "en"}
    assert "lemmas" not in docs[0] and "record" not in docs[0] and docs[0]["published"] == "2026-03-12"
    sink = io.StringIO()
    assert export_csv(store, "sectors", sink, document_filters(countries=["KGZ"])) == 2
    with pytest.raises(ExportError):
        table_rows(store, "alembic_version")


def test_parquet(db_url, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed")
    store = hand_store(db_url)
    path = tmp_path / "docs.parquet"
    assert export_parquet(store, "documents", str(path)) == 3
    t = pq.read_table(path)
    assert t.num_rows == 3 and str(t.schema.field("published").type) == "date32[day]"
    assert t.column("external_id").to_pylist() == ["talks", "call", "en"]
    path = tmp_path / "commitments.parquet"
    assert export_parquet(store, "commitments_with_documents", str(path)) == 1
    assert pq.read_table(path).column("actor").to_pylist() == ["KAZ"]


def test_plover_events(db_url):
    store = hand_store(db_url)
    events = list(plover_events(store))
    assert len(events) == 3
    talks, call, en = events
    assert PLOVER_FIELDS <= set(talks)
    assert talks["event"] == ["CONSULT"] and talks["date"] == "2026-03-12"
    assert talks["actor"] == [{"code": "KAZ"}, {"code": "SRB"}] and talks["recipient"] == []
    s, e = talks["text_info"]["start"], talks["text_info"]["end"]
    assert talks["text"][s:e] == talks["event_text"][0] == "провел переговоры"
    assert talks["text"] == DOC_TALKS
    assert "diplomatic" in talks["context"] and "economic" in talks["context"]
    assert talks["cite_info"]["language"] == "ru" and talks["quad_code"] == 1
    assert talks["event_loc"] == {"extracted_place": "Астана"}
    assert call["mode"] == ["phone"] and call["date"] == "2026-05-02"
    assert call["text"] == DOC_CALL
    assert en["event"] == ["AGREE"] and en["cite_info"]["language"] == "en"
    assert len({ev["id"] for ev in events}) == 3
    sink = io.StringIO()
    assert export_plover(store, sink, document_filters(countries=["RUS"]), with_text=False) == 1
    assert "text" not in json.loads(sink.getvalue())


def test_cli_export_to_files(db_url, tmp_path):
    hand_store(db_url)
    out = tmp_path / "events.jsonl"
    res = cli("export", "--db", db_url, "--format", "plover", "--out", str(out), "--since", "2026-05-01")
    assert res.exit_code == 0 and "exported 2 events" in res.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    assert not (tmp_path / "events.jsonl.part").exists()
    res = cli("export", "--db", db_url, "--format", "csv", "--table", "figures")
    assert res.exit_code == 0 and res.stdout.startswith("id,document_id,metric")
    res = cli("export", "--db", db_url, "--format", "parquet")
    assert res.exit_code == 2 and "--out" in res.output
    res = cli("export", "--db", db_url, "--format", "xml")
    assert res.exit_code == 2 and "unknown format" in res.output


def test_parquet_types_of_computed_view_columns(db_url, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed")
    store = hand_store(db_url)
    path = tmp_path / "summary.parquet"
    assert export_parquet(store, "figure_summary_by_country_pair", str(path)) == 1
    t = pq.read_table(path)
    assert str(t.schema.field("n_stories").type) == "int64"
    assert t.column("max_value").to_pylist() == [107_700_000.0]
