"""Cues: the words around an amount that say what it measures, of what kind, how it changed.

The lexicon ``accords/data/metrics.<lang>.tsv`` maps word patterns to a category (metric,
holder, worth, kind, change, foreign...) and a value; both languages are read, the
document's first, since Russian texts quote English names and the reverse. A pattern's
first word may be a stem ("товарооборот*"), matched on the token's text or lemma; the
categories in ``_SURFACE_ONLY`` are matched on the surface form only, since tense decides
them (достичь → target, достиг → actual).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...lexicon import rows as read_lexicon
from ..phrases import any_key_matches, match_words

TRADE = ("trade_turnover", "exports", "imports")
NAMING = {"metric", "holder", "anaphor"}      # categories that name what an amount measures
NEUTRAL = {"measure", "worth"}                # "объем", "стоимость": name nothing by themselves
_SURFACE_ONLY = {"kind", "base", "anaphor"}
_CYR = re.compile(r"[а-яё]", re.I)


@dataclass(frozen=True)
class Pattern:
    category: str
    value: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    by_first: dict           # exact first word -> patterns
    by_prefix: dict          # first two letters of a stem -> (stem, pattern), for patterns
                             # whose first word is a stem


@dataclass(frozen=True)
class Cue:
    category: str
    value: str
    first: int               # token index (document)
    last: int                # token index of the last word


def norm(s: str) -> str:
    return s.lower().replace("ё", "е")


@lru_cache(maxsize=4)
def lexicon(lang: str) -> Lexicon:
    by_first: dict[str, list] = {}
    by_prefix: list = []
    langs = ("ru", "en") if lang == "ru" else ("en", "ru")
    for lg in langs:
        for row in read_lexicon(f"metrics.{lg}.tsv"):
            if len(row) < 3:
                continue
            words = tuple(norm(row[2]).split())
            if not words:
                continue
            p = Pattern(row[0], row[1], words)
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
    return Lexicon(by_first, index)


def stem_patterns(lex: Lexicon, text: str, lemma: str) -> list[Pattern]:
    """Patterns whose first word is a stem of the token's text or lemma."""
    found = []
    for key in {text[:2], lemma[:2]}:
        for stem, p in lex.by_prefix.get(key, ()):
            if (text.startswith(stem) or lemma.startswith(stem)) and p not in found:
                found.append(p)
    return found


def _word_ok(word: str, tok, surface: bool) -> bool:
    """Tense decides the surface-only categories: their words match the written form only."""
    text = norm(tok.text)
    return any_key_matches(word, (text,) if surface else (text, tok.lemma))


def _candidates(lex: Lexicon, tok) -> list[Pattern]:
    """Patterns that may start at the token: by its text, its lemma, or a stem of either."""
    text = norm(tok.text)
    cands = list(lex.by_first.get(text, ()))
    if tok.lemma != text:
        cands += lex.by_first.get(tok.lemma, ())
    cands += stem_patterns(lex, text, tok.lemma)
    return cands


# after these a capitalised word opens a sentence of its own ("«Целевой объем …")
_OPENERS = frozenset({"«", '"', "“", "„", "(", "—", "–", "-", "--", ":", "\n"})   # ("(Xinhua) -- Trade …")


def find_cues(toks: list, lex: Lexicon) -> list[Cue]:
    """Every lexicon pattern found in a run of tokens (longest at a position wins per category)."""
    out: list[Cue] = []
    n = len(toks)
    latin = bool(toks) and not any(_CYR.search(t.text) for t in toks)
    for i, tok in enumerate(toks):
        seen: set[str] = set()
        # a capitalised word inside a sentence is a name ("Last May", "Export Credit
        # Agency"), not a modal or a metric; a capitalised phrase of two words or more
        # ("a new Line of Credit") still is one, unless a name goes on after it
        # (an acronym is no name: "The FDI from South Korea", "Japan's ODA to Vietnam", "two MoUs")
        named = i > 0 and tok.text[:1].isupper() and toks[i - 1].text not in _OPENERS \
            and not (len(tok.text) > 1 and sum(ch.isupper() for ch in tok.text) >= 2)   # ("MoUs", "FDIs")
        for p in _candidates(lex, tok):
            if p.category in seen or i + len(p.words) > n:
                continue
            surface = p.category in _SURFACE_ONLY
            if named and (surface or latin and len(p.words) < 2):
                continue
            got = match_words(n, i, p.words, lambda w, j: _word_ok(w, toks[j], surface))
            if got is not None and named and latin and got[-1] + 1 < n and toks[got[-1] + 1].text[:1].isupper():
                continue    # "Line of Credit" is one, "Credit Line Agency" a name
            if got is not None:
                seen.add(p.category)
                out.append(Cue(p.category, p.value, tok.index, toks[got[-1]].index))   # the last word matched, past any gap
    return out


def lemma_categories(tok, lex: Lexicon) -> set[str]:
    """The lexicon categories whose one-word patterns name this token."""
    text = norm(tok.text)
    out = set()
    for key in (tok.lemma, text):
        for p in lex.by_first.get(key, ()):
            out.add(p.category)
    for p in stem_patterns(lex, text, tok.lemma):
        out.add(p.category)
    return out


def nearest_cue(cands: list[tuple[int, Cue]]) -> Cue | None:
    return min(cands, key=lambda dc: dc[0])[1] if cands else None
