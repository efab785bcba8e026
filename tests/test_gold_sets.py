"""The team's held-out gold sets are well-formed: valid codes, quotes that stand in the text once."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from accords.record import EVENT_TYPES, ROLE_CLASSES, SECTOR_IDS

HERE = Path(__file__).resolve().parent
SETS = [HERE / "holdout", HERE / "holdout2", HERE / "holdout3", HERE / "holdout4", HERE / "holdout5"]
METRICS = {"trade_turnover", "exports", "imports", "investment", "agreements_value", "project_value", "other"}
MODALITIES = {"commit", "intend", "propose", "ready", "agreed", "request"}
PERIOD = re.compile(r"\d{4}(-\d{2})?(/\d{4}(-\d{2})?)?")


def load(folder: Path):
    docs = {d["id"]: d for d in map(json.loads, (folder / "docs.jsonl").read_text(encoding="utf-8").splitlines())}
    gold = [json.loads(l) for l in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    return docs, gold


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_gold_is_well_formed(folder):
    docs, gold = load(folder)
    assert len(docs) == len(gold) >= 15
    problems = []
    for g in gold:
        text = docs[g["id"]]["text"]
        parties = set(g["countries"])
        problems += [f"{g['id']} country {c}" for c in parties if not re.fullmatch(r"[A-Z]{3}", c)]
        problems += [f"{g['id']} event {e}" for e in g["events"] if e not in EVENT_TYPES]
        problems += [f"{g['id']} sector {s}" for s in g["sectors"] if s not in SECTOR_IDS]
        for p in g["persons"]:
            if p["role_class"] not in ROLE_CLASSES or (p["country"] and p["country"] not in parties):
                problems.append(f"{g['id']} person {p}")
        for f in g["figures"]:
            if (f["metric"] not in METRICS or f["kind"] not in {"actual", "target", "forecast"}
                    or (f["period"] is not None and not PERIOD.fullmatch(f["period"]))
                    or not re.fullmatch(r"[A-Z]{3}", f["currency"])):
                problems.append(f"{g['id']} figure {f}")
        for c in g["commitments"]:
            if c["modality"] not in MODALITIES or (c["actor"] != "JOINT" and c["actor"] not in parties):
                problems.append(f"{g['id']} commitment {c}")
            if text.count(c["quote"]) != 1:
                problems.append(f"{g['id']} quote not once in the text: {c['quote'][:60]}")
    assert not problems, problems
