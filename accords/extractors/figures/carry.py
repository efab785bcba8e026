"""What one sentence hands to the next: a period, a change stated without money, a result.

Trade figures with no period carry the previous sentence's ("За январь–июнь ... составил
$4,2 млрд. При этом экспорт ... составил $1,44 млрд"); a change stated without money
("товарооборот сократился на 12,8%") goes to the next sentence's figure of the same metric
and period; "Это на 15% больше, чем годом ранее" is the change of the previous sentence's
result. Only within a paragraph, from the sentence right before; except two patterns of news
items that cross a paragraph: the lead states the change and its period and the body gives
the value ("В 2023 году товарооборот вырос на 20%. ...¶ Товарооборот достиг $7,2 млрд"), and a
paragraph breaking down the total the previous one closed with ("... товарооборот за январь–
август составил $5,83 млрд.¶ Экспорт составил $3,85 млрд").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .amount import Amount
from .change import BACK_REFERENCE, opens_with
from .cues import TRADE

ANY = object()
SAME_PERIOD = re.compile(r"(?:за\s+)?(?:тот\s+же|аналогичн\w*)\s+период|the\s+same\s+period", re.I)
MONTH_SPAN = re.compile(r"^(\d{4})-(\d{2})/(\d{4})-(\d{2})$")
# "За аналогичный период прошлого года этот показатель составил $15,7 млрд": the same months
# a year (or a named year) before the last result's
SAME_PERIOD_BEFORE = re.compile(r"(?:тот\s+же|аналогичн\w*)\s+период\w*\s+(?:(прошлого|предыдущего)|((?:19|20)\d{2}))\s+г", re.I)


def same_months(span: str, year: str) -> str:
    """The months of ``span`` in ``year`` (the span's end year moved to it)."""
    y1, m1, y2, m2 = MONTH_SPAN.match(span).groups()
    shift = int(year) - int(y2)
    return f"{int(y1) + shift}-{m1}/{int(y2) + shift}-{m2}"               # a money-less change with no period written: fits any period


@dataclass
class Carry:
    """What one sentence hands to the next."""
    prev_metric: str | None = None      # metric of the last figure emitted
    period: tuple | None = None         # (period, sentence index) of the last trade result
    pending: tuple | None = None        # (metric, period or ANY, pct, sentence index): a change
                                        # stated without money, for the next sentence's figure
    last_actual: tuple | None = None    # (FigureFact, sentence index): the last actual result,
                                        # for a change the next sentence states ("Это на 5% больше")
    span: str | None = None             # the last result's period of months ("2022-01/2022-06"),
                                        # for "в прошлом году за тот же период"
    invested: tuple | None = None       # (period, sentence index) of the last investment level
    lead: tuple | None = None           # (metric, period, pct, sentence index): a change stated
                                        # with its period and no money, for the value a sentence
                                        # or two later, across a paragraph


# "… достиг $200 млн. Причем он увеличился на 16% в сравнении с 2023 годом": the result's
# pronoun with a verb of change opens the sentence
_PRONOUN_CHANGE = re.compile(r"\s*(?:(?:причем|причём|при\s+этом|кроме\s+того|также),?\s+)?(?:он|она)\s+"
                             r"(?:\w+\s+)?(?:увеличил|вырос|выросл|сократил|снизил|уменьшил|прибавил)", re.I)


# "… составил 26,3 млрд долларов. Относительно аналогичного периода прошлого года взаимная торговля
# выросла на 13,2%": the sentence opens with the base the previous result is compared with
_COMPARED_OPENING = re.compile(r"\s*(?:относительно|по\s+сравнению\s+с|в\s+сравнении\s+с)\s+"
                               r"(?:аналогичн|тем\s+же\s+период|соответствующ)", re.I)


def _restates_last_change(carry: Carry, sent, adjacent: bool, metrics, periods, changes) -> bool:
    """"Это на 15% больше, чем годом ранее": a change, no metric (or the result's own after an
    opening comparison with the same period a year before), right after a result that has
    none, in no other period than that result's."""
    last = carry.last_actual
    own = last is not None and all(m.value == last[0].metric or m.value == "trade_turnover"
                                   and last[0].metric in TRADE for m in metrics)
    compared = own and _COMPARED_OPENING.match(sent.text) is not None
    # "… достиг $4,5 млрд. Тем самым рост товарооборота составил 58,3%": a back reference
    # naming the result's own metric
    backed = own and bool(metrics) and opens_with(sent, BACK_REFERENCE)
    return bool(changes) and (not metrics or compared or backed) and last is not None and last[1] == sent.index - 1 \
        and last[0].change_pct is None and adjacent \
        and (opens_with(sent, BACK_REFERENCE) or _PRONOUN_CHANGE.match(sent.text) or compared) \
        and not any(p.kind in ("plain", "end") and p.value != last[0].period for p in periods)


def keep_moneyless_change(carry: Carry, sent, adjacent: bool, cues, periods, changes) -> None:
    """"Товарооборот сократился на 12,8%": kept for the next sentence's figure.
    "Это на 15% больше, чем годом ранее": the previous sentence's result grew by it."""
    metrics = [c for c in cues if c.category == "metric"]
    _pass_period_on(carry, sent, adjacent, metrics, periods)
    if _restates_last_change(carry, sent, adjacent, metrics, periods, changes):
        carry.last_actual[0].change_pct = changes[0].pct
        return
    if not changes:
        _keep_period_named(carry, sent, metrics, periods)
        return
    if not metrics:
        return
    per = [p for p in periods if p.kind in ("plain", "end")]
    carry.pending = (metrics[0].value, per[0].value if per else ANY, changes[0].pct,
                     sent.index)
    if per and per[0].value:
        carry.lead = (metrics[0].value, per[0].value, changes[0].pct, sent.index)
    if per and metrics[0].value in TRADE:
        carry.period = (per[0].value, sent.index)


def _pass_period_on(carry: Carry, sent, adjacent: bool, metrics, periods) -> None:
    """"… $32,4 млрд в 2017 г. В основном такой рост связан с … Объем китайских инвестиций
    составил $8 млрд", "… Это на 11,7% больше, чем в декабре. Импорт … до 7,2 млрд": a sentence
    of the same paragraph with no money, no metric and no period of its own does not end the
    period the results before it are for."""
    if not adjacent or metrics or any(p.kind in ("plain", "end") for p in periods):
        return
    if carry.period and carry.period[1] == sent.index - 1:
        carry.period = (carry.period[0], sent.index)
    if carry.invested and carry.invested[1] == sent.index - 1:
        carry.invested = (carry.invested[0], sent.index)


FRAGMENT_WORDS = 3     # words of a fragment besides its period: "In the … ."
_SOURCE_LINE = re.compile(r"\s*(?:об этом|как сообща|такие данные|эти данные|данные приводит|"
                          r"this was (?:reported|announced|stated)|the data (?:was|were)|"
                          r"according to)", re.I)


def _keep_period_named(carry: Carry, sent, metrics, periods) -> None:
    """A sentence with no money that names a period and trade ("По итогам 4 месяцев 2011 г.
    Сербия заняла 43-е место по объемам товарооборота."), or a fragment that is only a period
    ("In the first quarter of this year."): the next sentence's trade results are for it."""
    per = [p for p in periods if p.kind in ("plain", "end") and p.value]
    if not per and not metrics and carry.period and carry.period[1] == sent.index - 1 \
            and _SOURCE_LINE.match(sent.text):
        # "… $5,8 млрд. Об этом свидетельствуют данные Госстата. При этом экспорт …": the
        # line naming the source does not end the period the figures are for
        carry.period = (carry.period[0], sent.index)
        return
    if len({p.value for p in per}) != 1:
        return          # one period, or one told twice: "this year (January-June 2011)"
    outside = [t for t in sent.tokens if not any(p.start <= t.start < p.stop for p in per)]
    if any(m.value in TRADE for m in metrics) or len(outside) <= FRAGMENT_WORDS:
        carry.period = (per[0].value, sent.index)


def carry_over(carry: Carry, sent, figures: list[Amount], adjacent: bool) -> None:
    """Periods and money-less changes of the previous sentence, for trade results."""
    c = carry
    period = c.period if c.period and c.period[1] == sent.index - 1 else None
    invested = c.invested if c.invested and c.invested[1] == sent.index - 1 else None
    pending = c.pending if adjacent and c.pending and c.pending[3] == sent.index - 1 else None
    lead = c.lead if c.lead and sent.index - c.lead[3] <= 2 else None
    now = inv = None
    same = SAME_PERIOD.search(sent.text)
    before = SAME_PERIOD_BEFORE.search(sent.text)
    for a in figures:
        if a.role != "figure" or a.kind != "actual" or not a.metric \
                or not a.period_found and at_present(sent, a):
            continue
        if before and c.span and not a.period and not a.blocked:
            year = before.group(2) or str(int(c.span[-7:-3]) - 1)
            a.period, a.period_found = same_months(c.span, year), True
        elif same and c.span and a.period and a.period.isdigit():
            # "За первое полугодие … $2,7 млрд. В прошлом году за тот же период — $1,6 млрд"
            a.period = same_months(c.span, a.period)
        elif same and c.span and not a.period and not a.period_found and not a.blocked:
            a.period = c.span   # "… between January 2003 and August 2019. … over the same period"
        if a.period and MONTH_SPAN.match(a.period):
            c.span = a.period
        if lead and not a.period_found and not a.blocked and a.change is None \
                and lead[0] == a.metric and a.metric in TRADE:
            a.period, a.change, lead = lead[1], lead[2], None
            continue
        # across a paragraph, only the parts of the total the paragraph before closed with
        if period and not a.period_found and not a.blocked and a.metric in TRADE and (
                adjacent or a.metric != "trade_turnover"):
            a.period = period[0]
        # "In 2016, UK investment in Australia was $515.5 billion. … in the UK was $350.5 billion"
        if invested and adjacent and not a.period_found and not a.blocked and a.metric == "investment":
            a.period = invested[0]
        if pending and a.change is None and pending[0] == a.metric and pending[1] in (a.period, ANY):
            a.change, pending = pending[2], None
        if a.metric in TRADE and now is None:
            now = a.period
        if a.metric == "investment" and a.period and inv is None:
            inv = a.period
    c.pending = c.lead = None
    c.period = (now, sent.index) if now is not None else None
    c.invested = (inv, sent.index) if inv is not None else None


# the level now: "is currently about $80 billion", "сейчас этот показатель составляет …"
_NOW = re.compile(r"(?<!\w)(?:currently|now|at\s+present|presently|сейчас|в\s+настоящее\s+время|"
                  r"на\s+сегодняшний\s+день|на\s+данный\s+момент|на\s+сегодня)(?!\w)", re.I)


def at_present(sent, a: Amount) -> bool:
    """The amount's clause states the level now ("Trade turnover … is currently about $80
    billion" after "… increased by 20 percent last year"): no period or change of the sentence
    before is its."""
    head = sent.text[:a.money.start - sent.start]
    clause = re.split(r"[;:]|,\s+(?:but|while|а|но)\s", head)[-1]
    return _NOW.search(clause) is not None
