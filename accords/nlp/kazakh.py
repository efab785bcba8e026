"""Kazakh words without their case, possessive and plural endings.

Kazakh is agglutinative: one name appears as Қазақстан, Қазақстанның, Қазақстанға,
Қазақстанмен, Қазақстанда. No Kazakh morphological model ships with a package and nothing
may be downloaded at run time, so the lexicon matchers compare a word with a stem plus a
chain of the common endings (:func:`inflects`), and the analysis gives every Kazakh token
the word with one such chain stripped as its lemma (:func:`kazakh_lemma`).
"""
from __future__ import annotations

from functools import lru_cache

_PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")
_POSSESSIVE = ("ымыз", "іміз", "мыз", "міз", "сы", "сі", "ы", "і")
_CASES = (
    "ның", "нің", "дың", "дің", "тың", "тің",            # genitive
    "ға", "ге", "қа", "ке", "на", "не",                  # dative
    "ны", "ні", "ды", "ді", "ты", "ті",                  # accusative
    "нда", "нде", "да", "де", "та", "те",                # locative
    "ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі",    # locative attribute
    "нан", "нен", "дан", "ден", "тан", "тен",            # ablative
    "мен", "бен", "пен", "менен", "бенен", "пенен",      # instrumental
)
_DERIVED = ("лық", "лік", "дық", "дік", "тық", "тік")   # қазақстандық, ресейлік


@lru_cache(maxsize=1)
def ending_chains() -> frozenset[str]:
    """Every chain plural? + possessive? + case? (and the -лық adjectives with their case)."""
    chains = {""}
    for plural in ("",) + _PLURAL:
        for poss in ("",) + _POSSESSIVE:
            for case in ("",) + _CASES:
                chains.add(plural + poss + case)
            if poss:
                chains.add(plural + poss + "н")   # accusative after a possessive
    for derived in _DERIVED:
        for case in ("",) + _CASES + ("тар", "тер"):
            chains.add(derived + case)
    return frozenset(chains)


_LONGEST = max(len(c) for c in ending_chains())


def inflects(word: str, stem: str) -> bool:
    """Whether ``word`` (lower case) is ``stem`` followed by a chain of common endings;
    a hyphen may stand between them ("АҚШ-пен"), and a final consonant may double
    before the ending ("Трамппен")."""
    if not word.startswith(stem):
        return False
    rest = word[len(stem):].lstrip("-")
    if rest in ending_chains():
        return True
    return bool(rest) and rest[0] == stem[-1:] and rest[1:] in ending_chains() and len(rest) > 1


def kazakh_lemma(word: str, min_stem: int = 4) -> str:
    """The lower-cased word with its longest chain of common endings stripped, keeping at
    least ``min_stem`` letters (short words are left whole: су, ел, бас). A heuristic: a
    stem that ends like an ending loses it too (Қазақстан -> қазақс), so the lexicon
    matchers compare words with known stems through :func:`inflects` instead."""
    low = word.lower()
    if "-" in low:
        head, _, tail = low.rpartition("-")
        if tail in ending_chains():
            return head
    for cut in range(min(_LONGEST, len(low) - min_stem), 0, -1):
        if low[-cut:] in ending_chains():
            return low[:-cut]
    return low
