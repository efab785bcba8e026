"""Throughput of `accords extract` against the bare natasha pipeline, in the same run.

    .venv/bin/python bench/bench_extract.py [--repeat 5] [--corpus ../shared/corpus/dev.jsonl]

Each mode runs in its own subprocess (so peak memory is its own): models are loaded
and one warm-up pass over the corpus is made first, untimed; then every document of
the corpus, repeated, is processed.
"natasha" = segment + morph + syntax + NER + lemmas, nothing else;
"accords" = the full extractor (that pipeline once, plus all the rules).
A third subprocess loads both and times a pass of each over the corpus in turn, ``--repeat``
rounds, and reports the median of the rounds' ratios: on a shared machine a load spike then
slows one round of both rather than one side of the comparison.
"""
from __future__ import annotations

import os

# the same BLAS threading for both modes (accords sets one thread on import; set it before
# numpy loads so the bare natasha run gets it too)
for _v in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "dev.jsonl"


def load(corpus: Path, repeat: int, lang: str | None = None) -> list[dict]:
    docs = [json.loads(l) for l in corpus.read_text(encoding="utf-8").splitlines() if l.strip()]
    if lang:
        docs = [d for d in docs if d.get("lang") == lang]
    return docs * repeat


def make_work(mode: str, disable: tuple[str, ...] = ()):
    """One document's work in this mode, models loaded."""
    if mode == "natasha":
        from natasha import Doc
        from accords.nlp.analysis import _models
        m = _models()

        def work(d):
            doc = Doc(d["text"])
            doc.segment(m["segmenter"])
            doc.tag_morph(m["morph"])
            doc.parse_syntax(m["syntax"])
            doc.tag_ner(m["ner"])
            for t in doc.tokens:
                t.lemmatize(m["vocab"])
        return work
    from accords import extract
    from accords.nlp.analysis import load_models
    load_models()
    extract("Прогрев.", lang="ru")

    def work(d):
        extract(d["text"], date=d.get("date"), lang=d.get("lang"), disable=disable)
    return work


def run_mode(mode: str, corpus: Path, repeat: int, lang: str | None = None,
             disable: tuple[str, ...] = ()) -> dict:
    docs = load(corpus, repeat, lang)
    work = make_work(mode, disable)
    for d in docs[: len(docs) // repeat]:   # warm-up pass: caches filled, not timed
        work(d)
    t0 = time.perf_counter()
    for d in docs:
        work(d)
    elapsed = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"mode": mode, "docs": len(docs), "seconds": round(elapsed, 3),
            "docs_per_s": round(len(docs) / elapsed, 2),
            "ms_per_doc": round(1000 * elapsed / len(docs), 2), "peak_rss_mb": round(peak_mb, 1)}


def run_paired(corpus: Path, repeat: int, lang: str | None = None,
               disable: tuple[str, ...] = ()) -> dict:
    """Both pipelines in one process, a pass of each over the corpus in turn, ``repeat``
    rounds: a load spike on a shared machine then hits one round of both, not one side
    of the comparison. The ratio reported is the median of the rounds' ratios."""
    docs = load(corpus, 1, lang)
    works = {"natasha": make_work("natasha"), "accords": make_work("accords", disable)}
    for work in works.values():
        for d in docs:
            work(d)
    times: dict[str, list[float]] = {"natasha": [], "accords": []}
    for _ in range(repeat):
        for mode, work in works.items():
            t0 = time.perf_counter()
            for d in docs:
                work(d)
            times[mode].append(1000 * (time.perf_counter() - t0) / len(docs))
    ratios = sorted(a / n for a, n in zip(times["accords"], times["natasha"]))
    return {"rounds": repeat, "docs": len(docs),
            "natasha_ms": [round(t, 2) for t in times["natasha"]],
            "accords_ms": [round(t, 2) for t in times["accords"]],
            "median_ratio": round(ratios[len(ratios) // 2], 3)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--mode", choices=["natasha", "accords", "paired"])
    ap.add_argument("--lang", help="only documents of this language (e.g. ru)")
    ap.add_argument("--disable", default="", help="components to switch off, comma-separated "
                    "(e.g. figures: the cost of one component is the difference)")
    args = ap.parse_args()
    disable = tuple(c for c in args.disable.split(",") if c)
    if args.mode == "paired":
        print(json.dumps(run_paired(args.corpus, args.repeat, args.lang, disable)))
        return
    if args.mode:
        print(json.dumps(run_mode(args.mode, args.corpus, args.repeat, args.lang, disable)))
        return
    results = {}
    for mode in ("natasha", "accords", "paired"):
        out = subprocess.run([sys.executable, __file__, "--mode", mode, "--repeat", str(args.repeat),
                              "--corpus", str(args.corpus), "--disable", args.disable]
                             + (["--lang", args.lang] if args.lang else []), check=True, capture_output=True, text=True)
        results[mode] = json.loads(out.stdout.strip().splitlines()[-1])
    paired = results.pop("paired")
    ratio = results["accords"]["ms_per_doc"] / results["natasha"]["ms_per_doc"]
    print("| pipeline | documents | docs/s | ms/doc | peak RSS MB |")
    print("|---|---|---|---|---|")
    for r in results.values():
        print(f"| {r['mode']} | {r['docs']} | {r['docs_per_s']} | {r['ms_per_doc']} | {r['peak_rss_mb']} |")
    print(f"\naccords / natasha time per document: {ratio:.3f}"
          + (f" (accords without: {args.disable})" if args.disable else ""))
    print(f"in turn in one process, {paired['rounds']} rounds of {paired['docs']} documents: "
          f"natasha {paired['natasha_ms']} ms/doc, accords {paired['accords_ms']} ms/doc, "
          f"median ratio {paired['median_ratio']:.3f}")


if __name__ == "__main__":
    main()
