"""Bounded pieces of a long text, so analysis costs grow linearly with its size.

natasha's NER tagger reads a whole text as one sequence and its syntax parser is quadratic
in a sentence's length: a long document is analysed in windows of whole paragraphs, and a
sentence longer than :data:`MAX_SENTENCE_TOKENS` is cut into segments. Ordinary press
texts (a few KB, sentences under 60 tokens) fit one window and are never cut.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Sequence, TypeVar

WINDOW_CHARS = 40_000
MAX_SENTENCE_TOKENS = 120

_SENTENCE_END = re.compile(r"[.!?…;][\"»”)]*\s")
T = TypeVar("T")


def text_windows(text: str, size: int = WINDOW_CHARS) -> list[tuple[int, int]]:
    """``[start, stop)`` windows that tile ``text``, each at most ``size`` characters,
    cut after a paragraph where one ends in the window's second half, else after a
    sentence, else at a space."""
    out, start = [], 0
    while len(text) - start > size:
        cut = _cut(text, start + size // 2, start + size)
        out.append((start, cut))
        start = cut
    out.append((start, len(text)))
    return out


def _cut(text: str, lo: int, hi: int) -> int:
    newline = text.rfind("\n", lo, hi)
    if newline >= 0:
        return newline + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, hi)]
    if ends:
        return ends[-1]
    space = max(text.rfind(" ", lo, hi), text.rfind("\t", lo, hi))
    if space >= 0:
        return space + 1
    while hi > lo and unicodedata.combining(text[hi]):   # keep a letter with its marks
        hi -= 1
    return hi


def sentence_segments(tokens: Sequence[T], limit: int = MAX_SENTENCE_TOKENS) -> list[Sequence[T]]:
    """A sentence's tokens in segments of at most ``limit``, each cut after the last comma,
    semicolon or colon in its second half where there is one."""
    if len(tokens) <= limit:
        return [tokens]
    out, start = [], 0
    while len(tokens) - start > limit:
        stop = start + limit
        for i in range(stop - 1, start + limit // 2, -1):
            if getattr(tokens[i], "text", "") in (",", ";", ":", "—"):
                stop = i + 1
                break
        out.append(tokens[start:stop])
        start = stop
    out.append(tokens[start:])
    return out


_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_HEADLINE_CHARS = 200


def _ends_headline(prev, cur, text: str, offset: int) -> bool:
    """The text's first line ends without a full stop and a capitalised line follows: a
    headline ("Товарооборот может быть увеличен до $1 млрд¶Хотя товарооборот …"). Only the
    first line: further down a single line break may be a hard wrap inside a sentence."""
    a, b = prev.stop - offset, cur.start - offset
    gap = text[a:b]
    return ("\n" in gap and not gap.strip() and a <= _HEADLINE_CHARS and "\n" not in text[:a]
            and bool(_WORD_END.search(prev.text)) and bool(_CAPITALISED.match(cur.text)))


_WORD_END = re.compile(r"(?:\w*[^\W\d_]{3}|\d+)$")     # "August", "году", "11", not "St", "U"
_CAPITALISED = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]")   # "The", "Президент", not "uz", "USD"


def paragraph_parts(tokens: Sequence[T], text: str, offset: int = 0) -> list[Sequence[T]]:
    """A sentence's tokens cut where the splitter missed an end: at a blank line (a headline,
    dateline or list item has no full stop: "… до $1 млрд¶¶В 2007 году …") and at a full stop
    glued to the next sentence, as scraped pages lose the space ("last August.Both sides",
    "November 11.The reception"). ``offset`` is where ``text`` starts in the tokens' coordinates."""
    cuts = [i for i in range(1, len(tokens)) if _breaks_before(tokens, i, text, offset)]
    if not cuts:
        return [tokens]
    return [tokens[a:b] for a, b in zip([0] + cuts, cuts + [len(tokens)])]


def _breaks_before(tokens: Sequence, i: int, text: str, offset: int) -> bool:
    prev, cur = tokens[i - 1], tokens[i]
    if _BLANK_LINE.search(text, prev.stop - offset, cur.start - offset):
        return True
    if _ends_headline(prev, cur, text, offset):
        return True
    if prev.text in _DASHES and i <= 12 and _opens_sentence(tokens, i) \
            and _DATELINE.match(text, tokens[0].start - offset, prev.start - offset):
        return True     # "Ташкент, 18 апреля /Синьхуа/ -- Президент …": the dateline is no part of the sentence
    if not (i >= 2 and prev.text == "." and cur.start == prev.stop and tokens[i - 2].stop == prev.start
            and _opens_sentence(tokens, i)):
        return False
    word = tokens[i - 2]
    if word.text in _CLOSING and i >= 3 and tokens[i - 3].stop == word.start:
        word = tokens[i - 3]        # "(до марта 2026 года).Общая стоимость …"
    return bool(_WORD_END.search(word.text)) and (word.text[-1].islower() or word.text[-1].isdigit())


_CLOSING = frozenset({")", "»", '"', "”"})
_DASHES = frozenset({"–", "—", "-", "--"})
# a wire's dateline: a city, a day and month, maybe a year and an agency ("Сантьяго, 5 августа",
# "Тегеран, 5 августа, ИРНА", "Beijing, Jan. 5 (Xinhua)")
_DATELINE = re.compile(r"[A-ZА-ЯЁ][\w-]*(?: [A-ZА-ЯЁ][\w-]*)?, \d{1,2} [A-Za-zА-Яа-яЁё]+\.?(?:,? \d{4})?"
                       r"(?:[ ,.]*[/(]?[A-ZА-ЯЁ][\w ]{0,20}[/)]?)?\.?\s*$")


_OPENING_QUOTES = frozenset({'"', "«", "“", "„"})


def _opens_sentence(tokens: Sequence, i: int) -> bool:
    """A capitalised word, or an opening quote glued to one ("континентом.\"Взаимный …")."""
    cur = tokens[i]
    if _CAPITALISED.match(cur.text):
        return True
    return (cur.text in _OPENING_QUOTES and i + 1 < len(tokens) and tokens[i + 1].start == cur.stop
            and bool(_CAPITALISED.match(tokens[i + 1].text)))
