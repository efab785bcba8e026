"""Periods counted from another: "the previous year" after an amount counts from the period the
sentence named before it, and a base's period is the same months a year earlier."""
from __future__ import annotations

import re
from dataclasses import replace

_PREVIOUS = re.compile(r"(?:the\s+)?previous\s+year|предыдущ", re.I)
_YEAR_SPAN = re.compile(r"(\d{4})(-\d{2})?/(\d{4})(-\d{2})?")
# right after an amount: "from $53 billion in the previous year", "против 21 млрд долларов в предыдущем году"
_AFTER_AMOUNT = re.compile(r"(?:[\d$]|billion|million|trillion|млрд|млн|трлн|доллар[а-я]*|евро|рубл[а-я]*|"
                           r"dollars|euros)\.?\s+(?:in\s+|в\s+)?$", re.I)


def year_before(period: str | None) -> str | None:
    """The same months a year earlier: "2023" → "2022", "2023-01/2023-04" → "2022-01/2022-04"
    (a single month is left: its base may be the month before as well as the year before)."""
    if not period:
        return None
    if period.isdigit():
        return str(int(period) - 1)
    m = _YEAR_SPAN.fullmatch(period)
    if not m:
        return None
    return f"{int(m[1]) - 1}{m[2] or ''}/{int(m[3]) - 1}{m[4] or ''}"


def previous_of_named(out: list, text: str) -> list:
    """"$43 billion for 2023-24, a decline from $53 billion in the previous year", "в 2021 году …
    против 21 млрд в предыдущем году": "previous" counts from the period the sentence named
    before it, not from the day of publication (as "last year", "прошлом году" do)."""
    for k, p in enumerate(out):
        if not _PREVIOUS.match(p.text) or not _AFTER_AMOUNT.search(text, max(0, p.start - 40), p.start):
            continue
        named = next((q for q in reversed(out[:k]) if q.value and q.kind in ("plain", "end")
                      and not re.search(r"[.!?]\s", text[q.stop:p.start])), None)
        if named is not None and not (named.year_only or _whole_year(named.value)):
            continue    # "за январь–сентябрь …, а в предыдущем году": the whole year before
        earlier = year_before(named.value) if named is not None else None
        if earlier:
            out[k] = replace(p, value=earlier, year_only=earlier.isdigit())
    return out


def _whole_year(value: str) -> bool:
    """A fiscal year of twelve months ("2023-04/2024-03")."""
    m = _YEAR_SPAN.fullmatch(value)
    if not (m and m[2] and m[4]):
        return False
    first, last = int(m[2][1:]), int(m[4][1:])
    return int(m[3]) == int(m[1]) + 1 and first == last % 12 + 1
