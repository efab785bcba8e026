"""Latency of a country pair's page data with 10,000 stored documents (SQLite).

    python bench/bench_web.py [--n 10000] [--runs 300] [--store bench/out/web-10000.db]
                              [--analyze] [--json]

The store is made once (generated press releases, bench/generate_docs.py, through the real
ingest with ``--workers 2``) and reused by later runs: delete the file to rebuild it. Each
run then asks for the pair pages of the 20 most active pairs in turn, after a warm-up of one
pass, three ways:
  query   accords.api.queries_facts.pair_summary (the SQL and the grouping);
  api     GET /api/pairs/A/B through FastAPI's TestClient (plus validation and JSON);
  page    GET /pairs/A/B, the dashboard page (plus the template).
Reported: p50, p95 and max in milliseconds. The goal: p95 of the API under 100 ms.
"""
from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
GOAL_MS = 100.0


def build_store(path: Path, n: int) -> None:
    """Generate ``n`` documents and ingest them into a new SQLite store at ``path``."""
    from accords.pipeline.ingest import ingest
    from accords.store import open_store
    from generate_docs import generate

    path.parent.mkdir(parents=True, exist_ok=True)
    docs = path.with_suffix(".jsonl")
    with docs.open("w", encoding="utf-8") as f:
        for d in generate(n):
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    tmp = path.with_name(path.name + ".part")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    started = time.monotonic()
    store = open_store(str(tmp), create=True)
    stats = ingest(store, [str(docs)], workers=2)
    store.engine.dispose()      # the last connection closing folds the WAL into the file
    tmp.replace(path)
    print(f"built {path}: {stats.stored} documents in {time.monotonic() - started:.0f} s",
          file=sys.stderr)


def percentiles(samples: list[float], cpu: list[float]) -> dict:
    """Wall-clock p50/p95/max, and the mean CPU time of the process per request (steadier on
    a machine shared with other work)."""
    qs = statistics.quantiles(samples, n=100, method="inclusive")
    return {"p50_ms": round(qs[49], 1), "p95_ms": round(qs[94], 1),
            "max_ms": round(max(samples), 1), "cpu_ms": round(statistics.fmean(cpu), 1),
            "n": len(samples)}


def measure(fn, pairs: list[tuple[str, str]], runs: int) -> dict:
    for a, b in pairs:          # warm-up: caches, first template compile
        fn(a, b)
    samples, cpu = [], []
    for i in range(runs):
        a, b = pairs[i % len(pairs)]
        t, c = time.perf_counter(), time.process_time()
        fn(a, b)
        samples.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return percentiles(samples, cpu)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=300)
    ap.add_argument("--store", type=Path, default=None)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--analyze", action="store_true",
                    help="give SQLite's planner statistics first (ANALYZE); by default none")
    args = ap.parse_args(argv)
    path = args.store or ROOT / "bench" / "out" / f"web-{args.n}.db"
    if not path.exists():
        build_store(path, args.n)

    from fastapi.testclient import TestClient

    from accords.api.app import create_app
    from accords.api.queries import list_pairs
    from accords.api.queries_facts import pair_summary
    from accords.store import open_store

    store = open_store(str(path))
    if args.analyze:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    else:                                  # as a store made by `accords ingest` is
        with store.engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE IF EXISTS sqlite_stat1")
    _, pairs = list_pairs(store, limit=20)
    pairs = [(p["a"], p["b"]) for p in pairs]
    client = TestClient(create_app(store))
    client.__enter__()                     # one event loop for all requests, as a server has

    def api(a, b):
        assert client.get(f"/api/pairs/{a}/{b}").status_code == 200

    def page(a, b):
        assert client.get(f"/pairs/{a}/{b}").status_code == 200

    result = {"documents": _count(store), "pairs": len(pairs),
              "query": measure(lambda a, b: pair_summary(store, a, b), pairs, args.runs),
              "api": measure(api, pairs, args.runs), "page": measure(page, pairs, args.runs)}
    result["goal_met"] = result["api"]["p95_ms"] < GOAL_MS
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{result['documents']} documents, {len(pairs)} pairs, {args.runs} requests each, "
              f"load average {os.getloadavg()[0]:.1f}")
        for k in ("query", "api", "page"):
            r = result[k]
            print(f"  {k:5}  p50 {r['p50_ms']:6.1f} ms  p95 {r['p95_ms']:6.1f} ms  "
                  f"max {r['max_ms']:6.1f} ms  CPU {r['cpu_ms']:6.1f} ms")
        print(f"goal p95(api) < {GOAL_MS:.0f} ms: {'met' if result['goal_met'] else 'NOT met'}")
    return 0


def _count(store) -> int:
    from sqlalchemy import func, select

    from accords.store.models import Document

    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Document)).scalar_one()


if __name__ == "__main__":
    sys.exit(main())
