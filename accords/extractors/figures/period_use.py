"""How a period mention is used, told by the words just before it: the period of a result
(``plain``), a goal's year ("к 2030 году": ``target``), a year's end (``end``), the start of a
cumulative total ("since 1992": ``since``), the base of a comparison ("по сравнению с 2022
годом": ``compare``) or a day ("20 января": ``date``). Apart from periods.py, which finds
and resolves the mentions, because the two change for different reasons."""
from __future__ import annotations

import re

# (whole words: "Thanks to joint efforts, last year …" holds no "than"; "более чем в 30 раз – с $4 млн
# в 2010 году" is a multiple, no comparison)
_COMPARE = re.compile(r"(?<![а-яёa-z])(?:по\s+сравнению|в\s+сравнении|против(?![а-яё])|чем(?![а-яё])(?!\s+(?:на\s+)?\d)(?!\s+в\s+[\d,.]+\s+раз)|"
                      r"относительно|по\s+отношению\s+к|аналогичн|к\s+уровню|compared|than\b(?!\s+(?:by\s+)?[\d$€£])|against|versus|vs\.?|"
                      r"same\s+period|corresponding\s+period|year[-\s]on[-\s]year)"
                      r"[^.;]{0,40}$", re.I)
# "увеличился на 12,4% к тому же периоду прошлого года", "вырос на 12% к прошлому году", "на 8% к
# январю–маю 2022 года": "к" after a percentage names the base of the change, not a goal's year
_PCT_TO = re.compile(r"\d\s*(?:%|процент\w*|проц\.?)\s+(?:по\s+отношению\s+)?к\s+(?:(?:тому|тем)\s+же\s+период\w*\s+)?$", re.I)
_SINCE = re.compile(r"(?:\bс|начиная\s+с|since)\s*$", re.I)
# "has increased 21 times since Lula's first visit to China in 2004", "с момента визита в 2004
# году": the year of the occasion a growth is counted from, the base
_SINCE_OCCASION = re.compile(r"(?:\bsince|с\s+момента|со\s+времени)\s+[^.;,\d]{3,50}\s(?:in|в)\s*$", re.I)
# "up 8.4% from 2022", "a drop of 4.5% from the end of 2014": the base of a change
_FROM = re.compile(r"\b(?:from|от)\s+(?:the\s+(?:end|beginning|start)\s+of\s+)?$|\b(?:from|от)\s*$", re.I)
_FROM_YEAR_TO = re.compile(r"\b(?:from|с)\s+(?:19|20)\d{2}(?:\s+(?:year|года))?\s+(?:to|till|until|through|по|до)\s+(?:the\s+)?$", re.I)
_TARGET = re.compile(r"(?:\bк|\bдо|\bна|\bby|\buntil|\btill|\bthrough|\bbefore)\s*$", re.I)
_END = re.compile(r"(?:к\s+концу|до\s+конца|by\s+the\s+end\s+of|at\s+the\s+end\s+of|end\s+of|"
                  r"по\s+итогам)\s*$", re.I)

# "кредит … со сроком погашения до конца 2021 года", "repayable by 2030": a loan's term, not
# the period its amount is for
_TERM = re.compile(r"(?:срок\w*\s+(?:погашени\w*\s+|действи\w*\s+)?(?:до|на|в)|погашени\w*\s+(?:до|в|к)|"
                   r"\brepayable\s+(?:by|in|until)|\bmatur\w+\s+(?:in|by|until))\s+(?:(?:the\s+)?end\s+of\s+|конца\s+)?$",
                   re.I)
_DAY_BEFORE = re.compile(r"(?<![\d.,])(?:[1-9]|[12]\d|3[01])(?:-?(?:го|е|st|nd|rd|th))?\s*$", re.I)
_DAY_AFTER = re.compile(r"\s*(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d.,%]|\s*(?:млн|млрд|тыс|million|billion))", re.I)

_CYRILLIC = re.compile(r"[а-яё]", re.I)


def period_use(text: str, start: int, name: str, stop: int = -1) -> str:
    """How the period mention ``name`` found at ``start`` is used, from the words before it:
    plain, target, end, since, compare or date (periods.py says what each means)."""
    left = text[max(0, start - 60):start]
    left = left[left.rfind("\n") + 1:]      # a line break ends the words that qualify a period
    if name == "month" and (_DAY_BEFORE.search(left) or stop >= 0 and not _CYRILLIC.search(text[start:stop]) and _DAY_AFTER.match(text, stop)):
        return "date"
    if _TERM.search(left):
        return "date"
    if _COMPARE.search(left) or _PCT_TO.search(left) or re.match(r"\s*аналогичн", text[start:start + 20], re.I):
        return "compare"
    if _FROM_YEAR_TO.search(left):
        return "since"     # "From 2005 to the second quarter this year, investments exceeded $X": a total
    if name == "span":
        return "since"
    if name == "yearend":
        return "end"
    if name == "ahead":
        return "target"
    if name == "window":
        return "window"
    if name in ("year", "years"):
        if _FROM.search(left) or _SINCE_OCCASION.search(left):
            return "compare"
        if _END.search(left):
            return "end"
        if _SINCE.search(left):
            return "since"
        if _TARGET.search(left):
            return "target"
    return "plain"
