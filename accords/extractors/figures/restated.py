"""Bare amounts ("N миллиардов", no currency) whose currency the document gives elsewhere.

- A restatement: "договорились довести товарооборот до 3 миллиардов долларов в 2018 году … ¶
  «… до 3 миллиардов в 2018 году и до 5 миллиардов к 2020 году»": the quote leaves out the
  currency the lead gave the same amount; once it has the currency back, the amounts elided
  after it (:func:`money._elided`) take it too.
- A metric's amount: "По итогам года товарооборот превысил 11 миллиардов" in a text whose
  amounts all state one currency: that currency, which the text leaves out as understood.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ...lexicon import word_list

_QUALIFIER_REACH = 40    # characters before a number searched for its qualifier ("более чем")
# the stems of what a money figure measures, written shortly before a bare amount
_METRIC_BEFORE = re.compile("(?:" + "|".join(sorted(word_list("bare_amount_metrics"))) + r")[^.!?;\n]{0,60}$", re.I)


def bare_amounts(text: str, g, start: int = 0) -> list:
    """Every "number scale" from ``start`` on, with its qualifier: the digits found by a
    pattern that starts with them (one pass over the text), the qualifier by a look a few
    words back."""
    out = []
    for m in g.bare.finditer(text, start):
        for q in g.elided.finditer(text, max(start, m.start() - _QUALIFIER_REACH), m.end()):
            if q.end() == m.end():
                out.append(q)
                break
    return out


def _unread(text: str, lang: str, g, found: list, bare: list, parse_number, next_ok):
    """(match, value, approx) of each bare amount outside the amounts already read, not glued to
    a letter ("P804.78 billion"), not before a unit ("2 млрд кубометров")."""
    spans = sorted((m.start, m.stop) for m in found)
    starts = [a for a, _ in spans]
    for m in bare:
        k = bisect_left(starts, m.end()) - 1
        if k >= 0 and spans[k][1] > m.start():
            continue                      # part of an amount already read
        if m.start() and text[m.start() - 1].isalpha() or not next_ok(text, m.end()):
            continue
        num, scale = parse_number(m.group("num"), lang), g.scales.value(m.group("scale"))
        if num and scale:
            yield m, round(num * scale, 2), g.approx.value(m.group("qual")) if m.group("qual") else None


def _money(money_cls, m, value, codes, approx):
    return money_cls(m.start(), m.end(), value, codes, approx, m.group(0), m.start("num"), False)


def restated_amounts(text: str, lang: str, g, found: list, money_cls, parse_number, next_ok,
                     bare: list) -> list:
    """``found`` plus each bare amount equal in value to one before it that states a currency."""
    first: dict = {}        # value -> the first amount stating it with a currency (one pass: linear)
    for x in found:
        if x.currencies and (x.value not in first or x.stop < first[x.value].stop):
            first[x.value] = x
    out = list(found)
    for m, value, approx in _unread(text, lang, g, found, bare, parse_number, next_ok):
        same = first.get(value)
        if same is not None and same.stop <= m.start():
            out.append(_money(money_cls, m, value, same.currencies, approx))
    return sorted(out, key=lambda x: x.start)


def bare_metric_amounts(text: str, lang: str, g, found: list, money_cls, parse_number, next_ok,
                        bare: list) -> list:
    """``found`` plus each bare amount a metric word governs shortly before, where every amount
    of the text states one and the same currency."""
    currencies = {m.currencies for m in found if m.currencies}
    if len(currencies) != 1:
        return found
    (codes,) = currencies
    out = list(found)
    for m, value, approx in _unread(text, lang, g, found, bare, parse_number, next_ok):
        if _METRIC_BEFORE.search(text, max(0, m.start() - 90), m.start()):
            out.append(_money(money_cls, m, value, codes, approx))
    return sorted(out, key=lambda x: x.start)
