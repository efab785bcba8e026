"""Money expressions in Russian and English: "$107,7 млн", "1,4 млрд долл. США", "€2bn",
"более триллиона российских рублей", "почти полумиллиарда долларов", "$1 billion 786 million".

The grammar is one compiled regular expression assembled from the lexicons
``accords/data/currencies.{ru,en}.tsv`` (currency names and symbols, scale words,
qualifiers, number words). Both lexicons are always read: Russian texts quote "$" and
"USD", English ones "KZT". A regex rather than a yargy grammar: amounts are flat
sequences (qualifier, symbol, number, scale, name) with no syntax to parse, and it is
measurably faster: on the 40 dev documents this grammar (full lexicon) takes about 13 ms,
a minimal yargy grammar (five currencies, no qualifiers, words or ranges) about 210 ms.
tests/test_money.py holds the table of cases the grammar must read.

Reading rules worth knowing:
- a comma is a decimal mark in Russian ("1,44 млрд"); in English "1,200" is a thousand
  separator when exactly three digits follow; spaces and non-breaking spaces group
  thousands ("1 200 млн"); "3,20,000" is the South-Asian grouping (:mod:`.digits`);
- a range ("3–5 млрд долларов", "от 3 до 5 млрд", "between $3 and $5 billion") reads as its
  midpoint with ``approx="about"`` (the spec's convention), unless a qualifier says otherwise;
- a number in words is read whole ("двести сорок", "eighty-one": :mod:`accords.nlp.number_words`);
- an amount with a scale word and no number means one unit ("триллиона рублей");
  a plural scale without a number ("миллиарды долларов") is vague and is not an amount;
- a currency must be stated (symbol, code or name), else it is not money; except that a
  later amount of the same paragraph may leave it out when it follows an amount that states
  it ("нарастили до 4,3 млрд долларов, а в этом году ожидается рост до 5 млрд"): the
  elided amount takes the currency before it (:func:`_elided`); and the bare number a change
  runs to takes the amount it runs from ("с 58 миллионов долларов до 108") and the bare number it
  runs from the amount it runs to ("с 5 до 10 млрд долларов"; :mod:`.bounds`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ...lexicon import rows as read_lexicon
from .compounds import hyphenated_amounts
from .bounds import joined_firsts, lower_bounds, upper_bounds
from .digits import NUMBER as _NUMBER, cut_in_two, parse_number
from ...nlp.number_words import WORD_JOINT, word_number, word_range
from .restated import bare_amounts, bare_metric_amounts, restated_amounts
_LETTER = "а-яёa-z"


@dataclass(frozen=True)
class Money:
    start: int               # where the expression begins (with its qualifier)
    stop: int
    value: float             # in currency units
    currencies: tuple        # ISO 4217 codes; more than one when the name is ambiguous (манат)
    approx: str | None       # more_than | less_than | about
    text: str
    num_start: int = -1      # where the amount proper begins (after the qualifier)
    is_range: bool = False

    @property
    def currency(self) -> str:
        return self.currencies[0]


def _form_regex(form: str) -> str:
    """One lexicon form as a regex: words joined by spaces, '*' = any ending."""
    parts = []
    words = form.split()
    for i, w in enumerate(words):
        stem = w.endswith("*")
        w = w.rstrip("*")
        rx = re.escape(w) + (f"[{_LETTER}]*" if stem else "")
        if i:
            rx = (r"\s*" if words[i - 1].endswith(".") else r"\s+") + rx
        parts.append(rx)
    rx = "".join(parts)
    if form[0].isalpha():
        rx = f"(?<![{_LETTER}])" + rx
    if form.rstrip("*")[-1].isalpha():
        rx += f"(?![{_LETTER}])"
    return rx


class _Alternatives:
    """A set of forms as one alternation (longest first) and the way back to each value."""

    def __init__(self, items: list[tuple[str, object]]):
        items = sorted(set(items), key=lambda it: (-len(it[0]), it[0]))
        self.items = [(re.compile(_form_regex(f), re.I), v) for f, v in items]
        self.pattern = "(?:" + "|".join(_form_regex(f) for f, _ in items) + ")" if items else "(?!)"

    def value(self, text: str):
        text = " ".join(text.split())
        for rx, v in self.items:
            if rx.fullmatch(text):
                return v
        return None


@dataclass(frozen=True)
class _Grammar:
    regex: re.Pattern
    anchor: re.Pattern       # where an amount can be: a digit or a scale word
    before: _Alternatives
    after: _Alternatives
    scales: _Alternatives
    approx: _Alternatives
    numbers: _Alternatives
    home: dict
    elided: re.Pattern       # a number with a scale word and no currency
    bare: re.Pattern         # the same without a qualifier: cheap to search a whole text for
    scaled: frozenset = frozenset()   # names that are a currency only after a scale word ("won")


_DASH = r"\s*[-‒–—−]\s*"


@lru_cache(maxsize=1)
def grammar() -> _Grammar:
    before, after, scales, approx, numbers, home, scaled = [], [], [], [], [], {}, set()
    for lang in ("ru", "en"):
        for row in read_lexicon(f"currencies.{lang}.tsv"):
            cat, value, form = row[0], row[1], row[2].lower()
            if cat == "currency":
                pos = row[3] if len(row) > 3 else "after"
                codes = tuple(value.split("|"))
                if pos in ("before", "both"):
                    before.append((form, codes))
                if pos in ("after", "both", "scaled"):
                    after.append((form, codes))
                if pos == "scaled":
                    scaled.add(form)
            elif cat == "scale":
                scales.append((form, float(value)))
            elif cat == "approx":
                approx.append((form, value))
            elif cat == "number":
                numbers.append((form, float(value)))
            elif cat == "home":
                home.setdefault(value, set()).add(form.upper())
    g_before, g_after = _Alternatives(before), _Alternatives(after)
    g_scales, g_approx, g_numbers = _Alternatives(scales), _Alternatives(approx), _Alternatives(numbers)
    sc = g_scales.pattern
    # "двести сорок", "eighty-one", "two hundred and fifty"
    words = rf"{g_numbers.pattern}(?:{WORD_JOINT}{g_numbers.pattern}){{0,4}}"
    # "5-ти миллиардов долларов": a numeral with its case ending spelled after a hyphen
    rx = (
        rf"(?:(?P<qual>{g_approx.pattern})\s*)?"
        rf"(?:(?<![{_LETTER}])(?:от|between)\s+(?:{g_before.pattern})?\s*(?P<rnum>{_NUMBER})(?:-(?:ти|х|ми)(?![{_LETTER}]))?"
        rf"(?:\s*(?P<rscale>{sc}))?\s+(?:до|and)\s+)?"
        rf"(?:(?P<cur1>{g_before.pattern})\s*)?"
        r"(?P<core>"
        rf"(?P<num>{_NUMBER})(?:-(?:ти|х|ми)(?![{_LETTER}]))?(?:{_DASH}(?:{g_before.pattern})?\s*(?P<num2>{_NUMBER}))?"
        rf"(?:\s*(?P<scale>{sc}))?"
        rf"|(?:(?P<numword>{words})(?P<half>\s+с\s+половиной)?\s+)?(?P<wscale>{sc})"
        rf"(?:\s+(?P<wnum3>{words})\s+(?P<wscale3>{sc}))?"  # "миллиард двести миллионов"
        r")"
        # "3 млрд 100 млн", "1 млрд 451 млн 206 тыс.": smaller parts after a scaled amount, never
        # after a bare number ("by 2023 and 150 billion USD": the year is no amount)
        rf"(?(scale)(?:\s+(?:и\s+|and\s+)?(?P<num3>{_NUMBER})\s*(?P<scale3>{sc})"
        rf"(?:\s+(?P<num4>{_NUMBER})\s*(?P<scale4>{sc}))?)?|)"
        rf"(?:\s*(?P<cur2>{g_after.pattern}))?"
    )
    # scale words that can stand without a number ("триллиона рублей") start an amount too
    stems = sorted({f[:3] for f, _ in scales if len(f) > 4 and f[0].isalpha()})
    # … and the short ones after a number word ("на два млрд долларов"; after a digit the digit
    # is the anchor already)
    short = sorted({f.rstrip(".") for f, _ in scales if 3 <= len(f.rstrip(".")) <= 4 and f[0].isalpha()})
    anchor = re.compile(rf"\d|(?<![{_LETTER}])(?:" + "|".join(map(re.escape, stems)) + ")"
                        rf"|(?<=[{_LETTER}] )(?:" + "|".join(map(re.escape, short)) + ")", re.I)
    elided = re.compile(rf"(?:(?P<qual>{g_approx.pattern})\s*)?(?P<num>{_NUMBER})\s*(?P<scale>{sc})",
                        re.I)
    return _Grammar(re.compile(rx, re.I), anchor, g_before, g_after, g_scales, g_approx,
                    g_numbers, home, elided, re.compile(rf"(?P<num>{_NUMBER})\s*(?P<scale>{sc})", re.I),
                    frozenset(scaled))


_VAGUE_PLURAL = re.compile(r"(?:ы|ов|s)$", re.I)


def _build(m: re.Match, g: _Grammar, lang: str, offset: int) -> Money | None:
    cur_text = m.group("cur1") or m.group("cur2")
    if not cur_text:
        return None
    named = m.group("cur1") == "$" and g.after.value(m.group("cur2") or "")  # "$2.3 billion Canadian dollars"
    codes = named or (g.before.value(m.group("cur1")) if m.group("cur1") else None) or \
        g.after.value(m.group("cur2") or "")
    if not codes or not (m.group("scale") or m.group("wscale")) and (m.group("cur2") or "").lower() in g.scaled:
        return None     # (no scale word: "in 2022 won" holds no won)
    is_range, year_cut = False, None
    if m.group("num"):
        first = parse_number(m.group("num"), lang)
        if first is None:
            return None
        scale_text = m.group("scale")
        scale = g.scales.value(scale_text) if scale_text else 1.0
        if scale_text and scale is None:
            return None
        value = first * scale
        second = parse_number(m.group("num2"), lang) if m.group("num2") else None
        if second is not None and second > first:   # "3–4 млрд": the midpoint
            value, is_range = (first + second) / 2 * scale, True
        elif second is not None and _YEAR_BEFORE.fullmatch(m.group("num")):
            value, year_cut = second * scale, m.start("num2")   # "в 2017 – 1,3 млрд": the year's amount
    else:
        scale_text = m.group("wscale")
        scale = g.scales.value(scale_text)
        if scale is None:
            return None
        if m.group("numword"):
            n = word_number(g.numbers.value, m.group("numword"))
            span = word_range(g.numbers.value, m.group("numword")) if n is None else None
            if span is not None:    # "четырех-пяти миллиардов": the midpoint
                n, is_range = sum(span) / 2, True
            if n is None:
                return None
            value = (n + (0.5 if m.group("half") else 0)) * scale   # "три с половиной миллиарда"
        else:
            if _VAGUE_PLURAL.search(scale_text) or len(scale_text.rstrip(".")) <= 4:
                return None     # "миллиарды долларов", a bare "млрд": no amount stated
            value = scale
        if m.group("wnum3"):
            extra, small = word_number(g.numbers.value, m.group("wnum3")), g.scales.value(m.group("wscale3"))
            value += extra * small if extra and small and small < scale else 0
    if m.group("rnum"):             # "от 3 до 5 млрд", "between $3 and $5 billion"
        low = parse_number(m.group("rnum"), lang)
        low_scale = g.scales.value(m.group("rscale")) if m.group("rscale") else scale
        if low is not None and low_scale and low * low_scale < value:
            value, is_range = (low * low_scale + value) / 2, True
    elif m.group("num3"):
        top = scale or 1
        for num, sc in (("num3", "scale3"), ("num4", "scale4")):
            extra = parse_number(m.group(num), lang) if m.group(num) else None
            small = g.scales.value(m.group(sc)) if m.group(sc) else None
            if extra is not None and small is not None and small < top:
                value, top = value + extra * small, small
            elif extra is not None and top == 1000 and small and small >= 100_000:
                value, top = (value + extra) * small, small   # "Tk 11 thousand and 400 crores": 11,400 crore
    if value <= 0:
        return None
    value = round(value, 2)          # 4.1 × 10⁹ is 4100000000, not 4099999999.9999995
    approx = g.approx.value(m.group("qual")) if m.group("qual") else None
    if is_range and approx is None:
        approx = "about"
    start = m.start() + offset
    num_start = (m.start("cur1") if m.group("cur1") else m.start("core")) + offset
    if year_cut is not None:
        start = num_start = year_cut + offset
    return Money(start, m.end() + offset, value, tuple(codes), approx, m.string[start - offset:m.end()],
                 num_start, is_range)


_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d")


_LEFT_REACH = 60       # chars before a number a qualifier, a symbol or number words can take
_RIGHT_REACH = 120     # chars after it the scale words and the currency name can take


def find_money(text: str, lang: str = "ru") -> list[Money]:
    """Every money expression in ``text``, left to right.

    The grammar is tried only around anchors (digits, scale words): the same matches as a
    scan of the whole text, several times faster, since most positions hold no amount."""
    if not text:
        return []
    g = grammar()
    out = []
    pos, n = 0, len(text)
    for am in g.anchor.finditer(text):
        a = am.start()
        if a < pos:
            continue
        hi = n if a + _RIGHT_REACH >= n else _word_end(text, a + _RIGHT_REACH)
        m = None
        for i in _starts(text, max(pos, a - _LEFT_REACH), a):
            m = g.regex.match(text, i, hi)
            if m is not None and m.end() > a:
                break
            m = None
        if m is None:
            continue
        pos = m.end()
        try:
            money = _build(m, g, lang, 0)
        except (ValueError, TypeError):
            money = None
        if money is not None and not any(ch.isdigit() for ch in money.text) \
                and _WORDED_TAIL.search(text, max(0, money.start - 24), money.start):
            money = None     # "fifteen billion, nine hundred and one million yen": the tail of a longer number
        if money is not None and not _VAGUE.search(text, max(0, money.start - 16), money.start):
            if money.approx is None:
                q = _qualified_na().search(text, max(0, money.start - 24), money.start)
                if q:      # "наторговали более чем на $39 млн", "оценивается более чем в": the qualifier before "на"/"в"
                    money = replace(money, approx=g.approx.value(q.group("qual")))
            out.append(money)
    out = _hyphenated(text, out)
    if out:
        bare = bare_amounts(text, g, 0)
        out = restated_amounts(text, lang, g, out, Money, parse_number, _elided_next_ok, bare)
        out = bare_metric_amounts(text, lang, g, out, Money, parse_number, _elided_next_ok, bare)
    if not out:
        return out
    out = upper_bounds(text, lang, _elided(text, lang, g, out), Money, parse_number, _NUMBER, _elided_next_ok)
    out = [x for x in out if not cut_in_two(text, x.num_start)]    # "Rs 20, 400 crore": not 400 crore
    out = lower_bounds(text, lang, out, Money, parse_number, _NUMBER)
    return joined_firsts(text, lang, out, Money, parse_number, _NUMBER)


def _elided_next_ok(text: str, end: int) -> bool:
    """What follows a bare amount lets it be money ("5 млрд к 2030 году", not "5 млн тонн")."""
    return bool(_ELIDED_NEXT.match(text, end))


_WORDED_TAIL = re.compile(r"(?:hundred|thousand|million|billion|trillion),?\s+(?:and\s+)?$", re.I)


@lru_cache(maxsize=1)
def _qualified_na() -> re.Pattern:
    """A qualifier of the grammar before "на"/"в" and the amount ("более чем на", "без малого
    на", "оценивается более чем в")."""
    g = grammar()
    return re.compile(rf"(?<![а-яё])(?P<qual>{g.approx.pattern})(?:\s+чем)?\s+(?:на|в)\s+$", re.I)
# "multi-billion dollar deals", "многомиллиардные контракты": a size, no amount
_VAGUE = re.compile(r"(?:multi-?|многомиллиард\w*\s|многомиллион\w*\s)$", re.I)


def _hyphenated(text: str, found: list[Money]) -> list[Money]:
    """The amounts of hyphenated compounds the grammar does not read or reads short ("a
    $45-billion plan" read as $45), in text order (:mod:`.compounds` finds them)."""
    extra = []
    for h in hyphenated_amounts(text):
        overlapping = [x for x in found if x.start < h.stop and h.start < x.stop]
        if overlapping and not (h.symbol and all(x.stop <= h.stop for x in overlapping)) \
                and not all(x.start > h.start for x in overlapping):
            continue        # ("68-billion U.S. dollars" read as "billion U.S. dollars": its tail)
        found = [x for x in found if x not in overlapping]
        # "almost R61-billion": the qualifier the grammar read before the short reading stays
        qualified = next((x for x in overlapping if x.approx and x.start < h.start), None)
        start, approx = (qualified.start, qualified.approx) if qualified else (h.start, None)
        extra.append(Money(start, h.stop, h.value, (h.currency,), approx, text[start:h.stop], h.start))
    return sorted(found + extra, key=lambda x: x.start) if extra else found


_ELIDED_REACH = 160    # chars from the amount that states the currency
# what may follow an elided amount: an end, a punctuation mark (a bracketed change: "импорт —
# 61 млн. (на 1,2% больше)") or a function word ("5 млрд к 2030 году"), not a unit ("5 млн тонн", "2 млрд кубометров")
_ELIDED_NEXT = re.compile(r"\s*(?:$|[.,;:!?()»\"—–-]|(?:и|а|в|во|к|до|на|за|по|с|или|что|при|против|"
                          r"уже|in|by|to|and|or|for|from|against|this|next|last|the|a)(?![\w]))",
                          re.I)
_NEW_SENTENCE = re.compile(r"\s*(?:$|[A-ZА-ЯЁ«\"])")    # after "5 млрд.": a sentence ends
_SENT_BREAK = re.compile(r"\n")      # the same paragraph ("... $4,3 млрд. В этом году — до 5 млрд")


def _elided(text: str, lang: str, g: _Grammar, found: list[Money]) -> list[Money]:
    """Amounts of a paragraph that leave out the currency stated by an amount shortly before."""
    out = list(found)
    for prev, nxt in zip(found, found[1:] + [None]):
        hi = min(prev.stop + _ELIDED_REACH, nxt.start if nxt is not None else len(text))
        pos = prev.stop
        for m in g.elided.finditer(text, prev.stop, hi):
            gap = text[pos:m.start()]
            if _SENT_BREAK.search(gap) or re.search(r"[\d]", gap[-1:] or ""):
                break
            pos = m.end()
            if m.start() and text[m.start() - 1].isalpha():
                continue    # "P804.78 billion": a currency letter glued to it (the peso), no elision
            if not (_ELIDED_NEXT.match(text, m.end()) or m.group(0).endswith(".")
                    and _NEW_SENTENCE.match(text, m.end())):
                continue
            num, scale = parse_number(m.group("num"), lang), g.scales.value(m.group("scale"))
            if num is None or scale is None or num <= 0:
                continue
            approx = g.approx.value(m.group("qual")) if m.group("qual") else None
            num_start = m.start("num")
            out.append(Money(m.start(), m.end(), round(num * scale, 2), prev.currencies, approx,
                             m.group(0), num_start, False))
    out.sort(key=lambda x: x.start)
    return out


def _starts(text: str, lo: int, a: int):
    """Where an amount reaching the anchor ``a`` can begin: word starts from ``lo``, then ``a``."""
    for i in range(lo, a):
        c = text[i]
        if not c.isspace() and (i == 0 or not text[i - 1].isalnum()) and not c.isdigit():
            yield i
    yield a


def _word_end(text: str, i: int) -> int:
    while i < len(text) and not text[i].isspace():
        i += 1
    return i


def parse_money(text: str, lang: str = "ru") -> Money | None:
    """The first money expression in ``text`` (for tests and callers holding one phrase)."""
    found = find_money(text, lang)
    return found[0] if found else None
