"""Experiment: collect per-sentence data for a learned commitment generator (cached pickles).

For every document of a set: the gold commitments, the rules' final commitments (as the
pipeline makes them), and for every sentence unit its span, raw feature inputs, navec vector
and actor hints. Kept out of the product; the training script reads the same things.
"""
from __future__ import annotations

import json
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

from accords.eval.scoring import gold_commitment_span  # noqa: E402
from accords.extractors import run_components  # noqa: E402
from accords.extractors.commitments.build import candidates  # noqa: E402
from accords.extractors.commitments.scorer import accept  # noqa: E402
from accords.nlp import analyze  # noqa: E402
from accords.nlp.dates import date_from_text, parse_date  # noqa: E402
from accords.pipeline.text import normal_text  # noqa: E402
from accords.record import DocInfo  # noqa: E402
from features import unit_rows  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
OUT = Path("/tmp/exp10_gen")
BLIND = {"real2", "real6", "real8", "real10"}


def set_paths(name: str):
    if name == "dev":
        return SHARED / "dev.jsonl", SHARED / "dev-gold.jsonl"
    return ROOT / "tests" / name / "docs.jsonl", ROOT / "tests" / name / "gold.jsonl"


def collect(name: str, blind_ok: bool = False) -> list[dict]:
    assert blind_ok or name not in BLIND
    docs_path, gold_path = set_paths(name)
    gold = {g["id"]: g for g in map(json.loads, gold_path.read_text(encoding="utf-8").splitlines())}
    out = []
    for line in docs_path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        normal = normal_text(doc["text"])
        text = normal.text
        published = parse_date(doc.get("date")) or date_from_text(text)
        an = analyze(text, lang=doc.get("lang"), published=published)
        record = run_components(an, DocInfo(id=doc["id"]))
        golds = []
        for g in gold[doc["id"]]["commitments"]:
            span = gold_commitment_span(text, g["quote"])
            if span:
                golds.append((g["actor"], span, g["modality"]))
        rules = [dict(actor=c.actor, modality=c.modality, text=c.text, evidence=tuple(c.evidence))
                 for c in record.commitments]
        units = []
        if an.lang != "kk" and an.tokens:
            cands = [(tuple(cm.evidence), c.actor, c.modality, c.source, accept(f, v, c.source))
                     for cm, f, v, c in candidates(an, record, fallbacks=True)]
            units = unit_rows(an, record, cands)
        out.append(dict(set=name, id=doc["id"], lang=an.lang, text=text, golds=golds,
                        rules=rules, units=units,
                        countries=[(c.code, len(c.mentions), min((m[0] for m in c.mentions), default=10**9)) for c in record.countries], ngold_total=len(gold[doc["id"]]["commitments"])))
    return out


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for name in sys.argv[1:]:
        t0 = time.time()
        data = collect(name)
        (OUT / f"{name}.pkl").write_bytes(pickle.dumps(data))
        print(name, len(data), f"{time.time() - t0:.0f}s", file=sys.stderr)
