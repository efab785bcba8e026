"""The bare number at one end of a change, read with the amount at its other end.

"вырос с 58 миллионов долларов до 108": the bare number a change runs to takes the scale and
currency of the amount it runs from; "увеличить с 5 до 10 млрд долларов", "from 5 to 10
billion dollars": the bare number it runs from takes those of the amount it runs to. Never a
year ("с $58 млн до 2018 года") nor a number ten times off the other end.

``money.find_money`` calls these last, handing over its ``Money`` type, number parser, number
pattern and the test of what may follow an elided amount (this module imports nothing of
money.py, which imports it).
"""
from __future__ import annotations

import re

_FROM = re.compile(r"(?:^|\s)(?:с|со|from)\s*$", re.I)
_TO_BARE = re.compile(r"\s+(?:до|to)\s+(?P<num>\d+(?:[.,]\d+)?)(?![\d.,]?\d)")
_NOT_AFTER_BARE = re.compile(r"\s*(?:г\.|год|гг|years?\b|%|процент|per\s*cent|раз|times)", re.I)
# "reach 5 and then 10 billion US Dollars", "5, then 10 billion": one level after another (not
# "between 5 and 10 billion", a range, nor "4 or 5 billion", one level guessed)
_JOINED_BARE = re.compile(r"\s(?P<num>\d+(?:[.,]\d+)?)\s*(?:,\s*)?(?:and\s+)?then\s+$", re.I)
_FROM_BARE = re.compile(r"(?:^|\s)(?:с|со|from)\s+(?P<num>\d+(?:[.,]\d+)?)\s+(?:до|to)\s+$", re.I)


def _scaled(other, num, lang: str, parse_number, number_rx: str):
    """The value of a bare ``num`` written beside the amount ``other``, with its scale."""
    first = re.search(number_rx, other.text[max(0, other.num_start - other.start):])
    ref = parse_number(first.group(0), lang) if first else None
    n = parse_number(num, lang)
    if not ref or not n or not 0.1 <= n / ref <= 10 or 1900 <= n <= 2100:
        return None
    return round(other.value / ref * n, 2)


def upper_bounds(text: str, lang: str, found: list, money_type, parse_number, number_rx: str,
                 elided_next) -> list:
    """"вырос с 58 миллионов долларов до 108": the upper end, from the lower."""
    out = list(found)
    for prev in found:
        if not _FROM.search(text[max(0, prev.start - 6):prev.start]) or prev.is_range:
            continue
        m = _TO_BARE.match(text, prev.stop)
        if m is None or _NOT_AFTER_BARE.match(text, m.end()) or not elided_next(text, m.end()) \
                or any(x.start == m.start("num") for x in found):
            continue
        value = _scaled(prev, m.group("num"), lang, parse_number, number_rx)
        if value is not None:
            out.append(money_type(m.start("num"), m.end(), value, prev.currencies, None, m.group("num"),
                                  m.start("num"), False))
    out.sort(key=lambda x: x.start)
    return out


def lower_bounds(text: str, lang: str, found: list, money_type, parse_number, number_rx: str) -> list:
    """"увеличить с 5 до 10 млрд долларов": the lower end, from the upper."""
    return _bare_before(text, lang, found, money_type, parse_number, number_rx, _FROM_BARE, 40)


def joined_firsts(text: str, lang: str, found: list, money_type, parse_number, number_rx: str) -> list:
    """"the target would first reach 5 and then 10 billion US Dollars": a bare number joined by
    "(and) then" to an amount takes its scale and currency — two levels, two amounts."""
    return _bare_before(text, lang, found, money_type, parse_number, number_rx, _JOINED_BARE, 30)


def _bare_before(text: str, lang: str, found: list, money_type, parse_number, number_rx: str,
                 pattern, reach: int) -> list:
    """The amounts found, with each bare number that ``pattern`` finds within ``reach``
    characters before one of them, read in that amount's scale and currency."""
    out = list(found)
    for nxt in found:
        m = pattern.search(text, max(0, nxt.start - reach), nxt.start)
        if m is None or nxt.is_range or any(x.start <= m.start("num") < x.stop for x in found):
            continue
        value = _scaled(nxt, m.group("num"), lang, parse_number, number_rx)
        if value is not None:
            out.append(money_type(m.start("num"), m.end("num"), value, nxt.currencies, None, m.group("num"),
                                  m.start("num"), False))
    out.sort(key=lambda x: x.start)
    return out
