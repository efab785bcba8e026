"""The event lexicons: trigger words and context word lists read from
``accords/data/events.<lang>.tsv``, so rules change without touching code."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from ...lexicon import rows

TYPES = ("CONSULT", "AGREE", "COOPERATE", "AID")


@dataclass
class RuLex:
    triggers: dict = field(default_factory=dict)   # lemma -> [(kind, type, args)]
    ctx: dict = field(default_factory=dict)        # context name -> frozenset


@dataclass
class EnLex:
    phrases: list = field(default_factory=list)    # (kind, type, words tuple)
    by_first: dict = field(default_factory=dict)   # first word -> phrases, longest first
    ctx: dict = field(default_factory=dict)


def _rows(lang: str) -> Iterable[list[str]]:
    return rows(f"events.{lang}.tsv")


@lru_cache(maxsize=1)
def ru_lexicon() -> RuLex:
    """Russian triggers by lemma; rows of kind ``*`` are context word lists."""
    lex = RuLex()
    for cols in _rows("ru"):
        if len(cols) < 3:
            continue
        kind, typ, lemmas = cols[0], cols[1], cols[2]
        if kind == "*":
            lex.ctx[typ] = lex.ctx.get(typ, frozenset()) | frozenset(lemmas.split("|"))
            continue
        args = frozenset(cols[3].split("|")) if len(cols) > 3 and cols[3] else frozenset()
        for lemma in lemmas.split("|"):
            lex.triggers.setdefault(lemma, []).append((kind, typ, args))
    return lex


@lru_cache(maxsize=1)
def en_lexicon() -> EnLex:
    """English trigger phrases indexed by their first word, longest first."""
    lex = EnLex()
    for cols in _rows("en"):
        if len(cols) < 3:
            continue
        kind, typ, phrases = cols
        if kind == "*":
            lex.ctx[typ] = tuple(tuple(p.split()) for p in phrases.split("|"))
            continue
        for p in phrases.split("|"):
            lex.phrases.append((kind, typ, tuple(p.split())))
    lex.phrases.sort(key=lambda x: -len(x[2]))
    for ph in lex.phrases:
        lex.by_first.setdefault(ph[2][0], []).append(ph)
    return lex
