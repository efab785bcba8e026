"""Story clusters: the same story rewritten by another outlet is linked to the first copy.

Each text becomes a set of shingles (overlapping pairs of words, lower-cased) plus its
numbers, each counted ``NUMBER_WEIGHT`` times: two outlets rewrite the wording of a story
but keep its figures and dates, while one ministry's template reused for another story keeps
the wording and changes the figures. The set is summarised by a MinHash signature; a MinHash LSH index proposes candidates and the
estimated Jaccard similarity of the signatures decides. Counting stories instead of copies
keeps one announcement reprinted by five sites from weighing five times.

The threshold was measured on pairs written for the purpose (see ``docs/store.md`` and
``tests/test_store_clusters.py``): rewrites of one story and different stories built on the
same template fall on either side of it with a margin.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE_WORDS = 2
NUMBER_WEIGHT = 8
THRESHOLD = 0.42
SCHEME = "affine32"
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[bytes]:
    """Overlapping k-word runs plus weighted numbers; a text shorter than k words is one shingle."""
    words = _TOKEN.findall(text.lower().replace("ё", "е"))
    if len(words) <= k:
        out = {" ".join(words)} if words else set()
    else:
        out = {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}
    for w in words:
        if w[0].isdigit():
            out.update(f"#{w}/{i}" for i in range(NUMBER_WEIGHT))
    return {x.encode("utf-8") for x in out}


def minhash(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    sh = shingles(text)
    if sh:
        m.update_batch(sh)
    return m


def to_bytes(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint32).tobytes()


def from_bytes(data: bytes) -> MinHash:
    values = np.frombuffer(data, dtype=np.uint32)
    return MinHash(num_perm=len(values), hashvalues=values, scheme=SCHEME)


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of two texts' shingle sets."""
    return minhash(a).jaccard(minhash(b))


@dataclass
class StoryIndex:
    """Signatures of stored documents and the story each belongs to."""
    threshold: float = THRESHOLD
    _lsh: MinHashLSH = field(init=False)
    _sigs: dict = field(init=False, default_factory=dict)
    _story: dict = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        # candidates from a lower LSH threshold, then the estimate decides: fewer misses
        self._lsh = MinHashLSH(threshold=max(0.05, self.threshold - 0.1), num_perm=NUM_PERM)

    def __len__(self) -> int:
        return len(self._sigs)

    def add(self, key: int, m: MinHash, story: int) -> None:
        if key in self._sigs:
            return
        self._lsh.insert(key, m)
        self._sigs[key] = m
        self._story[key] = story

    def remove(self, key: int) -> None:
        if key in self._sigs:
            self._lsh.remove(key)
            del self._sigs[key]
            del self._story[key]

    def match(self, m: MinHash) -> tuple[int, float] | None:
        """(story, similarity) of the most similar stored document above the threshold."""
        if m.is_empty():
            return None
        best = None
        for key in self._lsh.query(m):
            sim = m.jaccard(self._sigs[key])
            if sim >= self.threshold and (best is None or (sim, -key) > (best[1], -best[0])):
                best = (key, sim)
        return None if best is None else (self._story[best[0]], best[1])
