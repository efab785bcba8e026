"""The agreement of two annotations (scripts/agreement.py): an annotation agrees with itself
on everything, a changed one does not, and the stored second annotations line up with their sets."""
from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SPEC = importlib.util.spec_from_file_location("agreement", HERE.parent / "scripts" / "agreement.py")
agreement_mod = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(agreement_mod)


def _load(path: Path) -> dict:
    return {json.loads(l)["id"]: json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()}


def test_an_annotation_agrees_with_itself_and_a_changed_one_does_not():
    docs = _load(HERE / "real14" / "docs.jsonl")
    first = _load(HERE / "real14" / "gold.jsonl")
    same = agreement_mod.agreement(docs, first, first)
    assert same["headline"] == pytest.approx(1.0)
    changed = copy.deepcopy(first)
    for g in changed.values():
        for c in g.get("commitments", []):
            c["actor"] = "XXX"          # every commitment given to nobody's side
        g["figures"] = [dict(f, value=f["value"] * 2) for f in g.get("figures", [])]
    s = agreement_mod.agreement(docs, first, changed)
    assert s["types"]["commitments"]["f1"] == 0.0 and s["types"]["figures"]["f1"] == 0.0
    assert s["types"]["countries"]["f1"] == 1.0


@pytest.mark.parametrize("name", ["real14", "real16"])
def test_the_second_annotations_cover_their_set_and_quote_its_text(name):
    docs = _load(HERE / name / "docs.jsonl")
    second = _load(HERE / "agreement" / f"{name}.second.jsonl")
    assert set(second) == set(docs)
    for i, g in second.items():
        for c in g.get("commitments", []):
            assert c["quote"] in docs[i]["text"], (i, c["quote"][:60])
