"""A state for persons the record leaves without one, read from how the text introduces
them: a known leader, or a state or region in the title right before a mention or in an
apposition right after it. A fallback for quotes and commitments only; the record's
persons keep their own state.
"""
from __future__ import annotations

from ...lexicon import word_list
from ..cues import lex_lang, lexicon
from ..states import find_leaders
from ..text import state_mentions


_EN_TITLE_GLUE = word_list("en_title_glue")
_LIST_GLUE = frozenset({",", "и", "and", "а также"})


def context_countries(doc, people) -> dict[int, str]:
    """A state for persons the record leaves without one, from how the text introduces them:
    a known leader ("Лукашенко"), or one state or region in the title right before a mention
    ("Аким Туркестанской области Дархан Сатыбалды", "Uzbekistan's Energy Minister …") or in an
    apposition right after it ("…, министр энергетики Кыргызстана, …")."""
    titles = _TitleWords(doc, state_mentions(doc), lexicon(lex_lang(doc)))
    toks = doc.tokens
    starts = {t.start: t.index for t in toks}
    stops = {t.stop: t.index for t in toks}
    leaders = [m for m in find_leaders(doc)]
    out: dict[int, str] = {}
    for o in people.occurrences:
        i = o.person
        if people.persons[i].country or i in out:
            continue
        lead = next((m.code for m in leaders if m.start < o.stop and o.start < m.stop), None)
        if lead:
            out[i] = lead
            continue
        a, b = starts.get(o.start), stops.get(o.stop)
        if a is None or b is None:
            continue
        for run in (titles.run_before(a), titles.run_after(b)):
            codes = titles.codes_of(run)
            if len(codes) == 1:
                out[i] = codes.pop()
                break
    return out


class _TitleWords:
    """The title-like words around a mention and the states (or regions) they name."""

    def __init__(self, doc, states, lex):
        self.toks, self.lex = doc.tokens, lex
        self.ru = lex.lang == "ru"
        self.by_tok: dict[int, str] = {}
        for m in states:
            if m.kind in ("name", "adj", "abbr"):
                for k in range(m.tok_start, max(m.tok_stop, m.tok_start + 1)):
                    self.by_tok[k] = m.code

    def title_word(self, t) -> bool:
        if self.ru:
            return t.pos in ("NOUN", "PROPN", "ADJ", "DET") or t.text in ("-", "–")
        return t.text[:1].isupper() or t.lemma in _EN_TITLE_GLUE

    def codes_of(self, run) -> set:
        got = {self.by_tok[t.index] for t in run if t.index in self.by_tok}
        return got or {c for t in run for c in (self.lex.region(t.text),) if c}

    def run_before(self, a: int) -> list:
        """Up to seven title words right before token ``a``, nearest first; none where they
        close a list ("министры Кыргызстана, Казахстана и Узбекистана")."""
        toks, before = self.toks, []
        for k in range(a - 1, max(-1, a - 8), -1):
            t = toks[k]
            if t.sent != toks[a].sent or not self.title_word(t):
                if t.lemma in _LIST_GLUE:
                    before = []
                break
            before.append(t)
        return before

    def run_after(self, b: int) -> list:
        """The title words of an apposition after token ``b`` ("X, министр энергетики …")."""
        toks, after = self.toks, []
        if b + 1 < len(toks) and toks[b + 1].text == "," and toks[b + 1].sent == toks[b].sent:
            for t in toks[b + 2:b + 10]:
                if t.sent != toks[b].sent or not self.title_word(t):
                    break
                after.append(t)
        return after
