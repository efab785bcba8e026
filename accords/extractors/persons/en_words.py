"""The English name word lists (``accords/data/names.en.tsv``): surname endings, words
that are never names, verbs of saying, byline words, honorifics, particles, calendar words.

A module of its own because both the English mention rules and the title rules (an
honorific between a title and a name) read them.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data"


@lru_cache(maxsize=1)
def word_lists() -> dict:
    out: dict = {"suffix": [], "stop": set(), "speech": set(), "byline": set(), "place": set(),
                 "honorific": set(), "particle": set(), "eponym": set(), "calendar": set()}
    path = DATA / "names.en.tsv"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#") or "\t" not in line:
                continue
            kind, word = line.split("\t", 1)
            word = word.strip()
            if kind == "suffix":
                out["suffix"].append(word.lower())
            elif kind in out:
                out[kind].add(word if kind in ("stop", "byline", "honorific", "eponym", "calendar")
                              else word.lower())
    out["suffix"] = tuple(sorted(out["suffix"], key=len, reverse=True))
    return out
