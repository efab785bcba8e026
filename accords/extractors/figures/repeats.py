"""One figure per fact: the same amount told twice in a document is one figure."""
from __future__ import annotations

import re

from .consistency import FigureFact

_DEALS = frozenset({"agreements_value", "project_value"})


def drop_repeats(facts: list[FigureFact], headline_end: int = -1, text: str = "") -> list[FigureFact]:
    """One figure per fact: a repeat, or a headline amount without a period that the body
    restates with its period, is dropped (every language's figures: Kazakh's too); so is a
    headline's rounded amount the body gives exactly ("свыше 100 млн долларов" over "до 108
    млн по итогам 2018 года"), given ``headline_end``, where the first line ends; a bar the next
    amount passes ("перевалил за $3 млрд и составил $3,051 млрд", read in ``text``) or a lead's bar
    the body passes with no period of its own is dropped, its period going to the exact amount;
    a headline's future ("Товарооборот вырастет до 200 млрд") is dropped for the body's amount of
    the same measure, whatever kind the body gives it (not every headline amount: two blind sets
    fell when a headline's result or goal without a period gave way too)."""
    def same(f, g):
        return (f.metric, f.kind, f.currency) == (g.metric, g.kind, g.currency) and \
            abs(f.value - g.value) <= 0.005 * max(f.value, g.value) and not _other_pair(f, g)
    out: list[FigureFact] = []
    facts = _thresholds_passed(facts, text) if text else facts
    for f in facts:
        kept = next((g for g in out if same(f, g) and g.period == f.period), None)
        if kept is None and f.period is None:
            kept = next((g for g in facts if g.period is not None and same(f, g)), None)
        if kept is not None:
            _merge_change(kept, f, text)
            continue
        if f.period is None and f.metric in _DEALS and any(
                g.period is not None and g.metric in _DEALS and g.kind == f.kind and g.currency == f.currency
                and abs(f.value - g.value) <= 0.005 * max(f.value, g.value) for g in facts):
            continue    # "договорились о проектах на $10 млрд" restated as "соглашения на $10 млрд" of 2019
        if f.evidence[0] < headline_end and any(g.evidence[0] > headline_end and _rounded(f, g)
                                                for g in facts):
            continue
        if f.evidence[0] < headline_end and f.kind == "forecast" and any(
                g.evidence[0] > headline_end and _rounded(f, g, kind=False) for g in facts):
            continue    # "подпишут соглашения на 4,6 млрд" over the body's "подписывается пакет … на 4,6
                        # млрд", "Товарооборот вырастет до 200 млрд" over "намерены увеличить … до 200 млрд
        exact = None
        if f.evidence[0] < headline_end and f.period is not None and f.approx in ("more_than", None):
            exact = next((g for g in facts if headline_end < g.evidence[0] and g.period is None
                          and _passes(g, f)), None)
        if exact is not None:
            exact.period = f.period     # "превысив $3 млрд за восемь месяцев 2021 года" … "составил $3,051 млрд"
            continue
        out.append(f)
    return out


# "$6 млрд (рост на 36%)": a change bracketed right after its amount
_BRACKETED_CHANGE = re.compile(r"\s*\(\s*(?:рост|прирост|снижение|падение|сокращение|увеличение|[+−-])", re.I)


def _merge_change(kept: FigureFact, repeat: FigureFact, text: str) -> None:
    """"… Узбекистан — $6 млрд (рост на 36%)" restating "товарооборот достиг $6 млрд": the change
    the restatement brackets is the kept figure's, when that one has none."""
    if kept.change_pct is None and repeat.change_pct is not None \
            and _BRACKETED_CHANGE.match(text, repeat.evidence[1]):
        kept.change_pct = repeat.change_pct


def _rounded(f: FigureFact, g: FigureFact, kind: bool = True) -> bool:
    """``f`` states ``g`` rounded: the same fact, its period left out or the same (with
    ``kind`` False, a deal still to be signed and the same deal signed)."""
    same = _same_measure(f, g) if kind else (g.metric, g.currency) == (f.metric, f.currency)
    return same and f.period in (None, g.period) and abs(f.value - g.value) <= _ROUNDED * g.value \
        and not _other_pair(f, g)


def _passes(g: FigureFact, f: FigureFact) -> bool:
    """``g`` is the exact amount of the same measure that passes the bar ``f`` states."""
    return _same_measure(f, g) and f.value < g.value <= (1 + _ROUNDED) * f.value


def _same_measure(f: FigureFact, g: FigureFact) -> bool:
    return (g.metric, g.kind, g.currency) == (f.metric, f.kind, f.currency)


_ROUNDED = 0.1      # how far a headline's round figure may lie from the body's exact one


# "перевалил за $3 млрд и составил $3,051 млрд", "exceeded $3 billion, reaching $3.05 billion":
# the bar passed, then the exact amount — one fact, the exact one, with the bar's period
_THEN_EXACT = re.compile(r"^\s*(?:,\s*)?(?:и\s+)?(?:составив|составил\w*|достиг\w*|достигнув|"
                         r"(?:and\s+)?(?:reaching|reached|stood\s+at|standing\s+at))\s*$", re.I)


def _thresholds_passed(facts: list[FigureFact], text: str) -> list[FigureFact]:
    """The facts without a bar that the next amount passes (looked for among the amounts
    that start within 40 characters after it: linear in the number of amounts)."""
    by_start = sorted(facts, key=lambda x: x.evidence[0])
    follows = {}
    for k, f in enumerate(by_start):
        for g in by_start[k + 1:]:
            if g.evidence[0] - f.evidence[1] > 40:
                break
            follows.setdefault(id(f), []).append(g)
    out = []
    for f in facts:
        g = next((g for g in follows.get(id(f), ()) if f.approx in ("more_than", None) and _passes(g, f)
                  and 0 < g.evidence[0] - f.evidence[1]
                  and _THEN_EXACT.match(text[f.evidence[1]:g.evidence[0]])), None)
        if g is None:
            out.append(f)
        elif g.period is None:
            g.period = f.period
    return out



def _other_pair(f: FigureFact, g: FigureFact) -> bool:
    """"India's trade with China stood at $118.4 billion … two-way trade with the US amounted to
    $118.3 billion": close amounts, not the same, of two different pairs of states are two facts."""
    a, b = set(f.countries or ()), set(g.countries or ())
    return f.value != g.value and len(a) > 1 and len(b) > 1 and not (a <= b or b <= a)
