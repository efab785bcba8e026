"""Consistency: a figure's growth against the previous-period value its text states.

"$4,2 млрд ..., что на $780 млн меньше" and "сократился на 12,8%" cannot both hold; such a
figure is reported in the record's warnings, not corrected: the text is the evidence.
"""
from __future__ import annotations

from typing import Optional

from pydantic import PrivateAttr

from ...record import Figure


class FigureFact(Figure):
    """A Figure that remembers, unserialised, the previous-period value the text states."""
    _stated_previous: Optional[float] = PrivateAttr(default=None)


def consistency_warnings(record) -> list[str]:
    """Figures whose growth implies a previous-period value other than the one the text
    states ("$4,2 млрд ..., что на $780 млн меньше" against "сократился на 12,8%")."""
    out = []
    for f in record.figures:
        stated = getattr(f, "_stated_previous", None)
        if stated is None or f.change_pct is None or stated <= 0 or f.change_pct <= -100:
            continue
        implied = f.value / (1 + f.change_pct / 100)
        gap = abs(implied - stated) / stated
        if gap > 0.01:
            out.append(
                f"figure {f.metric} {f.value:,.0f} {f.currency} ({f.period or 'no period'}): "
                f"a change of {f.change_pct:+g}% implies {implied:,.0f} for the previous period, "
                f"the text states {stated:,.0f} ({gap:.1%} apart)")
    return out


def plain(figures: list[Figure]) -> list[Figure]:
    """The figures as the record's own ``Figure``: once the check above is done nothing reads
    the stated previous value, and a record that crosses to another process (the parent of
    a worker pool) is then read there without importing the extractors' code."""
    return [Figure.model_construct(**dict(f)) if type(f) is not Figure else f for f in figures]
