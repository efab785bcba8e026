"""How far apart two annotations of the same documents are: the second scored against the
first with the record's own scoring rules, as if it were Accords' output, next to Accords
against each of them.

    .venv/bin/python scripts/agreement.py tests/real14 tests/agreement/real14.second.jsonl

(``accords eval DOCS GOLD --against SECOND`` gives the first line, the annotators' agreement.)

``SET`` is a folder with ``docs.jsonl`` and ``gold.jsonl`` (the first annotation); ``SECOND``
a gold file of the same ids annotated apart. The gap between the annotators is the noise in
the gold; the gap between Accords and them is Accords' own.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from accords.eval.agreement import annotation_as_record  # noqa: E402
from accords.eval.scoring import score_corpus  # noqa: E402
from accords.evaluate import load_jsonl, rec_text  # noqa: E402


def agreement(docs: dict, first: dict, second: dict) -> dict:
    """The second annotation scored against the first, over the ids both have."""
    triples = []
    for i in sorted(set(first) & set(second)):
        text = rec_text(docs[i]["text"])
        triples.append((annotation_as_record(second[i], text), first[i], text))
    return score_corpus(triples).to_dict()


def _line(label: str, s: dict) -> str:
    types = " ".join(f"{t} {v['f1']:.3f}" for t, v in s["types"].items())
    return f"{label:28s} headline {s['headline']:.3f}  {types}"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("set", type=Path)
    ap.add_argument("second", type=Path)
    ap.add_argument("--no-accords", action="store_true", help="only the annotators' agreement")
    a = ap.parse_args(argv)
    docs = {d["id"]: d for d in load_jsonl(a.set / "docs.jsonl")}
    first = {g["id"]: g for g in load_jsonl(a.set / "gold.jsonl")}
    second = {g["id"]: g for g in load_jsonl(a.second)}
    print(f"{len(set(first) & set(second))} documents annotated twice")
    print(_line("second against first", agreement(docs, first, second)))
    if a.no_accords:
        return
    from accords.pipeline import extract_text
    predicted = {}
    for i in sorted(set(first) & set(second)):
        d = docs[i]
        predicted[i] = extract_text(d["text"], date=d.get("date"), url=d.get("url"),
                                    lang=d.get("lang"), id=i).to_dict()
    for label, ref in (("Accords against first", first), ("Accords against second", second)):
        triples = [(predicted[i], ref[i], rec_text(docs[i]["text"])) for i in sorted(predicted)]
        print(_line(label, score_corpus(triples).to_dict()))


if __name__ == "__main__":
    main()
