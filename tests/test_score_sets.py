"""scripts/score_sets.py pools sets as ``accords eval`` scores them, and tests/real_sets.json
agrees with the sets on disk and what their READMEs say."""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPT = HERE.parent / "scripts" / "score_sets.py"


def _script():
    spec = importlib.util.spec_from_file_location("score_sets", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_real_set_is_work_or_blind_once_as_its_readme_says():
    split = json.loads((HERE / "real_sets.json").read_text(encoding="utf-8"))
    work, blind = split["work"], split["blind"]
    on_disk = {p.name for p in HERE.glob("real*") if p.is_dir()}
    assert not set(work) & set(blind)
    assert set(work) | set(blind) == on_disk
    for name in work:
        assert re.search(r"work (half|set)", (HERE / name / "README.md").read_text(encoding="utf-8"), re.I), name
    for name in blind:
        text = (HERE / name / "README.md").read_text(encoding="utf-8")
        assert "blind" in text.splitlines()[0].lower() and "is a **work set" not in text, name


def test_pooled_tallies_are_the_sum_of_each_sets_eval():
    from accords.evaluate import evaluate_files
    ss = _script()
    names = ["holdout3", "kazakh"]
    run = dict(ss.score_set(n) for n in names)
    pooled = ss.pooled(run, names)
    for t in ("figures", "commitments", "countries"):
        want = [0, 0, 0]
        for n in names:
            tally = evaluate_files(*ss.set_paths(n))["all"].tallies[t]
            want = [want[0] + tally.tp, want[1] + tally.fp, want[2] + tally.fn]
        assert [pooled[t].tp, pooled[t].fp, pooled[t].fn] == want, t
    # the Kazakh set is Kazakh only: its language's pool is the whole set
    kk = ss.pooled(run, ["kazakh"], "kk")
    assert kk["persons"].tp == ss.pooled(run, ["kazakh"])["persons"].tp > 0


def test_a_run_against_a_saved_one_names_the_set_that_moved(tmp_path, capsys):
    ss = _script()
    saved = tmp_path / "before.json"
    assert ss.main(["holdout3", "--jobs", "1", "--save", str(saved)]) == 0
    before = json.loads(saved.read_text(encoding="utf-8"))
    before["holdout3"]["ru"]["figures"][0] += 3      # as if the old tree had found three more
    saved.write_text(json.dumps(before), encoding="utf-8")
    capsys.readouterr()
    assert ss.main(["holdout3", "--jobs", "1", "--against", str(saved)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^down holdout3 0\.\d{4} → 0\.\d{4} \(figures ", out, re.M), out
