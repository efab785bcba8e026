"""Time and peak memory of one extraction against the size of the document.

Each size runs in its own process (so its peak RSS is its own): the models are loaded and
warmed up on a small text, then one document of the given size is extracted and timed.
The documents are Russian press releases from ``bench/generate_docs.py`` (distinct texts,
seed 1) joined paragraph after paragraph until the size is reached: realistic vocabulary,
names and figures, as in a long digest. ``--runon`` builds instead one sentence-less line
("и. и. и. …") of that size, the worst case for sentence splitting.

    .venv/bin/python bench/bench_size.py                      # 10 KB, 100 KB, 1 MB, 5 MB
    .venv/bin/python bench/bench_size.py --sizes 100K 5M --check
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

UNITS = {"K": 1000, "M": 1000 * 1000}


def parse_size(s: str) -> int:
    s = s.upper().rstrip("B")
    return int(float(s[:-1]) * UNITS[s[-1]]) if s[-1] in UNITS else int(s)


def build_text(size: int, runon: bool = False) -> str:
    """A Russian text of about ``size`` UTF-8 bytes."""
    if runon:
        return "и. " * (size // 4)
    from generate_docs import generate
    parts, total = [], 0
    for doc in generate(10 ** 9, seed=1, en_share=0.0):
        parts.append(doc["text"])
        total += len(doc["text"].encode("utf-8")) + 2
        if total >= size:
            break
    return "\n\n".join(parts)


def measure(size: int, runon: bool) -> dict:
    """Run in a child process: extract one text of ``size`` bytes, report time and RSS."""
    from accords import extract
    extract("Президент Казахстана провёл переговоры с Премьер-министром Сербии в Астане.")
    text = build_text(size, runon)
    t0 = time.perf_counter()
    record = extract(text)
    seconds = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"bytes": len(text.encode("utf-8")), "seconds": round(seconds, 2),
            "peak_rss_mb": round(peak_mb, 1), "persons": len(record.persons),
            "warnings": len(record.warnings)}


def run(size: int, runon: bool) -> dict:
    cmd = [sys.executable, __file__, "--child", str(size)] + (["--runon"] if runon else [])
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", nargs="+", default=["10K", "100K", "1M", "5M"])
    ap.add_argument("--runon", action="store_true", help="one run-on line instead of press text")
    ap.add_argument("--check", action="store_true",
                    help="the largest size within 1.5x of linear from 100K, peak RSS <= 1 GB")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child, args.runon)))
        return 0
    rows = {}
    print("| size | bytes | seconds | s/MB | peak RSS MB | persons | warnings |")
    print("|---|---|---|---|---|---|---|")
    for s in args.sizes:
        r = rows[s] = run(parse_size(s), args.runon)
        print(f"| {s} | {r['bytes']} | {r['seconds']} | {r['seconds'] / r['bytes'] * 1e6:.2f} "
              f"| {r['peak_rss_mb']} | {r['persons']} | {r['warnings']} |", flush=True)
    return check(rows, args.sizes) if args.check else 0


def check(rows: dict, sizes: list[str]) -> int:
    base = rows.get("100K")
    big = rows[sizes[-1]]
    ok = all(r["peak_rss_mb"] <= 1024 for r in rows.values())
    if base and big is not base:
        ratio = (big["seconds"] / big["bytes"]) / (base["seconds"] / base["bytes"])
        print(f"time per byte, {sizes[-1]} against 100K: {ratio:.2f}x (limit 1.5x)")
        ok = ok and ratio <= 1.5
    print("check:", "passed" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
