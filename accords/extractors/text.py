"""Generic helpers the extractors share: token patterns, span trimming, state mentions.

Small pure functions over tokens and character spans that quotes, commitments and
projects all use; none of them knows about any one component.
"""
from __future__ import annotations

from typing import Optional

from ..nlp.ranges import MAX_MENTION_CHARS, starting_in



def word_match(pattern: str, lemma: str) -> bool:
    if pattern.endswith("*"):
        return lemma.startswith(pattern[:-1])
    return lemma == pattern


def match_seq(tokens, i: int, words: tuple[str, ...], max_gap: int = 3) -> Optional[list[int]]:
    """Indices (into ``tokens``) matching ``words`` from position i, or None."""
    out = []
    j = i
    k = 0
    while k < len(words):
        w = words[k]
        if w == "*":
            nxt = words[k + 1]
            for g in range(0, max_gap + 1):
                if j + g < len(tokens) and word_match(nxt, tokens[j + g].lemma):
                    j += g
                    break
            else:
                return None
            k += 1
            continue
        if j >= len(tokens) or not word_match(w, tokens[j].lemma):
            return None
        out.append(j)
        j += 1
        k += 1
    return out


def find_phrases(tokens, entries) -> list[tuple[int, int, tuple]]:
    """(start index, stop index, entry) of multiword entries found in tokens."""
    out = []
    for i in range(len(tokens)):
        for e in entries:
            if i + len(e) <= len(tokens) and all(word_match(w, tokens[i + n].lemma) for n, w in enumerate(e)):
                out.append((i, i + len(e), e))
    return out


_PAIRED = {"»": "«", "”": "“", "“": "„", "\"": "\""}


def trim_span(text: str, s: int, e: int) -> tuple[int, int]:
    """Trim spaces, dashes and stray quote marks, keeping a closing mark of an inner quote."""
    while s < e and (text[s].isspace() or text[s] in "«„“\"-—–"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:»”\"“-—–"):
        c = text[e - 1]
        if c in _PAIRED:
            seg = text[s:e - 1]
            opened = seg.count(_PAIRED[c]) - (seg.count(c) if c != "\"" else 0)
            if (c == "\"" and seg.count("\"") % 2 == 1) or (c != "\"" and opened > 0):
                break
        e -= 1
    return s, e


def state_mentions(doc) -> list:
    """The states gazetteer's mentions (computed once per document)."""
    from .states import find_states

    return list(find_states(doc))


def states_in(states, start: int, stop: int, skip_capitals: bool = False) -> list[str]:
    out = []
    for m in starting_in(states, start - MAX_MENTION_CHARS, stop):
        if m.start < stop and start < m.stop:
            if skip_capitals and getattr(m, "kind", "") == "capital":
                continue
            if m.code not in out:
                out.append(m.code)
    return out
