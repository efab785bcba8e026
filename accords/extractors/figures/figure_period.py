"""The period a figure is for: the period mention of its sentence that belongs to it.

A result takes the nearest plain period before it (not one that stands before an earlier
figure when a period follows this one right after it), else the first after it with no other
figure between; "since 1992" makes it a cumulative total with no period. A target takes
the target year of its sentence ("к 2030 году") unless it stands right after another goal's
amount, also a coming year written before it (never a past one); a
forecast the nearest year written near it. periods.py finds the mentions.
"""
from __future__ import annotations

import re

from .amount import Amount
from .carry import MONTH_SPAN, same_months
from .kind import runs_from_to
from .periods import SOMEDAY, PeriodMention
from .previous_year import year_before


def period_of(a: Amount, periods: list[PeriodMention], amounts: list[Amount],
              published=None, text: str = "") -> tuple[str | None, bool]:
    """(period, found): the period of the amount's sentence that belongs to it."""
    s, e = a.money.start, a.money.stop
    base = next((p for p in periods if p.kind == "compare" and p.value and 0 <= s - p.stop <= 4
                 and _BRACKET.fullmatch(text, p.stop, s)), None)
    if base is not None:
        return base.value, True     # "compared to 2022 ($6.3 billion)": the base's own year
    usable = [p for p in periods if p.kind != "compare"]
    others = [x.money for x in amounts if x is not a and x.role in ("figure", "base")]
    elsewhere = [x.money for x in amounts if x is not a]

    def clear(p: PeriodMention) -> bool:       # no other figure between the amount and p
        lo_, hi_ = (e, p.start) if p.start >= e else (p.stop, s)
        return not any(lo_ <= m.start < hi_ for m in others) and not (
            p.start >= e and _AFTER_CHANGE.search(text, e, p.start))

    def nearest(ps):
        return min(ps, key=lambda p: (s - p.stop) if p.stop <= s else (p.start - e) + 1000) if ps else None

    if a.kind == "actual":
        own = ("plain", "end", "since")
        # "к 2024 году он увеличился до $6,9 млрд", told in 2025: a past "by" year is the result's
        before = [p for p in usable if p.stop <= s and (p.kind in own or p.kind == "target" and p.year_only
                                                        and _past_year(p, published) and clear(p))]
        after = [p for p in usable if p.start >= e and p.kind in own and clear(p)]
        def follows_another(p: PeriodMention) -> bool:   # "$2,5 млрд в 2014 году": that one's
            return any(m.stop <= p.start and p.start - m.stop <= 12 for m in elsewhere)

        done_by = [p for p in usable if p.kind == "target" and p.year_only and 0 <= p.start - e <= 12
                   and clear(p) and _past_year(p, published) and not re.search(r"[,;]", text[e:p.start])]
        if done_by:
            return done_by[0].value, True   # "… to $25.3 billion by 2020", told in 2024: the result's year
        if not before and text and _NOW.search(text[max(0, s - 80):s]):
            # "Currently, trade … stands at about USD 1 billion a year with … in 2018": the
            # present level; only a period right after it is its own ("currently 1.1 billion
            # euros in the first eight months of 2016")
            after = [p for p in after if p.start - e <= 45]
        p = _own_period(before, after, follows_another)
        if p is not None and p.stop <= s and text:
            p = _right_after(p, after, e, text[p.stop:s], text) or p
        if p is not None and p.stop <= s and any(p.stop <= m.start < s for m in others):
            # "was $10 billion in 2021 and reached $12 billion in 2022", "$42 billion last
            # year … $60 billion in the first half of 2022": a period before an earlier
            # figure is that one's when this one names its own right after it
            p = next((q for q in after if _JUST_IN.fullmatch(text, e, q.start) or q.start - e <= 2), p)
        if p is None:
            return None, False
        if p.kind == "since":   # "since 1992", "за последние 10 лет": a cumulative total
            a.blocked = True
            return None, True
        return p.value, True
    # a goal is never for a year already past ("По итогам 2019 года … достиг $2,5 млрд, а в
    # перспективе … до $5 млрд" in 2020: 2019 is the result's)
    targets = [p for p in usable if (p.kind in ("target", "end") or p.kind == "window" and a.kind == "target")
               and p.year_only and not (a.kind == "target" and _past_year(p, published))]
    targets += [p for p in usable if a.kind == "target" and _coming_span(p, published) and clear(p)]
    if targets:
        # "до $3 млрд к 2027 году, а затем до $5 млрд": 2027 is the first goal's, not the second's
        goals = [x.money for x in amounts if x is not a and x.role == "figure"
                 and x.kind in ("target", "forecast")]
        own = next((p for p in usable if p.kind == "plain" and p.year_only and 0 <= p.start - e <= 12
                    and clear(p) and not _leads_the_next(p, e, elsewhere, text)), None)
        if own is not None:
            # "to $2 billion this year and $3 billion by 2026": its own year, and 2026 the
            # second's (an amount after this one is not read yet, so every later one counts)
            goals += [x.money for x in amounts if x is not a and x.role == "figure" and x.money.start > s]
        mine = [p for p in targets if not _right_after_another(p, goals) or _parallel_goal(text, p, s)]
        if mine or own is None:
            return (nearest(mine).value if mine else None), True
        return own.value, True
    later = [p for p in usable if p.kind == "plain" and p.year_only and p.start >= e and clear(p)
             and not (a.kind == "target" and _past_year(p, published))
             and not _leads_the_next(p, e, elsewhere, text)]
    if not later and text and SOMEDAY.match(text, e):
        return None, True      # "will reach 3 billion dollars in the future": no year of its own
    if a.kind == "forecast" or published is not None and not later:
        # a year after the publication year cannot be a result's: it is the goal's
        # ("намерено в следующем году увеличить ... до $X")
        later += [p for p in usable if p.kind == "plain" and p.year_only and p.stop <= s and clear(p)
                  and (a.kind == "forecast" or p.value and p.value.isdigit()
                       and (int(p.value) > published.year
                            or a.kind == "target" and int(p.value) == published.year))]
    if later:
        return nearest(later).value, True
    return None, True          # a target's period is its target year or nothing


def _leads_the_next(p: PeriodMention, e: int, elsewhere: list, text: str) -> bool:
    """"в этом году – 5,3 млрд долларов, а в 2019 году – не менее 7 млрд": a year written
    in the next clause right before the next amount is that amount's."""
    if not text or not re.search(r"[,;–—]", text[e:p.start]):
        return False        # "до 5 млрд долларов в 2019 году, 7 млрд …": right after this one
    return any(0 <= m.start - p.stop <= 20
               and not re.search(r"[.;]", text[p.stop:m.start]) for m in elsewhere)


def _own_period(before: list[PeriodMention], after: list[PeriodMention], follows_another):
    """A result's period: the nearest before it, unless that one stands right after another
    amount while a period follows this one ("с $2,5 млрд в 2014 году до $4,5 млрд в 2019
    году": 2014 is the first amount's, 2019 the second's)."""
    near_before = max(before, key=lambda p: p.stop) if before else None
    # "over the past five years ... exceeded $9 billion in late 2022": the window tells the
    # growth, the year after the amount its period
    if near_before is not None and (follows_another(near_before) or near_before.kind == "since") and after:
        return min(after, key=lambda p: p.start)
    if near_before is not None:
        return near_before
    return min(after, key=lambda p: p.start) if after else None


def _right_after(before: PeriodMention, after: list[PeriodMention], e: int, between: str, text: str):
    """A year written right after the amount is its own when the period before lies in
    another clause ("… summit held in New Delhi in 2021, … propelled trade to $65.7 billion
    last year": last year's; "In 2001 it stood at $1 billion, while it touched $4 billion in 2006")."""
    if not re.search(r"[,;]", between):
        return None
    return next((p for p in after if (p.year_only or p.value and "/" in p.value)
                 and (p.start - e <= 2 or _JUST_IN.fullmatch(text, e, p.start))), None)


_JUST_IN = re.compile(r"\s*(?:in|в|во)\s+", re.I)
# "сократился … до $3,8 млрд после падения на 7,7% в марте": a period after such a clause is
# the earlier change's, not the amount's
_AFTER_CHANGE = re.compile(r"(?<![а-яё])(?:после|на\s+фоне|вслед\s+за)\s+(?:[а-яё]+\s+){0,2}?"
                           r"(?:паден|рост|сниж|увелич|сокращ|спад|прирост|подъ[её]м|уменьш)", re.I)
_BRACKET = re.compile(r"\s*\(\s*")


# "boosting trade turnover to $30 bln by 2025 and mutual investments to $15 bln": a second
# metric's goal in the same breath shares the year (not "а затем до $5 млрд": a later goal)
_PARALLEL = re.compile(r"^\s*,?\s*(?:and|и)\s+(?!then\b|later\b|затем|потом|впоследствии)"
                       r"[^\W\d][^,;.:$\d]{2,40}?\s+(?:to|до)\s*\$?\s*$", re.I)


_NOW = re.compile(r"(?:\bcurrently\b|\bat present\b|(?<![а-яё])сейчас(?![а-яё])|в настоящее время|на сегодняшний день)"
                  r"[^.;]*$", re.I)




def _parallel_goal(text: str, p: PeriodMention, s: int) -> bool:
    """The period ends a first goal and this amount is a second metric's goal joined by "and"."""
    return bool(text) and p.stop <= s and bool(_PARALLEL.match(text[p.stop:s]))


def _right_after_another(p: PeriodMention, others: list) -> bool:
    """The period stands right after another goal's amount: that goal's."""
    return any(m.stop <= p.start and p.start - m.stop <= 12 for m in others)


def _coming_span(p: PeriodMention, published) -> bool:
    """"to raise the ceiling to $1 billion from 2022 to 2026", "for 2018 through 2020" (told in
    2017): a span of years that does not end in the past holds a goal."""
    m = _YEAR_SPAN.fullmatch(p.value or "")
    return p.kind == "plain" and m is not None and published is not None and int(m.group(2)) >= published.year


def _past_year(p: PeriodMention, published) -> bool:
    """A year before the publication year: a result's, never a goal's."""
    return bool(published and p.value and p.value.isdigit() and int(p.value) < published.year)


_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|while|whereas|а|и|при\s+этом)\s", re.I)


def shared_periods(amounts: list[Amount], periods: list[PeriodMention], text: str) -> None:
    """"exports came to $310 million and imports to $145 million in 2023": a period written
    after two joined results of different metrics is both's, when the first has none and no
    period stands between them."""
    figs = [a for a in amounts if a.role == "figure"]
    for x, y in zip(figs, figs[1:]):
        if x.kind != "actual" or y.kind != "actual" or x.period is not None or x.blocked \
                or y.period is None or not x.metric or x.metric == y.metric:
            continue
        if any(x.money.stop <= p.start < y.money.start for p in periods):
            continue
        if not any(p.start >= y.money.stop and p.value == y.period for p in periods):
            continue
        if _JOINED.match(text, x.money.stop):
            x.period, x.period_found = y.period, True


def base_periods(amounts: list[Amount]) -> None:
    """A base with no period of its own ("rose by 5.7 percent, from RM11.25 billion to
    RM11.89 billion" in January–April 2023) is the level of the period before the result it
    is compared with: that result's months a year earlier."""
    for k, a in enumerate(amounts):
        if a.role != "base" or a.period is not None:
            continue
        result = next((x for x in amounts[k + 1:] if x.role == "figure"), None) \
            or next((x for x in reversed(amounts[:k]) if x.role == "figure"), None)
        if result is not None and result.kind == "actual" and result.metric == a.metric:
            a.period = year_before(result.period)


_YEAR_SPAN = re.compile(r"((?:19|20)\d{2})/((?:19|20)\d{2})")


def movement_years(amounts: list[Amount], periods: list[PeriodMention], toks: list) -> None:
    """"grown between 2003 and 2014 from USD 1.2 billion to USD 7 billion", "с 2010 по 2014 год
    вырос с $10 млрд до $20 млрд": a movement over a span of years starts in its first year and
    ends in its last, when neither end names a period of its own."""
    spans = [p for p in periods if p.value and _YEAR_SPAN.fullmatch(p.value)]
    if len(spans) != 1:
        return
    first, last = _YEAR_SPAN.fullmatch(spans[0].value).groups()
    ends = [a for a in amounts if a.role in ("figure", "base")]
    for x, y in zip(ends, ends[1:]):
        if x.kind != "actual" or y.kind != "actual" or x.metric != y.metric:
            continue
        if not runs_from_to(x, y, toks):
            continue
        if any(p is not spans[0] and x.money.start <= p.start < y.money.stop for p in periods):
            continue        # "from $10 billion in 2010 to …": the ends name their own
        x.period, y.period = first, last
        x.period_found = y.period_found = True


def base_period(a: Amount, periods: list, amounts: list[Amount]) -> str | None:
    """A base's own period, written right after it with no other amount between, or none."""
    nxt = [p for p in periods if p.start >= a.money.stop and p.kind not in ("since", "date")
           and not any(a.money.stop <= x.money.start < p.start for x in amounts
                       if x.role != "equivalent")]      # "from US$1.75 billion (RM7 billion) in 2017"
    if not nxt:
        return None
    return _same_months(nxt[0], periods) or nxt[0].value


def _same_months(p, periods: list) -> str | None:
    """"From January to April 2019 ... against $771 million over the same period in 2018":
    the base's year with the months of the sentence's span (2018-01/2018-04)."""
    if p.kind != "compare" or not (p.value or "").isdigit():
        return None
    spans = [q for q in periods if q.stop <= p.start and q.kind == "plain" and MONTH_SPAN.match(q.value or "")]
    return same_months(spans[-1].value, p.value) if spans else None
