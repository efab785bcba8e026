"""factRuEval-2016 (external gold): exact-span PER and LOC F1, Accords against bare natasha.

Gold: a Person object's span runs from the first to the last of its name, surname,
patronymic and nickname spans; a Location or LocOrg object's span over its loc_name
spans (objects with none, e.g. a bare "российской", are left out). Accords' side: the
mentions of the persons component (PER); natasha's LOC spans plus the state names,
abbreviations and capitals of the states gazetteer that no LOC span overlaps (LOC).
Natasha's side: NewsNERTagger's PER and LOC spans. Both run in this test, on the same
deterministic sample of test-set documents.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from conftest import SHARED, need

TESTSET = SHARED / "datasets" / "factRuEval-2016" / "testset"
SAMPLE = 44            # documents: every 3rd of the 132 annotated, by name (keeps the run short)
NAME_SPANS = {"name", "surname", "patronymic", "nickname"}


def _gold(book: Path) -> tuple[set, set]:
    spans = {}
    for line in book.with_suffix(".spans").read_text(encoding="utf-8").splitlines():
        p = line.split()
        if len(p) >= 4:
            spans[p[0]] = (p[1], int(p[2]), int(p[2]) + int(p[3]))
    per, loc = set(), set()
    for line in book.with_suffix(".objects").read_text(encoding="utf-8").splitlines():
        p = line.split("#")[0].split()
        if len(p) < 3:
            continue
        typ, ids = p[1], [spans[i] for i in p[2:] if i in spans]
        if typ == "Person":
            parts = [(s, e) for k, s, e in ids if k in NAME_SPANS]
            if parts:
                per.add((min(s for s, _ in parts), max(e for _, e in parts)))
        elif typ in ("Location", "LocOrg"):
            parts = [(s, e) for k, s, e in ids if k == "loc_name"]
            if parts:
                loc.add((min(s for s, _ in parts), max(e for _, e in parts)))
    return per, loc


def _prf(pred: set, gold: set) -> tuple[int, int, int]:
    tp = len(pred & gold)
    return tp, len(pred) - tp, len(gold) - tp


def _f1(t: list) -> float:
    tp, fp, fn = t
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _natasha(text: str, segmenter, ner) -> tuple[set, set]:
    from natasha import Doc
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_ner(ner)
    per = {(s.start, s.stop) for s in doc.spans if s.type == "PER"}
    loc = {(s.start, s.stop) for s in doc.spans if s.type == "LOC"}
    return per, loc


def _accords(text: str) -> tuple[set, set]:
    from accords.extractors import persons
    from accords.extractors.states import find_states
    from accords.nlp.analysis import analyze
    from accords.record import Record
    doc = analyze(text, "ru")
    per = {tuple(m) for p in persons.extract(doc, Record()) for m in p.mentions}
    loc = {(s.start, s.stop) for s in doc.spans if s.type == "LOC"}
    for sm in find_states(doc):
        if sm.kind in ("name", "abbr", "capital") and not any(
                a < sm.stop and sm.start < b for a, b in loc):
            loc.add((sm.start, sm.stop))
    return per, loc


def run_comparison(sample: int = SAMPLE) -> dict:
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter
    books = sorted(p.with_suffix("") for p in need(TESTSET).glob("*.objects"))
    step = max(1, len(books) // sample)
    books = books[::step][:sample]
    emb = NewsEmbedding()
    segmenter, ner = Segmenter(), NewsNERTagger(emb)
    tallies = {k: [0, 0, 0] for k in ("ours_per", "ours_loc", "nat_per", "nat_loc")}
    for book in books:
        text = book.with_suffix(".txt").read_text(encoding="utf-8")
        gper, gloc = _gold(book)
        nper, nloc = _natasha(text, segmenter, ner)
        oper, oloc = _accords(text)
        for key, pred, gold in (("ours_per", oper, gper), ("ours_loc", oloc, gloc),
                                ("nat_per", nper, gper), ("nat_loc", nloc, gloc)):
            for i, v in enumerate(_prf(pred, gold)):
                tallies[key][i] += v
    return {k: round(_f1(v), 4) for k, v in tallies.items()} | {"documents": len(books)}


def test_accords_not_worse_than_natasha():
    need(TESTSET)
    t0 = time.time()
    res = run_comparison()
    print("factRuEval exact-span F1:", res, f"{time.time() - t0:.1f}s")
    assert res["ours_per"] >= res["nat_per"]
    assert res["ours_loc"] >= res["nat_loc"]


if __name__ == "__main__":
    import sys
    print(run_comparison(int(sys.argv[1]) if len(sys.argv) > 1 else SAMPLE))
