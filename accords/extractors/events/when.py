"""The date of an event: a date written in its sentence ("12 ноября", "Nov 12, 2025"),
or "today"/"yesterday" counted from the publication date."""
from __future__ import annotations

import re
from datetime import date, timedelta

from ...nlp.dates import RU_MONTH_GEN

_RU_DATE = re.compile(r"(?<!\d)(\d{1,2})(?:\s*[-–—]\s*\d{1,2})?\s+(" + "|".join(RU_MONTH_GEN)
                      + r")(?:\s+(\d{4}))?", re.I)
_EN_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_EN_DATE = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+"
                      r"(\d{1,2})(?:\s*[-–]\s*\d{1,2})?(?:,?\s+(\d{4}))?\b")
_EN_DATE2 = re.compile(r"\b(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
                       r"Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+(\d{4}))?\b")
_TODAY = re.compile(r"\b(сегодня|today)\b", re.I)
_YESTERDAY = re.compile(r"\b(вчера|yesterday)\b", re.I)


def _iso(y: int | None, m: int, d: int) -> str | None:
    if y is None:
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def event_date(text: str, published: date | None) -> str | None:
    """A date written in the sentence, its year from the text or the publication."""
    year = published.year if published else None
    m = _RU_DATE.search(text)
    if m:
        return _iso(int(m[3]) if m[3] else year, RU_MONTH_GEN[m[2].lower()], int(m[1]))
    m = _EN_DATE.search(text)
    if m:
        return _iso(int(m[3]) if m[3] else year, _EN_MONTHS[m[1][:3].lower()], int(m[2]))
    m = _EN_DATE2.search(text)
    if m:
        return _iso(int(m[3]) if m[3] else year, _EN_MONTHS[m[2][:3].lower()], int(m[1]))
    if published and _TODAY.search(text):
        return published.isoformat()
    if published and _YESTERDAY.search(text):
        return (published - timedelta(days=1)).isoformat()
    return None
