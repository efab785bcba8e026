"""Ingest throughput against extract-only speed, on generated press releases.

    python bench/bench_ingest.py [--n 10000] [--chunk 50] [--db sqlite|URL] [--json]

Generates 2 × ``--n`` distinct documents (bench/generate_docs.py) plus a warm-up set. After
the warm-up (model loading and first-use costs excluded from both sides), the documents are
cut into chunks of ``--chunk`` and the two runs alternate chunk by chunk in the order
E I I E E I I E ..., so a machine that gets busier or quieter, or caches that warm up,
favour neither side; no text is processed twice (per-text caches cannot help either side):
  extract-only  read a JSONL chunk and extract every document, JSON Lines to /dev/null
                (what ``accords extract`` does);
  ingest        a JSONL chunk into one growing store: dedupe by hash, extract, then in the
                writer thread lemmatise for search, MinHash for story clusters and write
                facts in batched transactions.
CPU time (all threads) per document is reported beside wall-clock speed: on a machine
shared with other work it is the steadier measure. Then, apart: storing alone (SQLite) — the extract-only records written through ingest with
extraction replaced by a lookup — the per-document cost of the store itself.
The issue's target: ingest at >= 90 % of extract-only speed on SQLite.
"""
from __future__ import annotations

import os

# natasha's networks run on numpy; multi-threaded OpenBLAS spin-waits and, on a shared
# 2-core machine, costs several times the CPU of one thread for these small matrices
# (measured: 92 vs 15 ms of CPU per document). Set before numpy loads; both sides alike.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_docs import generate  # noqa: E402

WARM_UP = 100


def extract_only(path: Path, keep: dict | None = None) -> tuple[int, float]:
    """Documents extracted and seconds taken; ``keep`` collects the items by source."""
    from accords.pipeline import extract_documents

    n = 0
    t0 = time.perf_counter()
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for item in extract_documents([str(path)]):
            if item.record is not None:
                sink.write(item.record.to_json() + "\n")
                n += 1
                if keep is not None:
                    keep[item.doc.source] = item
    return n, time.perf_counter() - t0


def ingest_run(store, path: Path, batch_size: int) -> tuple[int, float]:
    """Documents stored and seconds taken."""
    from accords.pipeline.ingest import ingest

    t0 = time.perf_counter()
    stats = ingest(store, [str(path)], batch_size=batch_size)
    secs = time.perf_counter() - t0
    if stats.failed:
        print(f"warning: {len(stats.failed)} failed, e.g. {stats.failed[0]}", file=sys.stderr)
    return stats.stored, secs


def store_only(db: str, paths: list[Path], items: dict, batch_size: int) -> tuple[int, float]:
    """Ingest with extraction replaced by the records already extracted: what storing adds
    (hashing, dedupe lookups, lemmas, MinHash, SQL), measured apart from the extractor."""
    import accords.pipeline.ingest as ing
    from accords.store import open_store

    store = open_store(db, create=True)
    real = ing.extract_document
    ing.extract_document = lambda doc, lang=None: items[doc.source]
    try:
        t0 = time.perf_counter()
        n = sum(ing.ingest(store, [str(p)], batch_size=batch_size).stored for p in paths)
        return n, time.perf_counter() - t0
    finally:
        ing.extract_document = real


def write_jsonl(path: Path, docs: list[dict]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    return path


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10_000, help="documents for each side")
    ap.add_argument("--chunk", type=int, default=50, help="documents per alternation")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--db", default="sqlite", help="'sqlite' (a new temporary file) or a database URL "
                                                   "(must be empty, e.g. a fresh PostgreSQL schema)")
    ap.add_argument("--batch-size", type=int, default=50)
    ap.add_argument("--json", action="store_true", help="print the result as JSON too")
    args = ap.parse_args(argv)

    from accords.store import open_store

    with tempfile.TemporaryDirectory(prefix="accords-bench-") as tmp:
        docs = list(generate(2 * args.n + WARM_UP, args.seed))
        warm = write_jsonl(Path(tmp, "warm.jsonl"), docs[:WARM_UP])
        body = docs[WARM_UP:]
        chunks = [write_jsonl(Path(tmp, f"c{i:05d}.jsonl"), body[s:s + args.chunk])
                  for i, s in enumerate(range(0, len(body), args.chunk))]
        db = "sqlite:///" + str(Path(tmp, "bench.db")) if args.db == "sqlite" else args.db
        store = open_store(db, create=True)          # schema creation is not timed
        print(f"{len(body)} generated documents in {len(chunks)} chunks (+{WARM_UP} to warm up)",
              file=sys.stderr, flush=True)
        extract_only(warm)
        ingest_run(store, warm, args.batch_size)

        items: dict = {}
        ex_paths = []
        n_ex = n_in = 0
        t_ex = t_in = c_ex = c_in = 0.0
        started = time.perf_counter()
        for i, path in enumerate(chunks):
            cpu = time.process_time()
            if "EIIE"[i % 4] == "E":
                n, t = extract_only(path, items)
                n_ex, t_ex, c_ex = n_ex + n, t_ex + t, c_ex + time.process_time() - cpu
                ex_paths.append(path)
            else:
                n, t = ingest_run(store, path, args.batch_size)
                n_in, t_in, c_in = n_in + n, t_in + t, c_in + time.process_time() - cpu
            if (i + 1) % 20 == 0 and t_ex and t_in:
                print(f"  {i + 1}/{len(chunks)} chunks, {time.perf_counter() - started:.0f} s: "
                      f"extract-only {n_ex / t_ex:.1f} docs/s, ingest {n_in / t_in:.1f} docs/s",
                      file=sys.stderr, flush=True)
        print(f"extract-only: {n_ex} docs in {t_ex:.1f} s = {n_ex / t_ex:.1f} docs/s")
        print(f"ingest:       {n_in} docs in {t_in:.1f} s = {n_in / t_in:.1f} docs/s")
        ratio = (n_in / t_in) / (n_ex / t_ex)
        backend = "sqlite" if args.db == "sqlite" else args.db.split(":", 1)[0]
        print(f"ingest / extract-only = {ratio:.1%} ({backend}; target >= 90%)")
        cpu_ratio = (c_ex / n_ex) / (c_in / n_in)
        print(f"CPU time per document: extract-only {c_ex / n_ex * 1000:.1f} ms, ingest "
              f"{c_in / n_in * 1000:.1f} ms (all threads) -> {cpu_ratio:.1%}; on a busy machine "
              f"this is the steadier figure")
        n_st, t_st = store_only("sqlite:///" + str(Path(tmp, "store-only.db")), ex_paths, items,
                                args.batch_size)
        per_doc = t_st / max(1, n_st)
        print(f"storing alone: {per_doc * 1000:.2f} ms per document "
              f"(extract-only: {t_ex / n_ex * 1000:.1f} ms per document)")
        if args.json:
            print(json.dumps({"n": args.n, "backend": backend, "extract_docs_per_s": n_ex / t_ex,
                              "ingest_docs_per_s": n_in / t_in, "ratio": ratio,
                              "extract_s": t_ex, "ingest_s": t_in, "cpu_ratio": cpu_ratio,
                              "store_only_ms_per_doc": per_doc * 1000}))


if __name__ == "__main__":
    main()
