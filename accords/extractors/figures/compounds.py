"""Amounts written as one hyphenated word, which the money grammar does not read whole.

English agency copy writes "the 100-billion-U.S.-dollar mark", "a 5-billion-dollar deal" and
"a $45-billion investment plan", headlines "$22.8-B worth of pledges"; the grammar reads the
first two not at all and the others as $45 and $22.8. Russian writes a trade level as one
adjective ("достигнут двухмиллиардного товарооборота", "до 2-миллиардного показателя"): in
dollars, as trade between states is counted. Each is found here with its value and currency.
"""
from __future__ import annotations

import re
from typing import NamedTuple

# (and with a space after the scale or the "U.S.": "68-billion U.S. dollars", "a 230-million-U.S.
# dollar loan")
_WORDED = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)-(million|billion|trillion)[-\s](?:U\.?S\.?[-\s]?)?"
                     r"(dollar|euro|yuan|yen|pound|rupee|ringgit|riyal|dirham)s?(?![\w-])", re.I)
# (South African copy writes the rand "R5,3-billion", its decimal a comma)
_SYMBOLED = re.compile(r"(?<![\w.,])((?i:US)\$|\$|€|£|R)\s?(\d+(?:\.\d+|,\d{1,2}(?!\d))?)-"
                       r"((?i:million|billion|trillion)|B|M)(?![\w-])")
_RU_TIMES = {"двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5, "шести": 6,
             "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "пятнадцати": 15, "двадцати": 20,
             "тридцати": 30, "сорока": 40, "пятидесяти": 50, "ста": 100}
_RU_LEVEL = re.compile(r"(?<![\w-])(?:(\d+(?:,\d+)?)-|(" + "|".join(_RU_TIMES) + r"))?"
                       r"(миллион|миллиард|триллион)н(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми)\s+"
                       r"(?=товарооборот|показател|рубеж|отметк|уровн|уровен)", re.I)
_RU_SCALE = {"миллион": 1e6, "миллиард": 1e9, "триллион": 1e12}
_SCALE = {"million": 1e6, "billion": 1e9, "trillion": 1e12, "b": 1e9, "m": 1e6}
_CURRENCY = {"dollar": "USD", "euro": "EUR", "yuan": "CNY", "yen": "JPY", "pound": "GBP",
             "rupee": "INR", "ringgit": "MYR", "riyal": "SAR", "dirham": "AED",
             "us$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "r": "ZAR"}


class Compound(NamedTuple):
    start: int
    stop: int
    value: float
    currency: str
    text: str
    symbol: bool        # "$45-billion": the grammar reads "$45" inside it


def hyphenated_amounts(text: str) -> list[Compound]:
    """Every hyphenated amount of ``text``, left to right."""
    out = [Compound(m.start(), m.end(), float(m.group(1)) * _SCALE[m.group(2).lower()],
                    _CURRENCY[m.group(3).lower()], m.group(0), False) for m in _WORDED.finditer(text)]
    out += [Compound(m.start(), m.end(), float(m.group(2).replace(",", ".")) * _SCALE[m.group(3).lower()],
                     _CURRENCY[m.group(1).lower()], m.group(0), True) for m in _SYMBOLED.finditer(text)]
    for m in _RU_LEVEL.finditer(text):
        if m.group(1):
            times = float(m.group(1).replace(",", "."))
        else:
            times = _RU_TIMES.get((m.group(2) or "").lower(), 1)
        end = m.end() - len(m.group(0)) + len(m.group(0).rstrip())
        out.append(Compound(m.start(), end, times * _RU_SCALE[m.group(3).lower()], "USD",
                            text[m.start():end], False))
    return sorted(out)
