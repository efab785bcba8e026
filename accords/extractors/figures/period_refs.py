"""A period named by reference: "за указанный период", "за отчётный период", "over the said
period", "during the period under review". It is the last plain period the text named before
it, past any paragraph break ("… in January–October 2023. ¶ The turnover amounted to $600
million over the said period"); "годом ранее" is the year before the last one named. periods.py finds the other mentions and hands over its finder
(this module imports nothing of periods.py, which imports it).
"""
from __future__ import annotations

import re

_REFERENCE = re.compile(r"(?:за|в)\s+(?:указанный|данный|этот|отч[её]тный|рассматриваемый)\s+период|"
                        r"(?:over|during|in|for)\s+the\s+(?:(?:said|aforementioned|reporting|review)\s+period|"
                        r"period\s+under\s+(?:review|consideration))", re.I)
_REACH = 3000    # characters before the reference searched for the period it refers to
# "В 2023 году … составил 7,2 млрд, годом ранее — 6 млрд": the year before the one just named
# (not "больше, чем годом ранее": a comparison)
_YEAR_EARLIER = re.compile(r"(?<!чем\s)(?<![а-яё])годом\s+(?:ранее|раньше)(?![а-яё])", re.I)
_NEAR = 300      # characters before "годом ранее" searched for the year it counts from


def references(text: str, published, spans, taken, find_periods, overlaps, mention_type) -> list:
    """The references to a period inside ``spans``, each with the value of the last plain
    period before it; none where the text named no period before."""
    out = []
    for m in (m for lo, hi in spans for m in _REFERENCE.finditer(text, lo, hi)):
        s, e = m.start(), m.end()
        if overlaps(taken, s, e):
            continue
        before = [p for p in find_periods(text[max(0, s - _REACH):s], published, anaphors=False)
                  if p.kind == "plain" and p.value]
        if before:
            out.append(mention_type(s, e, before[-1].value, "plain", before[-1].year_only, text[s:e]))
    for m in (m for lo, hi in spans for m in _YEAR_EARLIER.finditer(text, lo, hi)):
        s, e = m.start(), m.end()
        if overlaps(taken, s, e):
            continue
        years = [p for p in find_periods(text[max(0, s - _NEAR):s], published, anaphors=False)
                 if p.kind == "plain" and p.year_only and p.value and p.value.isdigit()]
        if years:
            out.append(mention_type(s, e, str(int(years[-1].value) - 1), "plain", True, text[s:e]))
    return out
