"""Money amounts in Kazakh text: a number (in digits or in words, "жиырма бес"), a scale word
and a currency word, each with any endings ("2,24 миллиард долларға", "800 млн долларға
жуықтаған", "$1,5 млрд", "150 млрд теңге"), with the qualifier that makes it approximate
("жуықтаған", "астам", "шамамен").
Words come from ``currencies.kk.tsv``."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...lexicon import rows
from ..phrases import match_words
from ...nlp.number_words import compose
from .words import word_matches

_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")


@dataclass(frozen=True)
class KkMoney:
    value: float
    currency: str
    approx: str | None
    start: int
    stop: int
    first: int      # token indices, stop exclusive
    last: int


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, list[tuple[str, list[str]]]]:
    out: dict[str, list] = {}
    for row in rows("currencies.kk.tsv"):
        if len(row) >= 3:
            out.setdefault(row[0], []).append((row[1], row[2].split()))
    for entries in out.values():
        entries.sort(key=lambda e: -len(e[1]))
    return out


# numbers written as words before a scale word ("бір миллиард долларға")
_WORDS = {"жарты": 0.5, "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8,
          "тоғыз": 9, "он": 10, "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60,
          "жетпіс": 70, "сексен": 80, "тоқсан": 90, "жүз": 100}


_RANGE = re.compile(r"^(\d+(?:[.,]\d+)?)[-–](\d+(?:[.,]\d+)?)$")


def _number(text: str) -> float | None:
    """A number; a range ("50-60") is its midpoint (the spec's convention)."""
    r = _RANGE.match(text)
    if r:
        a, b = (float(x.replace(",", ".")) for x in r.groups())
        return (a + b) / 2 if b > a else None
    if not _NUMBER.match(text):
        return None
    return float(text.replace(",", "."))


def _worded_number(tokens, i: int) -> tuple[float, int] | None:
    """Number words that a scale word follows ("бір миллиард", "екі млрд", "жиырма бес
    миллиард", "екі жүз елу миллион"): (value, index after them). A "жарым" (and a half)
    between them and the scale is left to the caller ("бір жарым миллиард")."""
    j = i
    while j < len(tokens) and tokens[j].text.lower() in _WORDS:
        j += 1
    scale_at = j + 1 if j < len(tokens) and tokens[j].text.lower() == "жарым" else j
    if j == i or scale_at >= len(tokens) or not _words_at(tokens, scale_at, "scale")[0]:
        return None
    value = compose([float(_WORDS[t.text.lower()]) for t in tokens[i:j]], tens_from=10)
    return (value, j) if value is not None else None


def _words_at(tokens, i: int, category: str):
    """(value, tokens used) of the longest entry of ``category`` starting at token i."""
    for value, words in _lexicon().get(category, []):
        if match_words(len(tokens), i, words,
                       lambda w, j: word_matches(tokens[j].text, w, exact_case=w.isupper())) is not None:
            return value, len(words)
    return None, 0


def _amount_at(tokens, i: int):
    """The amount whose number is token i: (value, currency, index after it) or None."""
    num, j = _number(tokens[i].text), i + 1
    if num is None:
        num, j = _worded_number(tokens, i) or (None, i + 1)
    if num is None:
        return None
    value = num
    if j < len(tokens) and tokens[j].text.lower() == "жарым" and num == int(num):
        value, j = num + 0.5, j + 1          # "7 жарым млн": seven and a half
    # thousands written with spaces: "1 200 млн", "35 607,2 мың" (the last group may carry the decimals)
    while j < len(tokens) and re.fullmatch(r"\d{3}(?:,\d+)?", tokens[j].text) and re.fullmatch(r"\d{1,3}", tokens[i].text):
        value = value * 1000 + float(tokens[j].text.replace(",", "."))
        j += 1
        if "," in tokens[j - 1].text:
            break
    scale, used = _words_at(tokens, j, "scale")
    if scale:
        value *= float(scale)
        j += used
        # "3 млрд 100 млн доллар", "2 миллион 849 мың 836 доллар": smaller parts after the
        # larger one, the last maybe with no scale word
        last = float(scale)
        while j < len(tokens) and (more := _number(tokens[j].text)) is not None:
            small, used2 = _words_at(tokens, j + 1, "scale")
            if small and float(small) < last:
                value, last, j = value + more * float(small), float(small), j + 1 + used2
            elif not small and more < min(last, 1000) and _words_at(tokens, j + 1, "currency")[0]:
                value, j = value + more, j + 1
                break
            else:
                break
    if scale and j + 1 < len(tokens) and tokens[j].text == "." and tokens[j - 1].stop == tokens[j].start:
        j += 1          # "9,5 млрд. АҚШ доллары": the abbreviation's full stop
    value = round(value, 2)          # 4.1 × 10⁹ is 4100000000, not 4099999999.9999995
    currency, used = _words_at(tokens, j, "currency")
    if currency:
        return value, currency, j + used
    if scale and j < len(tokens) and tokens[j].text == "АҚШ":
        return value, "USD", j + 1      # "1,05 млрд. АҚШ)": the dollar named by its state
    if i > 0 and tokens[i - 1].text == "$":
        return value, "USD", j
    return None


def money_in(sentence) -> list[KkMoney]:
    """The money amounts of one sentence, in order."""
    toks, out, i = sentence.tokens, [], 0
    while i < len(toks):
        got = _amount_at(toks, i)
        if not got:
            i += 1
            continue
        value, currency, end = got
        first = i - 1 if i > 0 and toks[i - 1].text == "$" else i
        approx = None
        for k in (end, end + 1):
            if k < len(toks):
                approx = approx or _words_at(toks, k, "approx")[0]
        if first > 0:
            approx = approx or _words_at(toks, first - 1, "approx")[0]
        if _RANGE.match(toks[i].text):
            approx = "about"      # a range: its midpoint, about
        out.append(KkMoney(value, currency, approx, toks[first].start, toks[end - 1].stop,
                           toks[first].index, toks[end - 1].index + 1))
        i = end
    return out
