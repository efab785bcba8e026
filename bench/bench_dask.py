"""Throughput of `accords ingest --dask` on a LocalCluster against the single-process ingest,
on the same generated press releases, both into PostgreSQL.

    python bench/bench_dask.py --db postgresql+psycopg://postgres@127.0.0.1:5432/test [--n 2000] [--repeat R]

``--db`` names a server and a database to connect to; the runs use a database of their own
on that server (``accords_bench``, created anew for each run and dropped at the end), so
nothing of the named database is touched. Each run is its own `accords ingest` process
and counts everything a user waits for: reading, extracting, writing, the links across
documents, and the models loaded in the single process. The cluster (``--workers``
processes of one thread) is started before its run, as a team's cluster would be running
already, with the worker settings docs/scale.md gives — whose preload loads the models when a
worker starts, so a running cluster's workers have them (``--defaults`` adds a run with
Dask's own settings, to show what they cost).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate_docs import write_jsonl  # noqa: E402

ACCORDS = Path(sys.executable).with_name("accords")
BENCH_DB = "accords_bench"


def fresh_database(url: str) -> str:
    """A new empty database beside the one ``url`` names; its URL."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{BENCH_DB}"'))
    engine.dispose()
    return make_url(url).set(database=BENCH_DB).render_as_string(hide_password=False)


def drop_database(url: str) -> None:
    from sqlalchemy import create_engine, text
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)'))
    engine.dispose()


def stored(url: str) -> tuple[int, int]:
    """(documents, distinct text hashes) in the database: equal when each is stored once."""
    from sqlalchemy import create_engine, text
    engine = create_engine(url)
    with engine.connect() as conn:
        n = conn.execute(text("SELECT count(*) FROM documents")).scalar_one()
        distinct = conn.execute(text("SELECT count(DISTINCT sha256) FROM documents")).scalar_one()
    engine.dispose()
    return n, distinct


def ingest(docs: Path, db: str, *extra: str) -> tuple[float, str]:
    started = time.perf_counter()
    proc = subprocess.run([str(ACCORDS), "ingest", str(docs), "--db", db, "-q", *extra],
                          capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"accords ingest {' '.join(extra)} failed: {proc.stderr[-800:]}")
    warned = [l for l in proc.stderr.splitlines() if "warning" in l and "Dask workers" in l]
    return elapsed, (warned[0] if warned else "")


def run_single(docs: Path, server: str) -> dict:
    db = fresh_database(server)
    secs, _ = ingest(docs, db)
    return {"run": "single process", "seconds": round(secs, 2), "stored": stored(db)}


def run_dask(docs: Path, server: str, workers: int, tuned: bool) -> dict:
    """``tuned``: workers started as docs/scale.md tells (WORKER_CONFIG); else Dask's defaults."""
    import dask
    from distributed import LocalCluster

    from accords.pipeline.distributed import WORKER_CONFIG

    db = fresh_database(server)
    # a nanny leaves the variables it sets in this process's environment, where the next
    # cluster's workers would inherit them
    os.environ.pop("MALLOC_TRIM_THRESHOLD_", None)
    with dask.config.set(WORKER_CONFIG if tuned else {}):
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster:
            secs, warned = ingest(docs, db, "--dask", cluster.scheduler_address)
    how = "workers as docs/scale.md starts them" if tuned else "Dask's default worker settings"
    return {"run": f"Dask LocalCluster, {workers} worker processes, {how}",
            "seconds": round(secs, 2), "stored": stored(db), "warned": warned}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", default=os.environ.get("ACCORDS_TEST_PG"),
                    help="a PostgreSQL URL of the server to use (default: $ACCORDS_TEST_PG)")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--defaults", action="store_true",
                    help="also run the cluster with Dask's default worker settings")
    ap.add_argument("--repeat", type=int, default=1,
                    help="rounds of the runs in turn; the speed-up is the median of the rounds' own")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not args.db or not args.db.startswith("postgresql"):
        raise SystemExit("bench_dask: give --db a PostgreSQL URL (or set ACCORDS_TEST_PG)")
    with tempfile.TemporaryDirectory() as tmp:
        docs = write_jsonl(Path(tmp) / "docs.jsonl", args.n, seed=7)
        rounds = []
        try:
            for _ in range(args.repeat):   # in turn: a slow spell of a shared machine slows one round
                results = [run_single(docs, args.db)]
                if args.defaults:
                    results.append(run_dask(docs, args.db, args.workers, tuned=False))
                results.append(run_dask(docs, args.db, args.workers, tuned=True))
                for r in results:
                    r["docs_per_s"] = round(args.n / r["seconds"], 2)
                rounds.append(results)
        finally:
            drop_database(args.db)
    if args.json:
        print(json.dumps(rounds, indent=1))
        return
    print(f"cores: {os.cpu_count()}, documents: {args.n}, rounds: {len(rounds)}\n")
    print("| round | run | seconds | docs/s | speed-up | documents stored (rows, distinct) |")
    print("|---|---|---|---|---|---|")
    for i, results in enumerate(rounds, 1):
        base = results[0]["docs_per_s"]
        for r in results:
            print(f"| {i} | {r['run']} | {r['seconds']} | {r['docs_per_s']} | {r['docs_per_s'] / base:.2f} "
                  f"| {r['stored'][0]}, {r['stored'][1]} |")
    if len(rounds) > 1:
        for j, r in enumerate(rounds[0][1:], 1):
            ups = [res[j]["docs_per_s"] / res[0]["docs_per_s"] for res in rounds]
            print(f"\n{r['run']}: speed-up median {median(ups):.2f} (rounds: "
                  f"{', '.join(f'{u:.2f}' for u in ups)})")
    for r in rounds[-1]:
        if r.get("warned"):
            print(f"\n{r['run']}: the CLI said: {r['warned'].strip()}")


if __name__ == "__main__":
    main()
