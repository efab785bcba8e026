"""Publication dates: from metadata strings or a date line at the top of the text."""
from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")
_MONTHS_RU = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "мая": 5, "июн": 6, "июл": 7,
    "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
_MONTHS_EN = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"])}
_TEXT_RU = re.compile(r"(?<!\d)(\d{1,2})\s+(января|февраля|марта|апреля|мая|июня|июля|августа|"
                      r"сентября|октября|ноября|декабря)\s+(\d{4})", re.I)
_TEXT_EN = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|"
                      r"November|December)\s+(\d{1,2}),?\s+(\d{4})", re.I)

def en_month(word: str) -> int | None:
    """The month an English month name or its abbreviation names ("March", "Mar.", "Sept"), or None."""
    w = word.lower()[:3]
    return _MONTHS_EN_ABBR.index(w) + 1 if w in _MONTHS_EN_ABBR else None


_MONTHS_EN_ABBR = [m[:3] for m in _MONTHS_EN]

RU_MONTH_GEN = {"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
                "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11,
                "декабря": 12}


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        if 1900 <= y <= 2100:
            return date(y, m, d)
    except ValueError:
        pass
    return None


def parse_date(value: str | None) -> date | None:
    """A date from a metadata string ('2025-11-15', '15.11.2025', '2025-11-15T10:00')."""
    if not value:
        return None
    value = str(value).strip()
    m = _ISO.search(value)
    if m:
        return _safe(int(m[1]), int(m[2]), int(m[3]))
    m = _DMY.search(value)
    if m:
        return _safe(int(m[3]), int(m[2]), int(m[1]))
    return None


def date_from_text(text: str, head_chars: int = 300) -> date | None:
    """A publication date written in the first lines of the text, as sites print it."""
    head = text[:head_chars]
    for rx, conv in ((_ISO, lambda m: _safe(int(m[1]), int(m[2]), int(m[3]))),
                     (_DMY, lambda m: _safe(int(m[3]), int(m[2]), int(m[1]))),
                     (_TEXT_RU, lambda m: _safe(int(m[3]), RU_MONTH_GEN[m[2].lower()], int(m[1]))),
                     (_TEXT_EN, lambda m: _safe(int(m[3]), _MONTHS_EN[m[1].lower()], int(m[2])))):
        m = rx.search(head)
        if m:
            d = conv(m)
            if d:
                return d
    return None
