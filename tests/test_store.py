"""The store on SQLite and PostgreSQL: schema, facts and views, idempotent ingest, story
clusters, search by inflected forms with filters, re-extraction, the CLI."""
from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, inspect, select, text, update

from accords.version import EXTRACTOR_VERSION
from accords.record import Commitment, Country, Event, Figure, Person, Quote, Sector
from accords.store import StoreError, open_store
from accords.store.db import current_revision, head_revision
from accords.pipeline.ingest import ingest
from accords.pipeline.reextract import outdated, reextract
from accords.store.models import Base, Document, Evidence
from accords.store.search import QueryError, fts5_query, search
from test_store_support import (DOC_CALL, DOC_EN, DOC_TALKS, DOC_TALKS_COPY, cli, db_url,  # noqa: F401
                                make_record, prepared, rows, span, write_jsonl)
from conftest import CORPUS, need

TABLES = {"documents", "document_minhash", "countries", "persons", "organizations", "events",
          "sectors", "figures", "commitments", "quotes", "projects", "evidence", "alembic_version"}
VIEWS = {"figures_by_country_pair", "figure_summary_by_country_pair",
         "commitments_with_documents", "stories"}


def talks_record():
    t = DOC_TALKS
    return make_record(
        t, id="talks", published="2026-03-12", title="Переговоры МИД",
        countries=[Country(code="KAZ", mentions=[span(t, "Казахстана")]),
                   Country(code="SRB", mentions=[span(t, "Сербии")])],
        persons=[Person(name="Иван Тестов", role_class="minister", country="KAZ",
                        mentions=[span(t, "Министр иностранных дел Казахстана")])],
        events=[Event(type="CONSULT", participants=["KAZ", "SRB"], date="2026-03-12",
                      location="Астана", evidence=span(t, "провел переговоры"))],
        sectors=[Sector(id="trade", evidence=[span(t, "торгово-экономического сотрудничества")]),
                 Sector(id="energy", evidence=[span(t, "энергетике")])],
        figures=[Figure(metric="trade_turnover", kind="actual", value=107_700_000, currency="USD",
                        period="2025", countries=["SRB", "KAZ"], evidence=span(t, "107,7 млн долларов США"))],
        commitments=[Commitment(actor="KAZ", modality="ready", sectors=["agriculture"],
                                text="Казахстанская сторона готова увеличить поставки зерна на сербский рынок.",
                                evidence=span(t, "Казахстанская сторона готова увеличить поставки зерна на сербский рынок."))],
        quotes=[Quote(speaker=None, text="готова", evidence=span(t, "готова"))],
    )


def call_record():
    t = DOC_CALL
    return make_record(
        t, id="call", published="2026-05-02",
        countries=[Country(code="UZB", mentions=[span(t, "Узбекистана")]),
                   Country(code="KGZ", mentions=[span(t, "Кыргызстана")])],
        sectors=[Sector(id="transport_logistics", evidence=[span(t, "железной дороги")]),
                 Sector(id="water", evidence=[span(t, "водных ресурсов")])],
        events=[Event(type="CONSULT", participants=["UZB", "KGZ"], evidence=span(t, "телефонный разговор"))],
    )


def en_record():
    t = DOC_EN
    return make_record(
        t, id="en", published="2026-06-18", lang="en",
        countries=[Country(code="RUS", mentions=[span(t, "Russia")]),
                   Country(code="BLR", mentions=[span(t, "Belarus")])],
        sectors=[Sector(id="energy", evidence=[span(t, "energy")])],
        events=[Event(type="AGREE", participants=["RUS", "BLR"], evidence=span(t, "signed a roadmap"))],
    )


def hand_store(url):
    store = open_store(url, create=True)
    store.write([prepared(DOC_TALKS, talks_record()), prepared(DOC_CALL, call_record()),
                 prepared(DOC_EN, en_record())])
    return store


# -- schema -------------------------------------------------------------------------------
def test_new_database_is_migrated_to_head(db_url):
    store = open_store(db_url, create=True)
    insp = inspect(store.engine)
    assert TABLES <= set(insp.get_table_names())
    assert VIEWS <= set(insp.get_view_names())
    assert current_revision(store.engine) == head_revision()
    # again: nothing to do
    res = cli("db", "upgrade", "--db", db_url)
    assert res.exit_code == 0 and "up to date" in res.output


def test_models_match_migrations(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    store = open_store(db_url, create=True)
    ignore = {"documents_fts", "alembic_version"} | VIEWS

    def include(obj, name, type_, reflected, compare_to):
        if type_ == "table" and (name in ignore or name.startswith("documents_fts")):
            return False
        if type_ == "column" and name == "search":  # PostgreSQL's generated tsvector
            return False
        if type_ == "index" and name == "ix_documents_search":
            return False
        return True

    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": include, "compare_type": False})
        assert compare_metadata(ctx, Base.metadata) == []


def test_read_commands_refuse_a_missing_or_empty_database(db_url, tmp_path):
    with pytest.raises(StoreError, match="no such database|no Accords store"):
        open_store(db_url if "postgresql" in db_url else str(tmp_path / "absent.db"))
    if "sqlite" in db_url:
        assert not (tmp_path / "absent.db").exists()   # nothing created by a read


# -- facts and views ----------------------------------------------------------------------
def test_facts_evidence_and_views(db_url):
    store = hand_store(db_url)
    doc = rows(store, "SELECT * FROM documents WHERE external_id = 'talks'")[0]
    assert doc["extractor_version"] == EXTRACTOR_VERSION
    assert str(doc["published"]) == "2026-03-12"
    rec = doc["record"] if isinstance(doc["record"], dict) else json.loads(doc["record"])
    assert rec["figures"][0]["value"] == 107_700_000

    fig = rows(store, "SELECT * FROM figures")[0]
    assert (fig["country_a"], fig["country_b"], fig["countries"]) == ("KAZ", "SRB", "SRB,KAZ")
    ev = rows(store, "SELECT text FROM evidence WHERE fact_type = 'figures' AND fact_id = :i", i=fig["id"])
    assert ev == [{"text": "107,7 млн долларов США"}]
    # every evidence row quotes the document text at its offsets
    for r in rows(store, "SELECT e.text, e.span_start, e.span_end, d.text AS doc "
                         "FROM evidence e JOIN documents d ON d.id = e.document_id"):
        assert r["doc"][r["span_start"]:r["span_end"]] == r["text"]
    assert len(rows(store, "SELECT * FROM evidence WHERE document_id = :d", d=doc["id"])) == 9

    pair = rows(store, "SELECT * FROM figures_by_country_pair")
    assert len(pair) == 1 and pair[0]["evidence"] == "107,7 млн долларов США"
    assert pair[0]["period"] == "2025" and pair[0]["title"] == "Переговоры МИД"
    summary = rows(store, "SELECT * FROM figure_summary_by_country_pair")
    assert summary[0]["n_stories"] == 1 and summary[0]["max_value"] == 107_700_000
    com = rows(store, "SELECT * FROM commitments_with_documents")
    assert com[0]["actor"] == "KAZ" and str(com[0]["published"]) == "2026-03-12"
    assert com[0]["sectors"] == "agriculture"
    assert len(rows(store, "SELECT * FROM stories")) == 3
    ev_rows = rows(store, "SELECT type, participants FROM events ORDER BY id")
    assert ev_rows[0] == {"type": "CONSULT", "participants": "KAZ,SRB"}


# -- ingest -------------------------------------------------------------------------------
def test_ingest_is_idempotent_and_links_copies(db_url, tmp_path):
    src = tmp_path / "press.jsonl"
    write_jsonl(src, [
        {"id": "a", "text": DOC_TALKS, "date": "2026-03-12"},
        {"id": "b", "text": DOC_CALL, "date": "2026-05-02"},
        {"id": "a-again", "text": DOC_TALKS.replace("\n\n", "\n\n  ")},   # same text, other spacing
        {"id": "bad", "text": "   "},
    ])
    store = open_store(db_url, create=True)
    first = ingest(store, [str(src)])
    assert (first.stored, first.duplicates, len(first.failed)) == (2, 1, 1)
    assert "empty 'text'" in first.failed[0]
    again = ingest(store, [str(src)])
    assert (again.stored, again.duplicates) == (0, 3)
    assert store.count() == 2

    copy = tmp_path / "copy.txt"
    copy.write_text(DOC_TALKS_COPY, encoding="utf-8")
    third = ingest(store, [str(copy)])
    assert (third.stored, third.near_duplicates) == (1, 1)
    stories = rows(store, "SELECT external_id, story_id, id FROM documents ORDER BY id")
    assert stories[2]["story_id"] == stories[0]["id"] != stories[1]["story_id"]
    n = rows(store, "SELECT n_documents FROM stories WHERE story_id = :s", s=stories[0]["id"])
    assert n == [{"n_documents": 2}]


def test_dev_corpus_twice_stores_each_document_once(db_url):
    corpus = need(CORPUS)
    texts = {json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()}
    store = open_store(db_url, create=True)
    first = ingest(store, [str(corpus)], batch_size=16)
    assert first.stored == len(texts) and not first.failed
    second = ingest(store, [str(corpus)])
    assert second.stored == 0 and second.duplicates == first.stored + first.duplicates
    assert store.count() == len(texts)


def test_cli_ingest_says_when_nothing_is_new(db_url, tmp_path):
    src = tmp_path / "one.txt"
    src.write_text(DOC_CALL, encoding="utf-8")
    res = cli("ingest", str(src), "--db", db_url, "-q")
    assert res.exit_code == 0, res.output
    assert "stored 1, skipped 0 as duplicates, failed 0" in res.output
    res = cli("ingest", str(src), "--db", db_url, "-q")
    assert res.exit_code == 0 and "nothing new: all 1 documents are already stored" in res.output
    res = cli("ingest", str(tmp_path / "missing.txt"), "--db", db_url, "-q")
    assert res.exit_code == 1 and "failed 1" in res.output and "no such file" in res.output


# -- search -------------------------------------------------------------------------------
def ids(hits):
    return [h.title or h.source for h in hits]


def test_search_finds_inflected_forms(db_url):
    store = hand_store(db_url)
    for query in ("переговорами", "переговоров", "сотрудничеству", "телефонного разговора",
                  "энергетика"):
        hits = search(store, query)
        assert hits, query
    assert [h.document_id for h in search(store, "переговорами")] == [1]
    assert search(store, "переговорами")[0].snippet_match is not None
    assert [h.source for h in search(store, "Бишкеку")] == ["test:call"]
    assert [h.source for h in search(store, "roadmaps signing")] == ["test:en"]
    assert search(store, "несуществующееслово") == []


def test_search_filters(db_url):
    store = hand_store(db_url)
    assert {h.source for h in search(store, "стороны")} == {"test:talks", "test:call"}
    assert [h.source for h in search(store, "стороны", countries=["SRB"])] == ["test:talks"]
    assert [h.source for h in search(store, "стороны", sectors=["water"])] == ["test:call"]
    assert [h.source for h in search(store, "стороны", since=date(2026, 4, 1))] == ["test:call"]
    assert [h.source for h in search(store, "стороны", until=date(2026, 4, 1))] == ["test:talks"]
    assert search(store, "стороны", countries=["KAZ", "KGZ"]) == []
    hit = search(store, "стороны", countries=["KAZ"])[0]
    assert hit.countries == ["KAZ", "SRB"]


def test_search_query_syntax_on_sqlite():
    assert fts5_query("переговорами") == 'lemmas : ((("переговоры")))'
    assert "OR" in fts5_query("нефть OR газ") and "NOT" in fts5_query("нефть -газ")
    assert fts5_query('"торгово-экономического сотрудничества"') == \
        'lemmas : (("торговый экономический сотрудничество"))'
    with pytest.raises(QueryError):
        fts5_query("-газ")
    with pytest.raises(QueryError):
        fts5_query('"  " !!')


def test_cli_search(db_url):
    hand_store(db_url)
    res = cli("search", "переговорами", "--db", db_url, "--json")
    assert res.exit_code == 0
    hit = json.loads(res.output.splitlines()[0])
    assert hit["countries"] == ["KAZ", "SRB"] and "переговоры" in hit["snippet"]
    res = cli("search", "переговорами", "--db", db_url, "--sector", "nonsense")
    assert res.exit_code == 2 and "unknown sector" in res.output
    res = cli("search", "переговорами", "--db", db_url, "--since", "March")
    assert res.exit_code == 2 and "not a date" in res.output


# -- re-extraction ------------------------------------------------------------------------
def test_reextract_replaces_facts_of_older_documents(db_url):
    store = hand_store(db_url)
    with store.engine.begin() as conn:
        conn.execute(update(Document).where(Document.external_id == "talks").values(extractor_version="0.0.1"))
    assert len(outdated(store)) == 1 and len(outdated(store, everything=True)) == 3
    stats = reextract(store)
    assert (stats.total, stats.updated, stats.failed) == (1, 1, [])
    assert outdated(store) == []
    doc = rows(store, "SELECT id, record, extractor_version FROM documents WHERE external_id = 'talks'")[0]
    rec = doc["record"] if isinstance(doc["record"], dict) else json.loads(doc["record"])
    assert doc["extractor_version"] == EXTRACTOR_VERSION
    # facts now are exactly the new record's: nothing of the hand-made record is left over
    with store.engine.connect() as conn:
        n_fig = conn.execute(text("SELECT count(*) FROM figures WHERE document_id = :d"), {"d": doc["id"]}).scalar()
        n_ev = conn.execute(select(func.count()).select_from(Evidence).where(Evidence.document_id == doc["id"])).scalar()
    assert n_fig == len(rec["figures"])
    spans = sum(len(c["mentions"]) for c in rec["countries"]) + sum(len(p["mentions"]) for p in rec["persons"]) \
        + sum(len(o["mentions"]) for o in rec["organizations"]) + sum(len(s["evidence"]) for s in rec["sectors"]) \
        + sum(len(rec[k]) for k in ("events", "figures", "commitments", "quotes", "projects"))
    assert n_ev == spans
    assert search(store, "переговорами")   # search text untouched
    res = cli("reextract", "--db", db_url, "-q")
    assert res.exit_code == 0 and "nothing to do" in res.output


def test_two_writers_racing_store_a_document_once(db_url):
    from accords.store.writer import Writer

    first = open_store(db_url, create=True)
    second = Writer(first.engine)          # another process's view: its own story index
    a = prepared(DOC_TALKS, talks_record())
    b = prepared(DOC_CALL, call_record())
    assert [w.document_id is not None for w in first.write([a])] == [True]
    # the second writer's batch clashes on the hash: it falls back to one by one
    got = second.write([a, b])
    assert [w.document_id is None for w in got] == [True, False]
    assert first.count() == 2
    assert len(rows(first, "SELECT document_id FROM document_minhash")) == 2
