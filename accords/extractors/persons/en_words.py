"""The English name word lists (``accords/data/names.en.tsv``): surname endings, words
that are never names, verbs of saying, byline words, honorifics, words of address, particles, calendar words.

A module of its own because both the English mention rules and the title rules (an
honorific between a title and a name) read them.
"""
from __future__ import annotations

from functools import lru_cache

from ...lexicon import rows


@lru_cache(maxsize=1)
def word_lists() -> dict:
    out: dict = {"suffix": [], "stop": set(), "speech": set(), "byline": set(), "place": set(),
                 "honorific": set(), "particle": set(), "eponym": set(), "calendar": set(), "address": set()}
    for cols in rows("names.en.tsv"):
        if len(cols) < 2:
            continue
        kind, word = cols[0], "\t".join(cols[1:])
        if kind == "suffix":
            out["suffix"].append(word.lower())
        elif kind in out:
            out[kind].add(word if kind in ("stop", "byline", "honorific", "eponym", "calendar", "address")
                          else word.lower())
    out["suffix"] = tuple(sorted(out["suffix"], key=len, reverse=True))
    return out
