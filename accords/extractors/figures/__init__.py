"""figures: money amounts that measure a relationship, with what they measure and for when.

money.py finds the amounts, periods.py the periods; this module gives each amount its
meaning from the words around it in its sentence (lexicon ``accords/data/metrics.<lang>.tsv``):
- ``metric``: a "worth" connector ("на сумму", "worth") makes the amount the value of the
  nearest agreement or project noun before it; otherwise the nearest metric noun
  (товарооборот, экспорт, investment) before it, or right after it ("$5 billion in mutual
  trade"), or an anaphor ("this indicator") standing for the previous sentence's metric.
  Aid, grants and credits (грант, кредит, гуманитарный груз, loan) are metric ``other``:
  what one party gives the other measures the relationship; so does an agreement that
  is a loan ("loan agreement worth", "кредитная линия"). A built object (line, road,
  bridge) before "worth" makes the amount a project's cost. Amounts with no metric
  (prices, budgets) measure nothing of it and are not emitted.
- ``kind``: the nearest target / forecast / actual cue before the amount, read on the
  surface form since tense decides it (достичь → target, достиг → actual).
- ``period``: the nearest period of its sentence (the target year for targets, also a
  coming year written before the amount; a result in a coming year is a forecast); trade
  figures with none carry the previous sentence's period ("За январь–июнь ... составил
  $4,2 млрд. При этом экспорт ... составил $1,44 млрд").
- ``change_pct``: growth and decline (percentages, "в 1,5 раза") of the sentence go to the
  nearest actual figure; a change stated without money ("товарооборот сократился на 12,8%")
  goes to the next sentence's figure of the same metric and period.
- An amount that is a difference ("на $780 млн меньше", "сократился на $752 млн") is not a
  figure; it is kept on the figure it qualifies for :func:`consistency_warnings`.
- An amount restating the previous one in another currency (", или 111 млрд белорусских
  рублей", "($4.3 billion)") shares its meaning.
- An amount of something else (a budget, a debt, a price "за тонну") is not a figure even
  when a metric noun stands near: the lexicon's ``foreign`` nouns, and for Russian the
  syntax (the amount modifies a noun no metric names, or a size verb's subject is one).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from pydantic import PrivateAttr

from ...record import Figure
from .money import Money, find_money, grammar, read_lexicon, resolve_currency
from .periods import PeriodMention, find_periods
from ..sectors import related_spans

_TRADE = ("trade_turnover", "exports", "imports")
_METRIC_SECTOR = {"trade_turnover": "trade", "exports": "trade", "imports": "trade",
                  "investment": "investment"}
_SURFACE_ONLY = {"kind", "base", "anaphor"}
_LEFT_CUE_WINDOW = 25        # tokens before an amount searched for its metric noun
_RIGHT_CUE_WINDOW = 4        # tokens after it ("$5 billion in mutual trade")
_WORTH_GAP = 4               # "стоимость проекта оценивается в $X": connector a few words back
_HOLDER_WINDOW = 14          # tokens before a "worth" connector searched for its noun
_ANAPHOR_WINDOW = 10         # "this indicator made": close to the amount
_PRONOUN_WINDOW = 3          # "он составил", "it reached": right before it
_CHANGE_LEFT = 10            # tokens before a percentage searched for its direction word
_KIND_AFTER = 6               # tokens after an amount with no kind cue before, searched for one
_SECTOR_WINDOW = 16          # tokens before a deal/project amount searched for its sector
# what may stand between an amount and a metric noun after it ("$5 billion in mutual trade")
_RIGHT_LINKS = {"in", "of", "the", "mutual", "bilateral", "two-way", "total", "annual", "в", "по",
                # English has no POS tags: the usual modifiers of aid and investment
                "humanitarian", "financial", "technical", "development", "foreign", "direct",
                "economic", "military", "emergency", "new", "additional", "concessional"}
_STOP_PUNCT = {";", ":"}
_CYR = re.compile(r"[а-яё]", re.I)
_PER_UNIT = re.compile(r"\s*(?:за|per|a|an)\s+(?:\d[\d\s]*\s+)?(?:тонн|баррел|кубометр|тысяч[уи]\s+куб|"
                       r"литр|килограмм|кг|штук|единиц|человек|мвт|квт|barrel|ton|tonne|cubic|"
                       r"thousand\s+cubic|unit|kg|head|person|mwh|kwh|litre|liter)", re.I)
_ANY = object()               # a money-less change with no period written: fits any period


class FigureFact(Figure):
    """A Figure that remembers, unserialised, the previous-period value the text states."""
    _stated_previous: Optional[float] = PrivateAttr(default=None)


# ---------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class _Pattern:
    category: str
    value: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class _Lexicon:
    by_first: dict           # exact first word -> patterns
    by_prefix: dict          # first two letters of a stem -> (stem, pattern), for patterns
                             # whose first word is a stem


def _norm(s: str) -> str:
    return s.lower().replace("ё", "е")


@lru_cache(maxsize=4)
def _lexicon(lang: str) -> _Lexicon:
    by_first: dict[str, list] = {}
    by_prefix: list = []
    langs = ("ru", "en") if lang == "ru" else ("en", "ru")
    for lg in langs:
        for row in read_lexicon(f"metrics.{lg}.tsv"):
            if len(row) < 3:
                continue
            words = tuple(_norm(row[2]).split())
            if not words:
                continue
            p = _Pattern(row[0], row[1], words)
            if words[0].endswith("*"):
                by_prefix.append((words[0][:-1], p))
            else:
                by_first.setdefault(words[0], []).append(p)
    for k in by_first:
        by_first[k].sort(key=lambda p: -len(p.words))
    by_prefix.sort(key=lambda sp: -len(sp[1].words))
    index: dict[str, list] = {}
    for stem, p in by_prefix:
        index.setdefault(stem[:2], []).append((stem, p))
    return _Lexicon(by_first, index)


def _stem_patterns(lex: _Lexicon, text: str, lemma: str) -> list[_Pattern]:
    """Patterns whose first word is a stem of the token's text or lemma."""
    found = []
    for key in {text[:2], lemma[:2]}:
        for stem, p in lex.by_prefix.get(key, ()):
            if (text.startswith(stem) or lemma.startswith(stem)) and p not in found:
                found.append(p)
    return found


def _word_ok(word: str, tok, surface: bool) -> bool:
    text = _norm(tok.text)
    keys = (text,) if surface else (text, tok.lemma)
    if word.endswith("*"):
        return any(k.startswith(word[:-1]) for k in keys)
    return word in keys


@dataclass(frozen=True)
class _Cue:
    category: str
    value: str
    first: int               # token index (document)
    last: int                # token index of the last word


def _cues(toks: list, lex: _Lexicon) -> list[_Cue]:
    """Every lexicon pattern found in a run of tokens (longest at a position wins per category)."""
    out: list[_Cue] = []
    n = len(toks)
    latin = bool(toks) and not any(_CYR.search(t.text) for t in toks)
    for i, tok in enumerate(toks):
        text = _norm(tok.text)
        cands = list(lex.by_first.get(text, ()))
        if tok.lemma != text:
            cands += lex.by_first.get(tok.lemma, ())
        cands += _stem_patterns(lex, text, tok.lemma)
        seen: set[str] = set()
        # a capitalised word inside a sentence is a name ("Last May", "Export Credit
        # Agency"), not a modal or a metric
        named = i > 0 and tok.text[:1].isupper()
        for p in cands:
            if p.category in seen or i + len(p.words) > n:
                continue
            surface = p.category in _SURFACE_ONLY
            if named and (surface or latin):
                continue
            if all(_word_ok(w, toks[i + k], surface) for k, w in enumerate(p.words)):
                seen.add(p.category)
                out.append(_Cue(p.category, p.value, tok.index, toks[i + len(p.words) - 1].index))
    return out


# ---------------------------------------------------------------- changes


_NUM = r"\d+(?:[.,]\d+)?"
_CHANGE_RX = re.compile(
    rf"(?:(?<=[(\s])(?P<sign>[+−-])(?=\d))?(?P<pct>{_NUM})\s*(?:%|процент(?:а|ов)?(?![а-яё])|percent|per\s+cent|pct)"
    rf"(?!\s*(?:пункт|п\.\s*п|points?))"
    rf"|(?<![а-яё])в\s+(?P<k>{_NUM}|полтора|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять)\s+раз(?:а)?(?![а-яё])"
    r"|(?P<kw>вдвое|втрое|вчетверо|впятеро|twofold|threefold|fourfold|doubled|tripled|quadrupled)"
    rf"|(?P<kx>{_NUM})\s*(?:-?fold|\s+times)(?![a-z])"
    r"|(?<![а-яё])на\s+(?P<fr>четверть|треть|половину|две\s+трети)(?![а-яё])"
    r"|(?<![а-яё])(?P<fr2>наполовину)(?![а-яё])"
    r"|\bby\s+(?:a\s+|one\s+)?(?P<fr3>quarter|third|half|two\s+thirds)\b", re.I)
# a share of the previous value stated as a word: "на четверть", "by a third"
_FRACTIONS = {"четверть": 25.0, "треть": 33.33, "половину": 50.0, "две трети": 66.67,
              "наполовину": 50.0, "quarter": 25.0, "third": 33.33, "half": 50.0, "two thirds": 66.67}
_K_WORDS = {"полтора": 1.5, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
            "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "вдвое": 2, "втрое": 3,
            "вчетверо": 4, "впятеро": 5, "twofold": 2, "threefold": 3, "fourfold": 4,
            "doubled": 2, "tripled": 3, "quadrupled": 4}
_INHERENT_UP = {"doubled", "tripled", "quadrupled"}
_LEVEL_WORDS = {"до", "to", "с", "from", "доля", "share"}


@dataclass
class _Change:
    start: int
    stop: int
    tok_first: int
    tok_last: int
    pct: float


def _num(s: str) -> float:
    return float(s.replace(",", "."))


def _direction(toks_by_idx, first: int, last: int, sent_lo: int, sent_hi: int,
               cues_at: dict) -> int:
    """+1 / −1 from a comparative right after, else the nearest change word around; 0: none."""
    for j in range(last + 1, min(last + 3, sent_hi)):
        for c in cues_at.get(j, ()):
            if c.category in ("compar", "change"):
                return 1 if c.value == "up" else -1
    for j in range(first - 1, max(first - _CHANGE_LEFT, sent_lo) - 1, -1):
        if toks_by_idx[j].text in _STOP_PUNCT:
            break
        for c in cues_at.get(j, ()):
            if c.category == "change":
                return 1 if c.value == "up" else -1
    for j in range(last + 1, min(last + 4, sent_hi)):
        for c in cues_at.get(j, ()):
            if c.category == "change":
                return 1 if c.value == "up" else -1
    return 0


def _changes(doc, sent, cues_at: dict, tok_at) -> list[_Change]:
    out = []
    toks = doc.tokens
    lo, hi = sent.tokens[0].index, sent.tokens[-1].index + 1
    for m in _CHANGE_RX.finditer(sent.text):
        s, e = sent.start + m.start(), sent.start + m.end()
        first, last = tok_at(s), max(tok_at(e - 1), tok_at(s))
        if first > lo and _norm(toks[first - 1].text) in _LEVEL_WORDS and m.group("pct"):
            continue            # "выросла до 20%": a level, not a change
        if m.group("sign"):
            sign = 1 if m.group("sign") == "+" else -1
        elif m.group("kw") and m.group("kw").lower() in _INHERENT_UP:
            sign = 1
        else:
            sign = _direction(toks, first, last, lo, hi, cues_at)
        if not sign:
            continue
        frac = m.group("fr") or m.group("fr2") or m.group("fr3")
        if m.group("pct"):
            pct = _num(m.group("pct")) * sign
        elif frac:
            pct = _FRACTIONS[" ".join(frac.lower().split())] * sign
        else:
            raw = m.group("k") or m.group("kw") or m.group("kx")
            k = _K_WORDS.get(raw.lower()) or _num(raw)
            if k <= 1:
                continue
            pct = (k - 1) * 100 if sign > 0 else -(1 - 1 / k) * 100
        out.append(_Change(s, e, first, last, round(pct, 2)))
    return out


# ---------------------------------------------------------------- amounts in context


@dataclass
class _Amount:
    money: Money
    first: int                # token range of the amount (number or symbol on)
    last: int
    q_first: int              # first token with the qualifier ("over $5 bn")
    role: str = "figure"      # figure | delta | equivalent | base | foreign
    metric: str | None = None
    kind: str = "actual"
    period: str | None = None
    period_found: bool = False
    change: float | None = None
    delta: float | None = None          # signed difference to the previous period
    stated_previous: float | None = None
    head: "_Amount | None" = None       # the amount an equivalent restates
    blocked: bool = False               # "since 1992": a cumulative total, no period
    cue: "_Cue | None" = None           # the word the metric was read from


_EQUIV_GAP = re.compile(r"^\s*(?:,?\s*(?:или|or|i\.e\.|то\s+есть|that\s+is|—|–|-)\s*|\(\s*)$", re.I)


def _delta_sign(doc, a: _Amount, lo: int, hi: int, cues_at: dict) -> int:
    """Non-zero when the amount is a difference: 'на $780 млн меньше', 'fell by $42 million'."""
    toks = doc.tokens
    j = a.q_first - 1
    if j < lo or _norm(toks[j].text) not in ("на", "by"):
        return 0
    for k in range(a.last + 1, min(a.last + 3, hi)):
        for c in cues_at.get(k, ()):
            if c.category in ("compar",):
                return 1 if c.value == "up" else -1
    for k in range(j - 1, max(j - 4, lo) - 1, -1):
        for c in cues_at.get(k, ()):
            if c.category == "change":
                return 1 if c.value == "up" else -1
    return 0


_NAMING = {"metric", "holder", "anaphor"}
_NEUTRAL = {"measure", "worth"}


def _governed_elsewhere(a: _Amount, toks: list, by_id: dict, children: dict, lex: _Lexicon,
                        named: frozenset = frozenset()) -> bool:
    """Russian syntax: the amount hangs on a noun that no metric names ("выделение гранта
    в $10 млн"), or a size verb whose subject is such a noun ("цены достигли 80 долларов"),
    so it measures that thing, not the relation."""
    span = {t.id for t in toks[a.first:a.last + 1]}
    roots = [t for t in toks[a.first:a.last + 1] if t.head_id not in span and t.pos != "PUNCT"]
    if not roots:
        return False
    root = next((t for t in roots if t.pos in ("NOUN", "SYM", "PROPN")), roots[0])
    head, rel = by_id.get(root.head_id), root.rel
    for _ in range(4):
        if head is None:
            return False
        if head.pos == "VERB":
            return _subject_elsewhere(head, by_id, children, lex)
        if head.pos not in ("NOUN", "PROPN") or not rel.startswith("nmod"):
            return False        # only an amount that modifies a noun measures that noun
        keys = _lemma_categories(head, lex)
        if keys & _NAMING or head.index in named:     # "кредитную линию в размере ..."
            return False
        if not keys & _NEUTRAL:
            return True
        # "увеличение торговли до $X": the neutral noun's own dependent names the metric
        if any(c.rel.startswith("nmod") and _lemma_categories(c, lex) & _NAMING
               for c in children.get(head.id, ())):
            return False
        head, rel = by_id.get(head.head_id), head.rel
    return False


def _subject_elsewhere(verb, by_id: dict, children: dict, lex: _Lexicon) -> bool:
    if "sizeverb" not in _lemma_categories(verb, lex):
        return False
    for _ in range(3):                   # "вырос на 65% и достиг ...": the subject is the first verb's
        subj = [c for c in children.get(verb.id, ()) if c.rel.startswith("nsubj")]
        if subj:      # every subject a common noun that names no metric
            return all(s.pos == "NOUN" and not _lemma_categories(s, lex) & (_NAMING | _NEUTRAL)
                       for s in subj)
        if verb.rel != "conj":
            return False
        verb = by_id.get(verb.head_id)
        if verb is None or verb.pos != "VERB":
            return False
    return False


def _foreign(a: _Amount, cues: list[_Cue], toks: list, text: str) -> bool:
    """The amount is the size of a budget, a debt, a price ("a $200 million budget",
    "a debt of $200 million", "$80 per barrel")."""
    if _PER_UNIT.match(text, a.money.stop):
        return True
    near = [(a.q_first - c.last, c) for c in cues if c.last < a.q_first and a.q_first - c.last <= 6
            and c.category in ("foreign", "metric", "holder")]
    near += [(c.first - a.last, c) for c in cues if c.first > a.last and c.first - a.last <= 1
             and c.category in ("foreign", "metric", "holder")]
    c = _nearest_cue(near)
    return c is not None and c.category == "foreign"


def _invested_capital(a: _Amount, cues: list[_Cue]) -> bool:
    """"инвестиционный фонд с капиталом €100 млн", "an investment company with a charter
    capital of $500 million": the capital of an investment vehicle is the investment."""
    held = [c for c in cues if c.category == "foreign" and c.value == "held"
            and c.last < a.q_first and a.q_first - c.last <= 4]
    return any(m.category == "metric" and m.value == "investment" and m.last < h.first
               and h.first - m.last <= 6 for h in held for m in cues)


def _lemma_categories(tok, lex: _Lexicon) -> set[str]:
    """The lexicon categories whose one-word patterns name this token."""
    text = _norm(tok.text)
    out = set()
    for key in (tok.lemma, text):
        for p in lex.by_first.get(key, ()):
            out.add(p.category)
    for p in _stem_patterns(lex, text, tok.lemma):
        out.add(p.category)
    return out


def _nearest_cue(cands: list[tuple[int, _Cue]]) -> _Cue | None:
    return min(cands, key=lambda dc: dc[0])[1] if cands else None


def _metric_of(doc, a: _Amount, lo: int, hi: int, cues: list[_Cue], prev_metric
               ) -> tuple[str | None, _Cue | None]:
    """What the amount measures and the word that says it; None when nothing in its
    sentence says. ``prev_metric(pronoun)`` is the metric an anaphor stands for."""
    toks = doc.tokens
    before = a.q_first - 1
    # a "worth" connector before ("на сумму", "стоимость проекта оценивается в", "worth"):
    # the amount is the worth of the nearest holder noun
    worth = _worth_before(a, cues, toks)
    na = before >= lo and _norm(toks[before].text) in ("на", "for")
    if worth or na:
        w = max(worth, key=lambda c: c.last) if worth else None
        edge = w.first if w else before
        window = _HOLDER_WINDOW if w else 4
        holders = [(edge - c.last, c) for c in cues
                   if c.category == "holder" and edge - window <= c.last < edge]
        if w is not None:
            holders += [(c.first - w.last, c) for c in cues if c.category == "holder"
                        and w.last < c.first <= w.last + 3 and c.last < a.q_first]
        # the longer of two holders ending at one word: "investment projects", not "projects"
        h = min(holders, key=lambda dc: (dc[0], dc[1].first - dc[1].last))[1] if holders else None
        if h is not None:
            loan = _loan_holder(h, cues, a)
            if loan is not None:
                return loan.value, loan
            # "контракт о поставке турбин для электростанций на сумму": the contract's worth
            topic = next((x for x in cues if x.category == "metric" and x.last < h.first
                          and _topic_document(x, cues, toks, lo) is not None), None)
            if h.value == "project_value" and topic is not None:
                d = _topic_document(topic, cues, toks, lo)
                return d.value, d
            return h.value, h
    # a holder right after the amount: "a $500 million plant"
    for c in cues:
        if c.category == "holder" and c.first == a.last + 1:
            loan = _loan_holder(c, cues, a)
            return (loan.value, loan) if loan is not None else (c.value, c)
    cands = []
    for c in cues:
        if c.category == "worth":
            # "общая стоимость соглашений, подготовленных к форуму, может превысить $X":
            # a worth noun with its holder right after it names what a later amount measures
            h = next((x for x in cues if x.category == "holder" and c.last < x.first <= c.last + 3
                      and x.last < a.q_first), None)
            if h is not None and a.q_first - h.last <= _LEFT_CUE_WINDOW:
                # it heads the phrase: metric nouns after it are its dependents
                # ("стоимость контракта на поставку зерна составляет $X")
                cands.append((0.1, h))
            continue
        if c.category not in ("metric", "anaphor"):
            continue
        window = _LEFT_CUE_WINDOW
        if c.category == "anaphor":
            window = _PRONOUN_WINDOW if c.value == "near" else _ANAPHOR_WINDOW
        if c.last < a.q_first and a.q_first - c.last <= window:
            cands.append((a.q_first - c.last, c))
        elif c.first > a.last and c.first - a.last <= _RIGHT_CUE_WINDOW:
            between = toks[a.last + 1:c.first]
            if all(_norm(t.text) in _RIGHT_LINKS or t.pos == "ADJ" for t in between):
                cands.append((c.first - a.last + 0.5, c))
    c = _nearest_cue(cands)
    if c is None:
        return None, None
    if c.category == "metric":
        h = _topic_document(c, cues, toks, lo)
        if h is not None:
            return h.value, h
    if c.category == "anaphor":
        # "Bilateral trade remains low: ... it amounted to": the antecedent in its own sentence
        own = [x for x in cues if x.category == "metric" and x.last < c.first and x.first >= lo]
        if own:
            x = max(own, key=lambda x: x.last)
            return x.value, x
        earlier = prev_metric(c.value == "near")      # computed only when an anaphor needs it
        if earlier:
            return earlier, c
        x = _nearest_cue([(d, x) for d, x in cands if x.category == "metric"])
        return (x.value, x) if x else (None, None)
    return c.value, c


# prepositions that make the following noun the topic of a document ("соглашение о поставке")
_TOPIC_PREPS = frozenset({"о", "об", "on"})


def _topic_document(c: _Cue, cues: list[_Cue], toks: list, lo: int) -> _Cue | None:
    """"контракт о поставке оборудования на $X", "agreement on the supply of": a metric noun
    after "о"/"on" is the topic of the document named before it, whose value the amount is."""
    p = c.first - 1
    if p > lo and _norm(toks[p].text) == "the":
        p -= 1
    if p < lo or _norm(toks[p].text) not in _TOPIC_PREPS:
        return None
    return max((x for x in cues if x.category == "holder" and x.value == "agreements_value"
                and x.last < p), key=lambda x: x.last, default=None)


def _loan_holder(h: _Cue, cues: list[_Cue], a: _Amount) -> _Cue | None:
    """"a loan agreement worth $X", "кредитная линия на сумму", "соглашение о предоставлении
    гранта на сумму": the holder names a loan or a grant, which is what the amount measures."""
    for c in cues:
        if c.category == "metric" and c.value == "other" and (
                c.first <= h.first <= c.last or 0 <= h.first - c.last <= 1
                or 0 < c.first - h.last <= 3 and c.last < a.q_first):
            return c
    # "соглашение о предоставлении Фондом ... льготных кредитов на сумму": a loan named
    # between the holder and the amount is what the amount measures
    loans = [c for c in cues if c.category == "metric" and c.value == "other"
             and h.last < c.first and c.last < a.q_first and c.first - h.last <= _LEFT_CUE_WINDOW]
    return max(loans, key=lambda c: c.last) if loans else None


def _worth_before(a: _Amount, cues: list[_Cue], toks: list) -> list[_Cue]:
    """"Worth" connectors a few words before the amount, no clause break between."""
    before = a.q_first - 1
    return [c for c in cues if c.category == "worth" and before - _WORTH_GAP <= c.last <= before
            and not any(t.text in (",", ";", ":") for t in toks[c.last + 1:a.q_first])]


def _previous_metric(doc, sent, lex: _Lexicon) -> str | None:
    """The last metric named in the sentence before (what "он" / "this indicator" stands for)."""
    if sent.index == 0:
        return None
    prev = doc.sents[sent.index - 1]
    metrics = [c for c in _cues(prev.tokens, lex) if c.category == "metric"]
    return metrics[-1].value if metrics else None


def _kind_of(a: _Amount, window_lo: int, cues: list[_Cue], toks: list) -> str:
    """The nearest kind cue before the amount; a target verb right after a forecast
    ("is expected to reach", "может достигнуть") is a forecast, right after a past tense
    ("grew 20% to reach") a result."""
    kinds = sorted((c for c in cues if c.category == "kind" and window_lo <= c.first
                    and c.last < a.q_first), key=lambda c: c.last)
    if not kinds:
        # no cue before: a plan or an expectation right after it, in its clause ("agreements
        # worth $3 billion are expected to be signed", "5 млрд долларов планируется достичь")
        for c in sorted(cues, key=lambda c: c.first):
            if c.first <= a.last or c.first - a.last > _KIND_AFTER:
                continue
            if any(t.text in (",", ";", ":", ".") for t in toks[a.last + 1:c.first]):
                break
            if c.category == "kind" and c.value in ("forecast", "target"):
                return c.value
        return "actual"
    best = kinds[-1]
    if best.value == "target" and len(kinds) > 1:
        prev = kinds[-2]
        gap = best.first - prev.last
        if prev.value == "forecast" and gap <= 4:
            return "forecast"
        if prev.value == "actual" and gap <= 10 and not any(
                t.text in (",", ";", ":") for t in toks[prev.last + 1:best.first]):
            return "actual"
    return best.value


def _period_of(a: _Amount, periods: list[PeriodMention], amounts: list[_Amount],
               published=None) -> tuple[str | None, bool]:
    """(period, found): the period of the amount's sentence that belongs to it."""
    s, e = a.money.start, a.money.stop
    usable = [p for p in periods if p.kind != "compare"]
    others = [x.money for x in amounts if x is not a and x.role in ("figure", "base")]

    def clear(p: PeriodMention) -> bool:       # no other figure between the amount and p
        lo_, hi_ = (e, p.start) if p.start >= e else (p.stop, s)
        return not any(lo_ <= m.start < hi_ for m in others)

    def nearest(ps):
        return min(ps, key=lambda p: (s - p.stop) if p.stop <= s else (p.start - e) + 1000) if ps else None

    if a.kind == "actual":
        own = ("plain", "end", "since")
        before = [p for p in usable if p.stop <= s and p.kind in own]
        after = [p for p in usable if p.start >= e and p.kind in own and clear(p)]
        p = max(before, key=lambda p: p.stop) if before else \
            min(after, key=lambda p: p.start) if after else None
        if p is None:
            return None, False
        if p.kind == "since":   # "since 1992", "за последние 10 лет": a cumulative total
            a.blocked = True
            return None, True
        return p.value, True
    targets = [p for p in usable if p.kind in ("target", "end") and p.year_only]
    if targets:
        return nearest(targets).value, True
    later = [p for p in usable if p.kind == "plain" and p.year_only and p.start >= e and clear(p)]
    if a.kind == "forecast" or published is not None and not later:
        # a year after the publication year cannot be a result's: it is the goal's
        # ("намерено в следующем году увеличить ... до $X")
        later += [p for p in usable if p.kind == "plain" and p.year_only and p.stop <= s and clear(p)
                  and (a.kind == "forecast" or p.value and p.value.isdigit()
                       and int(p.value) > published.year)]
    if later:
        return nearest(later).value, True
    return None, True          # a target's period is its target year or nothing


# ---------------------------------------------------------------- countries


def _states(doc) -> list:
    try:
        from ..states import find_states
        return find_states(doc)
    except Exception:
        return []


def _countries_of(sent, states: list, parties: list[str], monies: list[Money]) -> list[str]:
    """The states of the figure's sentence (not "долларов США"), else the document's parties."""
    here: list[str] = []
    for st in states:
        if any(m.start <= st.start < m.stop for m in monies):
            continue
        if sent.start <= st.start < sent.stop and st.code not in here:
            here.append(st.code)
    if len(here) >= 2:
        return sorted(here)
    if len(here) == 1 and here[0] not in parties:
        return sorted(set(here) | set(parties))
    return sorted(parties)


def _sector_of(metric: str, a: _Amount, sent, sectors, toks) -> str | None:
    """The one sector named just before a deal, project or investment amount, or right
    after a trade noun ("торговля сельхозпродукцией", "exports of grain"), if one."""
    own = {_METRIC_SECTOR.get(metric), "trade"}
    if metric in _TRADE:
        if a.cue is None or a.cue.last + 1 >= len(toks):
            return None
        lo = toks[a.cue.last + 1].start
        stop = toks[min(a.cue.last + 3, len(toks) - 1)].stop
    else:
        lo = max(sent.start, toks[max(a.q_first - _SECTOR_WINDOW, 0)].start)
        stop = a.money.stop
    ids = []
    for sec in sectors:
        for s, e in sec.evidence:
            if lo <= s and e <= stop and sec.id not in own and sec.id not in ids:
                ids.append(sec.id)
    return ids[0] if len(ids) == 1 else None


# ---------------------------------------------------------------- the component


def extract(doc, record) -> list[Figure]:
    try:
        return _Reader(doc, record).run()
    except Exception:  # an odd text must never stop the pipeline
        return []


@dataclass
class _Carry:
    """What one sentence hands to the next."""
    prev_metric: str | None = None      # metric of the last figure emitted
    period: tuple | None = None         # (period, sentence index) of the last trade result
    pending: tuple | None = None        # (metric, period or _ANY, pct, sentence index): a change
                                        # stated without money, for the next sentence's figure
    last_actual: tuple | None = None    # (FigureFact, sentence index): the last actual result,
                                        # for a change the next sentence states ("Это на 5% больше")


class _Reader:
    """One pass over one document's sentences; all state lives and dies with the call."""

    def __init__(self, doc, record):
        self.doc, self.record = doc, record
        self.text = doc.text or ""
        self.toks = doc.tokens
        self.lang = "en" if doc.lang == "en" else "ru"
        self.lex = _lexicon(self.lang)
        self.starts = [t.start for t in self.toks]
        self.russian = doc.lang == "ru" and any(t.head_id for t in self.toks[:50])
        self.by_id = {t.id: t for t in self.toks} if self.russian else {}
        self.children: dict[str, list] = {}
        for t in self.toks if self.russian else ():
            self.children.setdefault(t.head_id, []).append(t)
        self.parties = [c.code for c in record.countries]
        self._states = None
        self.carry = _Carry()

    def tok_at(self, pos: int) -> int:
        i = bisect.bisect_right(self.starts, pos) - 1
        return max(0, min(i, len(self.toks) - 1))

    @property
    def states(self) -> list:
        if self._states is None:
            self._states = _states(self.doc)
        return self._states

    def run(self) -> list[Figure]:
        if not self.text.strip() or not self.toks:
            return []
        monies = find_money(self.text, self.lang)
        related = related_spans(self.text, self.lang)     # "Читайте также:" headlines
        if related:
            monies = [m for m in monies if not any(a <= m.start < b for a, b in related)]
        if not monies:
            return []
        todo = []                          # sentences with amounts or changes, and their amounts
        mi = 0
        for sent in self.doc.sents:
            if not sent.tokens:
                continue
            here = []
            while mi < len(monies) and monies[mi].start < sent.stop:
                if monies[mi].start >= sent.start:
                    here.append(monies[mi])
                mi += 1
            if here or _CHANGE_HINT.search(sent.text):
                todo.append((sent, here))
        self.periods = find_periods(self.text, self.doc.published,
                                    [(sent.start, sent.stop) for sent, _ in todo])
        facts: list[FigureFact] = []
        for sent, here in todo:
            facts += self.sentence(sent, here)
        return _drop_repeats(facts)

    # -- one sentence

    def sentence(self, sent, here: list[Money]) -> list[FigureFact]:
        lo, hi = sent.tokens[0].index, sent.tokens[-1].index + 1
        cues = _cues(sent.tokens, self.lex)
        cues_at: dict[int, list[_Cue]] = {}
        for c in cues:
            cues_at.setdefault(c.first, []).append(c)
        periods = [p for p in self.periods if sent.start <= p.start < sent.stop]
        changes = _changes(self.doc, sent, cues_at, self.tok_at)
        adjacent = self._adjacent(sent)
        if not here:
            self._moneyless(sent, cues, periods, changes)
            return []
        amounts = [_Amount(m, self.tok_at(m.num_start), self.tok_at(m.stop - 1), self.tok_at(m.start))
                   for m in here]
        self._roles(amounts, cues, cues_at, lo, hi)
        figures = [a for a in amounts if a.role not in ("delta", "foreign")]
        self._meanings(sent, amounts, cues, periods, lo, hi)
        _link_differences(amounts, figures)
        _assign_changes(figures, changes, cues)
        for a in amounts:
            _share_head(a)
        self._carry_over(sent, figures, adjacent)
        for a in amounts:
            _share_head(a)
        return self._emit(sent, figures, here)

    def _party_named(self, sent, here: list[Money]) -> bool:
        """Aid or a loan measures the relation only when its sentence ties it to a party
        ("Россия выделила Кыргызстану грант"), not an agency's loan in the abstract."""
        parties = set(self.parties)
        # "грант в 1,35 млрд японских иен": a party's own currency ties the amount to it
        homes = grammar().home
        if any(homes.get(code, set()) & parties for m in here for code in m.currencies
               if code not in ("USD", "EUR")):
            return True
        # "Первым траншем уже выделен кредит в $48 млн": the loan of the sentence before
        lo = self.doc.sents[sent.index - 1].start if self._adjacent(sent) else sent.start
        for st in self.states:
            if lo <= st.start < sent.stop and (not parties or st.code in parties) \
                    and not any(m.start <= st.start < m.stop for m in here):
                return True
        return self._aid_tied_before(sent, parties)

    def _aid_tied_before(self, sent, parties: set) -> bool:
        """"Беларусь направила в Никарагуа ... безвозмездную помощь. ... Стоимость переданной
        помощи составляет $X": an earlier sentence tied aid or a loan to a party."""
        for prev in self.doc.sents[:sent.index]:
            if not any(prev.start <= st.start < prev.stop and (not parties or st.code in parties)
                       for st in self.states):
                continue
            if any(c.category == "metric" and c.value == "other"
                   for c in _cues(prev.tokens, self.lex)):
                return True
        return False

    def _adjacent(self, sent) -> bool:
        """The previous sentence of the same paragraph is the one before this one."""
        if sent.index == 0:
            return False
        prev = self.doc.sents[sent.index - 1]
        return "\n" not in self.text[prev.stop:sent.start]

    def _moneyless(self, sent, cues, periods, changes) -> None:
        """"Товарооборот сократился на 12,8%": kept for the next sentence's figure.
        "Это на 15% больше, чем годом ранее": the previous sentence's result grew by it."""
        metrics = [c for c in cues if c.category == "metric"]
        last = self.carry.last_actual
        if changes and not metrics and last is not None and last[1] == sent.index - 1 \
                and last[0].change_pct is None and self._adjacent(sent) \
                and _opens_with(sent, _BACK_REFERENCE) \
                and not any(p.kind in ("plain", "end") and p.value != last[0].period for p in periods):
            last[0].change_pct = changes[0].pct
            return
        if not (changes and metrics):
            return
        per = [p for p in periods if p.kind in ("plain", "end")]
        self.carry.pending = (metrics[0].value, per[0].value if per else _ANY, changes[0].pct,
                              sent.index)
        if per and metrics[0].value in _TRADE:
            self.carry.period = (per[0].value, sent.index)

    def _roles(self, amounts: list[_Amount], cues, cues_at, lo: int, hi: int) -> None:
        """Differences, restatements in another currency, bases of a change, foreign sizes."""
        toks = self.toks
        for k, a in enumerate(amounts):
            sign = _delta_sign(self.doc, a, lo, hi, cues_at)
            if sign:
                a.role, a.delta = "delta", sign * a.money.value
                continue
            prev = amounts[k - 1] if k else None
            if prev is not None and prev.role not in ("delta", "foreign") and \
                    _EQUIV_GAP.match(self.text[prev.money.stop:a.money.start] or " "):
                a.role, a.head = "equivalent", (prev.head or prev)
                continue
            if any(c.category == "base" and (c.last == a.q_first - 1 or c.last == a.q_first - 2
                   and _norm(toks[a.q_first - 1].text) in ("нынешних", "текущих", "current"))
                   for c in cues):
                a.role = "base"
        # tokens inside a multi-word metric or holder ("кредитная линия"): a noun they name
        named = frozenset(i for c in cues if c.category in _NAMING and c.last > c.first
                          for i in range(c.first, c.last + 1))
        for a in amounts:
            if a.role in ("figure", "base") and not _invested_capital(a, cues) and (
                    _foreign(a, cues, toks, self.text)
                    or self.russian and not _worth_before(a, cues, toks)
                    and _governed_elsewhere(a, toks, self.by_id, self.children, self.lex, named)):
                a.role = "foreign"

    def _meanings(self, sent, amounts, cues, periods, lo: int, hi: int) -> None:
        window_lo = lo
        for a in amounts:
            if a.role not in ("figure", "base"):
                continue
            a.metric, a.cue = _metric_of(self.doc, a, lo, hi, cues, lambda pronoun: (
                _previous_metric(self.doc, sent, self.lex)
                or (None if pronoun else self.carry.prev_metric)))
            a.kind = "actual" if a.role == "base" else _kind_of(a, window_lo, cues, self.toks)
            if a.kind == "target" and a.metric == "agreements_value":
                a.kind = "forecast"     # deals planned for signing are expected, not a goal
            window_lo = a.last + 1
            if a.role == "base":       # its own period, written right after it, or none
                nxt = [p for p in periods if p.start >= a.money.stop and p.kind not in ("since", "date")
                       and not any(a.money.stop <= x.money.start < p.start for x in amounts)]
                a.period, a.period_found = (nxt[0].value if nxt else None), True
            else:
                a.period, a.period_found = _period_of(a, periods, amounts, self.doc.published)
                pub = self.doc.published
                if a.kind == "actual" and pub is not None and a.period and a.period[:4].isdigit() \
                        and int(a.period[:4]) > pub.year:
                    a.kind = "forecast"     # a result cannot lie in a year still to come

    def _carry_over(self, sent, figures: list[_Amount], adjacent: bool) -> None:
        """Periods and money-less changes of the previous sentence, for trade results."""
        c = self.carry
        period = c.period if adjacent and c.period and c.period[1] == sent.index - 1 else None
        pending = c.pending if adjacent and c.pending and c.pending[3] == sent.index - 1 else None
        now = None
        for a in figures:
            if a.role != "figure" or a.kind != "actual" or not a.metric:
                continue
            if period and not a.period_found and not a.blocked and a.metric in _TRADE:
                a.period = period[0]
            if pending and a.change is None and pending[0] == a.metric and pending[1] in (a.period, _ANY):
                a.change, pending = pending[2], None
            if a.metric in _TRADE and now is None:
                now = a.period
        c.pending = None
        c.period = (now, sent.index) if now is not None else None

    def _emit(self, sent, figures: list[_Amount], here: list[Money]) -> list[FigureFact]:
        out = []
        for a in figures:
            if not a.metric or a.metric == "other" and not self._party_named(sent, here):
                continue
            period = a.period
            if period is None and not a.blocked and self.doc.published is not None and (
                    a.metric == "agreements_value" and a.kind in ("actual", "forecast")
                    or a.metric == "other" and a.kind == "actual"):
                # deals signed (or to be signed) at the reported meeting, aid given there
                period = str(self.doc.published.year)
            approx = a.money.approx or (a.head.money.approx if a.head is not None else None)
            f = FigureFact(metric=a.metric, kind=a.kind, value=a.money.value,
                           currency=resolve_currency(a.money.currencies, self.parties),
                           period=period, change_pct=a.change if a.kind == "actual" else None,
                           approx=approx,
                           sector=_sector_of(a.metric, a, sent, self.record.sectors, self.toks),
                           countries=_countries_of(sent, self.states, self.parties, here),
                           evidence=(a.money.start, a.money.stop))
            f._stated_previous = a.stated_previous
            out.append(f)
            self.carry.prev_metric = a.metric
            if a.role == "figure" and a.kind == "actual":
                self.carry.last_actual = (f, sent.index)
        return out


# words opening a sentence that states the previous sentence's result's change
_BACK_REFERENCE = frozenset({"это", "что", "рост", "прирост", "снижение", "сокращение", "падение",
                             "this", "that", "it", "growth", "the increase", "the decline", "an increase",
                             "a decline", "the growth", "the rise", "a rise", "the drop", "a drop",
                             "the fall", "a fall"})


def _opens_with(sent, words: frozenset) -> bool:
    toks = [t for t in sent.tokens if t.text.isalpha()][:2]
    if not toks:
        return False
    one = _norm(toks[0].text)
    two = " ".join(_norm(t.text) for t in toks)
    return one in words or two in words


_CHANGE_HINT = re.compile(r"%|процент|percent|(?<![а-яё])раза?(?![а-яё])|вдвое|втрое|вчетверо|fold|"
                          r"times|doubled|tripled|четверть|треть|половину|наполовину|quarter|third|"
                          r"half", re.I)


def _share_head(a: _Amount) -> None:
    """A restatement in another currency means what the amount it restates means."""
    if a.role == "equivalent" and a.head is not None:
        h = a.head
        a.metric, a.kind, a.period, a.period_found = h.metric, h.kind, h.period, h.period_found
        a.change, a.blocked = h.change, h.blocked


def _link_differences(amounts: list[_Amount], figures: list[_Amount]) -> None:
    """A difference ("на $780 млн меньше") or a base ("against $4 billion in 2022") tells
    the previous period's value of the nearest figure: kept for the consistency check."""
    own = [f for f in figures if f.role == "figure"]
    for a in amounts:
        if a.role == "delta" and own:
            f = min(own, key=lambda f: abs(f.first - a.first))
            f.stated_previous = f.money.value - a.delta
        elif a.role == "base":
            before = [f for f in own if f.money.stop <= a.money.start]
            if before and before[-1].kind == "actual":
                before[-1].stated_previous = a.money.value


def _assign_changes(figures: list[_Amount], changes: list[_Change], cues: list[_Cue]) -> None:
    """Each growth figure of the sentence goes to the nearest actual result it can qualify:
    not across a mention of another metric ("составил $5 млрд, при этом экспорт вырос на 15%")."""
    actual = [a for a in figures if a.role == "figure" and a.kind == "actual" and a.metric]
    metric_cues = [c for c in cues if c.category == "metric"]

    def apart(c: _Change, a: _Amount) -> bool:
        lo, hi = sorted((c.tok_first, a.first))
        if a.cue is not None and c.tok_last < a.cue.first < a.first:
            return True             # "ВВП вырос на 5%, а инвестиции превысили $1 млрд"
        return any(lo < m.first < hi and m.value != a.metric for m in metric_cues)

    pairs = sorted((min(abs(c.tok_first - a.last), abs(a.first - c.tok_last)), ci, ai)
                   for ci, c in enumerate(changes) for ai, a in enumerate(actual) if not apart(c, a))
    used_c, used_a = set(), set()
    for _, ci, ai in pairs:
        if ci in used_c or ai in used_a:
            continue
        used_c.add(ci)
        used_a.add(ai)
        actual[ai].change = changes[ci].pct


def _drop_repeats(facts: list[FigureFact]) -> list[FigureFact]:
    """One figure per fact: a repeat, or a headline amount without a period that the body
    restates with its period, is dropped."""
    def same(f, g):
        return (f.metric, f.kind, f.currency) == (g.metric, g.kind, g.currency) and \
            abs(f.value - g.value) <= 0.005 * max(f.value, g.value)
    out: list[FigureFact] = []
    for f in facts:
        if any(same(f, g) and g.period == f.period for g in out):
            continue
        if f.period is None and any(g.period is not None and same(f, g) for g in facts):
            continue
        out.append(f)
    return out


def consistency_warnings(record) -> list[str]:
    """Figures whose growth implies a previous-period value other than the one the text
    states ("$4,2 млрд ..., что на $780 млн меньше" against "сократился на 12,8%")."""
    out = []
    for f in record.figures:
        stated = getattr(f, "_stated_previous", None)
        if stated is None or f.change_pct is None or stated <= 0 or f.change_pct <= -100:
            continue
        implied = f.value / (1 + f.change_pct / 100)
        gap = abs(implied - stated) / stated
        if gap > 0.01:
            out.append(
                f"figure {f.metric} {f.value:,.0f} {f.currency} ({f.period or 'no period'}): "
                f"a change of {f.change_pct:+g}% implies {implied:,.0f} for the previous period, "
                f"the text states {stated:,.0f} ({gap:.1%} apart)")
    return out
