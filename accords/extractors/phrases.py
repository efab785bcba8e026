"""The one phrase matcher every lexicon uses: a pattern's words matched in order over tokens.

A lexicon entry is a sequence of pattern words; how one word tests one token is a small
named predicate (a lemma, a word start, the exact written form, any of a set of keys), and
what may stand between two words is the caller's: a ``*`` in the pattern lets up to ``gap``
tokens of any kind pass ("принять * решение"), a ``skip`` test lets tokens such as
adjectives pass ("глава армянского правительства"), and ``extend`` lets one pattern word
cover a run of tokens (a state name of several words). :func:`match_words` is the loop;
each lexicon keeps only what it means (its categories, weights and blockers) and its index.

>>> toks = ["принять", "важный", "решение"]
>>> match_words(len(toks), 0, ("принять", "*", "решение"), lambda w, j: word_matches(w, toks[j]))
[0, 2]
>>> match_words(len(toks), 0, ("принять", "решение"), lambda w, j: word_matches(w, toks[j])) is None
True
>>> match_words(len(toks), 0, ("принять", "решение"), lambda w, j: word_matches(w, toks[j]),
...             skip=lambda j: toks[j] == "важный", max_skip=1)
[0, 2]
"""
from __future__ import annotations

from typing import Callable, Iterable, Optional, Sequence

GAP = "*"


def word_matches(pattern: str, key: str) -> bool:
    """A pattern word against one key: "stem*" is a word start, anything else the whole key.

    >>> word_matches("товарооборот*", "товарооборота"), word_matches("визит", "визита")
    (True, False)
    """
    if pattern.endswith(GAP) and len(pattern) > 1:
        return key.startswith(pattern[:-1])
    return key == pattern


def any_key_matches(pattern: str, keys: Iterable[str]) -> bool:
    """A pattern word against several keys of one token (its lemma and its written form).

    >>> any_key_matches("сотрудничать", ("сотрудничество", "сотрудничать"))
    True
    """
    return any(word_matches(pattern, k) for k in keys)


def lemma_or_text(tok) -> tuple[str, str]:
    """The keys a case-insensitive pattern word is matched by: the lemma and the lower-cased
    written form (ё as е), for words natasha lemmatises oddly."""
    return tok.lemma, tok.text.lower().replace("ё", "е")


def match_words(n: int, i: int, words: Sequence, test: Callable[[object, int], bool],
                skip: Optional[Callable[[int], bool]] = None, max_skip: Optional[int] = None, gap: int = 3,
                extend: Optional[Callable[[object, int], int]] = None,
                gap_word: Optional[str] = GAP) -> Optional[list[int]]:
    """Positions (of ``n`` tokens) where ``words`` match in order from ``i``, or None.

    ``test(word, j)`` says whether token j is the pattern word; ``*`` lets the next word come
    up to ``gap`` tokens later; ``skip(j)`` lets token j stand between two words (at most
    ``max_skip`` in a row; no limit when it is None);
    ``extend(word, j)`` gives the position after a word that covers several tokens;
    ``gap_word=None`` for lexicons where ``*`` is a word of their own (any one word).
    """
    got: list[int] = []
    j, k = i, 0
    while k < len(words):
        w = words[k]
        if w == gap_word:
            nxt = words[k + 1]
            found = next((j + g for g in range(gap + 1) if j + g < n and test(nxt, j + g)), None)
            if found is None:
                return None
            j, k = found, k + 1
            continue
        if got and skip is not None:
            skipped = 0
            while j < n and not test(w, j) and skip(j) and (max_skip is None or skipped < max_skip):
                j += 1
                skipped += 1
        if j >= n or not test(w, j):
            return None
        got.append(j)
        j = extend(w, j) if extend is not None else j + 1
        k += 1
    return got
