"""Throughput of `accords ingest --workers N` for N = 1 and 2, and peak memory per worker.

    python bench/bench_workers.py [--n 2000] [--workers 1,2] [--repeat 1] [--marginal] [--json]

Generates ``--n`` distinct press releases (bench/generate_docs.py), then ingests them into a
new SQLite store once per worker count, each run as its own `accords ingest` process.
Throughput counts every document, model loading included (that is what a user waits for);
the time to load the models once is measured apart and reported, so the steady rate can be
read off too. Peak RSS is the largest of the run's processes: the parent (reader and writer)
for one worker, the largest worker process otherwise (resource's RUSAGE_CHILDREN of the
parent's own children is read through /proc while it runs); the parent's own CPU seconds
(reading, hashing, taking results apart, writing, tracking) are read there too, the last
sample before it exits. With ``--repeat R`` the worker
counts run in turn R times (1, 2, 1, 2, …) and each figure is the median over the rounds, the
speed-up the median of the rounds' own ratios: on a shared machine a slow spell then slows
one round of both, not one side of the comparison. ``--marginal`` also ingests the first half of the documents in
each round and reports the rate of the second half alone, where the costs every run pays
once (start-up, loading the models, the fixed part of tracking) cancel out. ``--ceiling`` also
runs, in each round, two one-worker ingests at once, each of half the documents into a store of
its own: two processes that share nothing and never wait for each other, which is as far as any
pool of two workers can go on this machine (each still pays its start-up, its models and its
tracking, and the two share the cores' caches and memory bandwidth).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from statistics import median
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate_docs import write_jsonl  # noqa: E402

ACCORDS = Path(sys.executable).with_name("accords")


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (FileNotFoundError, ProcessLookupError, ValueError):
        pass
    return 0.0


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds of one process so far (its own, not its children's)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (FileNotFoundError, ProcessLookupError, ValueError, IndexError):
        return 0.0


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for child in Path(f"/proc/{p}/task/{p}/children").read_text().split():
                todo.append(int(child))
        except (FileNotFoundError, ProcessLookupError):
            pass
    return out


def run(workers: int, docs: Path, db: Path) -> dict:
    """One ingest process; samples the RSS of it and its workers every 50 ms."""
    peak = {"parent": 0.0, "worker": 0.0, "parent_cpu": 0.0}
    started = time.perf_counter()
    proc = subprocess.Popen([str(ACCORDS), "ingest", str(docs), "--db", str(db), "-q",
                             "--workers", str(workers)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample():
        while not done.is_set():
            for p in _tree(proc.pid):
                kind = "parent" if p == proc.pid else "worker"
                peak[kind] = max(peak[kind], _rss_mb(p))
            peak["parent_cpu"] = max(peak["parent_cpu"], _cpu_s(proc.pid))
            time.sleep(0.05)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    out, err = proc.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    t.join()
    if proc.returncode != 0:
        raise SystemExit(f"ingest --workers {workers} failed: {err.decode()[-500:]}")
    n = sum(1 for _ in docs.open(encoding="utf-8"))
    per_worker = peak["parent"] if workers == 1 else peak["worker"]
    return {"workers": workers, "docs": n, "seconds": round(elapsed, 2),
            "docs_per_s": round(n / elapsed, 2), "peak_rss_per_worker_mb": round(per_worker, 1),
            "peak_rss_parent_mb": round(peak["parent"], 1),
            "parent_cpu_s": round(peak["parent_cpu"], 2), "summary": out.decode().strip()}


def run_independent(halves: list[Path], dbs: list[Path]) -> dict:
    """Two one-worker ingests at once, each of its own half into its own store; the time is
    until the later one ends."""
    started = time.perf_counter()
    procs = [subprocess.Popen([str(ACCORDS), "ingest", str(d), "--db", str(db), "-q", "--workers", "1"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for d, db in zip(halves, dbs)]
    for proc in procs:
        _, err = proc.communicate()
        if proc.returncode != 0:
            raise SystemExit(f"independent ingest failed: {err.decode()[-500:]}")
    elapsed = time.perf_counter() - started
    n = sum(sum(1 for _ in d.open(encoding="utf-8")) for d in halves)
    return {"docs": n, "seconds": round(elapsed, 2), "docs_per_s": round(n / elapsed, 2)}


def model_load_seconds() -> float:
    code = ("import time; t=time.perf_counter(); from accords.nlp.analysis import _models; "
            "_models(); print(time.perf_counter()-t)")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return round(float(out.stdout.strip()), 2)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--repeat", type=int, default=1, help="rounds of all worker counts in turn")
    ap.add_argument("--marginal", action="store_true",
                    help="also ingest the first half of the documents, for the rate beyond fixed costs")
    ap.add_argument("--ceiling", action="store_true",
                    help="also two one-worker ingests of half the documents each, at once (no pool)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    counts = [int(w) for w in args.workers.split(",")]
    rounds, halves, ceiling = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        docs = write_jsonl(Path(tmp) / "docs.jsonl", args.n, seed=7)
        lines = docs.read_text(encoding="utf-8").splitlines(keepends=True)
        half, second = Path(tmp) / "half.jsonl", Path(tmp) / "second.jsonl"
        half.write_text("".join(lines[: args.n // 2]), encoding="utf-8")
        second.write_text("".join(lines[args.n // 2:]), encoding="utf-8")
        for r in range(args.repeat):
            rounds.append([run(w, docs, Path(tmp) / f"w{w}-{r}.db") for w in counts])
            if args.marginal:
                halves.append([run(w, half, Path(tmp) / f"h{w}-{r}.db") for w in counts])
            if args.ceiling:
                ceiling.append(run_independent([half, second],
                                               [Path(tmp) / f"a-{r}.db", Path(tmp) / f"b-{r}.db"]))
    load = model_load_seconds()
    if args.json:
        print(json.dumps({"model_load_s": load, "rounds": rounds, "halves": halves,
                          "independent": ceiling}, indent=1))
        return
    print(f"cores: {os.cpu_count()}, documents: {rounds[0][0]['docs']}, model load: {load} s, "
          f"rounds: {len(rounds)} (medians)\n")
    print("| workers | seconds | docs/s | speed-up | peak RSS per worker MB | parent MB | parent CPU s |")
    print("|---|---|---|---|---|---|---|")
    for i, w in enumerate(counts):
        runs = [rnd[i] for rnd in rounds]
        speedup = median(rnd[i]["docs_per_s"] / rnd[0]["docs_per_s"] for rnd in rounds)
        print(f"| {w} | {median(x['seconds'] for x in runs):.2f} | {median(x['docs_per_s'] for x in runs):.2f} "
              f"| {speedup:.2f} | {median(x['peak_rss_per_worker_mb'] for x in runs):.1f} "
              f"| {median(x['peak_rss_parent_mb'] for x in runs):.1f} "
              f"| {median(x['parent_cpu_s'] for x in runs):.2f} |")
    if ceiling:
        speedup = median(c["docs_per_s"] / rnd[0]["docs_per_s"] for c, rnd in zip(ceiling, rounds))
        print(f"| 2 independent one-worker ingests, half each, no pool | "
              f"{median(c['seconds'] for c in ceiling):.2f} | {median(c['docs_per_s'] for c in ceiling):.2f} "
              f"| {speedup:.2f} | | | |")
    if halves:
        print_marginal(counts, rounds, halves)


def print_marginal(counts: list[int], rounds: list, halves: list) -> None:
    """The rate of the second half alone: (N - N/2) / (T(N) - T(N/2)), per round. What both
    runs pay once (start-up, models, the fixed part of tracking) cancels out; what grows with
    the documents (extraction, writing, tracking's share) stays in."""
    print("\nMarginal rate (second half of the documents, fixed costs cancelled):\n")
    print("| workers | seconds N/2 | seconds N | marginal docs/s | speed-up |")
    print("|---|---|---|---|---|")
    rates = [[(full[i]["docs"] - half[i]["docs"]) / (full[i]["seconds"] - half[i]["seconds"])
              for i in range(len(counts))] for full, half in zip(rounds, halves)]
    for i, w in enumerate(counts):
        print(f"| {w} | {median(h[i]['seconds'] for h in halves):.2f} "
              f"| {median(r[i]['seconds'] for r in rounds):.2f} | {median(x[i] for x in rates):.1f} "
              f"| {median(x[i] / x[0] for x in rates):.2f} |")


if __name__ == "__main__":
    main()
