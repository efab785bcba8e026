"""A number written in words, read whole: "двести сорок пять" → 245, "eighty-one" → 81, "two
hundred and fifty" → 250. Hundreds, tens and units are added in that order; a unit before
"hundred" multiplies it; any other sequence is not one number (no amount rather than a wrong
one: "пять двадцать"). The words and their values are the ``number`` rows of
``currencies.{ru,en}.tsv``, which figures/money.py hands over as a lookup; the Kazakh reader
(extractors/kazakh/money.py) composes its own words with :func:`compose`.
"""
from __future__ import annotations

import re
from typing import Callable

WORD_JOINT = r"(?:\s+and\s+|\s*-\s*|\s+)"     # what may stand between the words of one number


def word_number(value_of: Callable[[str], float | None], text: str) -> float | None:
    """The number ``text`` writes in words, or None; ``value_of`` gives one form's value."""
    whole = value_of(text)          # a form of several words ("one and a half")
    if whole is not None:
        return whole
    values = [value_of(w) for w in re.split(WORD_JOINT, text.strip())]
    if len(values) < 2 or None in values:
        return None
    return compose(values)


_RANGE = re.compile(r"(\w+)\s*[-–—]\s*(\w+)")


def word_range(value_of: Callable[[str], float | None], text: str) -> tuple[float, float] | None:
    """"четырех-пяти", "три–четыре": two numbers in words joined by a dash, the second the
    greater, a range (not "eighty-one", one number of a tens and a unit word)."""
    m = _RANGE.fullmatch(text.strip())
    if not m:
        return None
    low, high = value_of(m[1]), value_of(m[2])
    if low is None or high is None or not low < high or compose([low, high]) is not None:
        return None
    return low, high


def compose(values: list[float], tens_from: int = 20) -> float | None:
    """The number that words of these values write together, or None when they are not one
    number. ``tens_from``: the least tens word (20 in Russian and English, whose teens are
    one word; 10 in Kazakh: "он бес" is ten and five)."""
    if len(values) == 1:
        return values[0]
    total, last = 0.0, 4
    for v in values:
        if v == 100 and 0 < total < 10 and last == 1:
            total, last = total * 100, 3      # "two hundred", "екі жүз"
            continue
        rank = 3 if v >= 100 else 2 if v >= tens_from else 1 if v == int(v) and v >= 1 else 0
        if rank == 0 or rank >= last:
            return None
        total, last = total + v, rank
    return total
