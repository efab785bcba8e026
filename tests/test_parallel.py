"""Extraction in worker processes: same records, same order, and a dead worker costs nothing."""
from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from accords.ingest import SourceDoc
from accords.pipeline.parallel import WorkerPool, extract_jobs

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_store_support import DOC_CALL, DOC_EN, DOC_TALKS  # noqa: E402

TEXTS = [DOC_TALKS, DOC_CALL, DOC_EN] * 2


def _jobs(texts=TEXTS):
    return [(SourceDoc(text=t, id=f"d{i}", source=f"doc{i}"), None) for i, t in enumerate(texts)]


def _facts(item) -> dict:
    rec = item.record.to_dict()
    rec["doc"].pop("extractor")
    return rec


def test_two_workers_give_the_records_of_one_in_input_order():
    serial = list(extract_jobs(_jobs(), workers=1))
    parallel = list(extract_jobs(_jobs(), workers=2))
    assert [i.doc.id for i in parallel] == [f"d{i}" for i in range(len(TEXTS))]
    assert [_facts(i) for i in parallel] == [_facts(i) for i in serial]
    assert all(i.error is None for i in parallel)


def test_a_killed_worker_loses_no_document():
    with WorkerPool(2) as pool:
        items = []
        for n, item in enumerate(pool.map(_jobs())):
            items.append(item)
            if n == 1:   # kill a worker while others are in flight
                victim = next(iter(pool._pool._processes.values()))
                os.kill(victim.pid, signal.SIGKILL)
    assert [i.doc.id for i in items] == [f"d{i}" for i in range(len(TEXTS))]
    assert all(i.error is None and i.record.countries for i in items)


def test_unreadable_inputs_keep_their_place(tmp_path):
    from accords.pipeline import extract_documents

    (tmp_path / "a.txt").write_text(DOC_TALKS, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text(DOC_EN, encoding="utf-8")
    names = [str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")]
    items = list(extract_documents(names, workers=2))
    assert [bool(i.error) for i in items] == [False, True, False]
    assert "b.txt" in items[1].error


def test_ingest_with_two_workers_stores_each_document_once(tmp_path):
    from accords.pipeline.ingest import ingest
    from accords.store import open_store

    for i, t in enumerate([DOC_TALKS, DOC_CALL, DOC_EN, DOC_TALKS]):
        (tmp_path / f"{i}.txt").write_text(t, encoding="utf-8")
    store = open_store(str(tmp_path / "a.db"), create=True)
    stats = ingest(store, [str(tmp_path)], workers=2)
    assert (stats.stored, stats.duplicates, stats.failed) == (3, 1, [])
    again = ingest(store, [str(tmp_path)], workers=2)
    assert (again.stored, again.duplicates) == (0, 4)
    assert store.count() == 3


def test_a_stalled_worker_costs_only_its_document_and_nothing_waits_for_ever():
    with WorkerPool(2, timeout=0.001) as pool:     # every document "stalls"
        items = list(pool.map(_jobs(TEXTS[:2])))
    assert [i.doc.id for i in items] == ["d0", "d1"]
    assert all("stalled" in i.error for i in items)


def test_workers_store_the_same_search_text_signatures_and_follow_up_as_one_process(tmp_path):
    from sqlalchemy import text

    from accords.pipeline.ingest import ingest
    from accords.store import open_store

    for i, t in enumerate([DOC_TALKS, DOC_CALL, DOC_EN]):
        (tmp_path / f"{i}.txt").write_text(t, encoding="utf-8")
    rows = []
    for workers in (1, 2):
        store = open_store(str(tmp_path / f"w{workers}.db"), create=True)
        ingest(store, [str(tmp_path)], workers=workers)
        with store.engine.connect() as conn:
            rows.append(conn.execute(text(
                "SELECT d.sha256, d.lemmas, m.signature, f.data FROM documents d "
                "JOIN document_minhash m ON m.document_id = d.id "
                "JOIN document_followup f ON f.document_id = d.id ORDER BY d.sha256")).all())
    assert len(rows[0]) == 3 and rows[0] == rows[1]


def test_workers_forked_after_prestart_give_the_same_records():
    from multiprocessing import forkserver

    from accords.pipeline.parallel import prestart

    prestart(2)
    assert forkserver._forkserver._forkserver_pid is not None   # the server runs already
    serial = list(extract_jobs(_jobs(TEXTS[:3]), workers=1))
    parallel = list(extract_jobs(_jobs(TEXTS[:3]), workers=2))
    assert [_facts(i) for i in parallel] == [_facts(i) for i in serial]


def test_documents_travel_in_small_batches_and_a_large_one_alone():
    from accords.pipeline.parallel import BATCH_CHARS, BATCH_DOCS, _batches
    from accords.ingest.sources import InputError

    small = [(SourceDoc(text="x" * 100, id=f"s{i}", source=f"s{i}"), None) for i in range(BATCH_DOCS + 1)]
    large = (SourceDoc(text="y" * BATCH_CHARS, id="big", source="big"), None)
    error = (InputError("bad.txt", "not UTF-8"), None)
    batches = list(_batches(small[:2] + [error] + [large] + small[2:]))
    # order kept; the large document closes the batch before it and travels alone
    assert [j[0].source for b in batches for j in b] == ["s0", "s1", "bad.txt", "big"] + [
        f"s{i}" for i in range(2, BATCH_DOCS + 1)]
    assert [len(b) for b in batches][:2] == [3, 1]
    assert all(len(b) <= BATCH_DOCS for b in batches)
    assert sum(len(getattr(j[0], "text", "")) for j in batches[0]) <= BATCH_CHARS
