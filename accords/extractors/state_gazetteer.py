"""The states lexicon read into one index: every form of every state in both languages, each
word with the keys it is matched by (``accords/data/states.<lang>.tsv``; the flags and kinds are
described in :mod:`.states`, which matches the index against a text).

A lexicon word's keys are its lower-cased form and pymorphy's normal forms of its geographic,
adjectival and participle readings, so one row matches every inflection ("Казахстан" also
"Казахстаном"); combining forms ("российско-") are derived from -ский/-цкий adjectives.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from ..lexicon import rows
from ..nlp.morph import analyzer as _morph

CYR = re.compile(r"[а-яё]", re.I)
DASHES = "-‐‑–—"


@dataclass(frozen=True)
class Entry:
    code: str
    kind: str
    surface: tuple[str, ...]            # the lexicon tokens as written
    words: tuple[frozenset, ...]        # accepted keys per token
    flags: frozenset


@dataclass(frozen=True)
class Gazetteer:
    index: dict                 # first-token key -> list of entries, longest first
    prefixes: dict              # combining form ("российско", "sino") -> code
    notafter: frozenset         # an adjective before these lemmas is not the state (язык)


def norm(s: str) -> str:
    """The form keys are compared in: lower case, ё as е, one apostrophe, no stress mark."""
    return s.lower().replace("ё", "е").replace("’", "'").replace("\u0301", "")


@lru_cache(maxsize=200_000)
def normal_forms(word: str) -> frozenset:
    """pymorphy's normal forms of a lower-cased Russian word, from its geographic,
    adjective and participle readings (Минском -> минск, Соединённых -> соединить)."""
    try:
        return frozenset(norm(p.normal_form) for p in _morph().parse(word)
                         if "Geox" in p.tag or p.tag.POS in ("ADJF", "PRTF"))
    except Exception:
        return frozenset()


@lru_cache(maxsize=20_000)
def _lexicon_keys(word: str, multi: bool) -> frozenset:
    """Keys a lexicon word is matched by: itself, and the normal forms of its
    geographic / adjective / participle readings (any noun reading inside a
    multiword name: "Штаты" -> "штат")."""
    w = norm(word)
    keys = {w}
    if CYR.search(w):
        try:
            for p in _morph().parse(w):
                pos = p.tag.POS
                if "Geox" in p.tag or pos in ("ADJF", "PRTF") or (multi and pos == "NOUN"):
                    keys.add(norm(p.normal_form))
        except Exception:
            pass
    return frozenset(keys)


def _tokenize(form: str) -> list[str]:
    from razdel import tokenize
    return [t.text for t in tokenize(form)]


def _combining_forms(adj: str) -> list[str]:
    """'российский' -> 'российско', 'турецкий' -> 'турецко' (российско-казахстанский)."""
    a = norm(adj)
    for end in ("ский", "цкий"):
        if a.endswith(end):
            return [a[:-2] + "о"]
    return []


def _read_rows(lang: str) -> Iterable[tuple[str, str, str, frozenset]]:
    for cols in rows(f"states.{lang}.tsv"):
        if len(cols) < 3:
            continue
        code, kind, form = cols[0], cols[1], cols[2]
        flags = frozenset(f.strip() for f in cols[3].split(",")) if len(cols) > 3 else frozenset()
        yield code, kind, form, flags - {""}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Both languages in one index: Cyrillic and Latin keys never collide."""
    index: dict[str, list[Entry]] = {}
    prefixes: dict[str, str] = {}
    notafter: set[str] = set()
    rows: dict[tuple, frozenset] = {}        # a repeated row adds its flags to the first
    for lang in ("ru", "en"):
        for code, kind, form, flags in _read_rows(lang):
            if kind == "prefix":                       # combining form: "sino", "американо"
                prefixes[norm(form).rstrip(DASHES)] = code
                continue
            if kind == "notafter":
                notafter.add(norm(form))
                continue
            surface = tuple(_tokenize(form))
            if surface:
                key = (code, kind, surface, form)
                rows[key] = rows.get(key, frozenset()) | flags
    for (code, kind, surface, form), flags in rows.items():
        multi = len(surface) > 1
        if "exact" in flags:
            words = tuple(frozenset({norm(w)}) for w in surface)
        else:
            words = tuple(_lexicon_keys(w, multi) for w in surface)
        entry = Entry(code, kind, surface, words, flags)
        for k in words[0]:
            index.setdefault(k, []).append(entry)
        if kind == "adj" and code != "-":
            for c in _combining_forms(form):
                prefixes.setdefault(c, code)
    for k in index:
        index[k].sort(key=lambda e: -len(e.words))
    return Gazetteer(index, prefixes, frozenset(notafter))
