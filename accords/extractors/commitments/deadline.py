"""The deadline a commitment names: "до 2030 года", "на 2024–2026 годы", "by the end of the year".

A bare year counts only when it is not in the past of the document's date; "this year" needs
that date to say which year it is.
"""
from __future__ import annotations

import re
from typing import Optional

_DEADLINES = [
    (re.compile(r"\bна\s+(\d{4})\s*[-–—]\s*(\d{4})\s*(?:гг|годы|года)", re.I), "range"),
    (re.compile(r"\b(?:до|к)\s+(?:концу|конца)\s+(\d{4})\s+год", re.I), "year"),
    (re.compile(r"\b(?:до|к)\s+(\d{4})\s+год", re.I), "year"),
    (re.compile(r"\bв\s+(\d{4})\s+году", re.I), "future_year"),
    (re.compile(r"\b(?:до|к)\s+(?:концу|конца)\s+(?:этого|текущего|нынешнего\s+)?года", re.I), "this_year"),
    (re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(\d{4})\b", re.I), "year"),
    (re.compile(r"\bby\s+the\s+end\s+of\s+(?:the|this)\s+year\b", re.I), "this_year"),
    (re.compile(r"\bfor\s+(\d{4})\s*[-–—]\s*(\d{4})\b", re.I), "range"),
]


def deadline_of(text: str, published) -> Optional[str]:
    """The first deadline pattern that fits: "YYYY", "YYYY/YYYY", or None."""
    for rx, kind in _DEADLINES:
        m = rx.search(text)
        if not m:
            continue
        if kind == "range":
            return f"{m[1]}/{m[2]}"
        if kind == "year":
            return m[1]
        if kind == "future_year":
            if published is None or int(m[1]) >= published.year:
                return m[1]
            continue
        if kind == "this_year" and published is not None:
            return str(published.year)
    return None
