"""Train the commitment scorer on annotated sets and write accords/data/models/commitments.json.

Every candidate commitment the rules make (accepted by the subject rules or attributed by a
fallback) is labelled by the gold: right when a gold commitment of the same actor overlaps it
as the scoring rules ask. A logistic model over the candidate's named features and the mean
navec vector of its clause learns which to keep. Leave-one-set-out cross-validation reports,
for every set, commitments P/R/F1 of the rules alone and of the model at each threshold; the
threshold kept is the one with the best pooled F1 on the real-text sets.

    .venv/bin/python scripts/train_commitments.py                      # train on the default sets, write the model
    .venv/bin/python scripts/train_commitments.py --sets real1 real3 --no-write --eval real2

Needs scikit-learn (``pip install -e '.[train]'``); scoring at run time does not.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from accords.eval.scoring import _overlap_ok, gold_commitment_span  # noqa: E402
from accords.extractors import COMPONENTS, run_components  # noqa: E402
from accords.extractors.commitments.build import _dedupe, candidates  # noqa: E402
from accords.extractors.commitments.scorer import MODEL_PATH  # noqa: E402
from accords.nlp import analyze  # noqa: E402
from accords.nlp.dates import parse_date  # noqa: E402
from accords.pipeline.text import normal_text  # noqa: E402
from accords.record import DocInfo  # noqa: E402
from accords.version import __version__  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
DEFAULT_SETS = ["dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "real1", "real3", "real4"]
THRESHOLDS = [round(0.2 + 0.05 * i, 2) for i in range(13)]


def set_paths(name: str) -> tuple[Path, Path]:
    if name == "dev":
        return SHARED / "dev.jsonl", SHARED / "dev-gold.jsonl"
    return ROOT / "tests" / name / "docs.jsonl", ROOT / "tests" / name / "gold.jsonl"


def collect(name: str) -> list[dict]:
    """The candidates of every non-Kazakh document of a set, labelled by its gold."""
    docs_path, gold_path = set_paths(name)
    if not docs_path.exists():
        print(f"{name}: absent, skipped", file=sys.stderr)
        return []
    gold = {g["id"]: g for g in map(json.loads, gold_path.read_text(encoding="utf-8").splitlines())}
    before = [c.name for c in COMPONENTS if c.name in ("commitments", "projects")]
    out = []
    for line in docs_path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        if doc.get("lang") == "kk":
            continue
        text = normal_text(doc["text"]).text
        an = analyze(text, lang=doc.get("lang"), published=parse_date(doc.get("date")))
        record = run_components(an, DocInfo(id=doc["id"]), disable=before)
        golds = [(g["actor"], gold_commitment_span(text, g["quote"]))
                 for g in gold[doc["id"]]["commitments"]]
        golds = [g for g in golds if g[1]]
        cands = []
        for commitment, features, vector, c in candidates(an, record, fallbacks=True):
            span = tuple(commitment.evidence)
            label = any(a == commitment.actor and _overlap_ok(span, s) for a, s in golds)
            cands.append(dict(commitment=commitment, features=features, vector=vector,
                              source=c.source, label=label))
        out.append(dict(set=name, id=doc["id"], golds=golds, cands=cands))
    print(f"{name}: {len(out)} documents, {sum(len(d['cands']) for d in out)} candidates",
          file=sys.stderr)
    return out


def score_docs(docs: list[dict], keep) -> tuple[int, int, int]:
    """tp, fp, fn of commitments when ``keep(candidate)`` decides (matching as in scoring)."""
    tp = fp = fn = 0
    for d in docs:
        kept = _dedupe([c["commitment"] for c in d["cands"] if keep(c)])
        used = set()
        for k in kept:
            span = tuple(k.evidence)
            hit = next((i for i, (a, s) in enumerate(d["golds"])
                        if i not in used and a == k.actor and _overlap_ok(span, s)), None)
            if hit is None:
                fp += 1
            else:
                used.add(hit)
                tp += 1
        fn += len(d["golds"]) - len(used)
    return tp, fp, fn


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


class Trainer:
    """A logistic model over named features (sparse) and the clause vector (dense)."""

    def __init__(self, c: float = 1.0, vector_weight: float = 1.0):
        self.c, self.vector_weight = c, vector_weight

    def fit(self, cands: list[dict]) -> "Trainer":
        from scipy.sparse import csr_matrix, hstack
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
        self.vec = DictVectorizer()
        xs = self.vec.fit_transform([c["features"] for c in cands])
        xd = csr_matrix(np.vstack([c["vector"] for c in cands]) * self.vector_weight)
        y = np.array([c["label"] for c in cands])
        self.model = LogisticRegression(C=self.c, max_iter=2000, fit_intercept=False)
        self.model.fit(hstack([xs, xd]).tocsr(), y)
        return self

    def weights(self) -> tuple[dict, np.ndarray]:
        coef = self.model.coef_[0]
        n = len(self.vec.feature_names_)
        named = {k: float(coef[i]) for i, k in enumerate(self.vec.feature_names_) if abs(coef[i]) > 1e-4}
        return named, coef[n:] * self.vector_weight

    def probability(self, cand: dict) -> float:
        named, dense = self.weights_cache
        z = sum(named.get(k, 0.0) * v for k, v in cand["features"].items()) + float(dense @ cand["vector"])
        return 1 / (1 + np.exp(-z))

    def ready(self) -> "Trainer":
        self.weights_cache = self.weights()
        return self


def cross_validate(docs: list[dict], sets: list[str], c: float, vw: float) -> dict:
    """Leave one set out: per set, (rules tp/fp/fn, model tp/fp/fn at each threshold)."""
    report = {}
    for held in sets:
        test = [d for d in docs if d["set"] == held]
        train = [x for d in docs if d["set"] != held for x in d["cands"]]
        if not test or not train:
            continue
        t = Trainer(c, vw).fit(train).ready()
        for d in test:
            for x in d["cands"]:
                x["p"] = t.probability(x)
        rules = score_docs(test, lambda x: x["source"] == "rule")
        model = {th: score_docs(test, lambda x, th=th: x["p"] >= th) for th in THRESHOLDS}
        report[held] = {"rules": rules, "model": model}
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="*", default=DEFAULT_SETS)
    ap.add_argument("--eval", nargs="*", default=[], help="sets scored by the final model (not trained on)")
    ap.add_argument("--c", type=float, default=0.5)
    ap.add_argument("--vector-weight", type=float, default=1.0)
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--out", type=Path, default=MODEL_PATH, help="where to write the model")
    args = ap.parse_args()
    docs = [d for s in args.sets for d in collect(s)]
    sets = sorted({d["set"] for d in docs})
    report = cross_validate(docs, sets, args.c, args.vector_weight)
    real = [s for s in report if s.startswith("real")]
    pooled = {th: tuple(sum(report[s]["model"][th][k] for s in real) for k in range(3)) for th in THRESHOLDS}
    best = max(THRESHOLDS, key=lambda th: (f1(*pooled[th]), -abs(th - 0.5)))
    for s, r in report.items():
        m = r["model"][best]
        print(f"{s:10s} rules F1 {f1(*r['rules']):.3f} {r['rules']}   model@{best} F1 {f1(*m):.3f} {m}")
    rules_real = tuple(sum(report[s]["rules"][k] for s in real) for k in range(3))
    print(f"real pooled: rules {f1(*rules_real):.3f} {rules_real}  model@{best} {f1(*pooled[best]):.3f} {pooled[best]}")
    final = Trainer(args.c, args.vector_weight).fit([x for d in docs for x in d["cands"]]).ready()
    for name in args.eval:
        test = collect(name)
        for d in test:
            for x in d["cands"]:
                x["p"] = final.probability(x)
        r, m = score_docs(test, lambda x: x["source"] == "rule"), score_docs(test, lambda x: x["p"] >= best)
        print(f"EVAL {name}: rules F1 {f1(*r):.3f} {r}  model@{best} F1 {f1(*m):.3f} {m}")
    if args.no_write:
        return
    named, dense = final.weights()
    cv = {s: {"rules_f1": round(f1(*r["rules"]), 4), "model_f1": round(f1(*r["model"][best]), 4)}
          for s, r in report.items()}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({
        "version": f"commitments-lr-{__version__}", "trained_on": sets, "threshold": best,
        "c": args.c, "vector_weight": args.vector_weight, "bias": 0.0,
        "cross_validation": cv, "weights": {k: round(v, 5) for k, v in sorted(named.items())},
        "dense": [round(float(v), 5) for v in dense]}, ensure_ascii=False, indent=0) + "\n",
        encoding="utf-8")
    print(f"wrote {args.out} ({len(named)} named weights)")


if __name__ == "__main__":
    main()
