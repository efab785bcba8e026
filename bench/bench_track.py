"""Tracking across documents (``accords track``) over a store of generated documents.

    python bench/bench_track.py [--n 10000] [--db FILE] [--json]

Generates ``--n`` press releases (bench/generate_docs.py), ingests them into a SQLite store
(untimed; ``--db`` keeps and reuses the file, so the slow part runs once), then times:
  full         ``run_track`` over everything: entities, event clusters, commitment sync and
               follow-up through the inverted index;
  incremental  50 more documents ingested, then ``run_track(since_document_id=…)`` as the
               end of ``accords ingest`` runs it.
Reported with CPU time (one process, one core for Python) and the size of the work: stored
commitments followed up, sentences indexed, candidate sentences scored, links suggested.
The issue's target: the full follow-up over 10,000 documents in under a minute on one core.
"""
from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _ingest(store, docs: list[dict], tmp: Path) -> None:
    from accords.pipeline.ingest import ingest

    path = tmp / f"docs-{len(docs)}-{time.time_ns()}.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    stats = ingest(store, [str(path)])
    if stats.failed:
        print(f"warning: {len(stats.failed)} failed, e.g. {stats.failed[0]}", file=sys.stderr)


def _timed(fn):
    t0, c0 = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - t0, time.process_time() - c0


def main(argv=None) -> None:
    from generate_docs import generate

    from accords.store import open_store
    from accords.store.track_run import last_document_id, run_track

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--db", type=Path, default=None, help="SQLite file to build once and reuse")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="accords-bench-track-"))
    db = args.db or tmp / "track.db"
    store = open_store(str(db), create=True)
    have = store.count()
    if have < args.n:
        docs = list(generate(args.n, seed=args.seed))
        print(f"ingesting {args.n - have} documents into {db} (untimed)…", file=sys.stderr)
        _ingest(store, docs[have:args.n], tmp)
    # 50 documents never stored before (a new seed each run), for the incremental run
    fresh = list(generate(50, seed=args.seed * 1000 + have + time.time_ns() % 100_000))
    stats, wall, cpu = _timed(lambda: run_track(store))
    before = last_document_id(store)
    _ingest(store, fresh, tmp)
    inc, inc_wall, inc_cpu = _timed(lambda: run_track(store, since_document_id=before))
    result = {"documents": before, "commitments_followed": stats.followed,
              "links": stats.links, "events": stats.events,
              "persons": stats.entities.get("person", 0),
              "full_s": round(wall, 2), "full_cpu_s": round(cpu, 2),
              "incremental_docs": 50, "incremental_followed": inc.followed,
              "incremental_s": round(inc_wall, 2), "incremental_cpu_s": round(inc_cpu, 2)}
    print(f"{result['documents']} documents: full track {wall:.1f} s (CPU {cpu:.1f} s), "
          f"{stats.followed} commitments followed up, {stats.links} links, {stats.events} events; "
          f"+50 documents: {inc_wall:.1f} s (CPU {inc_cpu:.1f} s), {inc.followed} followed up")
    if args.json:
        print(json.dumps(result))


if __name__ == "__main__":
    main()
