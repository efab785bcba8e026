"""Facts by position: the ones in a stretch of text, found by bisection.

Extractors ask, per sentence or per figure, which mentions fall inside it; a scan of every
mention of the document each time made long documents quadratic. These helpers take lists
sorted by ``start`` (tokens, NER spans, state mentions are produced in text order)."""
from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter
from typing import Sequence, TypeVar

T = TypeVar("T")
MAX_MENTION_CHARS = 300   # no mention (a state's name, an amount) is longer than this
_start = attrgetter("start")


def starting_in(items: Sequence[T], start: int, stop: int) -> Sequence[T]:
    """The items with ``start <= item.start < stop``."""
    lo = bisect_left(items, start, key=_start)
    return items[lo:bisect_left(items, stop, lo, key=_start)]


def covering(items: Sequence[T], pos: int) -> list[T]:
    """The items with ``item.start <= pos < item.stop`` (items shorter than
    :data:`MAX_MENTION_CHARS`)."""
    return [m for m in starting_in(items, pos - MAX_MENTION_CHARS, pos + 1) if pos < m.stop]
