"""Matching Kazakh lexicon patterns against tokens.

A pattern word is a stem that any chain of case, possessive and plural endings may follow
(:func:`accords.nlp.kazakh.inflects`: "доллар" matches долларға), or, with a trailing ``*``,
a plain prefix ("сауда*" matches сауда-экономикалық). A pattern of several words matches
them in order, with up to ``gap`` other words between two of them, inside one sentence.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...lexicon import rows
from ...nlp.kazakh import inflects
from ..phrases import match_words


GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")    # the genitive endings ("Қазақстанның")


def word_matches(text: str, word: str, exact_case: bool = False) -> bool:
    """Whether a token's text matches one pattern word."""
    if exact_case:
        head = text.split("-", 1)[0] if "-" in text and not word.count("-") else text
        return head == word or (text.startswith(word) and inflects(text.lower(), word.lower()))
    low, w = text.lower().replace("ё", "е"), word.lower()
    if w.endswith("*"):
        return low.startswith(w[:-1])
    return low == w or inflects(low, w)


@dataclass(frozen=True)
class Match:
    value: str          # what the pattern stands for (a code, a class, a sector id)
    start: int          # character offsets of the whole match
    stop: int
    first: int          # token indices, stop exclusive
    last: int


def find_pattern(tokens, words: list[str], gap: int = 0, exact_case: bool = False):
    """Token index pairs (first, stop) where ``words`` match in order in ``tokens``."""
    out = []
    for i in range(len(tokens)):
        got = match_words(len(tokens), i, words, lambda w, j: word_matches(tokens[j].text, w, exact_case),
                          skip=lambda j: True, max_skip=gap)
        if got is not None:
            out.append((i, got[-1] + 1))
    return out


def find_all(doc, patterns: list[tuple[str, list[str]]], gap: int = 0,
             exact_case: bool = False) -> list[Match]:
    """Every match of every (value, words) pattern in the document."""
    return find_in(doc.sents, patterns, gap, exact_case)


def find_in(sents, patterns: list[tuple[str, list[str]]], gap: int = 0,
            exact_case: bool = False) -> list[Match]:
    """Every match of every (value, words) pattern, sentence by sentence; where matches
    overlap, the one starting first (and then the longest) is kept, with any other value of
the very same span ("су-энергетика": water and energy)."""
    found = []
    for sent in sents:
        toks = sent.tokens
        for value, words in patterns:
            for a, b in find_pattern(toks, words, gap, exact_case):
                found.append(Match(value, toks[a].start, toks[b - 1].stop,
                                   toks[a].index, toks[b - 1].index + 1))
    found.sort(key=lambda m: (m.start, -(m.stop - m.start)))
    kept, end, last = [], -1, None
    for m in found:
        if m.start >= end or (m.start, m.stop) == last:   # one span may stand for two values
            kept.append(m)
            end, last = m.stop, (m.start, m.stop)
    return kept


@lru_cache(maxsize=None)
def table(name: str, value_col: int = 0, pattern_col: int = 1,
          kind: str | None = None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(value, words) pairs of ``accords/data/<name>``, optionally only rows of one kind
    (first column), longest patterns first."""
    out = []
    for row in rows(name):
        if kind is not None and (not row or row[0] != kind):
            continue
        if len(row) > max(value_col, pattern_col):
            out.append((row[value_col], tuple(row[pattern_col].split())))
    return tuple(sorted(out, key=lambda vw: -len(vw[1])))


def patterns(name: str, value_col: int = 0, pattern_col: int = 1, kind: str | None = None):
    return [(v, list(w)) for v, w in table(name, value_col, pattern_col, kind)]
