"""Follow-up sentences kept with each document: computed once (at ingest, or by the first
tracking run for a document stored without them), read back by every later run, and
recomputed when kept under other code or another language — the links stay the same."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import text as sql

from accords.store import open_store, track_entities
from accords.store.track_read import commitment_detail, list_commitments
from accords.store.track_run import run_track
from accords.track import sentences as sentences_mod
from accords.track.sentences import cue_sentences, pack, unpack, version
from test_store_support import db_url, prepared, rows  # noqa: F401
from test_track_store import COPY_EN, DONE, OTHER, PROMISE, en_record, later_record, promise_record

DOCS = [(PROMISE, promise_record), (COPY_EN, en_record),
        (DONE, lambda: later_record(DONE, "done", "2025-09-02")),
        (OTHER, lambda: later_record(OTHER, "other", "2025-05-01"))]


def _links(store) -> list[tuple]:
    out = []
    for c in list_commitments(store):
        out += [(c["text"][:30], l["text"][:30], l["suggested_status"], l["score"])
                for l in commitment_detail(store, c["id"])["links"]]
    return sorted(out)


def _events(store) -> list[tuple]:
    from accords.store.track_people import list_events

    return sorted((tuple(e["countries"]), e["n_sources"], tuple(s["document_id"] for s in e["sources"]))
                  for e in list_events(store))


def _store(url: str, keep: bool):
    store = open_store(url, create=True)
    batch = []
    for text, make in DOCS:
        p = prepared(text, make())
        if keep:
            p.followup = pack(p.text, p.record.doc.lang)
        batch.append(p)
    store.write(batch)
    return store


def test_a_cue_sentence_is_kept_with_its_keys():
    n, cues = cue_sentences(DONE, "ru")
    assert n == 1 and len(cues) == 1
    start, end, keys = cues[0]
    assert DONE[start:end].startswith("Первый прямой рейс") and {"рейс", "авиасообщение"} <= keys
    assert unpack(pack(DONE, "ru"), "ru") == (n, cues)
    assert unpack(pack(DONE, "ru"), "en") is None            # kept for another language
    stale = json.loads(pack(DONE, "ru"))
    stale["v"] = "0.0.0+old"
    assert unpack(json.dumps(stale), "ru") is None            # kept under other code
    assert unpack("not json", "ru") is None and unpack(None, "ru") is None


def test_the_first_run_keeps_what_it_computed_and_the_next_reads_it(db_url, monkeypatch):
    store = _store(db_url, keep=False)
    run_track(store)
    first = _links(store)
    assert first and first[0][2] == "fulfilled"
    kept = rows(store, "SELECT document_id, data FROM document_followup")
    assert len(kept) == len(DOCS)
    assert all(json.loads(r["data"])["v"] == version() for r in kept)

    clustered = _events(store)
    assert clustered

    def no_splitting(*_a, **_k):
        raise AssertionError("a kept document was split again")

    def no_text(*_a, **_k):
        raise AssertionError("a document's text was read for its names")

    monkeypatch.setattr(sentences_mod, "cue_sentences", no_splitting)
    monkeypatch.setattr(track_entities, "name_keys", no_text)
    run_track(store)
    assert _links(store) == first
    assert _events(store) == clustered


def test_what_is_kept_at_ingest_gives_the_links_and_events_computed_ones_give(tmp_path):
    computed = _store(f"sqlite:///{tmp_path / 'computed.db'}", keep=False)
    kept = _store(f"sqlite:///{tmp_path / 'kept.db'}", keep=True)
    run_track(computed)
    run_track(kept)
    assert _links(kept) == _links(computed) != []
    assert _events(kept) == _events(computed) != []


def test_stale_kept_sentences_are_computed_again(db_url):
    store = _store(db_url, keep=True)
    with store.engine.begin() as conn:
        conn.execute(sql("UPDATE document_followup SET data = :d"), {"d": '{"v": "old", "lang": "ru", "n": 0, "s": []}'})
    run_track(store)
    assert _links(store) and _links(store)[0][2] == "fulfilled"
    assert {json.loads(r["data"])["v"] for r in rows(store, "SELECT data FROM document_followup")} == {version()}


@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_keeps_every_document_s_sentences(tmp_path, workers):
    from accords.pipeline.ingest import ingest

    for i, t in enumerate([PROMISE, DONE]):
        (tmp_path / f"{i}.txt").write_text(t, encoding="utf-8")
    store = open_store(str(tmp_path / "s.db"), create=True)
    ingest(store, [str(tmp_path / "0.txt"), str(tmp_path / "1.txt")], workers=workers)
    got = rows(store, "SELECT d.text, d.lang, f.data FROM documents d JOIN document_followup f "
                      "ON f.document_id = d.id")
    assert len(got) == 2
    assert all(r["data"] == pack(r["text"], r["lang"]) for r in got)


def test_an_ingest_tracks_its_own_documents_and_any_a_failed_run_left(db_url):
    store = open_store(db_url, create=True)
    store.write([prepared(PROMISE, promise_record())])      # stored, never tracked (a failed run)
    since = rows(store, "SELECT max(id) AS m FROM documents")[0]["m"]
    store.write([prepared(COPY_EN, en_record())])
    stats = run_track(store, since_document_id=since)
    assert stats.tracks["new"] == 2                            # the new one's and the left one's
    assert len(rows(store, "SELECT id FROM commitment_tracks")) == 2
    assert run_track(store, since_document_id=since).tracks == {"new": 0, "reattached": 0, "orphaned": 0}
