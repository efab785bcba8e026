"""A period named by reference: "за указанный период", "за отчётный период", "over the said
period", "during the period under review", "during this period". It is the last plain period
the text named before it (not one in brackets, an aside's), past any paragraph break ("… in
January–October 2023. ¶ The turnover amounted to $600 million over the said period"); "годом
ранее" is the year before the last one named. periods.py finds the other mentions and hands over
its finder (this module imports nothing of periods.py, which imports it).
"""
from __future__ import annotations

import re

_REFERENCE = re.compile(r"(?:за|в)\s+(?:указанный|данный|этот|отч[её]тный|рассматриваемый)\s+период|"
                        r"(?:over|during|in|for)\s+the\s+(?:(?:said|aforementioned|reporting|review)\s+period|"
                        r"period\s+under\s+(?:review|consideration))|"
                        # "during this period", "over that period", "during the period, the envoy said"
                        r"(?:over|during|in|for)\s+(?:this|that)\s+period(?!\s+of\b)|"
                        r"(?:over|during|in|for)\s+the\s+period(?=\s*[,.;:)])", re.I)
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
        lo = max(0, s - _REACH)
        before = [p for p in find_periods(text[lo:s], published, anaphors=False)
                  if p.kind == "plain" and p.value]
        # "… from January through May 2024. This is 3 percent more ($25.9 billion in January–May
        # 2023). … during this period": a period in brackets is an aside's, not the one told
        before = [p for p in before if not _in_brackets(text, lo + p.start, lo + p.stop)] or before
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


def _in_brackets(text: str, s: int, e: int) -> bool:
    """The span stands inside round brackets closed after it in the same sentence."""
    opened = text.rfind("(", 0, s)
    return opened >= 0 and text.rfind(")", opened, s) < 0 and not re.search(r"[.!?]\s", text[opened:s]) \
        and text.find(")", e) >= 0 and not re.search(r"[.!?]\s", text[e:text.find(")", e)])
