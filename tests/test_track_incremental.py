"""Follow-up after an ingest: the new documents' commitments are followed through the whole
index, the earlier ones only in the new documents, and their links merged with those they had
— the same links a full run finds, at the cost of what is new."""
from __future__ import annotations

from accords.store import open_store
from accords.store.track_links import merge_links
from accords.store.track_read import commitment_detail, list_commitments
from accords.store.track_run import run_track
from accords.track import followup as followup_mod
from accords.track.followup import MAX_LINKS, Link, Promise
from test_store_support import db_url, prepared, rows  # noqa: F401
from test_track_store import (COPY_EN, DONE, OTHER, PROMISE, en_record, later_record,
                              promise_record)

FIRST = [(PROMISE, promise_record), (COPY_EN, en_record),
         (OTHER, lambda: later_record(OTHER, "other", "2025-05-01"))]
LATER = [(DONE, lambda: later_record(DONE, "done", "2025-09-02"))]


def _links(store) -> list[tuple]:
    out = []
    for c in list_commitments(store):
        d = commitment_detail(store, c["id"])
        out += [(c["text"][:30], l["text"][:30], l["suggested_status"], l["score"]) for l in d["links"]]
        out.append((c["text"][:30], "suggestion", d["suggested_status"], d["suggested_score"]))
    return sorted(out, key=str)


def _write(store, docs):
    store.write([prepared(text, make()) for text, make in docs])


def test_an_ingest_finds_the_links_a_full_run_finds(tmp_path, monkeypatch):
    full = open_store(f"sqlite:///{tmp_path / 'full.db'}", create=True)
    _write(full, FIRST + LATER)
    run_track(full)

    step = open_store(f"sqlite:///{tmp_path / 'step.db'}", create=True)
    _write(step, FIRST)
    run_track(step)
    since = rows(step, "SELECT max(id) AS m FROM documents")[0]["m"]
    _write(step, LATER)
    scored = []
    score = followup_mod.score_sentence

    def counting(index, p, lemmas, sent, pair):
        scored.append((p.document_id, sent.doc.id))
        return score(index, p, lemmas, sent, pair)

    monkeypatch.setattr(followup_mod, "score_sentence", counting)
    run_track(step, since_document_id=since)
    assert _links(step) == _links(full)
    assert any(l[2] == "fulfilled" for l in _links(step))
    # the earlier commitments were scored against the new document's sentences only
    assert scored and all(doc > since for promise, doc in scored if promise <= since)


def test_a_better_new_link_pushes_out_the_weakest_and_decided_ones_stay(db_url):
    store = open_store(db_url, create=True)
    _write(store, FIRST + LATER)
    run_track(store)
    (track,) = rows(store, "SELECT id, document_id, published, actor, text FROM commitment_tracks "
                           "WHERE text LIKE 'Казахстан и Сербия%'")
    other = rows(store, "SELECT id, sha256 FROM documents WHERE external_id = 'other'")[0]
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM commitment_links")
        for i in range(MAX_LINKS):   # five weak undecided links, one decided link
            conn.exec_driver_sql(
                "INSERT INTO commitment_links (track_id, document_id, evidence_sha256, span_start, "
                "span_end, text, suggested_status, score, decision) VALUES "
                f"({track['id']}, {other['id']}, '{other['sha256']}', {i}, {i + 1}, 'x', 'in_progress', "
                f"{(40 + i) / 100}, NULL)")
        conn.exec_driver_sql(
            "INSERT INTO commitment_links (track_id, document_id, evidence_sha256, span_start, span_end, "
            f"text, suggested_status, score, decision) VALUES ({track['id']}, {other['id']}, "
            f"'{other['sha256']}', 99, 100, 'y', 'fulfilled', 0.30, 'rejected')")
    done = rows(store, "SELECT id FROM documents WHERE external_id = 'done'")[0]["id"]
    promise = Promise(track["id"], track["document_id"], track["published"], track["actor"],
                      ["KAZ", "SRB"], track["text"], [])
    new = Link(track["id"], done, (0, 10), "Первый рейс", None, "fulfilled", 0.9, "cue")
    with store.engine.begin() as conn:
        assert merge_links(conn, [promise], [[new]]) == 1
    kept = rows(store, f"SELECT score, decision FROM commitment_links WHERE track_id = {track['id']} "
                       "ORDER BY score DESC")
    assert [round(r["score"], 2) for r in kept if r["decision"] is None] == [0.9, 0.44, 0.43, 0.42, 0.41]
    assert [r["score"] for r in kept if r["decision"]] == [0.30]     # an editor's decision stays
    (t,) = rows(store, f"SELECT suggested_status, suggested_score FROM commitment_tracks WHERE id = {track['id']}")
    assert (t["suggested_status"], t["suggested_score"]) == ("fulfilled", 0.9)
