"""``accords eval --against``: a second annotation scored as if it were Accords' output, so the
agreement of two annotators is measured with the same rules as the extractor."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from accords.cli import app
from accords.evaluate import evaluate_files

HERE = Path(__file__).resolve().parent
TEXT = ("Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом Сербии "
        "Александром Вучичем. В 2025 году товарооборот составил 107,7 млн долларов. "
        "Казахстан готов поделиться опытом проведения ЭКСПО.")
GOLD = {"id": "w1", "countries": ["KAZ", "SRB"],
        "persons": [{"name": "Касым-Жомарт Токаев", "role_class": "head_of_state", "country": "KAZ"},
                    {"name": "Александр Вучич", "role_class": "head_of_state", "country": "SRB"}],
        "events": ["CONSULT"], "sectors": ["trade"],
        "figures": [{"metric": "trade_turnover", "kind": "actual", "value": 107700000, "currency": "USD",
                     "period": "2025", "change_pct": None, "approx": None, "sector": None}],
        "commitments": [{"actor": "KAZ", "modality": "ready",
                         "quote": "Казахстан готов поделиться опытом проведения ЭКСПО"}]}


def _files(tmp_path, second):
    docs, gold, other = tmp_path / "docs.jsonl", tmp_path / "gold.jsonl", tmp_path / "second.jsonl"
    docs.write_text(json.dumps({"id": "w1", "lang": "ru", "date": "2026-02-27", "text": TEXT},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    gold.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    other.write_text(json.dumps(second, ensure_ascii=False) + "\n", encoding="utf-8")
    return docs, gold, other


def test_the_same_annotation_agrees_fully(tmp_path):
    score = evaluate_files(*_files(tmp_path, GOLD))["all"]
    assert score.headline == 1.0
    assert score.tallies["commitments"].tp == 1 and score.tallies["figures"].tp == 1


def test_another_period_or_actor_is_a_disagreement(tmp_path):
    second = json.loads(json.dumps(GOLD))
    second["figures"][0]["period"] = None                 # no year read
    second["commitments"][0]["actor"] = "JOINT"           # both sides read
    score = evaluate_files(*_files(tmp_path, second))["all"]
    assert (score.tallies["figures"].tp, score.tallies["figures"].fp, score.tallies["figures"].fn) == (0, 1, 1)
    assert score.tallies["commitments"].f1 == 0.0
    assert score.tallies["persons"].f1 == 1.0


def test_only_documents_both_annotated_are_scored(tmp_path):
    docs, gold, other = _files(tmp_path, GOLD)
    with gold.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({**GOLD, "id": "w2"}) + "\n")
    assert len(evaluate_files(docs, gold, other)["all"].docs) == 1


def test_cli_scores_the_second_annotation_and_names_a_bad_file(tmp_path):
    docs, gold, other = _files(tmp_path, GOLD)
    res = CliRunner().invoke(app, ["eval", str(docs), str(gold), "--against", str(other), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["all"]["headline"] == 1.0
    other.write_text('{"id": "w1"\n', encoding="utf-8")
    res = CliRunner().invoke(app, ["eval", str(docs), str(gold), "--against", str(other)])
    assert res.exit_code == 2
    assert f"{other}:1: not JSON" in res.output


def test_the_recorded_agreement_of_two_annotators_on_real_text():
    """tests/agreement: 80 real releases of the work sets annotated a second time, blind to the
    first gold (docs/quality.md, round 19); the numbers recorded there."""
    d = HERE / "agreement"
    score = evaluate_files(d / "docs.jsonl", d / "gold.jsonl", d / "second.jsonl")["all"]
    assert len(score.docs) == 80
    assert round(score.tallies["figures"].f1, 3) == 0.868
    assert round(score.tallies["commitments"].f1, 3) == 0.850
    assert round(score.headline, 3) == 0.944
