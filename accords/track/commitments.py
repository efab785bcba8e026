"""Commitment statuses: what an editor may set, what is derived, what survives re-extraction.

``open``, ``in_progress``, ``fulfilled``, ``contradicted``, ``dropped`` are set by editors
(accepting a suggested link sets the commitment to the link's status). ``overdue`` is never
stored: a commitment is overdue when its deadline has passed while it is still ``open`` or
``in_progress`` — contradicted and dropped ones are already closed.
"""
from __future__ import annotations

import calendar
import re
from datetime import date

STATUSES = ("open", "in_progress", "fulfilled", "contradicted", "dropped")
FILTERS = STATUSES + ("overdue",)
OPEN_STATES = ("open", "in_progress")


class StatusError(ValueError):
    pass


def check_status(status: str, allow_overdue: bool = False) -> str:
    allowed = FILTERS if allow_overdue else STATUSES
    if status not in allowed:
        raise StatusError(f"unknown status {status!r}; one of: {', '.join(allowed)}")
    return status


def deadline_end(deadline: str | None) -> date | None:
    """The last day a deadline allows: '2026' → 2026-12-31, '2026-03' → 2026-03-31,
    '2025-01/2025-08' → 2025-08-31, '2026-05-10' → itself; None when unreadable."""
    if not deadline:
        return None
    last = deadline.split("/")[-1].strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", last)
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d:
            return date(y, int(mo), int(d))
        if mo:
            return date(y, int(mo), calendar.monthrange(y, int(mo))[1])
        return date(y, 12, 31)
    except ValueError:
        return None


def is_overdue(status: str, deadline: str | None, today: date | None = None) -> bool:
    end = deadline_end(deadline)
    return end is not None and status in OPEN_STATES and end < (today or date.today())


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Spans overlapping by at least half of the shorter one (the record scorer's rule)."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and inter * 2 >= shorter


def reattach(tracked: list[dict], current: list[dict]) -> dict[int, int | None]:
    """Tracked commitment id -> current fact row of the same document, actor and span.

    After re-extraction a commitment's span may move a little (a better boundary); the
    editor's status follows it when the actor is the same and the spans overlap by half.
    """
    out: dict[int, int | None] = {}
    used: set[int] = set()
    for t in tracked:
        exact = [c for c in current if c["id"] not in used and c["actor"] == t["actor"]
                 and (c["span_start"], c["span_end"]) == (t["span_start"], t["span_end"])]
        near = exact or [c for c in current if c["id"] not in used and c["actor"] == t["actor"]
                         and overlaps((c["span_start"], c["span_end"]), (t["span_start"], t["span_end"]))]
        if near:
            used.add(near[0]["id"])
            out[t["id"]] = near[0]["id"]
        else:
            out[t["id"]] = None
    return out


def suggestion(links: list[dict]) -> tuple[str | None, float | None]:
    """The status the best undecided link suggests, with its score."""
    pending = [l for l in links if not l.get("decision")]
    if not pending:
        return None, None
    best = max(pending, key=lambda l: l["score"])
    return best["suggested_status"], best["score"]
