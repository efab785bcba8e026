"""How the digits of an amount are written: "1 200", "1,200", "1.200.000", "1,44" and the
South-Asian lakh grouping "3,20,000" (groups of two before the last three), and a number cut
in two by a stray space ("Rs 20, 400 crore"), which is better dropped than read short, unless
a Russian scale word shows the comma a decimal one ("124, 9 млн долларов": 124,9 млн).
Apart from money.py's grammar, which takes the number pattern from here, because the ways of
writing digits change for other reasons than the currency names around them."""
from __future__ import annotations

import re

# "3,20,000", "12,34,567": South-Asian grouping, read before the thousands groups would cut it
_LAKH = r"\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])"
NUMBER = (rf"(?<![\d.,])(?:{_LAKH}|\d{{1,3}}(?:[ \u00a0\u202f\u2009]\d{{3}})+(?!\d)|\d{{1,3}}(?:\.\d{{3}}){{2,}}(?!\d)"
          r"|\d{1,3}(?:,\d{3})+(?![\d])|\d+)(?:[.,]\d+| ,\d+(?= ?[^\W\d_])"   # "$1 ,7 млрд": a stray space
          # "124, 9 млн долларов": a stray space after a Russian decimal comma, before the scale
          r"|(?<!\d{4}),[ \u00a0]\d{1,2}(?=[ \u00a0](?:млн|млрд|трлн|миллион|миллиард|триллион)))?")


def parse_number(s: str, lang: str = "ru") -> float | None:
    """'1,44' → 1.44 (ru), '1,200' → 1200 (en), '1 200,5' → 1200.5, '1.200.000' → 1200000,
    '3,20,000' → 320000."""
    s = re.sub(r"[\s\u00a0\u202f\u2009]", " ", s.strip())
    if " " in s:
        s = s.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?", s):
        s = s.replace(".", "").replace(",", ".")
    elif lang == "en" and re.fullmatch(rf"(?:{_LAKH}|\d{{1,3}}(?:,\d{{3}})+)(?:\.\d+)?", s):
        s = s.replace(",", "")
    else:
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


# "Rs 20, 400 crore": a group of up to three digits, a comma and a space right before three digits
_CUT = re.compile(r"(?<![\d.,])\d{1,3},\s+$")
_THREE = re.compile(r"\d{3}(?![\d.,])")


def cut_in_two(text: str, num_start: int) -> bool:
    """The number at ``num_start`` is the tail of one a stray space cut ("Rs 20, 400 crore" is
    Rs 20,400 crore, not 400 crore; a year is no head: "In 2021, 400 million dollars")."""
    return _THREE.match(text, num_start) is not None \
        and _CUT.search(text, max(0, num_start - 8), num_start) is not None
