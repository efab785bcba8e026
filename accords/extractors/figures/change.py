"""change_pct: growth and decline stated in a sentence ("на 7,6%", "в 1,5 раза", "вдвое",
"by a third") and which figure each belongs to.

A change's direction comes from a comparative right after it ("на 15% больше") or the
nearest change word around it ("вырос", "fell"); a change with no direction is not kept.
A multiple reads as a percentage of the previous value: "в 2,3 раза" up is +130%, down
−56.52%; a share of the earlier value with no direction ("144% к аналогичному периоду") is
+44%.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...lexicon import word_list
from .amount import Amount
from .cues import Cue, norm

_CHANGE_LEFT = 14            # tokens before a percentage searched for its direction word
_STOP_PUNCT = {";", ":"}
_NUM = r"\d+(?:[.,]\d+)?"
_CHANGE_RX = re.compile(
    rf"(?:(?<=[(\s])(?P<sign>[+−-])(?=\d))?(?P<pct>{_NUM})(?:\s+с\s+(?:лишним|небольшим))?\s*(?:%|процент(?:а|ов)?(?![а-яё])|проц\.?(?![а-яё])|percent|per\s+cent|pct)"
    rf"(?!\s*(?:пункт|п\.\s*п|points?))"
    rf"|(?<![а-яё])в\s+(?P<k>{_NUM}|полтора|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять)\s+раз(?:а)?(?![а-яё])"
    r"|(?P<kw>вдвое|втрое|вчетверо|впятеро|twofold|threefold|fourfold|doubled|tripled|quadrupled|"
    r"удвоил(?:ся|ась|ось|ись)|утроил(?:ся|ась|ось|ись))"
    rf"|(?P<kx>{_NUM})\s*(?:-?fold|\s+times)(?![a-z])"
    r"|(?<![а-яё])на\s+(?P<fr>четверть|треть|половину|две\s+трети)(?![а-яё])"
    r"|(?<![а-яё])(?P<fr2>наполовину)(?![а-яё])"
    r"|(?<![а-яёa-z])(?P<pw>один|два|три|четыре|пять|шесть|семь|восемь|девять|десять|пятнадцать|"
    r"двадцать|тридцать|сорок|пятьдесят|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|"
    r"twenty|thirty|forty|fifty)\s+(?:процент(?:а|ов)?(?![а-яё])|percent\b|per\s+cent\b)"
    r"|\bby\s+(?:a\s+|one\s+)?(?P<fr3>quarter|third|half|two\s+thirds)\b", re.I)
# a share of the previous value stated as a word: "на четверть", "by a third"
_FRACTIONS = {"четверть": 25.0, "треть": 33.33, "половину": 50.0, "две трети": 66.67,
              "наполовину": 50.0, "quarter": 25.0, "third": 33.33, "half": 50.0, "two thirds": 66.67}
# a percentage written as a word: "вырос на семь процентов", "up seven percent"
_PCT_WORDS = {"один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
              "девять": 9, "десять": 10, "пятнадцать": 15, "двадцать": 20, "тридцать": 30, "сорок": 40,
              "пятьдесят": 50, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
              "fifty": 50}
_K_WORDS = {"полтора": 1.5, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
            "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "вдвое": 2, "втрое": 3,
            "вчетверо": 4, "впятеро": 5, "twofold": 2, "threefold": 3, "fourfold": 4,
            "doubled": 2, "tripled": 3, "quadrupled": 4}
_K_WORDS.update({w + e: k for w, k in (("удвоил", 2), ("утроил", 3)) for e in ("ся", "ась", "ось", "ись")})
_INHERENT_UP = {"doubled", "tripled", "quadrupled"} | {w for w in _K_WORDS if w.startswith(("удвоил", "утроил"))}
_LEVEL_WORDS = word_list("figures_change_level_words")
# a sentence that may state a change: worth reading even when it holds no amount
CHANGE_HINT = re.compile(r"%|процент|percent|(?<![а-яё])раза?(?![а-яё])|вдвое|втрое|вчетверо|удвоил|утроил|fold|"
                         r"times|doubled|tripled|четверть|треть|половину|наполовину|quarter|third|"
                         r"half", re.I)
# what a percentage with no direction is a share of: "144% к аналогичному периоду 2010 года"
# ("что составляет 61% по сравнению с показателями аналогичного периода 2008 года": -39%)
_INDEX_BASE = re.compile(r"\s*(?:к|по\s+отношению\s+к|по\s+сравнению\s+с)\s+(?:аналогичн|соответствующ|уровн|прошл|"
                         r"показател)", re.I)
# ("с темпом роста 127% к январю–марту", "Темп роста составил немногим более 101%")
_GROWTH_INDEX = re.compile(r"(?<![а-яё])(?:темп\w*\s+роста\s*(?:[—–-]\s*(?:это\s+)?|составил\w*\s+|составит\s+)?|"
                           r"рост\s*(?:[—–-]\s*(?:это\s+)?|составил\w*\s+|составит\s+))"
                           r"(?:около\s+|почти\s+|(?:немногим\s+)?более\s+|свыше\s+|порядка\s+)?$", re.I)
_SHARE = re.compile(r"(?<![а-яё])(?:дол[яиеюь]|удельн)", re.I)    # a share is no index
# words opening a sentence that states the previous sentence's result's change
BACK_REFERENCE = word_list("change_back_reference")


@dataclass
class Change:
    start: int
    stop: int
    tok_first: int
    tok_last: int
    pct: float


# a comparison with a level several years back ("чем шесть лет назад", "than five years ago")
_YEARS_AGO = re.compile(r"[^.;]{0,25}?(?:чем|по\s+сравнению\s+с|than|compared\s+(?:to|with))\s+"
                        r"(?:\d+|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|"
                        r"two|three|four|five|six|seven|eight|nine|ten)\s+(?:лет|года|years)\s+(?:назад|ago)", re.I)


# a change over a span of several years ("за три года вырос в два раза", "over the past five
# years"): not against the year before either
_YEARS_SPAN = re.compile(r"(?<![а-яё])(?:за|в\s+течение)\s+(?:последние\s+|прошедшие\s+)?(?:\d{1,2}|два|две|три|"
                         r"четыре|пять|шесть|семь|восемь|девять|десять)\s+(?:лет|года)(?![а-яё])|"
                         r"\b(?:over|in)\s+the\s+(?:past|last)\s+(?:\d{1,2}|two|three|four|five|six|seven|"
                         r"eight|nine|ten)\s+years\b", re.I)
_SPAN_REACH = 60      # characters before a change searched for its span of years


def _over_years(text: str, m: re.Match) -> bool:
    """A span of years stated right before the change in its clause, or right after it."""
    before = text[max(0, m.start() - _SPAN_REACH):m.start()]
    spans = list(_YEARS_SPAN.finditer(before))
    if spans and not re.search(r"[.;]", before[spans[-1].end():]):
        return True
    return bool(_YEARS_SPAN.match(text, m.end() + 1)) or bool(_YEARS_SPAN.match(text, m.end()))


def _num(s: str) -> float:
    return float(s.replace(",", "."))


def _sign_at(cues_at: dict, j: int, categories: tuple) -> int:
    """+1 / −1 from the first cue of those categories starting at token j; 0: none."""
    for c in cues_at.get(j, ()):
        if c.category in categories:
            return 1 if c.value == "up" else -1
    return 0


def _direction(toks_by_idx, first: int, last: int, sent_lo: int, sent_hi: int,
               cues_at: dict) -> int:
    """+1 / −1 from a comparative right after, else the nearest change word around; 0: none."""
    for j in range(last + 1, min(last + 3, sent_hi)):
        sign = _sign_at(cues_at, j, ("compar", "change"))
        if sign:
            return sign
    for j in range(first - 1, max(first - _CHANGE_LEFT, sent_lo) - 1, -1):
        if toks_by_idx[j].text in _STOP_PUNCT:
            break
        sign = _sign_at(cues_at, j, ("change",))
        if sign:
            return sign
    for j in range(last + 1, min(last + 4, sent_hi)):
        sign = _sign_at(cues_at, j, ("change",))
        if sign:
            return sign
    return 0


def _pct(m: re.Match, sign: int) -> float | None:
    """The signed percentage a change match states; None for a multiple of one or less."""
    frac = m.group("fr") or m.group("fr2") or m.group("fr3")
    if m.group("pct"):
        return _num(m.group("pct")) * sign
    if m.group("pw"):
        return float(_PCT_WORDS[m.group("pw").lower()]) * sign
    if frac:
        return _FRACTIONS[" ".join(frac.lower().split())] * sign
    raw = m.group("k") or m.group("kw") or m.group("kx")
    k = _K_WORDS.get(raw.lower()) or _num(raw)
    if k <= 1:
        return None
    return (k - 1) * 100 if sign > 0 else -(1 - 1 / k) * 100


def find_changes(doc, sent, cues_at: dict, tok_at) -> list[Change]:
    """The changes a sentence states, with their direction, left to right."""
    out = []
    toks = doc.tokens
    lo, hi = sent.tokens[0].index, sent.tokens[-1].index + 1
    for m in _CHANGE_RX.finditer(sent.text):
        s, e = sent.start + m.start(), sent.start + m.end()
        first, last = tok_at(s), max(tok_at(e - 1), tok_at(s))
        if first > lo and norm(toks[first - 1].text) in _LEVEL_WORDS and (m.group("pct") or m.group("pw")):
            continue            # "выросла до 20%": a level, not a change
        if m.group("sign"):
            sign = 1 if m.group("sign") == "+" else -1
        elif m.group("kw") and m.group("kw").lower() in _INHERENT_UP:
            sign = 1
        else:
            sign = _direction(toks, first, last, lo, hi, cues_at)
        if m.group("pct") and _num(m.group("pct")) > 100 \
                and _GROWTH_INDEX.search(sent.text, max(0, m.start() - 40), m.start()):
            # "темп роста составил 120,3%", "Рост — 112,5 процента": the level against the year
            # before as an index (Belarusian statistics' way), +20.3%
            out.append(Change(s, e, first, last, round(_num(m.group("pct")) - 100, 2)))
            continue
        if not sign and m.group("pct") and _INDEX_BASE.match(sent.text, m.end()) \
                and not _SHARE.search(sent.text, 0, m.start()):
            # "144% к аналогичному периоду": the value as a share of the earlier one, +44%
            index = _num(m.group("pct"))
            if index != 100:
                out.append(Change(s, e, first, last, round(index - 100, 2)))
            continue
        if not sign or _YEARS_AGO.match(sent.text, m.end()) or _over_years(sent.text, m):
            continue            # "вдвое больше, чем шесть лет назад": not against the year before
        pct = _pct(m, sign)
        if pct is None:
            continue
        out.append(Change(s, e, first, last, round(pct, 2)))
    return out


def opens_with(sent, words: frozenset) -> bool:
    """The sentence's first word, or first two words, are among ``words``."""
    toks = [t for t in sent.tokens if t.text.isalpha()][:2]
    if not toks:
        return False
    one = norm(toks[0].text)
    two = " ".join(norm(t.text) for t in toks)
    return one in words or two in words


_MOVED_TO_REACH = 12   # tokens from a change to the level it reached ("на 18,6% по сравнению с …, до")


def _bracketed(toks: list, a: Amount, until: int) -> bool:
    """The amount stands inside brackets that close before token ``until``: a breakdown of the
    figure before the bracket, which the change after it does not qualify."""
    closes = any(toks[k].text == ")" for k in range(a.last + 1, min(until, len(toks))))
    opens = any(toks[k].text == "(" for k in range(max(0, a.first - 12), a.first))
    return closes and opens


def _in_brackets(toks, i: int, lo: int, hi: int) -> bool:
    """Token ``i`` lies inside a bracket opened and closed within [lo, hi) ("(exports – …)")."""
    if toks is None:
        return False
    opened = [k for k in range(lo, i) if toks[k].text == "("]
    closed = [k for k in range(i, hi) if toks[k].text == ")"]
    return bool(opened and closed) and not any(toks[k].text == ")" for k in range(opened[-1], i))


_CONTRAST = frozenset({"однако", "но", "however", "but",
                       "adding"})   # "… reached $2 billion in 2021, adding that in the first quarter of 2022 …"
_PERIOD_WORD = re.compile(r"(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
                          r"полугоди|квартал|january|february|march|april|may|june|july|august|"
                          r"september|october|november|december|quarter|half)", re.I)


def _contrast_with_a_period(toks: list, lo: int, hi: int) -> bool:
    """A contrast word followed by a period of its own between a change and an amount: the
    change is that other period's ("…, однако за январь - июнь … снизился на 21%")."""
    k = next((k for k in range(lo + 1, hi) if toks[k].text.lower() in _CONTRAST), None)
    return k is not None and any(_PERIOD_WORD.match(t.text) for t in toks[k + 1:hi])


def assign_changes(figures: list[Amount], changes: list[Change], cues: list[Cue],
                   toks: list | None = None) -> None:
    """Each growth figure of the sentence goes to the nearest actual result it can qualify:
    not across a mention of another metric ("составил $5 млрд, при этом экспорт вырос на 15%");
    first to the level it moved to ("сократился на 18,6% …, до $635 млн", "fell 18% to $6 bn")."""
    actual = [a for a in figures if a.role == "figure" and a.kind == "actual" and a.metric]
    metric_cues = [c for c in cues if c.category == "metric"]
    # an expectation, or a goal verb in the infinitive ("намерены его увеличить вдвое"): the
    # change after it is the goal's ("increasing by 34%" is the result's own)
    goal_cues = [c for c in cues if c.category == "kind" and (c.value == "forecast" or c.value == "target"
                 and toks is not None and (toks[c.first].feats or {}).get("VerbForm") == "Inf")]

    def apart(c: Change, a: Amount) -> bool:
        lo, hi = sorted((c.tok_first, a.first))
        if a.cue is not None and c.tok_last < a.cue.first < a.first:
            return True             # "ВВП вырос на 5%, а инвестиции превысили $1 млрд"
        if any(a.last < k.first < c.tok_first for k in goal_cues):
            return True             # "достиг $2,5 млрд, а … намерены его увеличить вдвое": the goal's
        if toks is not None and _contrast_with_a_period(toks, lo, hi):
            return True             # "в 2019 году превысил $35,5 млрд, однако за январь-июнь снизился на 21%"
        if toks is not None and a.last < c.tok_first and _bracketed(toks, a, c.tok_first):
            return True             # "$16 bn (exports – $15.1 bn, imports – $900 mn), which is 36% higher"
        return any(lo < m.first < hi and m.value != a.metric and not _in_brackets(toks, m.first, lo, hi)
                   for m in metric_cues)

    def moved_to(c: Change, a: Amount) -> bool:
        return toks is not None and 0 < a.first - c.tok_last <= _MOVED_TO_REACH \
            and toks[a.first - 1].text.lower() in ("до", "to")

    pairs = sorted((0 if moved_to(c, a) else min(abs(c.tok_first - a.last), abs(a.first - c.tok_last)), ci, ai)
                   for ci, c in enumerate(changes) for ai, a in enumerate(actual) if not apart(c, a))
    used_c, used_a = set(), set()
    for _, ci, ai in pairs:
        if ci in used_c or ai in used_a:
            continue
        used_c.add(ci)
        used_a.add(ai)
        actual[ai].change = changes[ci].pct
