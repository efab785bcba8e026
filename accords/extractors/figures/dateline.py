"""A dateline ("SEOUL (Sputnik - 07th August, 2020) …", "ASTANA, March 5, 2024 — …") dates the
story, not an amount in it: a period mention inside one is a date (kind "date"), no figure's
period — also where period_use, reading the words around one mention, does not see a dateline."""
from __future__ import annotations

import re

# a paragraph that opens with a place in capitals, then (before a dash or an agency's name in
# brackets) the date
_DATELINE = re.compile(r"(?:^|\n)[ \t]*[A-ZА-ЯЁ][A-ZА-ЯЁ .'’-]{2,30}\b[,.]?\s*"
                       r"(?:\([^()\n]{0,80}\d{4}\)"        # "SEOUL (Sputnik - 07th August, 2020)"
                       r"|(?:\([^()\n]{0,60}\))?[^\n]{0,40}?"
                       r"(?:—|–|--|\s-\s|\((?:[A-Z][A-Za-z]+|[А-ЯЁ]+[а-яё]*)\)))")
_REACH = 120


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the datelines that open paragraphs (at most one per paragraph)."""
    return [(m.start(), m.end()) for m in _DATELINE.finditer(text) if m.end() - m.start() <= _REACH]


def in_dateline(spans: list[tuple[int, int]], start: int, stop: int) -> bool:
    return any(a <= start and stop <= b for a, b in spans)
