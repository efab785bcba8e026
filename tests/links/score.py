"""Scores of the links across documents against tests/links/gold.json.

Used by tests/test_links.py and runnable on its own (`python tests/links/score.py`) to print
the numbers that docs/quality.md reports: precision and recall of commitment links (a link
counts when its commitment, its evidence document and its suggested status are right),
pairwise F1 of event clustering, pairwise F1 of person resolution across ru/en spellings.
"""
from __future__ import annotations

import json
import sys
from itertools import combinations
from pathlib import Path

from sqlalchemy import text

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs.jsonl"
GOLD = HERE / "gold.json"


def build_store(url: str):
    """A store holding the gold documents, ingested and tracked as a user would."""
    from accords.pipeline.ingest import ingest
    from accords.store import open_store
    from accords.store.track_run import run_track

    store = open_store(url, create=True)
    stats = ingest(store, [str(DOCS)])
    assert not stats.failed, stats.failed
    run_track(store)
    return store


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return {"precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, "tp": tp, "pred": n_pred, "gold": n_gold}


def _pairs(groups: list[list]) -> set[frozenset]:
    return {frozenset(p) for g in groups for p in combinations(g, 2)}


def link_scores(store, gold: dict) -> dict:
    q = text("SELECT d.external_id, t.text, e.external_id, l.suggested_status FROM commitment_links l "
             "JOIN commitment_tracks t ON t.id = l.track_id JOIN documents d ON d.id = t.document_id "
             "JOIN documents e ON e.id = l.document_id")
    with store.engine.connect() as conn:
        predicted = conn.execute(q).all()
    want = {(c["doc"], c["quote"], l["doc"], l["status"]) for c in gold["commitments"] for l in c["links"]}
    tp, wrong = 0, []
    for doc, ctext, ev_doc, status in predicted:
        match = [w for w in want if w[0] == doc and w[1].lower() in ctext.lower() and w[2] == ev_doc
                 and w[3] == status]
        if match:
            tp += 1
            want.discard(match[0])
        else:
            wrong.append((doc, ctext[:60], ev_doc, status))
    out = _prf(tp, len(predicted), tp + len(want))
    out["false"] = wrong
    out["missed"] = sorted(want)
    return out


def event_scores(store, gold: dict) -> dict:
    q = text("SELECT s.cluster_id, d.external_id FROM event_sources s JOIN documents d ON d.id = s.document_id")
    with store.engine.connect() as conn:
        rows = conn.execute(q).all()
    clusters: dict[int, list] = {}
    for cid, doc in rows:
        clusters.setdefault(cid, []).append(doc)
    pred, gold_pairs = _pairs(list(clusters.values())), _pairs(gold["events"])
    return _prf(len(pred & gold_pairs), len(pred), len(gold_pairs))


def person_scores(store, gold: dict) -> dict:
    from accords.track.translit import name_words, skeleton

    q = text("SELECT d.external_id, a.name, a.entity_id FROM entity_appearances a "
             "JOIN documents d ON d.id = a.document_id JOIN entities e ON e.id = a.entity_id "
             "WHERE e.kind = 'person'")
    with store.engine.connect() as conn:
        rows = conn.execute(q).all()
    entity = {}
    for doc, name, ent in rows:
        words = name_words(name)
        if words:
            entity.setdefault((doc, skeleton(words[-1])), ent)
    items, pred_groups = [], {}
    for g in gold["persons"]:
        for doc, surname in g:
            key = (doc, skeleton(surname))
            items.append(key)
            pred_groups.setdefault(entity.get(key, ("missing", key)), []).append(key)
    gold_pairs = _pairs([[(d, skeleton(s)) for d, s in g] for g in gold["persons"]])
    pred = _pairs(list(pred_groups.values()))
    out = _prf(len(pred & gold_pairs), len(pred), len(gold_pairs))
    out["unresolved"] = sorted(k for k in items if k not in entity)
    return out


def all_scores(url: str) -> dict:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    store = build_store(url)
    try:
        return {"links": link_scores(store, gold), "events": event_scores(store, gold),
                "persons": person_scores(store, gold)}
    finally:
        store.close()


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        scores = all_scores("sqlite:///" + tmp + "/links.db")
    json.dump(scores, sys.stdout, ensure_ascii=False, indent=1, default=str)
    print()
