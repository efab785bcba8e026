"""``accords eval``: run extraction over a gold corpus and score it."""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from rich.table import Table

from .eval.agreement import annotation_as_record
from .eval.scoring import TYPES, CorpusScore, score_corpus
from .pipeline import extract_text


class BadInput(ValueError):
    """A corpus or annotation file that cannot be read: its message names the file and line."""


def load_jsonl(path: Path) -> list[dict]:
    """The objects of a JSONL file, each with an ``id``; a BadInput naming the file and the
    line where one is not."""
    out = []
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise BadInput(f"{path}:{n}: not JSON ({e.msg})") from None
            if not isinstance(obj, dict) or "id" not in obj:
                raise BadInput(f"{path}:{n}: an object with an \"id\" expected")
            out.append(obj)
    return out


def evaluate_files(corpus: Path, gold: Path, against: Path | None = None) -> dict:
    """Score Accords' records of the documents in ``corpus`` against ``gold``; with ``against``
    (a second annotation in the gold format), score that annotation instead: the agreement
    of two annotators, over the documents both annotated."""
    docs = {d["id"]: d for d in load_jsonl(corpus)}
    golds = load_jsonl(gold)
    second = {a["id"]: a for a in load_jsonl(against)} if against is not None else None
    triples, by_lang = [], defaultdict(list)
    for g in golds:
        d = docs.get(g["id"])
        if d is None or second is not None and g["id"] not in second:
            continue
        text = rec_text(d["text"])
        if second is not None:
            rec = annotation_as_record(second[g["id"]], text)
        else:
            rec = extract_text(d["text"], date=d.get("date"), url=d.get("url"), lang=d.get("lang"),
                               id=d["id"]).to_dict()
        t = (rec, g, text)
        triples.append(t)
        by_lang[d.get("lang") or rec.get("doc", {}).get("lang") or "und"].append(t)
    allscore = score_corpus(triples)
    errors = {ds.id: {"missed": ds.missed, "wrong": ds.wrong, "attributes": ds.attr_errors}
              for ds in allscore.docs}
    return {"all": allscore, "by_lang": {k: score_corpus(v) for k, v in by_lang.items()},
            "errors": errors, "texts": {g["id"]: docs[g["id"]]["text"] for g in golds if g["id"] in docs}}


def rec_text(text: str) -> str:
    from .pipeline import normalise_text
    return normalise_text(text)


def render_scores(console, label: str, score: CorpusScore) -> None:
    table = Table(title=f"{label}: {len(score.docs)} documents")
    for col in ("type", "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="right" if col != "type" else "left")
    for t in TYPES:
        v = score.tallies[t]
        table.add_row(t, f"{v.precision:.3f}", f"{v.recall:.3f}", f"{v.f1:.3f}",
                      str(v.tp), str(v.fp), str(v.fn))
    console.print(table)
    for k, a in score.accuracies.items():
        console.print(f"{k} accuracy: {a.value:.3f} ({a.right}/{a.total})")
    console.print(f"[bold]headline {label}: {score.headline:.4f}[/]")


def render_errors(console, score: CorpusScore, texts: dict) -> None:
    for ds in score.docs:
        lines = []
        for t in TYPES:
            if ds.missed[t]:
                lines.append(f"  missed {t}: {ds.missed[t]}")
            if ds.wrong[t]:
                lines.append(f"  wrong  {t}: {ds.wrong[t]}")
        lines += [f"  {a}" for a in ds.attr_errors]
        if lines:
            console.print(f"[bold]{ds.id}[/]", highlight=False)
            for line in lines:
                console.print(line, highlight=False, markup=False)
