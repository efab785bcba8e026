"""The bridge to cross-document commitment tracking (``accords.store.track_read`` and
``track_edit``), when it is installed, translated to the API's shapes.

Tracking keeps each commitment's status, its evidence links and the audit trail; its
commitment ids are those of tracked commitments. Until it is part of the package the API
derives status from deadlines (``open`` / ``overdue``) and answers writes that need it with
503, so the rest of the API and the dashboard work the same either way.
"""
from __future__ import annotations

import importlib
from collections import Counter
from datetime import date

ALL = 100_000   # tracking lists without a total: read the whole filtered list, then page it


class TrackingUnavailable(RuntimeError):
    """Commitment tracking is not installed in this build."""


def _modules():
    try:
        return (importlib.import_module("accords.store.track_read"),
                importlib.import_module("accords.store.track_edit"))
    except ImportError:
        return None


def available() -> bool:
    return _modules() is not None


def _need():
    mods = _modules()
    if mods is None:
        raise TrackingUnavailable("commitment tracking is not installed in this build; "
                                  "statuses are derived from deadlines and cannot be set")
    return mods


def _row(t: dict) -> dict:
    doc = t.get("document") or {}
    return {"id": t["id"], "document_id": doc.get("id"), "actor": t["actor"],
            "modality": t["modality"], "text": t["text"], "sectors": t.get("sectors") or [],
            "deadline": t.get("deadline"), "status": "overdue" if t.get("overdue") else t["status"],
            "published": t.get("published"), "title": doc.get("title")}


def list_commitments(store, *, country=None, sector=None, modality=None, status=None,
                     deadline_before=None, pair=None, limit=50, offset=0,
                     today: date | None = None) -> tuple[int, list[dict]]:
    read, _ = _need()
    rows = read.list_commitments(store, country=country, status=status, sector=sector,
                                 pair=pair, limit=ALL, offset=0, today=today)
    items = [_row(t) for t in rows
             if (not modality or t["modality"] == modality)
             and (not deadline_before or (t.get("deadline_end") or "9999") <= deadline_before.isoformat())]
    if status:   # an overdue commitment is shown as overdue, not under its stored open status
        items = [c for c in items if c["status"] == status]
    return len(items), items[offset:offset + limit]


def commitment_counts(store, pair=None, today: date | None = None) -> list[dict]:
    _, items = list_commitments(store, pair=pair, limit=ALL, today=today)
    counts = Counter(c["status"] for c in items)
    return [{"status": s, "count": n} for s, n in sorted(counts.items())]


def commitment_detail(store, commitment_id: int, evidence_text) -> dict | None:
    """The tracked commitment with links and audit; ``evidence_text(doc_id, span)`` reads words."""
    read, edit = _need()
    try:
        t = read.commitment_detail(store, commitment_id)
    except edit.NotFound:
        return None
    out = _row(t)
    out["evidence"] = evidence_text(out["document_id"], t.get("evidence")) or t["text"]
    out["links"] = [{"id": link["id"], "document_id": (link.get("document") or {}).get("id"),
                     "title": (link.get("document") or {}).get("title"),
                     "published": link.get("published"), "kind": link.get("suggested_status"),
                     "state": link.get("decision") or "suggested", "text": link.get("text")}
                    for link in t.get("links", [])]
    out["audit"] = [{"who": a.get("who"), "at": a.get("at"), "from_status": a.get("from"),
                     "to_status": a.get("to"), "note": a.get("note")} for a in t.get("audit", [])]
    out["tracking"] = True
    return out


def set_commitment_status(store, commitment_id: int, status: str, who: str, note: str):
    _, edit = _need()
    return edit.set_commitment_status(store, commitment_id, status, who, note or None)


def decide_link(store, link_id: int, accept: bool, who: str, note: str):
    """The decision, as the link it concerns (404 as LookupError when there is none)."""
    _, edit = _need()
    entry = edit.decide_link(store, link_id, accept, who, note or None)
    return {"id": link_id, "state": "accepted" if accept else "rejected",
            "kind": entry.get("to_status"), "text": entry.get("note")}


def after_ingest(store, since_document_id: int | None) -> str | None:
    """Update the links across documents after new documents came in (what ``accords
    ingest`` does); returns a warning when tracking failed, None otherwise or without it."""
    try:
        run = importlib.import_module("accords.store.track_run")
    except ImportError:
        return None
    try:
        run.run_track(store, since_document_id)
    except Exception as e:  # the documents are stored; `accords track` can be run again
        return f"tracking failed ({type(e).__name__}: {e}); run `accords track`"
    return None
