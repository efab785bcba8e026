"""Periods that figures are stated for, resolved to ISO form against the publication date.

"в 2025 году" → 2025, "за январь–октябрь 2022 года" → 2022-01/2022-10, "в первом полугодии
2002 года" → 2002-01/2002-06, "по итогам 11 месяцев" → YYYY-01/YYYY-11, "Last May" →
YYYY-05, "в прошлом году" → published year − 1, "с 20 марта 2020 года по 18 февраля 2021 года"
→ 2020-03/2021-02 (and it says what a period just before it, in brackets, is). A relative period with no known
publication date resolves to ``None`` (the mention is still found, so that it is not
mistaken for no period at all).

Each mention also says how it is used, from the words before it: ``plain`` (the period of a
result), ``target`` ("к 2030 году", "by 2030", "на 2020 год"), ``end`` ("by the end of 2021": a
result or a deadline), ``since`` ("since 1992", "за последние 10 лет", "over the past five years":
a cumulative total, no period), ``date`` ("20 января", "March 3": a day of an event, such as a
dateline, never a figure's period) and ``compare`` ("по сравнению с аналогичным периодом прошлого
года", "than a year earlier", "up 8% from 2022": the base of a change, never the figure's period).

Choices: a period without a year ("в январе–апреле", "в первом квартале") is in the
publication year unless it would end after the publication month, then in the year before;
"с начала года" runs to the month of publication (the spec's convention); "по итогам года" / "by the end of
the year" (no year written) is the publication year; "in a year" / "за год" and "N лет подряд" / "N years in a row" are the last
full year; "через пять лет" / "in five years' time" is the publication year plus five, a target.
"""
from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass
from datetime import date

from ...nlp.dates import en_month
from .dateline import dateline_spans, in_dateline
from .period_refs import references
from .period_use import period_use
from .fiscal import fiscal_months, fiscal_named, fiscal_year, fiscal_year_from, written_as_fiscal
from .previous_year import previous_of_named

_RU_MONTHS = [("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("ма", 5), ("июн", 6),
              ("июл", 7), ("август", 8), ("сентябр", 9), ("октябр", 10), ("ноябр", 11),
              ("декабр", 12)]
_RU_MONTH = (r"(?<![а-яё])(?:январ[ьяеюи]|феврал[ьяеюи]|март[аеу]?|апрел[ьяеюи]|ма[йяею]|июн[ьяеюи]|"
             r"июл[ьяеюи]|август[аеу]?|сентябр[ьяеюи]|октябр[ьяеюи]|ноябр[ьяеюи]|декабр[ьяеюи])"
             r"(?![а-яё])")
_EN_MONTH = (r"(?<![A-Za-z])(?:January|February|March|April|May|June|July|August|September|October|November|"
             r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?![a-z])")
_YEAR = r"(?:19|20)\d{2}(?!\d)"

_NUM_WORDS = {
    "два": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4, "четырех": 4, "четырёх": 4,
    "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8,
    "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10, "одиннадцать": 11,
    "одиннадцати": 11, "двенадцать": 12, "двенадцати": 12,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}
_NUMW = "(?:" + "|".join(sorted(_NUM_WORDS, key=len, reverse=True)) + r")(?![а-яёa-z])"
_ORD = {"перв": 1, "втор": 2, "трет": 3, "четверт": 4, "четвёрт": 4, "first": 1, "second": 2,
        "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "i": 1, "ii": 2,
        "iii": 3, "iv": 4}

# the year a period is in, written after it: "2022 года", "текущего года", "of this year"
_RU_YSPEC = (rf"(?:\s+(?P<y>{_YEAR})\s*(?:-?го(?![а-яё])\s*)?(?:год[а-я]*|г\.?)?"
             r"|\s+(?P<rel>текущего|этого|нынешнего|прошлого|прошедшего|минувшего|позапрошлого|"
             r"предыдущего|истекшего|уходящего)\s+года)?")
_EN_YSPEC = (rf"(?:,?\s+(?:period\s+)?(?:of\s+|in\s+)?(?:the\s+)?(?:year\s+)?(?P<y>{_YEAR})"
             r"|\s+(?:of\s+)?(?P<rel>this|last|the\s+current|the\s+previous|the\s+past)\s+year)?")

_REL_OFFSET = {"текущ": 0, "этот": 0, "этого": 0, "нынеш": 0, "уходящ": 0, "this": 0,
               "the current": 0, "прошл": -1, "прошедш": -1, "минувш": -1, "предыдущ": -1, "истекш": -1,
               "last": -1, "the previous": -1, "the past": -1, "позапрошл": -2,
               "следующ": 1, "будущ": 1, "наступающ": 1, "предстоящ": 1, "next": 1,
               "the coming": 1, "the next": 1}

_F = re.I | re.X
_PATTERNS: list[tuple[str, re.Pattern]] = [
    # months of a fiscal year: "July-April (2023-24)", "Jul-Feb 2017-18"
    ("fiscalmonths", re.compile(rf"(?P<m1>{_EN_MONTH})\s*[-‒–—−]\s*(?P<m2>{_EN_MONTH})\s*,?\s*\(?\s*(?:FY\s*)?"
                                rf"(?P<y>{_YEAR})\s*[/–-]\s*(?P<y2>(?:19|20)?\d{{2}})(?![\d-])\)?", _F)),
    # fiscal years: "2022/23", "2007-08", "FY 2018/19" (months: fiscal.py); "ending June",
    # "which ends in June" say their last month
    ("fiscal", re.compile(rf"(?P<fy>FY\s*|fiscal\s+(?:year\s+)?)?(?P<y>{_YEAR})\s*(?P<sep>[/–-])\s*['’]?(?P<y2>(?:19|20)?\d{{2}})(?![\d-])"
                          r"(?P<fy2>\s+(?:fiscal|financial)\s+year)?(?:,?\s+(?:which\s+)?end(?:ing|s|ed)\s+(?:in\s+)?(?P<end>[A-Z][a-z]+)"
                          r"|\s*\([A-Z][a-z]+\s*[–-]\s*(?P<end2>[A-Z][a-z]+)\))?", _F)),   # "2022-23 (July-June)"
    ("fiscalfy", re.compile(r"\bFY\s*['’]?(?P<y2>\d{2})(?![\d/–-])", re.X)),     # "FY '22", "FY24"
    # a fiscal year named from the day of publication: "in the current fiscal", "during the
    # last fiscal year", "this financial year"
    ("fiscalrel", re.compile(r"\b(?P<rel>current|this|last|previous|next)\s+(?:fiscal|financial)(?:\s+year)?\b", _F)),
    # a span of months across years, days optional: "с 20 марта 2020 года по 18 февраля 2021
    # года", "from March 20, 2020 through February 18, 2021", "between March 2020 and February 2021"
    ("monthspan", re.compile(rf"с\s+(?:\d{{1,2}}\s+)?(?P<m1>{_RU_MONTH})\s+(?P<y>{_YEAR})\s*(?:года|г\.)?\s*"
                             rf"(?:по|до)\s+(?:\d{{1,2}}\s+)?(?P<m2>{_RU_MONTH})\s+(?P<y2>{_YEAR})\s*(?:года|г\.)?", _F)),
    ("monthspan", re.compile(rf"(?:from|between)\s+(?P<m1>{_EN_MONTH})\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?"
                             rf"(?P<y>{_YEAR}),?\s+(?:to|through|till|until|and)\s+(?P<m2>{_EN_MONTH})\s+"
                             rf"(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?P<y2>{_YEAR})", _F)),
    # "for the period April 2022 - February 2023", "апрель 2022 – февраль 2023 года"
    ("monthspan", re.compile(rf"(?P<m1>{_EN_MONTH}|{_RU_MONTH})\s+(?P<y>{_YEAR})\s*(?:года|г\.)?\s*[-‒–—−]\s*"
                             rf"(?P<m2>{_EN_MONTH}|{_RU_MONTH})\s+(?P<y2>{_YEAR})", _F)),
    # year to date, before the years and relative years it contains ("с начала 2025 года")
    ("ytd", re.compile(r"(?:с\s+начала\s+(?:текущего\s+|этого\s+|нынешнего\s+|(?P<y>(?:19|20)\d{2})\s+)?года|"
                       r"(?:за\s+)?(?:прошедший|истекший|минувший)\s+период\s+(?:текущего|этого|нынешнего)\s+года|"
                       r"so\s+far\s+this\s+year|"
                       r"since\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year|year[-\s]to[-\s]date)"
                       # "since the beginning of this year until October", "с начала года по октябрь"
                       rf"(?:\s+(?:until|till|through|to|по)\s+(?P<m2>{_EN_MONTH}|{_RU_MONTH}))?", _F)),
    ("ytd", re.compile(rf"since\s+(?:the\s+(?:beginning|start)\s+of|early)\s+(?P<y>{_YEAR})"   # "since early 2017"
                       rf"(?:\s+(?:until|till|through|to)\s+(?P<m2>{_EN_MONTH}))?", _F)),
    # month ranges: "январь–октябрь 2022 года", "с января по октябрь", "January-March of 2024"
    ("months", re.compile(rf"(?:с\s+)?(?P<m1>{_RU_MONTH})\s*(?:[-‒–—−]|по)\s*(?P<m2>{_RU_MONTH}){_RU_YSPEC}", _F)),
    ("months", re.compile(rf"(?:from\s+)?(?P<m1>{_EN_MONTH})\s*(?:[-‒–—−](?:to[-‒–—−])?|\s(?:to|through|till)\s)\s*"
                          rf"(?P<m2>{_EN_MONTH}){_EN_YSPEC}", _F)),
    ("months", re.compile(rf"between\s+(?P<m1>{_EN_MONTH})\s+and\s+(?P<m2>{_EN_MONTH}){_EN_YSPEC}", _F)),
    # halves and quarters: "в первом полугодии 2002 года", "в 1 полугодии", "во 2-м квартале", "за 3
    # квартал" ("за 3 квартала" is nquarters), "first quarter of 2022", "Q1 2022"
    ("half", re.compile(rf"(?P<o>перв|втор|I{{1,2}}(?=\s)|(?<![\d,.])[12](?=(?:-[а-яё]{{1,2}})?\s+полугоди))"
                        rf"-?[а-яё]*\s+(?:полугоди|половин|полгод)[а-яё]*{_RU_YSPEC}", _F)),
    ("quarter", re.compile(rf"(?P<o>перв|втор|трет|четв[её]рт|IV|I{{1,3}}(?=\s)|(?<![\d,.])(?:1|[2-4](?=-[а-яё]{{1,2}}\s|"
                           rf"\s+квартал(?:е|ом)?(?![а-яё]))))-?[а-яё]*\s+квартал[а-яё]*{_RU_YSPEC}", _F)),
    # a bare "за полгода": the first half of the publication year ("за последние полгода" is no period)
    ("barehalf", re.compile(r"(?<![а-яё])за\s+полгода(?![а-яё])(?!\s+(?:назад|до|\d))", _F)),
    ("half", re.compile(rf"(?P<o>first|second|1st|2nd)\s+half(?:\s+of)?(?:\s+the\s+year)?{_EN_YSPEC}", _F)),
    ("quarter", re.compile(rf"(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter{_EN_YSPEC}", _F)),
    ("half", re.compile(rf"\bH(?P<o>[12])\s*(?:of\s+)?(?P<y>{_YEAR})", _F)),
    ("quarter", re.compile(rf"\bQ(?P<o>[1-4])\s*(?:of\s+)?(?P<y>{_YEAR})", _F)),     # "Q1 2022", "Q1 of 2024"
    ("quarter", re.compile(rf"(?<![\d-])(?P<y>{_YEAR})\s*Q(?P<o>[1-4])\b", _F)),          # "2022 Q3"
    # N months: "за 11 месяцев 2019 года", "за четыре месяца текущего года", "in 11 months of 2023"
    ("nmonths", re.compile(rf"(?:перв[а-яё]*\s+)?(?<![\d,.])(?P<n>1[0-2]|[2-9]|{_NUMW})(?:-?[xх]|-ти)?\s+месяц[а-яё]*{_RU_YSPEC}", _F)),
    ("nmonths", re.compile(rf"(?<![\d,.])(?:the\s+)?(?:first\s+)?(?P<n>1[0-2]|[2-9]|{_NUMW})\s+months{_EN_YSPEC}", _F)),
    # N quarters: "за первые три квартала 2022 года", "in the first three quarters of 2022"
    ("nquarters", re.compile(rf"(?:перв[а-яё]*\s+)?(?<![\d,.])(?P<n>[2-4]|{_NUMW})\s+квартал[а-яё]*{_RU_YSPEC}", _F)),
    ("nquarters", re.compile(rf"(?<![\d,.])(?:the\s+)?(?:first\s+)?(?P<n>[2-4]|{_NUMW})\s+quarters{_EN_YSPEC}", _F)),
    # one month: "в мае 2023 года", "in May 2023", "в мае", "last May"
    ("month", re.compile(rf"(?P<m1>{_RU_MONTH}){_RU_YSPEC}", _F)),
    ("month", re.compile(rf"(?P<last>[Ll]ast\s+)?(?P<m1>{_EN_MONTH}){_EN_YSPEC}", re.X)),
    # year ranges: "на 2017–2020 годы"
    ("years", re.compile(rf"(?P<y>{_YEAR})\s*[-‒–—−]\s*(?P<y2>{_YEAR})\s*(?:год[а-я]*|гг\.?)?", _F)),
    # "с 2016 по 2021 год", "between the year 2016 and 2021", "from 2016 to 2021"
    ("years", re.compile(rf"(?:(?<![а-яё])с|\bfrom|\bbetween)\s+(?:the\s+years?\s+)?(?P<y>{_YEAR})\s*(?:год[а-я]*\s+)?"
                         rf"(?:по|to|and|through)\s+(?P<y2>{_YEAR})(?!\d)\s*(?:год[а-я]*|гг\.?)?", _F)),
    # "for the year 2021 through 2025", "for 2016 to 2021": a span with no "from" before it
    ("years", re.compile(rf"\b(?:the\s+)?(?:years?\s+)?(?P<y>{_YEAR})\s+(?:to|through|until|till)\s+(?P<y2>{_YEAR})(?!\d)", _F)),
    # years: "в 2025 году", "2022 г.", "in 2024", "by the end of 2021"
    ("year", re.compile(rf"(?P<y>{_YEAR})(?:-?[мй])?\s*(?:год[а-яё]*|г\.|гг\.|г(?![а-яёa-z.]))", _F)),   # "в 2006 г товарооборот"
    ("year", re.compile(rf"(?<![а-яё])(?:в|за|к|до)\s+(?P<y>{_YEAR})-(?:м|й|го)(?![а-яё])", _F)),  # "в 2020-м"
    ("year", re.compile(rf"(?<![а-яё])(?:в|за)\s+(?P<y>{_YEAR})(?=\s*[–—-]\s*\$?\d)", _F)),  # "в 2017 – 1,3 млрд"
    # "… до 83,3 млрд долларов в 2013.": a year that ends the sentence
    ("year", re.compile(rf"(?<![а-яё])(?:в|за)\s+(?P<y>{_YEAR})(?=[.;]\s|[.;]?$)", _F)),
    # a year before the noun it dates: "the 2018 two-way trade", "2023 exports"
    ("year", re.compile(rf"\b(?P<y>{_YEAR})(?=\s+(?:(?:two-way|bilateral|total|mutual|annual)\s+)?"
                        r"(?:trade|turnover|exports|imports|investments?)\b)", _F)),
    ("year", re.compile(rf"(?:\b(?:in|for|of|during|by|since|until|till|through|throughout|as\s+of|"
                        rf"end\s+of|from|before)\s+(?:the\s+)?(?:year\s+)?(?:(?:late|early|mid)[-\s]?)?)(?P<y>{_YEAR})(?!'?s\b)(?:\s+year)?",
                        _F)),     # (not a decade: "in the 1970s")
    ("year", re.compile(rf"\b(?:compared\s+(?:to|with)|than|against|versus)\s+(?:the\s+)?(?:year\s+)?(?P<y>{_YEAR})(?!'?s\b)", _F)),
    # relative years
    ("rel", re.compile(r"(?<![а-яё])(?P<rel>прошл|прошедш|минувш|предыдущ|позапрошл|истекш|"
                       r"текущ|нынешн|эт|уходящ|следующ|будущ|наступающ|предстоящ)[а-яё]*\s+(?:календарн[а-яё]*\s+)?(?:год[а-яё]*)(?![а-яё])", _F)),
    ("rel", re.compile(r"(?<![а-яё])(?P<rel>прошл|позапрошл)огодн[а-яё]*", _F)),   # "прошлогодний товарооборот"
    ("rel", re.compile(r"\b(?P<rel>last|this|next|the\s+next|the\s+coming|the\s+previous|the\s+past|"
                       r"the\s+current)\s+year(?![a-z-])", _F)),
    # the current year's end: "по итогам года ожидается", "до конца года", "by the end of the year"
    ("yearend", re.compile(r"(?<![а-яё])(?:по\s+итогам|к\s+концу|до\s+конца|в\s+конце)\s+года(?![а-яё]|\s+\d)|"
                           r"(?<![а-яё])(?:за|по\s+итогам)\s+(?:весь|всего|целый|целого|полный|полного)\s+год[а]?(?![а-яё]|\s+\d)|"   # "за весь год"
                           r"\b(?:by|at|until|till)\s+(?:the\s+)?end\s+of\s+the\s+year\b|"
                           r"\bby\s+(?:the\s+)?year[-\s]end\b", _F)),
    # "пятый год подряд свыше $1 млрд", "for the third consecutive year": the latest full year
    ("inrow", re.compile(r"(?<![а-яё])[а-яё\d-]+\s+(?:год[а-яё]*|лет)\s+подряд(?![а-яё])|"
                         r"\b(?:\d+|[a-z]+)\s+(?:consecutive|straight)\s+years?\b|"
                         r"\b(?:\d+|[a-z]+)\s+years\s+in\s+a\s+row\b", _F)),
    # cumulative windows: "за последние 10 лет", "over the past five years" (no period)
    ("span", re.compile(r"(?:за|в\s+течение)\s+(?:последн[а-яё]+|прошедш[а-яё]+|минувш[а-яё]+)\s+"
                        rf"(?:\d+|{_NUMW}|пять|десять)\s*(?:лет|года?)(?![а-яё])|"   # "за последний год": ayear
                        rf"(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?:\d+|{_NUMW}|ten|"
                        r"several|few)\s+years|"
                        r"(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?:(?:two|three|\d+)\s+)?decades?\b|"
                        r"(?:за|в\s+течение)\s+(?:последн|прошедш|минувш)[а-яё]+\s+(?:(?:два|три|\d+)\s+)?десятилети[а-яё]*", _F)),
    # a goal some years ahead of the release: "через пять лет", "in five years' time"
    ("ahead", re.compile(rf"(?<![а-яё])через\s+(?P<n>\d{{1,2}}|{_NUMW})\s+(?:лет|года?)(?![а-яё])|"
                         rf"\bin\s+(?:the\s+next\s+)?(?P<n2>\d{{1,2}}|{_NUMW})\s+years['’]?\s+time\b", _F)),
    # a window ahead, a goal's horizon: "to $28 billion over the next five years", "в ближайшие
    # пять лет" (the publication year plus five, for a goal only: a forecast over the window
    # may be a yearly level)
    ("window", re.compile(rf"\b(?:in|over|within|during)\s+(?:the\s+)?(?:next|coming)\s+(?P<n>\d{{1,2}}|{_NUMW})\s+years\b|"
                          rf"(?<![а-яё])(?:в|на)\s+(?:ближайшие|следующие)\s+(?P<n2>\d{{1,2}}|{_NUMW})\s+(?:лет|года?)(?![а-яё])|"
                          rf"(?<![а-яё])в\s+течение\s+(?:ближайших|следующих)\s+(?P<n3>\d{{1,2}}|{_NUMW})\s+(?:лет|года?)(?![а-яё])", _F)),
    ("ayear", re.compile(r"\b(?:in\s+a\s+year|over\s+the\s+(?:past\s+|last\s+)?year(?![\s-]+(?:19|20)\d\d)|за\s+(?:прошедший\s+|"
                         r"последний\s+)?год)(?![а-яёa-z])", _F)),
]

# a time to come with no year: "in the future", "в перспективе", "в будущем"
SOMEDAY = re.compile(r"\s*(?:in\s+the\s+(?:near\s+|long\s+)?future|в\s+(?:ближайшем\s+)?будущем|"
                      r"в\s+(?:долгосрочной\s+|среднесрочной\s+)?перспективе|в\s+дальнейшем)\b", re.I)


@dataclass(frozen=True)
class PeriodMention:
    start: int
    stop: int
    value: str | None      # ISO period, None when relative and the date is unknown
    kind: str              # plain | target | end | since | compare | window
    year_only: bool        # a whole year ("2030"): what a target's period can be
    text: str = ""


def _ru_month(word: str) -> int | None:
    w = word.lower()
    if w.startswith("ма") and not w.startswith("март"):
        return 5
    for stem, n in _RU_MONTHS:
        if w.startswith(stem):
            return n
    return None


def _month(word: str) -> int | None:
    return _ru_month(word) if re.match(r"[а-яё]", word, re.I) else en_month(word)


def _rel_offset(rel: str) -> int | None:
    rel = " ".join(rel.lower().split())
    for stem, off in _REL_OFFSET.items():
        if rel.startswith(stem):
            return off
    if rel.startswith("эт"):
        return 0
    return None


def _year_of(m: re.Match, published: date | None, end_month: int) -> tuple[int | None, bool]:
    """The year the period is in and whether it was written (not guessed from the date)."""
    gd = m.groupdict()
    if gd.get("y"):
        return int(gd["y"]), True
    if gd.get("rel"):
        off = _rel_offset(gd["rel"])
        if published is None or off is None:
            return None, True
        return published.year + off, True
    if published is None:
        return None, False
    year = published.year
    if end_month > published.month:
        year -= 1
    return year, False


def _span(y: int | None, m1: int, m2: int) -> str | None:
    if y is None:
        return None
    if m1 == 1 and m2 == 12:
        return str(y)
    if m1 == m2:
        return f"{y}-{m1:02d}"
    return f"{y}-{m1:02d}/{y}-{m2:02d}"


def _resolve(name: str, m: re.Match, published: date | None) -> tuple[str | None, bool] | None:
    gd = m.groupdict()
    if name == "months":
        m1, m2 = _month(gd["m1"]), _month(gd["m2"])
        if not m1 or not m2 or m2 < m1:
            return None
        return _span(_year_of(m, published, m2)[0], m1, m2), False
    if name == "monthspan":
        m1, m2, y1, y2 = _month(gd["m1"]), _month(gd["m2"]), int(gd["y"]), int(gd["y2"])
        if not m1 or not m2 or (y2, m2) <= (y1, m1):
            return None
        return (_span(y1, m1, m2) if y1 == y2 else f"{y1}-{m1:02d}/{y2}-{m2:02d}"), False
    if name in ("half", "quarter"):
        o = _ORD.get(gd["o"].lower()) if not gd["o"].isdigit() else int(gd["o"])
        if o is None:
            o = next((v for k, v in _ORD.items() if gd["o"].lower().startswith(k)), None)
        size = 6 if name == "half" else 3
        if not o or o * size > 12:
            return None
        m1, m2 = (o - 1) * size + 1, o * size
        return _span(_year_of(m, published, m2)[0], m1, m2), False
    if name == "barehalf":
        return (_span(published.year, 1, 6) if published and published.month >= 6 else None), False
    if name in ("nquarters", "nmonths"):     # "за три квартала", "за 8 месяцев": from January
        n = gd["n"].lower()
        n = int(n) if n.isdigit() else _NUM_WORDS.get(n)
        if not n or not 2 <= n <= (4 if name == "nquarters" else 12):
            return None
        months = 3 * n if name == "nquarters" else n
        return _span(_year_of(m, published, months)[0], 1, months), False
    if name == "month":
        mon = _month(gd["m1"])
        if not mon:
            return None
        if gd.get("y") or gd.get("rel"):
            return _span(_year_of(m, published, 0)[0], mon, mon), False
        if published is None:
            return None, False
        year = published.year if mon <= published.month and not (gd.get("last") and mon == published.month) \
            else published.year - 1
        return _span(year, mon, mon), False
    if name in _FISCAL:
        if name == "fiscal" and not written_as_fiscal(m):
            return None     # "over a two-year period (2009-2010)": two years (the "years" below)
        fiscal = _FISCAL[name](gd, m.string)
        return (fiscal, False) if fiscal else None
    if name == "years":
        y1, y2 = int(gd["y"]), int(gd["y2"])
        return (f"{y1}/{y2}" if y2 > y1 else None), False
    if name == "year":
        return gd["y"], True
    if name == "rel":
        off = _rel_offset(gd["rel"])
        if off is None:
            return None
        return (str(published.year + off) if published else None), True
    if name == "fiscalrel":
        return (fiscal_year_from(published, gd["rel"], m.string), True) if published else None   # a whole (fiscal) year
    if name == "ytd":
        if published is None:
            return None, False
        y, mo = published.year, published.month
        if gd.get("y") and int(gd["y"]) != y:       # "с начала 2024 года" in a 2025 release
            return gd["y"], True
        end = _month(gd["m2"]) if gd.get("m2") else None
        mo = end if end is not None and end <= mo else _as_of_month(m.string, m.end(), mo)
        return (f"{y}-01/{y}-{mo:02d}" if mo > 1 else f"{y}-01"), False
    if name == "yearend":
        return (str(published.year) if published else None), True
    if name == "span":
        return None, False
    if name in ("inrow", "ayear"):          # the latest full year
        return (str(published.year - 1) if published else None), True
    if name in ("ahead", "window"):
        n = next((gd[k] for k in ("n", "n2", "n3") if gd.get(k)), "").lower()
        n = int(n) if n.isdigit() else _NUM_WORDS.get(n)
        if not n or n > 30:
            return None
        return (str(published.year + n) if published else None), True
    return None


_FISCAL = {"fiscal": fiscal_year, "fiscalfy": fiscal_named, "fiscalmonths": fiscal_months}
_AS_OF = re.compile(rf"(?:по\s+состоянию\s+на|as\s+of)\s+(?:(?:[1-9]|[12]\d|3[01])\s+)?"
                    rf"(?P<m>{_RU_MONTH}|{_EN_MONTH})", re.I)


def _as_of_month(text: str, pos: int, month: int) -> int:
    """"с начала года ... по состоянию на ноябрь" (a December release): the year so far ends
    with the month the text names, in the same sentence, not the month of publication."""
    stop = min((i for i in (text.find(c, pos) for c in ".!?\n") if i >= 0), default=len(text))
    m = _AS_OF.search(text, pos, min(stop, pos + 120))
    found = _month(m.group("m")) if m else None
    return found if found is not None and found <= month else month


def _overlaps(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether ``[s, e)`` overlaps one of ``taken`` (sorted, not overlapping each other: only
    the last one starting before ``e`` can)."""
    i = bisect_left(taken, (e,)) - 1
    return i >= 0 and taken[i][1] > s


def find_periods(text: str, published: date | None = None,
                 regions: list[tuple[int, int]] | None = None, anaphors: bool = True) -> list[PeriodMention]:
    """Every period mention in ``text`` (non-overlapping, first pattern wins), left to right;
    only inside ``regions`` (character ranges, e.g. the sentences that hold amounts) if given;
    with ``anaphors``, references to a period named before ("за указанный период") too."""
    if not text:
        return []
    taken: list[tuple[int, int]] = []
    out: list[PeriodMention] = []
    spans_at: set[int] = set()
    spans = regions if regions is not None else [(0, len(text))]
    # (a window cut from the text by references() opens nowhere near a dateline)
    datelines = dateline_spans(text) if anaphors else []
    for name, rx in _PATTERNS:
        for m in (m for lo, hi in spans for m in rx.finditer(text, lo, hi)):
            s, e = m.start(), m.end()
            if name == "year" and m.group("y"):
                s = m.start("y")        # "in 2024": the preposition is context, not period
            while s < e and text[s].isspace():
                s += 1
            if s >= e or _overlaps(taken, s, e):
                continue
            try:
                res = _resolve(name, m, published)
            except (ValueError, TypeError, KeyError):
                res = None
            if res is None:
                continue
            value, year_only = res
            insort(taken, (s, e))
            use = "date" if in_dateline(datelines, s, e) else period_use(text, s, name, e)
            out.append(PeriodMention(s, e, value, use, year_only, text[s:e]))
            if name == "monthspan":
                spans_at.add(s)
    if anaphors:
        out += references(text, published, spans, taken, find_periods, _overlaps, PeriodMention)
    out.sort(key=lambda p: p.start)
    out = previous_of_named(out, text)
    # "the first 11 months of last Iranian year (from March 20, 2020 through February 18,
    # 2021)": the dates in brackets say what the period before them is
    return [p for p, q in zip(out, out[1:] + [None]) if not (
        q is not None and q.start in spans_at and re.fullmatch(r"[^.;()]{0,30}\(\s*(?:from\s+)?",
                                                               text[p.stop:q.start], re.I))]
