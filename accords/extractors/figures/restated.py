"""A bare amount that restates one stated with its currency earlier in the document.

"договорились довести товарооборот до 3 миллиардов долларов в 2018 году … ¶ «… роста
товарооборота до 3 миллиардов в 2018 году и до 5 миллиардов к 2020 году»": the quote leaves
out the currency the lead gave the same amount; once the restatement has its currency back,
the amounts elided after it (:func:`money._elided`) take it too."""
from __future__ import annotations

import re
from bisect import bisect_left


_QUALIFIER_REACH = 40    # characters before a number searched for its qualifier ("более чем")


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


def restated_amounts(text: str, lang: str, g, found: list, money_cls, parse_number, next_ok,
                     bare: list) -> list:
    """``found`` plus each bare "number scale" equal in value to an amount before it that
    states a currency (not inside another amount, not glued to a letter, not before a unit)."""
    if not found:
        return found
    starts = sorted(m.start for m in found)
    spans = sorted((m.start, m.stop) for m in found)
    first: dict = {}        # value -> the first amount stating it with a currency (one pass: linear)
    for x in found:
        if x.currencies and (x.value not in first or x.stop < first[x.value].stop):
            first[x.value] = x
    out = list(found)
    for m in bare:
        k = bisect_left(starts, m.end()) - 1
        if k >= 0 and spans[k][1] > m.start():
            continue                      # part of an amount already read
        if m.start() and text[m.start() - 1].isalpha() or not next_ok(text, m.end()):
            continue
        num, scale = parse_number(m.group("num"), lang), g.scales.value(m.group("scale"))
        if not num or not scale:
            continue
        value = round(num * scale, 2)
        same = first.get(value)
        if same is not None and same.stop <= m.start():
            approx = g.approx.value(m.group("qual")) if m.group("qual") else None
            out.append(money_cls(m.start(), m.end(), value, same.currencies, approx, m.group(0),
                                 m.start("num"), False))
    out.sort(key=lambda x: x.start)
    return out


# the stems of what a money figure measures, written shortly before a bare amount
_METRIC_BEFORE = re.compile(r"(?:товарооборот|торгов|экспорт|импорт|инвестиц|портфел|trade|turnover|"
                            r"exports?|imports?|investments?)[^.!?;\n]{0,60}$", re.I)


def bare_metric_amounts(text: str, lang: str, g, found: list, money_cls, parse_number, next_ok,
                        bare: list) -> list:
    """``found`` plus each bare "number scale" a metric word governs shortly before ("По итогам
    года товарооборот превысил 11 миллиардов") in a document whose amounts all state one and
    the same currency: that currency, which the text leaves out as understood."""
    currencies = {m.currencies for m in found if m.currencies}
    if len(currencies) != 1:
        return found
    (codes,) = currencies
    spans = sorted((m.start, m.stop) for m in found)
    starts = [a for a, _ in spans]
    out = list(found)
    for m in bare:
        k = bisect_left(starts, m.end()) - 1
        if k >= 0 and spans[k][1] > m.start():
            continue
        if m.start() and text[m.start() - 1].isalpha() or not next_ok(text, m.end()):
            continue
        if not _METRIC_BEFORE.search(text, max(0, m.start() - 90), m.start()):
            continue
        num, scale = parse_number(m.group("num"), lang), g.scales.value(m.group("scale"))
        if not num or not scale:
            continue
        approx = g.approx.value(m.group("qual")) if m.group("qual") else None
        out.append(money_cls(m.start(), m.end(), round(num * scale, 2), codes, approx, m.group(0),
                             m.start("num"), False))
    out.sort(key=lambda x: x.start)
    return out
