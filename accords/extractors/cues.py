"""The cue lexicon (``accords/data/modality.<lang>.tsv``) that several extractors read.

Quotes take their verbs of saying and speaker roles from it, commitments their modality
cues, projects their name cues, persons its regions; it lives apart so that none of them
has to import another to reach it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping, Optional

from ..lexicon import rows



@dataclass(frozen=True)
class Cue:
    modality: str
    words: tuple[str, ...]      # lemma, "prefix*" or "*" (a gap of up to three tokens)
    flags: frozenset


@dataclass(frozen=True)
class Lexicon:
    lang: str
    cues: tuple[Cue, ...]
    by_first: Mapping[str, tuple[Cue, ...]]
    prefix_first: tuple[Cue, ...]
    words: Mapping[str, frozenset]                  # kind -> single-word entries
    phrases: Mapping[str, tuple[tuple[str, ...], ...]]  # kind -> multiword entries
    roles: tuple[tuple[tuple[str, ...], str], ...]  # longest first
    regions: Mapping[str, str] = field(default_factory=dict)  # region or city word (start) -> state
    # lemma -> cues whose first word it is or starts with, filled as lemmas are met
    first_cache: dict = field(default_factory=dict, compare=False, repr=False)

    def cues_starting_with(self, lemma: str) -> list:
        """Cues whose first word is the lemma or a stem of it, looked up once per process
        (bounded: emptied when full)."""
        cands = self.first_cache.get(lemma)
        if cands is None:
            cands = list(self.by_first.get(lemma, ()))
            cands += [c for c in self.prefix_first if lemma.startswith(c.words[0][:-1])]
            if len(self.first_cache) >= 100_000:
                self.first_cache.clear()
            self.first_cache[lemma] = cands
        return cands

    def has(self, kind: str, lemma: str) -> bool:
        return lemma in self.words.get(kind, ())

    def region(self, text: str) -> Optional[str]:
        """The state of a region or city word in any inflection ("Самаркандской" → UZB):
        Russian entries are word starts, English ones whole words."""
        w = text.lower().replace("ё", "е")
        if len(w) < 3 or not self.regions:
            return None
        if self.lang != "ru":
            return self.regions.get(re.sub(r"[’']s?$", "", w))
        for k in range(min(len(w), 18), 3, -1):
            code = self.regions.get(w[:k])
            if code is not None:
                return code
        return None


@lru_cache(maxsize=4)
def lexicon(lang: str) -> Lexicon:
    """The cue lexicon of one language ('ru' or 'en'), read once."""
    cues: list[Cue] = []
    words: dict[str, set] = {}
    phrases: dict[str, list] = {}
    roles: list = []
    regions: dict[str, str] = {}
    for cols in rows(f"modality.{lang}.tsv"):
        kind, pattern = cols[0], cols[1].lower().replace("ё", "е")
        value = cols[2] if len(cols) > 2 else ""
        flags = frozenset(f.strip() for f in cols[3].split(",")) if len(cols) > 3 and cols[3] else frozenset()
        toks = tuple(pattern.split())
        if kind == "cue":
            cues.append(Cue(value, toks, flags))
        elif kind == "role":
            roles.append((toks, value))
        elif len(toks) == 1:
            words.setdefault(kind, set()).add(toks[0])
        else:
            phrases.setdefault(kind, []).append(toks)
    for cols in rows(f"regions.{lang}.tsv"):
        regions[cols[0].lower().replace("ё", "е")] = cols[1]
    by_first: dict[str, list] = {}
    prefix_first = []
    for c in cues:
        if c.words[0].endswith("*"):
            prefix_first.append(c)
        else:
            by_first.setdefault(c.words[0], []).append(c)
    roles.sort(key=lambda r: -len(r[0]))
    return Lexicon(lang, tuple(cues),
                   MappingProxyType({k: tuple(v) for k, v in by_first.items()}),
                   tuple(prefix_first),
                   MappingProxyType({k: frozenset(v) for k, v in words.items()}),
                   MappingProxyType({k: tuple(v) for k, v in phrases.items()}),
                   tuple(roles), MappingProxyType(regions))


def lex_lang(doc) -> str:
    """'ru' for documents analysed by natasha (they carry POS tags), else the English rules."""
    if doc.lang == "ru":
        return "ru"
    return "ru" if any(t.pos for t in doc.tokens[:200]) else "en"
