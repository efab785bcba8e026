"""Score many annotated sets at once and pool them: the numbers docs/quality.md reports.

``accords eval`` scores one corpus. A round of work is judged on all of them: the work sets
(their errors are read), the blind sets (only their aggregate and per-set numbers are looked
at; ``tests/real_sets.json`` says which is which), the written held-out sets and dev. Per set
and language this keeps the true and false positives and misses of every type, so a group is
pooled (micro P/R/F1 over all its documents) and its mean headline is the mean of its sets'.

    .venv/bin/python scripts/score_sets.py                         # every set, the report
    .venv/bin/python scripts/score_sets.py --save /tmp/after.json --against /tmp/before.json
    .venv/bin/python scripts/score_sets.py real1 real3 --jobs 1    # some sets only

``--save`` writes the per-set tallies (JSON); ``--against`` a saved run: the groups' numbers
then and now, and every set whose headline moved. Sets whose files are absent (dev, when
``../shared`` is not beside the checkout) are named and left out.
"""
from __future__ import annotations

import argparse
import json
import sys
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from accords.eval.scoring import TYPES, Tally  # noqa: E402

TESTS = ROOT / "tests"
WRITTEN = ["dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "kazakh"]
LANGS = ("ru", "en", "kk")


def split() -> dict:
    """The work and blind sets, and the blind waves (the blind sets up to a number)."""
    return json.loads((TESTS / "real_sets.json").read_text(encoding="utf-8"))


def set_paths(name: str) -> tuple[Path, Path]:
    if name == "dev":
        corpus = ROOT.parent / "shared" / "corpus"
        return corpus / "dev.jsonl", corpus / "dev-gold.jsonl"
    return TESTS / name / "docs.jsonl", TESTS / name / "gold.jsonl"


def score_set(name: str) -> tuple[str, dict]:
    """{language: {type: [tp, fp, fn]}} of one set, scored as ``accords eval`` scores it."""
    from accords.evaluate import evaluate_files
    docs, gold = set_paths(name)
    by_lang = evaluate_files(docs, gold)["by_lang"]
    return name, {lang: {t: [s.tallies[t].tp, s.tallies[t].fp, s.tallies[t].fn] for t in TYPES}
                  for lang, s in by_lang.items()}


def pooled(run: dict, names: list[str], lang: str | None = None) -> dict[str, Tally]:
    """The tallies of the named sets summed, over one language or all."""
    out = {t: Tally() for t in TYPES}
    for name in names:
        for lg, tallies in run[name].items():
            if lang is None or lg == lang:
                for t in TYPES:
                    out[t].add(Tally(*tallies[t]))
    return out


def headline(run: dict, name: str) -> float:
    tallies = pooled(run, [name])
    return sum(tallies[t].f1 for t in TYPES) / len(TYPES)


def mean_headline(run: dict, names: list[str]) -> float:
    return sum(headline(run, n) for n in names) / len(names)


def groups(names: list[str]) -> list[tuple[str, list[str]]]:
    """The report's groups among the scored sets: work, blind and its waves."""
    s = split()
    out = [("work", s["work"]), ("blind", s["blind"])]
    for wave, spec in s.get("blind_waves", {}).items():
        out.append((wave, [n for n in s["blind"] if int(n[4:]) <= spec["up_to"]]))
    return [(g, members) for g, members in out if members and all(n in names for n in members)]


def group_line(run: dict, members: list[str]) -> str:
    t = pooled(run, members)
    fig, com = t["figures"], t["commitments"]
    return (f"mean headline {mean_headline(run, members):.4f}; "
            + ", ".join(f"{ty} {t[ty].f1:.3f}" for ty in TYPES)
            + f"; figures P {fig.precision:.3f} R {fig.recall:.3f}"
            + f"; commitments P {com.precision:.3f} R {com.recall:.3f}")


def report(run: dict, before: dict | None = None) -> list[str]:
    lines = []
    for group, members in groups(list(run)):
        lines.append(f"{group} ({len(members)} sets): {group_line(run, members)}")
        if before is not None and all(n in before for n in members):
            lines.append(f"  before: {group_line(before, members)}")
        for lang in LANGS:
            t = pooled(run, members, lang)
            if any(t[ty].tp + t[ty].fn for ty in TYPES):
                lines.append(f"  {lang}: " + ", ".join(f"{ty} {t[ty].f1:.3f}" for ty in TYPES))
    others = [n for n in run if not n.startswith("real")] + (
        [] if groups(list(run)) else [n for n in run if n.startswith("real")])
    if others:
        lines.append("sets: " + ", ".join(f"{n} {headline(run, n):.4f}" for n in others))
    if before is not None:
        blind = set(split()["blind"])
        for name in run:
            if name in before and abs(headline(run, name) - headline(before, name)) > 1e-9:
                moved = [f"{t} {pooled(before, [name])[t].f1:.3f} → {pooled(run, [name])[t].f1:.3f}"
                         for t in TYPES if pooled(before, [name])[t] != pooled(run, [name])[t]]
                direction = "up" if headline(run, name) > headline(before, name) else "down"
                lines.append(f"{direction:4s} {'blind ' if name in blind else ''}{name} "
                             f"{headline(before, name):.4f} → {headline(run, name):.4f} ({', '.join(moved)})")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*", help="set names (default: dev, the written sets and every real set)")
    ap.add_argument("--save", type=Path, help="write the per-set tallies here (JSON)")
    ap.add_argument("--against", type=Path, help="a saved run to compare with")
    ap.add_argument("--jobs", type=int, default=2, help="processes (default 2)")
    args = ap.parse_args(argv)
    s = split()
    names = args.sets or WRITTEN + sorted(s["work"] + s["blind"], key=lambda n: int(n[4:]))
    present = [n for n in names if all(p.exists() for p in set_paths(n))]
    for n in sorted(set(names) - set(present)):
        print(f"{n}: absent ({set_paths(n)[0]}), left out", file=sys.stderr)
    if args.jobs > 1:
        with Pool(args.jobs) as pool:
            run = dict(pool.map(score_set, present, chunksize=1))
    else:
        run = dict(map(score_set, present))
    run = {n: run[n] for n in present}
    if args.save:
        args.save.write_text(json.dumps(run) + "\n", encoding="utf-8")
    before = json.loads(args.against.read_text(encoding="utf-8")) if args.against else None
    print("\n".join(report(run, before)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
