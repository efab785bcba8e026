"""Generic helpers the extractors share: token patterns, span trimming, state mentions.

Small pure functions over tokens and character spans that quotes, commitments and
projects all use; none of them knows about any one component.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..nlp.ranges import MAX_MENTION_CHARS, starting_in
from .phrases import GAP, match_words, word_matches


word_match = word_matches   # a pattern word against a lemma ("stem*" is a word start)


def match_seq(tokens, i: int, words: tuple[str, ...], max_gap: int = 3) -> Optional[list[int]]:
    """Indices (into ``tokens``) where lemma pattern ``words`` match from i ("*": a gap of up
    to ``max_gap`` tokens), or None."""
    return match_words(len(tokens), i, words, lambda w, j: word_matches(w, tokens[j].lemma), gap=max_gap)


def find_phrases(tokens, entries) -> list[tuple[int, int, tuple]]:
    """(start index, stop index, entry) of multiword lemma entries found in tokens."""
    out = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        for e in entries:
            if i + len(e) <= n and (e[0] == GAP or word_matches(e[0], tok.lemma)) and match_words(
                    n, i, e, lambda w, j: word_matches(w, tokens[j].lemma)) is not None:
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


_WRAP = re.compile(r"\n(?=[^\W\d_])")      # a line break right before a letter


@lru_cache(maxsize=8)      # asked by quotes, commitments and figures of the same document
def hard_wrapped(text: str) -> bool:
    """Lines broken inside sentences (agency wires, e-mails: "will increase this figure by
    20\npercent"): a third or more of the line breaks before a letter come before a small one.
    There a single line break is a space; only a blank line ends a paragraph."""
    after = [text[m.end()] for m in _WRAP.finditer(text)]
    small = sum(ch.islower() for ch in after)
    return small >= 3 and small >= len(after) / 3


def text_lines(text: str) -> list[tuple[int, str]]:
    """(start, line) of each line, or of each paragraph in a hard-wrapped text (its line
    breaks read as spaces, the offsets unchanged)."""
    if not hard_wrapped(text):
        out, pos = [], 0
        for line in text.split("\n"):
            out.append((pos, line))
            pos += len(line) + 1
        return out
    out, pos = [], 0
    for m in re.finditer(r"\n[ \t]*\n", text):
        out.append((pos, text[pos:m.start()].replace("\n", " ")))
        pos = m.start() + 1
    out.append((pos, text[pos:].replace("\n", " ")))
    return out


HEADLINE_WORDS = 16   # a headline is shorter; the first line of a text is its headline however long


def lead_line(text: str, start: int, n_words: int) -> bool:
    """A line with no closing punctuation that is no headline: not the text's first line, and
    longer than a headline ("Modi and Putin also agreed to strengthen … partnerships¶" under
    the headline is its lead, a sentence that lost its full stop)."""
    return bool(text[:start].strip()) and n_words > HEADLINE_WORDS

