"""figures for Kazakh: a money amount with what it measures, its period and growth.

"АҚШ пен Қазақстан арасындағы тауар айналымы 2018 жылы 37 пайызға ұлғайып, 2,24 миллиард
долларға жеткен" is trade_turnover, 2.24e9 USD, 2018, +37 %. The metric is the nearest
metric word before the amount in its sentence, else the first after it (an amount with
none is not a figure of the relationship, unless "бұл көрсеткіш" points back at the figure
before, or at the quantity the sentence before names); an amount in brackets is a base,
with no change of its own; deals signed without a period are the
publication year's; the period a year ("2018 жылы"), a month range, or a word relative to the
publication date ("Былтыр" = last year), or "осы кезеңде" (the figure before's); the change a percentage with a growth or fall
word ("37 пайызға ұлғайып"), or "өсім 32 пайыз" in the next sentence. Words:
``metrics.kk.tsv`` and ``periods.kk.tsv``.
"""
from __future__ import annotations

import re

from ...record import Figure
from .money import KkMoney, money_in
from .words import find_in, patterns, word_matches

_YEAR = re.compile(r"^(19|20)\d{2}$")
_YEARS = re.compile(r"^((?:19|20)\d{2})[-–—]((?:19|20)\d{2})$")    # "2005-2020" as one token
_DASHES = ("-", "–", "—")
_PERCENT = re.compile(r"^\d+(?:[.,]\d+)?$")


def _metric(sent, money: KkMoney) -> str | None:
    """The nearest metric word before the amount, else the first after it
    ("9 миллиард доллардан астам инвестиция салды")."""
    found = find_in([sent], patterns("metrics.kk.tsv", 1, 2, kind="metric"))
    before = [m.value for m in found if m.stop <= money.start]
    after = [m for m in found if m.start >= money.stop]
    if after and _RIGHT_AFTER.match(sent.text[money.stop - sent.start:after[0].start - sent.start]):
        return after[0].value   # "600 миллион доллардан астам инвестиция салуды": the amount's own noun
    return before[-1] if before else (after[0].value if after else None)


# what may stand between an amount and its own noun: a qualifier ("астам", "артық", "жуық")
_RIGHT_AFTER = re.compile(r"^[а-яәғқңөұүһі]*\s*(?:астам|артық|жуық|шамасында)?\s*$", re.I)


def _kind(sent, money: KkMoney) -> str:
    """A target or forecast word in the three tokens after the amount; an amount chained to
    the next one ("биыл 3 млрд долларға, ал 2020 жылға таман 5 млрд долларға жеткізу")
    shares its kind."""
    kind = _kind_after(sent, money.stop)
    if kind != "actual":
        return kind
    nxt = next((m for m in money_in(sent) if m.start >= money.stop), None)
    if nxt is not None and _chained(sent, money, nxt):
        return _kind(sent, nxt)
    return "target" if _planned(sent, money.stop) else kind


def _planned(sent, pos: int) -> bool:
    """"… 25-30 млрд доллардан асатын … жобаны жүзеге асыруды жоспарлап отыр": the verb that
    ends a Kazakh sentence says what its amounts are, and a plan makes them a goal."""
    words = [t.text.lower() for t in sent.tokens if t.start >= pos and t.text[:1].isalpha()]
    return any(w.startswith(_PLAN_STEMS) for w in words[-3:]) or any(w.startswith(_RAISE_STEMS) for w in words)


_PLAN_STEMS = ("жоспарла", "көздеп", "көзделу", "көзделі")
# "… 500 млн долларға жуықтайтын тауар … жеткізу көлемін арттыруға ниетті": to raise (a verbal
# noun of a causative verb) makes what it raises a goal
_RAISE_STEMS = ("арттыру", "ұлғайту")


def _grown_by(sent, money: KkMoney) -> bool:
    """"былтырғы жылмен салыстырғанда 2,2 млн долларға өсті", "импорт 3 млн долларға азайды":
    an amount in the dative right before a verb of growth or fall is what the figure grew or
    fell by ("… 2,24 миллиард долларға жеткен" is a level reached)."""
    own = [t for t in sent.tokens if money.start <= t.start < money.stop]
    if not own or not own[-1].text.lower().endswith(_DATIVE):
        return False
    nxt = next((t for t in sent.tokens if t.start >= money.stop), None)
    return nxt is not None and any(word_matches(nxt.text, words[0])
                                   for _, words in patterns("metrics.kk.tsv", 1, 2, kind="rise"))


def _kind_after(sent, pos: int) -> str:
    rest = [t for t in sent.tokens if t.start >= pos]
    after = rest[:3]
    kinds = patterns("metrics.kk.tsv", 1, 2, kind="kind")
    for value, words in kinds:
        for k, t in enumerate(after):
            if word_matches(t.text, words[0]) and not _reached_by(rest, k):
                return value
    # "… 200 млн долларлық өнім экспорттайды деп күтілуде": the clause the amount is in is
    # what "деп" reports as expected, however long it is
    for k, t in enumerate(rest[:-1]):
        if t.text.lower() == "деп" and any(v == "forecast" and word_matches(rest[k + 1].text, w[0])
                                           for v, w in kinds):
            return "forecast"
    return "actual"


_DATIVE = ("ға", "ге", "қа", "ке")
# a finite verb of change: "… өсті", "… төмендетті", "… артып"
_FINITE_CHANGE = ("ты", "ті", "ды", "ді", "ып", "іп")


def _reached_by(rest, k: int) -> bool:
    """"… 17 млн долларға дейін өсті": "дейін" before a finite verb of growth or fall tells
    the level reached, a result; only before a goal ("… дейін арттыру") is it a target."""
    if rest[k].text.lower() != "дейін" or k + 1 >= len(rest):
        return False
    verb = rest[k + 1].text.lower()
    return verb.endswith(_FINITE_CHANGE) and any(
        word_matches(verb, words[0]) for _, words in patterns("metrics.kk.tsv", 1, 2, kind="rise"))


def _chained(sent, money: KkMoney, nxt: KkMoney) -> bool:
    """Two amounts in the dative joined by a comma and "ал" / "және" (and a period of
    the second's) are goals of one verb."""
    between = [t for t in sent.tokens if money.stop <= t.start < nxt.start]
    words = [t.text.lower() for t in between]
    head = [t for t in sent.tokens if money.start <= t.start < money.stop]
    return bool(head) and head[-1].text.lower().endswith(_DATIVE) and bool(words) \
        and words[0] == "," and any(w in ("ал", "және") for w in words[:2]) and len(words) <= 6


def _period(doc, sent, money: KkMoney | None = None) -> str | None:
    """The period nearest before the amount in its sentence (else the first after): a year
    ("2018 жылы", "2025 жылдың қаңтар-тамыз айларында"), or a word relative to the
    publication date ("биыл", "Былтыр"), or "жыл басынан"."""
    marks = _period_marks(doc, sent)
    if money is not None:       # a bracket's period is for its amount alone, and only its
        inner = _bracket_of(sent, money)
        marks = [m for m in marks if (_bracket_of(sent, m[0]) == inner)]
    if not marks:
        return None
    pos = money.start if money is not None else 0
    before = [m for m in marks if m[0] < pos]
    return (before[-1] if before else marks[0])[1]


def _period_marks(doc, sent) -> list[tuple[int, str | None]]:
    """(position, period) of every period the sentence names; None for "2005 жылдан бері"
    (a total since then, as in Russian)."""
    toks = sent.tokens
    marks = []
    for i, t in enumerate(toks):
        if i + 1 < len(toks) and word_matches(toks[i + 1].text, "жыл"):
            years = _year_range(toks, i)
            if years is not None:       # "2005 – 2020 жылдар кезеңінде": the years from one to the other
                marks.append(years)
                continue
        if _YEAR.match(t.text) and i + 1 < len(toks) and (
                word_matches(toks[i + 1].text, "жыл") or toks[i + 1].text.lower() == "ж"):
            if toks[i + 1].text.lower().startswith("жылмен"):
                continue        # "2017 жылмен салыстырғанда": the year compared with
            if i + 2 < len(toks) and toks[i + 2].text.lower() == "бері":
                marks.append((t.start, None))
                continue
            months = _months_before(toks, i) or _first_months(toks, i + 2) or _part_after(sent, toks[i + 1].stop) \
                or _one_month(toks, i + 2)
            marks.append((t.start, _months_span(t.text, months)))
    if doc.published is not None:
        year = doc.published.year
        for i, t in enumerate(toks[:-3]):   # "осыдан 4 жыл бұрын": four years before the release
            if t.text.lower() == "осыдан" and toks[i + 1].text.isdigit() and word_matches(toks[i + 2].text, "жыл") \
                    and toks[i + 3].text.lower() == "бұрын":
                marks.append((t.start, str(year - int(toks[i + 1].text))))
        for m in find_in([sent], patterns("periods.kk.tsv", 1, 2, kind="sincestart")):
            marks.append((m.start, f"{year}-01/{year}-{doc.published.month:02d}"))
        for m in find_in([sent], patterns("periods.kk.tsv", 1, 2, kind="relative")):
            if next((t for t in sent.tokens if t.index == m.last - 1), sent.tokens[0]).text.lower().endswith("мен"):
                continue        # "өткен жылмен салыстырғанда": the year compared with
            y = year - int(m.value)
            months = _months_of(sent, m)
            marks.append((m.start, f"{y}-{months[0]:02d}/{y}-{months[1]:02d}" if months else str(y)))
    return sorted(marks, key=lambda m: m[0])


def _year_range(toks, i: int) -> tuple[int, str] | None:
    """(position, "2005/2020") where token i ends a span of years before "жыл": "2005 – 2020
    жылдар", "2005-2020 жылдары"; a later year must follow the earlier."""
    whole = _YEARS.match(toks[i].text)
    if whole:
        first, last, start = whole.group(1), whole.group(2), toks[i].start
    elif i >= 2 and _YEAR.match(toks[i].text) and toks[i - 1].text in _DASHES and _YEAR.match(toks[i - 2].text):
        first, last, start = toks[i - 2].text, toks[i].text, toks[i - 2].start
    else:
        return None
    return (start, f"{first}/{last}") if int(last) > int(first) else None


def _months_of(sent, m) -> tuple[int, int] | None:
    """"ағымдағы жылдың 4 айында": the first N months of that year; "биылғы қаңтар-маусым
    айларында": the months named."""
    toks = [t for t in sent.tokens if t.start >= m.stop][:3]
    for a, b in zip(toks, toks[1:]):
        if a.text.isdigit() and 1 <= int(a.text) <= 12 and word_matches(b.text, "ай"):
            return 1, int(a.text)
    after = next((k for k, t in enumerate(sent.tokens) if t.start >= m.stop), None)
    return (_months_before(sent.tokens, after - 2) if after is not None else None) or _part_after(sent, m.stop)


def _part_after(sent, pos: int) -> tuple[int, int] | None:
    """"биыл бірінші тоқсанда", "2024 жылдың бірінші жартысында": the quarter or half of the
    year named right before it."""
    for p in find_in([sent], patterns("periods.kk.tsv", 1, 2, kind="part")):
        if 0 <= p.start - pos <= 12:
            first, last = p.value.split("-")
            return int(first), int(last)
    return None


def _first_months(toks, i: int) -> tuple[int, int] | None:
    """"2022 жылдың 9 айында": the first N months of the year before."""
    if i + 1 < len(toks) and toks[i].text.isdigit() and 2 <= int(toks[i].text) <= 12 \
            and word_matches(toks[i + 1].text, "ай"):
        return 1, int(toks[i].text)
    return None


def _one_month(toks, i: int) -> tuple[int, int] | None:
    """"2018 жылдың желтоқсанында": the one month named right after the year."""
    if i < len(toks):
        for value, words in patterns("periods.kk.tsv", 1, 2, kind="month"):
            if word_matches(toks[i].text, words[0]):
                return int(value), int(value)
    return None


def _months_span(year: str, months: tuple[int, int] | None) -> str:
    """"2018", "2018-12" or "2025-01/2025-08"."""
    if not months:
        return year
    if months[0] == months[1]:
        return f"{year}-{months[0]:02d}"
    return f"{year}-{months[0]:02d}/{year}-{months[1]:02d}"


def _months_before(toks, year_index: int) -> tuple[int, int] | None:
    """"2025 жылдың қаңтар-тамыз айларында": the months after the year (the two tokens
    from ``year_index`` on are the year's)."""
    months = []
    for t in toks[year_index + 2:year_index + 5]:
        for part in re.split(r"[-–—]", t.text):
            for value, words in patterns("periods.kk.tsv", 1, 2, kind="month"):
                if part and word_matches(part, words[0]):
                    months.append(int(value))
    return (months[0], months[-1]) if len(months) >= 2 else None


def _signed(value: float, sign: str) -> float:
    return -value if sign == "-" else value


def _change(sent, money: KkMoney) -> float | None:
    """A percentage in the sentence that a growth or fall word qualifies, and that stands
    nearer this amount than the sentence's other amounts ("тауар айналымы 14,3%-ға артып,
    $529,4 млн-ды құрады, биылғы қаңтар-маусым айларында $280,6 млн-ға жетті")."""
    toks = sent.tokens
    if _in_brackets(sent, money):
        return None         # "(2022 ж. - 1,05 млрд)": the base the change is measured from
    others = [m for m in money_in(sent) if m.start != money.start and not _in_brackets(sent, m)]
    for i, t in enumerate(toks[:-1]):
        if not _PERCENT.match(t.text) or not _percent_word(toks[i + 1].text):
            continue
        if any(abs(m.start - t.start) < abs(money.start - t.start) for m in others):
            continue
        pct = float(t.text.replace(",", "."))
        window = toks[i + 2:i + 5] + toks[max(0, i - 3):i]
        for sign, words in patterns("metrics.kk.tsv", 1, 2, kind="rise") + \
                patterns("metrics.kk.tsv", 1, 2, kind="growth"):
            if any(word_matches(w.text, words[0]) for w in window):
                return _signed(pct, sign)
    return None


def _percent_word(text: str) -> bool:
    """"пайызға", "процентке", "%": the word that makes a number a percentage."""
    return text == "%" or word_matches(text, "пайыз*") or word_matches(text, "процент*")


def _in_brackets(sent, money: KkMoney) -> bool:
    """The amount stands inside round brackets of its sentence."""
    return _bracket_of(sent, money) is not None


def _bracket_of(sent, where) -> int | None:
    """The start of the round brackets an amount (or a position) stands in, else None."""
    pos = where if isinstance(where, int) else where.start
    opened = None
    for t in sent.tokens:
        if t.start >= pos:
            break
        if t.text == "(":
            opened = t.start
        elif t.text == ")":
            opened = None
    if opened is None:
        return None
    return opened if any(t.text == ")" for t in sent.tokens if t.start >= pos) else None


_MORE = {"көп": "+", "артық": "+", "аз": "-", "кем": "-"}


def _change_next(doc, sent) -> float | None:
    """"2016 жылмен салыстырғанда өсім 32 пайыз", "Бұл … 21 процентке көп": the next sentence,
    without money of its own, gives the growth."""
    if sent.index + 1 >= len(doc.sents):
        return None
    nxt = doc.sents[sent.index + 1]
    if money_in(nxt):
        return None
    toks = nxt.tokens
    for i in range(len(toks) - 2):
        if _PERCENT.match(toks[i].text) and (word_matches(toks[i + 1].text, "процент*")
                                             or word_matches(toks[i + 1].text, "пайыз*")
                                             or toks[i + 1].text == "%") \
                and toks[i + 2].text.lower() in _MORE:
            return _signed(float(toks[i].text.replace(",", ".")), _MORE[toks[i + 2].text.lower()])
    for sign, words in patterns("metrics.kk.tsv", 1, 2, kind="growth"):
        if any(word_matches(t.text, words[0]) for t in nxt.tokens):
            for i, t in enumerate(nxt.tokens[:-1]):
                if _PERCENT.match(t.text) and (word_matches(nxt.tokens[i + 1].text, "пайыз*")
                                               or nxt.tokens[i + 1].text == "%"):
                    return _signed(float(t.text.replace(",", ".")), sign)
    return None


def _anaphor(sent) -> bool:
    """"бұл көрсеткіш": the sentence speaks of the quantity named before."""
    return bool(find_in([sent], patterns("metrics.kk.tsv", 1, 2, kind="anaphor")))


def _pronoun_before(sent, money: KkMoney) -> bool:
    """"… ол 41,6 млн долларды құрады": a pronoun at most two words before the amount."""
    words = [t.text.lower() for t in sent.tokens if t.stop <= money.start][-2:]
    return any(w == p[1][0] for w in words for p in patterns("metrics.kk.tsv", 1, 2, kind="pronoun"))


def _worth_before(sent, money: KkMoney) -> bool:
    """"жалпы құны 137,8 млн АҚШ доллары", "Оның құны – 171 миллион": the worth of a thing,
    named at most three words before the amount of a sentence that names no metric."""
    words = [t.text for t in sent.tokens if t.stop <= money.start and t.text[:1].isalpha()][-3:]
    return any(word_matches(w, stem) for w in words for _, (stem,) in patterns("metrics.kk.tsv", 1, 2, kind="worth"))


def _worth_metric(doc, sent, money: KkMoney) -> str:
    """A worth is a project's unless goods, a cargo or aid are named before the amount (in the
    sentence before, where "Оның" opens this one): then it is another amount."""
    goods = patterns("metrics.kk.tsv", 1, 2, kind="goods")
    if any(m.stop <= money.start for m in find_in([sent], goods)):
        return "other"
    opens_its = sent.tokens and sent.tokens[0].text.lower() == "оның"
    if opens_its and sent.index > 0 and find_in([doc.sents[sent.index - 1]], goods):
        return "other"
    return "project_value"


def _previous_metric(doc, sent) -> str | None:
    """"Тауар айналымы қарқынды өсуде. 2023 жылы бұл көрсеткіш … құрады": "бұл көрсеткіш" is
    the quantity the sentence before names (else the figure before)."""
    if sent.index == 0:
        return None
    found = find_in([doc.sents[sent.index - 1]], patterns("metrics.kk.tsv", 1, 2, kind="metric"))
    return found[-1].value if found else None


def _deal_year(doc) -> str | None:
    """The publication year where the text writes it: the year of the deals of the reported
    meeting (real annotators leave them undated where the text never names it)."""
    year = str(doc.published.year) if doc.published else None
    return year if year and year in doc.text else None


def extract(doc, record) -> list[Figure]:
    parties = [c.code for c in record.countries]
    deal_year = _deal_year(doc)
    out = []
    for sent in doc.sents:
        for money in money_in(sent):
            if _grown_by(sent, money):
                continue        # "… 2,2 млн долларға өсті": the size of a change, not a level
            metric = _metric(sent, money)
            if metric is None and (_anaphor(sent) or _pronoun_before(sent, money)):
                metric = _previous_metric(doc, sent) or (out[-1].metric if out else None)
            if metric is None and _worth_before(sent, money):
                metric = _worth_metric(doc, sent, money)
            if metric is None:
                continue
            period = _period(doc, sent, money)
            if period is None and out and find_in([sent], patterns("periods.kk.tsv", 1, 2, kind="anaphor")):
                period = out[-1].period     # "Қазақстан экспорты осы кезеңде …": that period
            if period is None and metric == "agreements_value":
                period = deal_year   # deals signed at the reported event, as in Russian
            change = _change(sent, money)
            if change is None:
                change = _change_next(doc, sent)
            out.append(Figure(metric=metric, kind=_kind(sent, money), value=money.value,
                              currency=money.currency, period=period,
                              change_pct=change, approx=money.approx, countries=parties,
                              evidence=[money.start, money.stop]))
    return out
