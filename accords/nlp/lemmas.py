"""Lemmas per word form: the shadow text SQLite full-text search reads, and tracking's keys.

FTS5 has no Russian stemmer, so each document also gets a shadow text of normal forms
(pymorphy3: "переговорами" -> "переговоры") and queries are lemmatised the same way: a
search finds a document by any inflected form of a word. Latin words are lower-cased and
left to FTS5's porter tokenizer. Lemmas are cached per word form: a press archive reuses
few forms, so after warm-up a document costs a dictionary lookup per word.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .morph import analyzer as _morph

WORD = re.compile(r"[^\W_]+")
CYRILLIC = re.compile(r"[а-яё]")


@lru_cache(maxsize=400_000)
def lemma(word: str) -> str:
    """The first (most likely) normal form of a lower-cased word form."""
    if not CYRILLIC.search(word):
        return word
    return _morph().parse(word)[0].normal_form.replace("ё", "е")


@lru_cache(maxsize=20_000)
def lemma_variants(word: str) -> tuple[str, ...]:
    """Every normal form a word form may have: the query side, so ambiguity never loses a hit."""
    word = word.lower().replace("ё", "е")
    if not CYRILLIC.search(word):
        return (word,)
    forms = {p.normal_form.replace("ё", "е") for p in _morph().parse(word)}
    first = lemma(word)
    return (first, *sorted(forms - {first}))


def lemmatise(text: str) -> str:
    """Space-separated lemmas of every word of ``text``, in order (phrases still match)."""
    return " ".join(lemma(w) for w in WORD.findall(text.lower().replace("ё", "е")))


def words(text: str) -> list[str]:
    return WORD.findall(text)
