"""The reader: one pass over one document's sentences, giving each amount its meaning.

For each sentence with amounts (or a change stated without money) it finds the cues,
periods and changes, decides each amount's role, then its metric, kind and period, links
differences and changes to the figures they qualify, takes over what the sentence before
hands on, and emits the figures that measure the relationship. All state lives and dies
with one call.
"""
from __future__ import annotations

import bisect

from ..sectors import related_spans
from ..text import hard_wrapped
from .amount import Amount, link_differences, share_head
from .carry import Carry, carry_over, keep_moneyless_change
from .change import CHANGE_HINT, assign_changes, find_changes
from .consistency import FigureFact
from .countries import countries_of, find_document_states
from .cues import NAMING, Cue, find_cues, lexicon
from .currency import local_dollar, resolve_currency
from .figure_period import base_period, base_periods, movement_years, period_of, shared_periods
from .kind import (chained, from_to, goal_named_after, kind_of, movement_ends, only_future_tense,
                   runs_from_to)
from .metric import elided_subject, metric_of, previous_metric, speaks_of_a_sum, worth_before
from .money import Money, find_money, grammar
from .periods import find_periods
from .repeats import drop_repeats
from .roles import (EQUIV_GAP, delta_sign, foreign, governed_elsewhere, invested_capital, is_base,
                    national_total, rounded_restatement, too_small)
from .sector import sector_of
from .year_checks import goal_year_after, reached_in_past_year, result_to_come


class Reader:
    """One pass over one document's sentences; all state lives and dies with the call."""

    def __init__(self, doc, record):
        self.doc, self.record = doc, record
        self.text = doc.text or ""
        self.toks = doc.tokens
        self.lang = "en" if doc.lang == "en" else "ru"
        self.lex = lexicon(self.lang)
        self.starts = [t.start for t in self.toks]
        self.russian = doc.lang == "ru" and any(t.head_id for t in self.toks[:50])
        # the publication year where the text writes it: the year of the meeting's deals
        year = str(doc.published.year) if doc.published is not None else None
        self.deal_year = year if year and year in self.text else None
        self.by_id = {t.id: t for t in self.toks} if self.russian else {}
        self.children: dict[str, list] = {}
        for t in self.toks if self.russian else ():
            self.children.setdefault(t.head_id, []).append(t)
        self.parties = [c.code for c in record.countries]
        self._states = None
        self.carry = Carry()
        self.wrapped = hard_wrapped(self.text)
        self.dollar = local_dollar(getattr(getattr(record, "doc", None), "url", None))

    def tok_at(self, pos: int) -> int:
        i = bisect.bisect_right(self.starts, pos) - 1
        return max(0, min(i, len(self.toks) - 1))

    @property
    def states(self) -> list:
        if self._states is None:
            self._states = find_document_states(self.doc)
        return self._states

    def run(self) -> list[FigureFact]:
        if not self.text.strip() or not self.toks:
            return []
        monies = find_money(self.text, self.lang)
        related = related_spans(self.text, self.lang)     # "Читайте также:" headlines
        if related:
            monies = [m for m in monies if not any(a <= m.start < b for a, b in related)]
        if not monies:
            return []
        todo = self._sentences_to_read(monies)
        self.periods = find_periods(self.text, self.doc.published,
                                    [(sent.start, sent.stop) for sent, _ in todo])
        facts: list[FigureFact] = []
        for sent, here in todo:
            facts += self.sentence(sent, here)
        return drop_repeats(facts, self.text.find("\n"), self.text)

    def _sentences_to_read(self, monies: list[Money]) -> list[tuple]:
        """Sentences with amounts or changes, and their amounts; and the sentence before one
        with amounts, which may name the period its results are for."""
        todo = []
        mi = 0
        todo_prev = None
        for sent in self.doc.sents:
            if not sent.tokens:
                continue
            here = []
            while mi < len(monies) and monies[mi].start < sent.stop:
                if monies[mi].start >= sent.start:
                    here.append(monies[mi])
                mi += 1
            if here and todo_prev is not None and (not todo or todo[-1][0] is not todo_prev):
                todo.append((todo_prev, []))   # may state the period its results are for
            if here or CHANGE_HINT.search(sent.text):
                todo.append((sent, here))
            todo_prev = sent
        return todo

    # -- one sentence

    def sentence(self, sent, here: list[Money]) -> list[FigureFact]:
        lo, hi = sent.tokens[0].index, sent.tokens[-1].index + 1
        cues = find_cues(sent.tokens, self.lex)
        cues_at: dict[int, list[Cue]] = {}
        for c in cues:
            cues_at.setdefault(c.first, []).append(c)
        periods = [p for p in self.periods if sent.start <= p.start < sent.stop]
        changes = [c for c in find_changes(self.doc, sent, cues_at, self.tok_at)
                   if not _over_a_window(c, periods)]
        adjacent = self._adjacent(sent)
        if not here:
            keep_moneyless_change(self.carry, sent, adjacent, cues, periods, changes)
            return []
        amounts = [Amount(m, self.tok_at(m.num_start), self.tok_at(m.stop - 1), self.tok_at(m.start))
                   for m in here]
        self._roles(amounts, cues, cues_at, lo, hi)
        figures = [a for a in amounts if a.role not in ("delta", "foreign")]
        self._meanings(sent, amounts, cues, periods, lo, hi)
        movement_years(amounts, periods, self.toks)
        shared_periods(amounts, periods, self.text)
        base_periods(amounts)
        link_differences(amounts, figures)
        assign_changes(figures, changes, cues, self.toks)
        for a in amounts:
            share_head(a)
        carry_over(self.carry, sent, figures, adjacent)
        for a in amounts:
            share_head(a)
        # an amount given in two currencies is one figure, in the currency stated first
        return self._emit(sent, [a for a in figures if a.role != "equivalent"], here)

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
                   for c in find_cues(prev.tokens, self.lex)):
                return True
        return False

    def _adjacent(self, sent) -> bool:
        """The previous sentence of the same paragraph is the one before this one."""
        if sent.index == 0:
            return False
        prev = self.doc.sents[sent.index - 1]
        gap = self.text[prev.stop:sent.start]
        # in a hard-wrapped text a single line break is a space; a blank line ends a paragraph
        return gap.count("\n") < (2 if self.wrapped else 1)

    def _roles(self, amounts: list[Amount], cues, cues_at, lo: int, hi: int) -> None:
        """Differences, restatements in another currency, bases of a change, foreign sizes."""
        toks = self.toks
        for k, a in enumerate(amounts):
            sign = delta_sign(self.doc, a, lo, hi, cues_at)
            if sign:
                a.role, a.delta = "delta", sign * a.money.value
                continue
            prev = amounts[k - 1] if k else None
            gap = self.text[prev.money.stop:a.money.start] if prev is not None else ""
            if prev is not None and prev.role not in ("delta", "foreign") and EQUIV_GAP.match(gap or " ") \
                    or prev is not None and prev.role == "equivalent" and gap.strip() in (",", ";", "/") \
                    or prev is not None and rounded_restatement(prev, a, gap):
                a.role, a.head = "equivalent", (prev.head or prev)   # "£9 billion (12.7 billion euros, $13.7 billion)"
                continue
            if is_base(a, cues, toks):
                a.role = "base"
            elif a.q_first > lo and toks[a.q_first - 1].text.lower() in _DEMONSTRATIVES:
                a.role = "repeat"   # "эти 115 миллионов долларов тоже вырастут": one told before
        # tokens inside a multi-word metric or holder ("кредитная линия"): a noun they name
        named = frozenset(i for c in cues if c.category in NAMING and c.last > c.first
                          for i in range(c.first, c.last + 1))
        for k, a in enumerate(amounts):
            if a.role in ("figure", "base") and not invested_capital(a, cues) and (
                    foreign(a, cues, toks, self.text) or k and _foreign_end(amounts[k - 1], a, toks)
                    or self.russian and a.role == "figure" and not worth_before(a, cues, toks)
                    and governed_elsewhere(a, toks, self.by_id, self.children, self.lex, named)):
                a.role = "foreign"

    def _meanings(self, sent, amounts, cues, periods, lo: int, hi: int) -> None:
        """Metric, kind and period of each figure and base of the sentence."""
        window_lo, prev, last, last_lo = lo, None, None, lo
        for a in amounts:
            if a.role not in ("figure", "base"):
                continue
            a.metric, a.cue = metric_of(self.doc, a, lo, hi, cues, lambda pronoun: (
                previous_metric(self.doc, sent, self.lex)
                or (None if pronoun else self.carry.prev_metric)))
            if a.metric is None and a.role == "figure":
                # "USD 875 million or about PHP44 billion in business deals": what its restatement
                # in another currency, right after it, is the worth of
                eq = next((b for b in amounts if b.role == "equivalent" and b.head is a), None)
                if eq is not None:
                    a.metric, a.cue = metric_of(self.doc, eq, lo, hi, cues, lambda pronoun: None)
            if a.metric is None and a.role == "figure" and elided_subject(prev, a, cues, self.toks):
                a.metric = prev.metric
            if a.metric is None and a.role == "figure":
                # "trade …, expanding from R5,3-billion in 1998 — … — to almost R61-billion": the
                # end of a movement measures what its start does
                a.metric = next((b.metric for b in amounts if b is not a and b.metric
                                 and runs_from_to(b, a, self.toks)), None)
            if a.metric is None and a.role == "figure" and self._adjacent(sent) and (any(
                    c.category == "measure" and c.first == sent.tokens[0].index for c in cues)
                    or sent.tokens[0].text in ("А", "а") and periods or speaks_of_a_sum(sent, cues)):
                # "… товарооборот вырос в два раза. Объем с января по май составил $94 млн", "…
                # превысив $15 млрд. А за весь прошлый год — до 22 миллиардов", "… экспорта в
                # январе пришлась на США. Речь идет о сумме в 13,2 млрд евро": a bare measure, an
                # elliptic "А" with a period or "Речь идет о сумме" goes on with the metric the
                # sentence before named
                a.metric = previous_metric(self.doc, sent, self.lex)
            if a.metric is None and a.role == "figure" and (self._adjacent(sent) or _opens_back(sent)) and any(
                    t.text.lower() in _COMPARED for t in self.toks[max(lo, a.q_first - 4):a.q_first]):
                # "… hit $2.7 billion. This is a 56% increase over the $1.5 billion of 2019": the
                # level compared with, of the metric the sentence before named
                a.metric, a.role = previous_metric(self.doc, sent, self.lex), "base"
            goal = prev is not None and prev.kind in ("target", "forecast") and chained(prev, a, self.toks)
            heading = prev is not None and prev.heads_to is not None and runs_from_to(prev, a, self.toks)
            moved = last is not None and from_to(last, a, self.toks)
            fixed = a.role == "base" or a.cue is not None and a.cue.category == "directed"
            a.kind = "actual" if fixed else kind_of(
                a, last_lo if moved else window_lo, cues, self.toks,
                default=prev.kind if goal else prev.heads_to if heading else "actual")
            if a.kind == "forecast" and goal_named_after(a, self.toks):
                a.kind = "target"       # "will reach a $100 billion trade target"
            if not fixed:
                movement_ends(a, amounts, self.toks, self.text, lo)
            if a.kind == "forecast" and a.metric == "other" and only_future_tense(a, window_lo, cues, self.toks):
                a.kind = "actual"   # "будет выделено $1,5 млн", "will provide $30 million": aid given, not expected
            if a.metric is None and a.kind in ("target", "forecast") and sent.index > 0:
                # "…планы по торговле. Наша задача — выйти на 100 млрд долларов", "…it has
                # grown to $190 billion. This year we will reach $200 billion": a goal or an
                # expectation with no metric noun of its own is the one the sentence before named
                # (across a paragraph break too: news pages set each sentence apart)
                a.metric = previous_metric(self.doc, sent, self.lex)
            if a.kind == "target" and a.metric == "agreements_value":
                a.kind = "forecast"     # deals planned for signing are expected, not a goal
            if a.role == "figure":
                prev = a
            last, last_lo = a, window_lo
            window_lo = a.last + 1
            if a.role == "base":
                a.period, a.period_found = base_period(a, periods, amounts), True
            else:
                a.period, a.period_found = period_of(a, periods, amounts, self.doc.published, self.text)
                if a.kind == "actual" and self._goal_clause_period(a, periods, cues, amounts, sent.stop):
                    a.period = None         # "reached $2.5 billion and is expected to grow … next year"
                if result_to_come(a, self.doc.published):
                    a.kind = "forecast"     # a result cannot lie in a year still to come
                past = reached_in_past_year(a, periods, self.doc.published, self.toks, self.text)
                if past:
                    a.kind, a.period = "actual", past   # "doubled …, reaching AED90 billion in 2018"
                goal_year = goal_year_after(a, periods, self.doc.published, self.text)
                if a.kind == "actual" and a.period is None and goal_year:
                    # "достигли цели — товарооборота на уровне $30 млрд к 2030 году"
                    a.kind, a.period = "target", goal_year

    def _goal_clause_period(self, a: Amount, periods, cues, amounts, stop: int) -> bool:
        """The result's period, a year still to come, was read after it, where a goal or an
        expectation follows it before the next amount ("reached $2.5 billion and is expected
        to grow … next year", "достиг $2,5 млрд, а в следующем году планируется довести его до
        $3 млрд")."""
        pub = self.doc.published
        if pub is None or not (a.period or "")[:4].isdigit() or int(a.period[:4]) <= pub.year:
            return False            # a year already begun, after the result, is the result's own
        lo = a.money.stop
        end = min((x.money.start for x in amounts if x.money.start > lo), default=stop)
        goal_after = any(k.category == "kind" and k.value in ("target", "forecast")
                         and lo <= self.toks[k.first].start < end for k in cues)
        return goal_after and any(p.value == a.period and lo <= p.start < end for p in periods)

    def _emit(self, sent, figures: list[Amount], here: list[Money]) -> list[FigureFact]:
        out = []
        for a in figures:
            if not a.metric or a.metric == "other" and not self._party_named(sent, here) or too_small(a):
                continue
            if a.cue is not None and national_total(a.cue, self.toks):
                continue        # "Kenya total exports rose … to Ksh 743.7 billion": with the world
            f = self._fact(sent, a, here)
            out.append(f)
            self.carry.prev_metric = a.metric
            if a.role == "figure" and a.kind == "actual":
                self.carry.last_actual = (f, sent.index)
        return out

    def _fact(self, sent, a: Amount, here: list[Money]) -> FigureFact:
        """The record's figure for an amount whose meaning is read."""
        period = a.period
        if period is None and not a.blocked and a.metric == "agreements_value" \
                and a.kind in ("actual", "forecast"):
            # deals signed (or to be signed) at the reported meeting, in a text that names its
            # year; where the text never writes the year, real releases' annotators leave the
            # deals undated (32 of 44 in the work sets, the year 12). A grant, loan or aid
            # (metric "other") keeps no period unless the text gives one.
            period = self.deal_year
        approx = a.money.approx or (a.head.money.approx if a.head is not None else None)
        f = FigureFact(metric=a.metric, kind=a.kind, value=a.money.value,
                       currency=resolve_currency(a.money.currencies, self.parties, a.money, self.dollar),
                       period=period, change_pct=a.change if a.kind == "actual" else None,
                       approx=approx,
                       sector=sector_of(a.metric, a, sent, self.record.sectors, self.toks),
                       countries=countries_of(sent, self.states, self.parties, here),
                       evidence=(a.money.start, a.money.stop))
        f._stated_previous = a.stated_previous
        return f


# a demonstrative right before an amount points back at one already told
_DEMONSTRATIVES = frozenset({"эти", "этих", "этот", "эту", "этой", "этим", "these", "those", "this"})


def _foreign_end(prev: Amount, a: Amount, toks: list) -> bool:
    """"the trade deficit, which has risen from $1 billion in 2001-2002 to $16 billion": where
    a foreign size moves to is foreign too."""
    if prev.role != "foreign":
        return False
    gap = [t.text.lower() for t in toks[prev.last + 1:a.q_first]]
    return 0 < len(gap) <= 6 and gap[-1] in ("to", "до") and all(
        w in ("in", "в", "-", "–", "/") or w[:1].isdigit() or w.rstrip(".") in ("г", "году", "годах")
        for w in gap[:-1])


def _over_a_window(c, periods: list) -> bool:
    """"Over the past five years trade increased six-fold", "doubled over the past decade": a
    growth over a window of years, whose nearest period it is, is no change on the previous
    period."""
    near = [p for p in periods if p.kind != "compare"]
    before = [p for p in near if p.stop <= c.start and c.start - p.stop <= 80]
    if before and max(before, key=lambda p: p.stop).kind == "since":
        return True     # "за последние десять лет … вырос вдвое и в 2023 году составил …"
    if not near:
        return False
    p = min(near, key=lambda p: p.start - c.stop if p.start >= c.stop else c.start - p.stop)
    return p.kind == "since" and (p.start - c.stop if p.start >= c.stop else c.start - p.stop) <= 60


def _opens_back(sent) -> bool:
    """"This amounts to …", "Это на 5% больше …": the sentence goes on from the one before,
    whatever paragraph break the page put between them."""
    return bool(sent.tokens) and sent.tokens[0].text.lower() in ("this", "it", "that", "это")


_COMPARED = frozenset({"over", "compared", "against", "versus", "против", "сравнению"})
