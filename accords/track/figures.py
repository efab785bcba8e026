"""Figure series per country pair: values by metric and period from all sources, the
sources that disagree, and targets set against the actual values that later measure them.

A reprint of one story is not a second source: values are grouped by story. Two stories
giving the same metric, kind, currency and period values more than ``CONFLICT_PCT`` apart
are a conflict, reported with both sources.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date

CONFLICT_PCT = 1.0


def _period_start(period: str | None) -> str:
    return (period or "").split("/")[0]


def series(rows: list[dict]) -> list[dict]:
    """Rows (metric, kind, currency, period, value, document, story…) → one point per
    (metric, kind, currency, period) with every source and any conflict."""
    points: dict[tuple, dict] = {}
    for r in rows:
        key = (r["metric"], r["kind"], r["currency"], r["period"])
        p = points.setdefault(key, {"metric": r["metric"], "kind": r["kind"],
                                    "currency": r["currency"], "period": r["period"],
                                    "sources": [], "conflicts": []})
        if any(s["story_id"] == r.get("story_id") and s["value"] == r["value"] for s in p["sources"]):
            continue
        p["sources"].append({k: r.get(k) for k in ("value", "change_pct", "approx", "document_id",
                                                     "figure_id", "story_id", "published", "title",
                                                     "url", "evidence")})
    for p in points.values():
        p["value"] = p["sources"][0]["value"]
        p["conflicts"] = conflicts(p["sources"])
    return sorted(points.values(), key=lambda p: (p["metric"], p["kind"], _period_start(p["period"])))


def conflicts(sources: list[dict]) -> list[dict]:
    """Pairs of sources (different stories) more than ``CONFLICT_PCT`` apart."""
    out = []
    for i, a in enumerate(sources):
        for b in sources[i + 1:]:
            if a.get("story_id") is not None and a.get("story_id") == b.get("story_id"):
                continue
            base = max(abs(a["value"]), abs(b["value"])) or 1.0
            diff = abs(a["value"] - b["value"]) / base * 100
            if diff > CONFLICT_PCT:
                out.append({"diff_pct": round(diff, 2), "a": a, "b": b})
    return out


def _year(period: str | None) -> int | None:
    p = (period or "").split("/")[-1]
    return int(p[:4]) if p[:4].isdigit() else None


def target_progress(points: list[dict]) -> list[dict]:
    """Each target with the actual values of its metric that came later (the first
    period after the target was set, up to its own period), and how far they got."""
    out = []
    by_metric: dict[tuple, list[dict]] = defaultdict(list)
    for p in points:
        if p["kind"] == "actual":
            by_metric[(p["metric"], p["currency"])].append(p)
    for t in (p for p in points if p["kind"] == "target"):
        for src in t["sources"]:
            set_on = src.get("published")
            set_year = set_on.year if isinstance(set_on, date) else None
            due = _year(t["period"])
            actuals = []
            for a in by_metric.get((t["metric"], t["currency"]), []):
                y = _year(a["period"])
                if y is None or (set_year is not None and y < set_year - 1):
                    continue
                if due is not None and y > due:
                    continue
                actuals.append({"period": a["period"], "value": a["value"],
                                "progress_pct": round(a["value"] / src["value"] * 100, 1) if src["value"] else None})
            out.append({"metric": t["metric"], "currency": t["currency"], "target": src["value"],
                        "period": t["period"], "set_on": set_on.isoformat() if isinstance(set_on, date) else set_on,
                        "document_id": src["document_id"],
                        "actuals": sorted(actuals, key=lambda a: a["period"] or "")})
    return out
