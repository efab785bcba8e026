"""Titles ("Премьер-министр", "глава МИД", "Deputy Foreign Minister") and their role_class.

The titles are data (``accords/data/roles.<lang>.tsv``): lemma sequences where
``<state>`` stands for a state mention and ``мин*`` for any lemma with that start.
Matching runs over a token sequence given as keys (lemmas), per token the id of
the state name/abbreviation it is part of (0 for none) and a flag for "may be skipped between title words"
(adjectives: "глава армянского правительства" is "глава правительство").
Rows whose first column starts with "@" are word lists for the title rules (company and
public-body words, honorifics, state institutions: ``@body`` "мажилис" -> KAZ). A role is
only ever read from the text: there is deliberately no list of famous office-holders.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from ...lexicon import rows
from ..phrases import match_words
from ...record import ROLE_CLASSES

STATE = "<state>"
# a seat held with an office ("the Minister … MP Ed Fast"): the office gives the class
SEATS = frozenset({("mp",), ("member", "of", "parliament")})


@dataclass(frozen=True)
class TitleMatch:
    start: int            # index into the matched sequence
    stop: int             # exclusive
    role_class: str
    size: int             # number of title words (specificity)


@dataclass(frozen=True)
class _Entry:
    items: tuple[str, ...]
    role_class: str


@dataclass(frozen=True)
class Lexicon:
    index: dict           # first word -> entries, longest first
    words: frozenset      # every literal word of every title (for name filters)


def _read(lang: str) -> list[_Entry]:
    out = []
    for cols in rows(f"roles.{lang}.tsv"):
        if len(cols) < 2:
            continue
        items = tuple(w.lower().replace("ё", "е") for w in cols[0].split())
        rc = cols[1]
        if items and rc in ROLE_CLASSES and not items[0].endswith("*") and items[0] != STATE:
            out.append(_Entry(items, rc))
    return out


@lru_cache(maxsize=4)
def lexicon(lang: str) -> Lexicon:
    lang = "ru" if lang == "ru" else "en"
    index: dict[str, list[_Entry]] = {}
    words = set()
    for e in _read(lang):
        index.setdefault(e.items[0], []).append(e)
        words.update(w for w in e.items if w != STATE and not w.endswith("*"))
    for k in index:
        # longest first; at equal length a title naming a state wins ("глава <state>")
        index[k].sort(key=lambda e: (-len(e.items), STATE not in e.items))
    return Lexicon(index, frozenset(words))


def _item_ok(item: str, key: str, is_state) -> bool:
    if item == STATE:
        return bool(is_state)
    if item.endswith("*"):
        return key.startswith(item[:-1]) and len(key) > len(item) - 1
    return key == item


def match_at(lang: str, keys: Sequence[str], states: Sequence[int], skip: Sequence[bool],
             i: int, limit: int | None = None) -> TitleMatch | None:
    """The longest title starting at ``i`` (adjectives may stand between its words)."""
    lim = len(keys) if limit is None else min(limit, len(keys))
    if i >= lim:
        return None
    def test(item: str, j: int) -> bool:
        return _item_ok(item, keys[j], states[j])

    def extend(item: str, j: int) -> int:      # a state mention of several tokens is one item
        j += 1
        while item == STATE and j < lim and states[j] and states[j] == states[j - 1]:
            j += 1
        return j

    best = None
    for e in lexicon(lang).index.get(keys[i], ()):
        got = match_words(lim, i, e.items, test, skip=lambda j: skip[j], extend=extend)
        if got is not None and (best is None or len(e.items) > best.size):
            best = TitleMatch(i, extend(e.items[-1], got[-1]), e.role_class, len(e.items))
    return best


def find_titles(lang: str, keys: Sequence[str], states: Sequence[int],
                skip: Sequence[bool]) -> list[TitleMatch]:
    """Every title in the sequence, leftmost-longest, not overlapping."""
    out, i = [], 0
    while i < len(keys):
        m = match_at(lang, keys, states, skip, i)
        if m:
            out.append(m)
            i = m.stop
        else:
            i += 1
    return out


def classify(lang: str, keys: Sequence[str], states: Sequence[int] | None = None,
             skip: Sequence[bool] | None = None) -> str:
    """role_class of a title phrase: its first title; 'other' when none is known."""
    states = states or [0] * len(keys)
    skip = skip or [False] * len(keys)
    ms = find_titles(lang, keys, states, skip)
    return ms[0].role_class if ms else "other"


def _key(word: str) -> str:
    return word.lower().replace("ё", "е")


def company_words(lang: str, kind: str = "@company") -> frozenset:
    """Words naming a company ("@company" rows of the roles lexicon) or a public body
    ("@notcompany")."""
    return marked_words(lang, kind)


@lru_cache(maxsize=16)
def marked_words(lang: str, kind: str) -> frozenset:
    """The words of the roles lexicon's rows of one kind ("@company", "@honorific", ...)."""
    return frozenset(_key(cols[1]) for cols in rows(f"roles.{'ru' if lang == 'ru' else 'en'}.tsv")
                     if len(cols) >= 2 and cols[0] == kind)


def bodies(lang: str) -> tuple:
    """(word starts, state) of the state institutions the lexicon names, longest first."""
    return _bodies(lang)


@lru_cache(maxsize=4)
def _bodies(lang: str) -> tuple:
    """"@body" rows: word starts of a state institution's name -> its state, longest first."""
    out = [(tuple(_key(w) for w in cols[1].split()), cols[2])
           for cols in rows(f"roles.{'ru' if lang == 'ru' else 'en'}.tsv")
           if len(cols) >= 3 and cols[0] == "@body"]
    return tuple(sorted(out, key=lambda b: -len(b[0])))


def body_state(lang: str, words: Sequence[str]) -> str | None:
    """The state whose institution a title names ("Спикер Мажилиса" -> KAZ): the words of
    the title (as written) start with the lexicon's word starts, in a row."""
    low = [_key(w) for w in words]
    for stems, code in _bodies(lang):
        n = len(stems)
        for i in range(len(low) - n + 1):
            if all(low[i + k].startswith(stems[k]) for k in range(n)):
                return code
    return None


@lru_cache(maxsize=4)
def parliament_stems(lang: str) -> tuple:
    """"@parliament" rows: word starts naming a parliament ("кенеш", "меджлис", "хурал"), for
    the head of a body the lemmatiser does not know ("Председатель Жогорку Кенеша")."""
    return tuple(sorted(marked_words(lang, "@parliament")))
