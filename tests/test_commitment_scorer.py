"""The learned commitment scorer: features, the model file, the verdict, and retraining."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from accords.extractors import run_components
from accords.extractors.commitments import build, scorer
from accords.extractors.commitments.build import candidates, find_commitments
from accords.nlp import analyze
from accords.record import DocInfo

ROOT = Path(__file__).resolve().parents[1]
# written for these tests: the second sentence has no subject of its own
TWO = ("Казахстан готов расширить поставки зерна в Сербию. "
       "Нацелены также укреплять транспортное сообщение между странами.")


def _cands(text: str, fallbacks: bool):
    an = analyze(text)
    rec = run_components(an, DocInfo(), disable=["commitments", "projects"])
    return an, rec, candidates(an, rec, fallbacks=fallbacks)


def _model(weights: dict, threshold: float = 0.5) -> scorer.Model:
    return scorer.Model(weights, np.zeros(300, dtype=np.float32), 0.0, threshold, "test")


def test_a_subjectless_cue_takes_the_last_party_only_as_a_fallback():
    _, _, rules_only = _cands(TWO, fallbacks=False)
    assert [(c.source, cm.actor) for cm, _, _, c in rules_only] == [("rule", "KAZ")]
    _, _, liberal = _cands(TWO, fallbacks=True)
    assert [(c.source, cm.actor, cm.modality) for cm, _, _, c in liberal] == [
        ("rule", "KAZ", "ready"), ("fallback", "KAZ", "intend")]


def test_features_describe_the_cue_its_source_and_its_clause():
    _, _, liberal = _cands(TWO, fallbacks=True)
    _, features, vector, _ = liberal[1]
    assert features["source=fallback"] == 1.0
    assert features["modality=intend"] == 1.0
    assert features["lemma=укреплять"] == 1.0
    assert vector.shape == (300,) and np.abs(vector).sum() > 0


def test_the_verdict_follows_the_model(monkeypatch):
    an, rec, _ = _cands(TWO, fallbacks=False)
    monkeypatch.setattr(build, "load_model", lambda: _model({"source=rule": 3.0, "source=fallback": 3.0}))
    monkeypatch.setattr(scorer, "load_model", lambda: _model({"source=rule": 3.0, "source=fallback": 3.0}))
    assert [c.actor for c in find_commitments(an, rec)] == ["KAZ", "KAZ"]
    keep_rules = _model({"source=rule": 3.0, "source=fallback": -3.0})
    monkeypatch.setattr(build, "load_model", lambda: keep_rules)
    monkeypatch.setattr(scorer, "load_model", lambda: keep_rules)
    assert [c.modality for c in find_commitments(an, rec)] == ["ready"]


def test_without_a_model_the_rules_decide_alone(monkeypatch):
    an, rec, _ = _cands(TWO, fallbacks=False)
    monkeypatch.setattr(build, "load_model", lambda: None)
    monkeypatch.setattr(scorer, "load_model", lambda: None)
    assert [c.modality for c in find_commitments(an, rec)] == ["ready"]


def test_probability_is_the_logistic_of_the_weighted_sum():
    m = scorer.Model({"a": 2.0, "b": -1.0}, np.ones(300, dtype=np.float32) * 0.01, 0.5, 0.5, "t")
    p = scorer.probability(m, {"a": 1.0, "b": 1.0, "unknown": 5.0}, np.ones(300, dtype=np.float32))
    assert p == pytest.approx(1 / (1 + np.exp(-(0.5 + 2.0 - 1.0 + 3.0))))


def test_the_shipped_model_is_complete():
    if not scorer.MODEL_PATH.exists():
        pytest.skip("no commitment model ships in this checkout")
    m = json.loads(scorer.MODEL_PATH.read_text(encoding="utf-8"))
    assert len(m["dense"]) == 300 and 0 < m["threshold"] < 1
    assert m["trained_on"] and "real2" not in m["trained_on"]   # the blind half is never trained on
    assert m["weights"]["source=rule"] > m["weights"].get("source=fallback", -99)


def test_retraining_writes_a_model_that_loads(tmp_path):
    pytest.importorskip("sklearn", reason="scikit-learn (the 'train' extra) is not installed")
    out = tmp_path / "m.json"
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_commitments.py"),
                          "--sets", "holdout4", "holdout5", "--out", str(out)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    m = json.loads(out.read_text(encoding="utf-8"))
    assert m["trained_on"] == ["holdout4", "holdout5"] and len(m["dense"]) == 300
    assert "holdout4" in m["cross_validation"]
