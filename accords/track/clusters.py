"""Story clusters: the same story rewritten by another outlet is linked to the first copy.

Each text becomes a set of shingles (overlapping runs of three words, lower-cased) plus its
numbers and names (capitalised words inside a sentence), each counted several times: two
outlets rewrite the wording of a story but keep its figures, dates, people and places,
while one ministry's template reused for another story keeps the wording and changes them.
The set is summarised by a MinHash signature; a banded LSH index proposes candidates and
the estimated Jaccard similarity of the signatures decides. Counting stories instead of copies
keeps one announcement reprinted by five sites from weighing five times.

The threshold was measured on pairs written for the purpose (see ``docs/store.md`` and
``tests/test_store_clusters.py``): rewrites of one story and different stories built on the
same template fall on either side of it with a margin.
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

NUM_PERM = 128
SHINGLE_WORDS = 3
NUMBER_WEIGHT = 8
NAME_WEIGHT = 8
THRESHOLD = 0.42
# LSH bands: 30 runs of 3 values propose as candidates the pairs whose similarity is likely
# above 0.32 (the threshold less 0.1: fewer misses), and the estimate then decides; the band
# shape is the one that minimises the false positives and negatives at 0.32 for 128 values
BANDS, ROWS = 30, 3
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
_SENTENCE_BREAK = re.compile(r"[.!?…\n]")


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[bytes]:
    """Overlapping k-word runs, plus numbers and names (capitalised words inside a sentence),
    each counted several times; a text shorter than k words is one shingle."""
    text = text.replace("ё", "е").replace("Ё", "Е")
    tokens = list(_TOKEN.finditer(text))
    words = [m.group(0).lower() for m in tokens]
    if len(words) <= k:
        out = {" ".join(words)} if words else set()
    else:
        out = {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}
    prev_end = None
    for m in tokens:
        w = m.group(0)
        if w[0].isdigit():
            out.update(f"#{w}/{i}" for i in range(NUMBER_WEIGHT))
        elif w[0].isupper() and prev_end is not None and not _SENTENCE_BREAK.search(text, prev_end, m.start()):
            out.update(f"@{w.lower()}/{i}" for i in range(NAME_WEIGHT))
        prev_end = m.end()
    return {x.encode("utf-8") for x in out}


_EMPTY = np.uint32(0xFFFFFFFF)   # every value of the signature of an empty text


class Signature:
    """A MinHash signature: per permutation, the least permuted hash of the text's shingles.

    The same values as datasketch's ``MinHash`` with its "affine32" scheme, seed 1 and
    CRC-32 as the base hash (which earlier versions stored), so signatures already stored
    stay comparable. Written here because importing datasketch pulls in SciPy, over a second
    of start-up in every process that writes, for these few lines of numpy."""
    __slots__ = ("hashvalues",)

    def __init__(self, hashvalues: np.ndarray):
        self.hashvalues = hashvalues

    def is_empty(self) -> bool:
        return bool((self.hashvalues == _EMPTY).all())

    def jaccard(self, other: "Signature") -> float:
        """Estimated Jaccard similarity: the share of permutations whose minima agree."""
        return float(np.count_nonzero(self.hashvalues == other.hashvalues)) / len(self.hashvalues)


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """Odd multipliers ``a`` and offsets ``b`` of the affine permutations ``a·h + b mod 2³²``
    (drawn as datasketch draws them for seed 1)."""
    gen = np.random.RandomState(1)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's finalizer: spreads the CRC-32 values before the permutations."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def _band_keys(m: Signature) -> list[bytes]:
    """The signature cut into ``BANDS`` runs of ``ROWS`` values: two signatures that agree on
    a whole run are candidates (banded LSH)."""
    raw = m.hashvalues[:BANDS * ROWS].tobytes()
    step = 4 * ROWS
    return [raw[i:i + step] for i in range(0, len(raw), step)]


def minhash(text: str) -> Signature:
    """Signature of a text's shingles (CRC-32 as the base hash: stable across processes)."""
    sh = shingles(text)
    if not sh:
        return Signature(np.full(NUM_PERM, _EMPTY, dtype=np.uint32))
    a, b = _permutations()
    h = _fmix32(np.fromiter(map(zlib.crc32, sh), dtype=np.uint32, count=len(sh))).reshape(-1, 1)
    return Signature((h * a + b).min(axis=0))


def to_bytes(m: Signature) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint32).tobytes()


def from_bytes(data: bytes) -> Signature:
    return Signature(np.frombuffer(data, dtype=np.uint32))


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of two texts' shingle sets."""
    return minhash(a).jaccard(minhash(b))


@dataclass
class StoryIndex:
    """Signatures of stored documents and the story each belongs to; with ``limit``, only
    the latest ``limit`` of them (the oldest goes when a new one comes), so a long ingest or
    ``accords watch`` holds a bounded window in memory, not every document it ever wrote."""
    threshold: float = THRESHOLD
    limit: int | None = None
    _bands: list = field(init=False)
    _sigs: dict = field(init=False, default_factory=dict)
    _story: dict = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self._bands = [{} for _ in range(BANDS)]

    def __len__(self) -> int:
        return len(self._sigs)

    def add(self, key: int, m: Signature, story: int) -> None:
        if key in self._sigs:
            return
        for table, band in zip(self._bands, _band_keys(m)):
            table.setdefault(band, set()).add(key)
        self._sigs[key] = m
        self._story[key] = story
        if self.limit is not None and len(self._sigs) > self.limit:
            self.remove(next(iter(self._sigs)))   # dicts keep insertion order: the oldest

    def remove(self, key: int) -> None:
        if key in self._sigs:
            for table, band in zip(self._bands, _band_keys(self._sigs[key])):
                bucket = table[band]
                bucket.discard(key)
                if not bucket:
                    del table[band]
            del self._sigs[key]
            del self._story[key]

    def match(self, m: Signature) -> tuple[int, float] | None:
        """(story, similarity) of the most similar stored document above the threshold."""
        if m.is_empty():
            return None
        best = None
        candidates = set()
        for table, band in zip(self._bands, _band_keys(m)):
            candidates.update(table.get(band, ()))
        for key in candidates:
            sim = m.jaccard(self._sigs[key])
            if sim >= self.threshold and (best is None or (sim, -key) > (best[1], -best[0])):
                best = (key, sim)
        return None if best is None else (self._story[best[0]], best[1])

    def link_batch(self, sigs: list[Signature]) -> list[int | None]:
        """For each signature of a batch not stored yet: the story of its closest stored
        copy, ``-(j + 1)`` when its closest copy is the batch's own ``j``-th earlier one, or
        ``None``. The batch is compared with itself directly (a few dozen signatures), so
        the index is not touched until the batch is stored (:meth:`add`)."""
        values = np.stack([m.hashvalues for m in sigs]) if sigs else None
        links: list[int | None] = []
        for i, m in enumerate(sigs):
            found = self.match(m)
            best = None if found is None else (found[1], found[0])      # (similarity, story)
            if i and not m.is_empty():
                sims = (values[:i] == values[i]).mean(axis=1)
                for j in np.flatnonzero(sims >= self.threshold):   # ties: the latest copy
                    if best is None or sims[j] >= best[0]:
                        best = (float(sims[j]), -(int(j) + 1))
            links.append(None if best is None else best[1])
        return links
