"""The sector lexicon (``accords/data/sectors.<lang>.tsv``): patterns of words mapped to
sector ids, indexed by their first word, with the ``@name`` / ``@aside`` / ``@trailer`` /
``@goods`` lists that keep a mention from counting (see :mod:`.sectors`)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import DATA, rows
from ..record import SECTOR_IDS



@dataclass(frozen=True)
class Word:
    text: str
    prefix: bool
    case: bool

    def matches(self, tok) -> bool:
        if self.case:
            return tok.text == self.text if not self.prefix else tok.text.startswith(self.text)
        keys = (tok.lemma, norm(tok.text))
        if self.prefix:
            return any(k.startswith(self.text) for k in keys)
        return self.text in keys


@dataclass(frozen=True)
class Entry:
    ids: tuple[str, ...]      # () for a blocker
    words: tuple[Word, ...]
    weight: tuple[int, int]   # longer and more literal patterns win
    yields: frozenset = frozenset()     # "after" / "before": a generic head (see module doc)
    keeps: frozenset = frozenset()      # sectors of an object that do not take it over
    national: bool = False              # "экономика Казахстана": a state's whole economy
    company: bool = False               # names its sector only beside another mention of it


@dataclass(frozen=True)
class Lexicon:
    exact: dict               # first word (lower) -> entries
    cased: dict               # first word as written (case-sensitive) -> entries
    prefixed: dict            # first 2 letters of a prefix first word -> entries
    names: tuple              # Word heads of names and titles
    aside: frozenset
    trailer: tuple            # lower-cased openings of "related news" lines
    goods: frozenset = frozenset()   # "продукты белорусского производства": made-in, not industry


def norm(s: str) -> str:
    return s.lower().replace("ё", "е")


def _word(w: str, case: bool) -> Word:
    prefix = w.endswith("*") and len(w) > 1
    w = w[:-1] if prefix else w
    return Word(w if case else norm(w), prefix, case)


@lru_cache(maxsize=8)
def load_lexicon(lang: str) -> Lexicon:
    name = f"sectors.{lang}.tsv" if (DATA / f"sectors.{lang}.tsv").exists() else "sectors.en.tsv"
    exact: dict[str, list] = {}
    cased: dict[str, list] = {}
    prefixed: dict[str, list] = {}
    names, aside, trailer, goods = [], set(), [], set()
    for cols in rows(name):
        if len(cols) < 2:
            continue
        key, pattern = cols[0], cols[1]
        flags = {f.strip() for f in cols[2].split(",")} if len(cols) > 2 else set()
        case = "case" in flags
        keeps = frozenset(i.strip() for i in cols[3].split(",")) if len(cols) > 3 else frozenset()
        if key == "@name":
            names.append(_word(pattern, case))
            continue
        if key == "@aside":
            aside.add(norm(pattern))
            continue
        if key == "@trailer":
            trailer.append(norm(pattern))
            continue
        if key == "@goods":
            goods.add(norm(pattern))
            continue
        ids = () if key == "-" else tuple(i.strip() for i in key.split(",") if i.strip() in SECTOR_IDS)
        if key != "-" and not ids:
            continue
        words = tuple(_word(w, case) for w in pattern.split())
        weight = (len(words), sum(len(w.text) + (0 if w.prefix else 1) for w in words))
        entry = Entry(ids, words, weight, frozenset(flags & {"after", "before"}), keeps,
                       "national" in flags, "company" in flags)
        first = words[0]
        if first.prefix:
            prefixed.setdefault(first.text[:2], []).append(entry)
        elif first.case:
            cased.setdefault(first.text, []).append(entry)
        else:
            exact.setdefault(first.text, []).append(entry)
    return Lexicon(exact, cased, prefixed, tuple(names), frozenset(aside), tuple(trailer),
                    frozenset(goods))
