"""The caller's text, its normalised copy, and a map from one to the other.

Extraction works on a normalised copy (NFC, CRLF and CR as LF, no BOM): that is what
natasha analyses and what the document hash is over. The record's offsets must index the
text the caller gave, so :func:`normalise` also keeps a map back: every offset into the
normalised copy maps to an offset into the caller's text.

The map is a list of *pieces*, each a stretch of the caller's text and what it became.
A piece whose length did not change maps offset by offset; one whose length changed
(CRLF, a base letter and its combining marks composed by NFC) maps as a whole, so a span
never ends inside it. A removed BOM is a gap between pieces.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

# one document's text, in UTF-8; applied to every input kind. Analysis holds about 90 MB
# per MB of text on top of the models (docs/size.md), so 6 MB keeps any accepted document
# under 1 GB of memory while a 5 MB release still goes through
MAX_TEXT_BYTES = 6 * 1024 * 1024

_NEWLINE_OR_BOM = re.compile(r"\r\n?|\ufeff")
_NON_SPACE = re.compile(r"\S+")


class TextTooLarge(ValueError):
    """A text over :data:`MAX_TEXT_BYTES`."""


def check_size(text: str, what: str = "text") -> None:
    """Raise :class:`TextTooLarge` for a text over the limit (counted in UTF-8 bytes)."""
    if len(text) * 4 <= MAX_TEXT_BYTES:
        return
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_TEXT_BYTES:
        raise TextTooLarge(f"{what} too large for one document ({size} bytes, "
                           f"limit {MAX_TEXT_BYTES // (1024 * 1024)} MB)")


def normalise_text(text: str) -> str:
    """NFC, unified newlines, no BOM, Cyrillic words in Cyrillic letters only: what offsets
    are computed on and what is hashed."""
    text = unicodedata.normalize("NFC", _no_surrogates(text)).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\ufeff", "")
    text = _unmix(text, _homoglyphs(text)) if _MIXED.search(text) else text
    return _unbracket(text, _bracketed_names(text)) if "[" in text else text


# an editor's insertion of a given name in a transcript ("наш министр торговли [Мехмет] Муш",
# "с вице-премьером [Александром] Новаком"): without the brackets it reads as the full name
_BRACKETED_NAME = re.compile(r"\[(?=[A-ZА-ЯЁ][a-zа-яё]+\]\s+[A-ZА-ЯЁ])[A-ZА-ЯЁ][a-zа-яё]+(\])")


def _bracketed_names(text: str) -> list[int]:
    """Offsets of the brackets around an inserted given name."""
    return [i for m in _BRACKETED_NAME.finditer(text) for i in (m.start(), m.start(1))]


def _unbracket(text: str, offsets: list[int]) -> str:
    if not offsets:
        return text
    chars = list(text)
    for i in offsets:
        chars[i] = " "
    return "".join(chars)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(text: str) -> str:
    """A lone surrogate (a str decoded with "surrogateescape", a byte cut in two) is no
    character UTF-8 can write: it becomes U+FFFD, one for one."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


# Latin and Greek letters drawn like Cyrillic ones, which some sites mix into Russian words
# ("Дοкумент пοдписан" with a Greek omicron) so that copies can be traced
_LOOKALIKE = dict(zip("aceopxyABCEHKMOPTX" "οαεκρτΑΒΕΗΚΜΟΡΤΧ",
                      "асеорхуАВСЕНКМОРТХ" "оаекртАВЕНКМОРТХ"))
_CYR = "\u0400-\u04ff"
_LOOK = "".join(k for k in _LOOKALIKE if not "\u0400" <= k <= "\u04ff")
_MIXED = re.compile(f"[{_CYR}][{_LOOK}]|[{_LOOK}][{_CYR}]")
_WORD = re.compile(f"[{_CYR}{_LOOK}]+")


def _homoglyphs(text: str) -> list[int]:
    """Offsets of look-alike letters inside words written mostly in Cyrillic."""
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        look = [i for i, ch in enumerate(word) if ch in _LOOKALIKE and not "\u0400" <= ch <= "\u04ff"]
        if look and len(look) * 2 <= len(word):
            out.extend(m.start() + i for i in look)
    return out


def _unmix(text: str, offsets: list[int]) -> str:
    if not offsets:
        return text
    chars = list(text)
    for i in offsets:
        chars[i] = _LOOKALIKE[chars[i]]
    return "".join(chars)


class PieceMap:
    """Offsets of a derived text back to its source, for one normalisation step."""

    def __init__(self, changed: list[tuple[int, int, int, bool]], source_len: int):
        """``changed``: (source start, source stop, derived length, maps character by
        character) of each changed stretch, in order; everything between them is copied
        as it is."""
        self.dst = array("q")      # start of each piece in the derived text
        self.src = array("q")      # start of each piece in the source text
        self.src_len = array("q")  # length in the source; -1 where the piece maps linearly
        pos_src = pos_dst = 0
        for start, stop, new_len, linear in changed:
            if start > pos_src:
                self._add(pos_dst, pos_src, -1)
                pos_dst += start - pos_src
            if new_len:
                self._add(pos_dst, start, -1 if linear else stop - start)
                pos_dst += new_len
            pos_src = stop
        self._add(pos_dst, pos_src, -1)   # the rest, and a sentinel at the end
        self.length = pos_dst + (source_len - pos_src)

    def _add(self, dst: int, src: int, src_len: int) -> None:
        if self.dst and self.dst[-1] == dst:   # a piece that became empty: keep the later
            self.src[-1], self.src_len[-1] = src, src_len
            return
        self.dst.append(dst)
        self.src.append(src)
        self.src_len.append(src_len)

    def start(self, pos: int) -> int:
        """Where a span starting at ``pos`` starts in the source."""
        i = max(bisect_right(self.dst, pos) - 1, 0)
        if self.src_len[i] < 0 or pos == self.dst[i]:
            return self.src[i] + (pos - self.dst[i])
        return self.src[i]

    def stop(self, pos: int) -> int:
        """Where a span ending at ``pos`` ends in the source."""
        i = bisect_left(self.dst, pos) - 1
        if i < 0:
            return self.src[0] + pos
        if self.src_len[i] < 0:
            return self.src[i] + (pos - self.dst[i])
        return self.src[i] + self.src_len[i]


@lru_cache(maxsize=1)
def _composing_seconds() -> frozenset[str]:
    """Characters that NFC may compose with the character before them."""
    out = {chr(c) for c in range(0x1161, 0x1176)} | {chr(c) for c in range(0x11A8, 0x11C3)}
    for c in range(0x80, 0x110000):
        d = unicodedata.decomposition(chr(c))
        if d and not d.startswith("<"):
            parts = d.split()
            if len(parts) == 2:
                out.add(chr(int(parts[1], 16)))
    return frozenset(out)


def _is_boundary(ch: str) -> bool:
    """True where NFC cannot act across a boundary placed before ``ch``."""
    if ch < "\x80":
        return True
    first = unicodedata.normalize("NFD", ch)[0]
    seconds = _composing_seconds()
    return (unicodedata.combining(first) == 0 and first not in seconds
            and ch not in seconds)


def _nfc_changes(text: str) -> list[tuple[int, int, int, bool]]:
    """The stretches NFC changes: each a base character with what composes onto it."""
    changed = []
    for m in _NON_SPACE.finditer(text):
        word = m.group()
        if word.isascii() or unicodedata.is_normalized("NFC", word):
            continue
        cuts = [0] + [i for i in range(1, len(word)) if _is_boundary(word[i])] + [len(word)]
        for a, b in zip(cuts, cuts[1:]):
            chunk = word[a:b]
            nfc = unicodedata.normalize("NFC", chunk)
            if nfc != chunk:
                linear = len(nfc) == len(chunk) == 1   # a singleton (Ω for Ω), not a reordering
                changed.append((m.start() + a, m.start() + b, len(nfc), linear))
    return changed


@dataclass(frozen=True)
class Normalised:
    """The normalised copy of ``raw`` and the way back to ``raw``."""
    raw: str
    text: str
    _steps: tuple[PieceMap, ...] = ()

    def span(self, start: int, stop: int) -> tuple[int, int]:
        """``[start, stop)`` in the normalised text as a span of the caller's text."""
        a, b = start, stop
        for step in reversed(self._steps):
            a, b = (step.start(a), step.start(b)) if a == b else (step.start(a), step.stop(b))
        return a, max(a, b)

    @property
    def identical(self) -> bool:
        return not self._steps


def normalise(raw: str) -> Normalised:
    """The normalised copy of ``raw`` (same as :func:`normalise_text`) with its map back."""
    steps = []
    text = _no_surrogates(raw)   # letter for letter: offsets stay
    if not (text.isascii() or unicodedata.is_normalized("NFC", text)):
        nfc = unicodedata.normalize("NFC", text)
        step = PieceMap(_nfc_changes(text), len(text))
        if step.length != len(nfc):   # should not happen: map the whole text as one piece
            step = PieceMap([(0, len(text), len(nfc), False)], len(text))
        steps.append(step)
        text = nfc
    lines = [(m.start(), m.end(), 0 if m.group() == "\ufeff" else 1, m.group() == "\r")
             for m in _NEWLINE_OR_BOM.finditer(text)]
    if lines:
        steps.append(PieceMap(lines, len(text)))
        text = _NEWLINE_OR_BOM.sub(lambda m: "" if m.group() == "\ufeff" else "\n", text)
    if _MIXED.search(text):
        offsets = _homoglyphs(text)
        if offsets:   # letter for letter: offsets stay, but a fact's text is the caller's
            steps.append(PieceMap([(i, i + 1, 1, True) for i in offsets], len(text)))
            text = _unmix(text, offsets)
    if "[" in text:
        offsets = _bracketed_names(text)
        if offsets:   # letter for letter too, and a fact keeps the caller's brackets
            steps.append(PieceMap([(i, i + 1, 1, True) for i in offsets], len(text)))
            text = _unbracket(text, offsets)
    return Normalised(raw, text, tuple(steps))


def spans_to_caller(record, norm: Normalised):
    """Every span of every fact of ``record`` (computed on ``norm.text``) moved onto the
    caller's text; a fact's ``text`` that was the normalised span becomes the caller's."""
    if norm.identical:
        return record
    for name in type(record).model_fields:
        facts = getattr(record, name)
        if not isinstance(facts, list):
            continue
        for fact in facts:
            if hasattr(fact, "mentions"):
                fact.mentions = [norm.span(*m) for m in fact.mentions]
            evidence = getattr(fact, "evidence", None)
            if isinstance(evidence, list):
                fact.evidence = [norm.span(*e) for e in evidence]
            elif evidence is not None:
                start, stop = norm.span(*evidence)
                if getattr(fact, "text", None) == norm.text[evidence[0]:evidence[1]]:
                    fact.text = norm.raw[start:stop]
                fact.evidence = (start, stop)
    return record
