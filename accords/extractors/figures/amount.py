"""An amount in its sentence: the money found plus what the sentence makes of it.

Each amount has a role — ``figure`` (measures the relationship), ``delta`` (a difference
to the previous period), ``equivalent`` (the previous amount restated in another
currency), ``base`` (the previous period's value a change is measured against),
``foreign`` (the size of something else) — and, for figures, a metric, kind, period and
change, filled in by the modules named after them.
"""
from __future__ import annotations

from dataclasses import dataclass

from .cues import Cue
from .money import Money


@dataclass
class Amount:
    money: Money
    first: int                # token range of the amount (number or symbol on)
    last: int
    q_first: int              # first token with the qualifier ("over $5 bn")
    role: str = "figure"      # figure | delta | equivalent | base | foreign
    metric: str | None = None
    kind: str = "actual"
    period: str | None = None
    period_found: bool = False
    change: float | None = None
    delta: float | None = None          # signed difference to the previous period
    stated_previous: float | None = None
    head: "Amount | None" = None        # the amount an equivalent restates
    blocked: bool = False               # "since 1992": a cumulative total, no period
    cue: "Cue | None" = None            # the word the metric was read from
    heads_to: str | None = None         # a movement's start: the kind of the end it heads for


def share_head(a: Amount) -> None:
    """A restatement in another currency means what the amount it restates means."""
    if a.role == "equivalent" and a.head is not None:
        h = a.head
        a.metric, a.kind, a.period, a.period_found = h.metric, h.kind, h.period, h.period_found
        a.change, a.blocked = h.change, h.blocked


def link_differences(amounts: list[Amount], figures: list[Amount]) -> None:
    """A difference ("на $780 млн меньше") or a base ("against $4 billion in 2022") tells
    the previous period's value of the nearest figure: kept for the consistency check."""
    own = [f for f in figures if f.role == "figure"]
    for a in amounts:
        if a.role == "delta" and own:
            f = min(own, key=lambda f: abs(f.first - a.first))
            f.stated_previous = f.money.value - a.delta
        elif a.role == "base":
            before = [f for f in own if f.money.stop <= a.money.start]
            if before and before[-1].kind == "actual":
                before[-1].stated_previous = a.money.value


def after_restatement(toks: list, last: int) -> int:
    """The amount's last token (``last``), or the closing bracket of a restatement right after
    it ("£9 billion (12.7 billion euros, $13.7 billion) will be", "JPY 43 billion (USD 412
    million) in fresh yen loans")."""
    if last + 1 < len(toks) and toks[last + 1].text == "(":
        for k in range(last + 2, min(len(toks), last + 20)):
            if toks[k].text == ")":
                return k
    return last
