"""Fiscal years: which months "2022-23", "FY '22", "the current fiscal" or "July-April
(2023-24)" cover.

Most fiscal years in these releases run April to March (India, Japan, the UK); Pakistan's and
Bangladesh's run July to June, and their releases say so only by the months they count from
("July-November (2023-24)"). So a text about Pakistan or Bangladesh that does not name India
counts its fiscal years from July; "ending June" or "(July-June)" written beside a year says it
outright.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...nlp.dates import en_month

_SHIFT = {"current": 0, "this": 0, "last": -1, "previous": -1, "next": 1}
_JULY_STATES = re.compile(r"\bPakistan|\bBangladesh|Пакистан|Бангладеш")
_INDIA = re.compile(r"\bIndia|Инди[яиюей]")


@lru_cache(maxsize=2)     # (the text of the document being read)
def start_month(text: str) -> int:
    """The month a fiscal year of this text starts in: July for Pakistan's and Bangladesh's
    releases (India not named), April otherwise."""
    return 7 if _JULY_STATES.search(text) and not _INDIA.search(text) else 4


def _full_year(y1: int, y2: str) -> int | None:
    """The second year of "2022-23" / "2022/2023" written out, if it follows the first."""
    second = int(y2)
    if second < 100:
        second += y1 // 100 * 100
    return second if second == y1 + 1 else None


def twelve_months(first_year: int, start: int) -> str:
    """The fiscal year that starts in ``start`` of ``first_year``."""
    if start == 1:
        return str(first_year)
    return f"{first_year}-{start:02d}/{first_year + 1}-{start - 1:02d}"


def fiscal_year(gd: dict, text: str) -> str | None:
    """"2022/23" → 2022-04/2023-03 (2022-07/2023-06 in a Pakistani release); "2022-23
    (July-June)", "ending June" set the last month themselves."""
    y1 = int(gd["y"])
    y2 = _full_year(y1, gd["y2"])
    if y2 is None:
        return None
    end = gd.get("end") or gd.get("end2")
    if end:
        last = en_month(end)
        return None if last is None else twelve_months(y1 if last < 12 else y2, last % 12 + 1)
    return twelve_months(y1, start_month(text))


_NAMED_BEFORE = re.compile(r"(?:fiscal|financial)(?:\s+year)?\s*\(?\s*$", re.I)


def written_as_fiscal(m: re.Match) -> bool:
    """"2022-23", "2022/2023", "FY 2022-2023", "the 2020-2021 financial year", "financial year
    (2021-2022)", "2022-2023 (July-June)": a fiscal year; "over a two-year period (2009-2010)", two
    years written out after a dash with no word of a fiscal year by them, is two calendar years."""
    gd = m.groupdict()
    if gd["sep"] == "/" or len(gd["y2"]) == 2 or gd["fy"] or gd["fy2"] or gd.get("end") or gd.get("end2"):
        return True
    return _NAMED_BEFORE.search(m.string, max(0, m.start() - 30), m.start()) is not None


def fiscal_named(gd: dict, text: str) -> str | None:
    """"FY '22", "FY24": the fiscal year that ends in that year (of this century)."""
    return twelve_months(2000 + int(gd["y2"]) - 1, start_month(text)) if 0 < int(gd["y2"]) < 60 else None


def fiscal_months(gd: dict, text: str = "") -> str | None:
    """"July-April (2023-24)" → 2023-07/2024-04: months of a fiscal year, the first in its
    first year (or in its second, for January to March), the span running on across the new year."""
    y1 = int(gd["y"])
    y2 = _full_year(y1, gd["y2"])
    m1, m2 = en_month(gd["m1"]), en_month(gd["m2"])
    if y2 is None or not m1 or not m2:
        return None
    first = y1 if m1 >= 4 else y2
    last = first if m2 >= m1 else first + 1
    if last > y2:
        return None
    return f"{first}-{m1:02d}/{last}-{m2:02d}" if (first, m1) != (last, m2) else f"{first}-{m1:02d}"


def fiscal_year_from(published, rel: str, text: str) -> str:
    """The fiscal year ``rel`` names from the day of publication: "the current fiscal" in
    November 2022 is 2022-04/2023-03, "the last fiscal year" in June 2024 2023-04/2024-03."""
    start = start_month(text)
    first = (published.year if published.month >= start else published.year - 1) + _SHIFT[rel.lower()]
    return twelve_months(first, start)
