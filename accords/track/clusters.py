"""Story clusters: the same story rewritten by another outlet is linked to the first copy.

Each text becomes a set of shingles (overlapping runs of three words, lower-cased) plus its
numbers and names (capitalised words inside a sentence), each counted several times: two
outlets rewrite the wording of a story but keep its figures, dates, people and places,
while one ministry's template reused for another story keeps the wording and changes them. The set is summarised by a MinHash signature; a MinHash LSH index proposes candidates and the
estimated Jaccard similarity of the signatures decides. Counting stories instead of copies
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
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE_WORDS = 3
NUMBER_WEIGHT = 8
NAME_WEIGHT = 8
THRESHOLD = 0.42
SCHEME = "affine32"
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


@lru_cache(maxsize=1)
def _template() -> MinHash:
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashfunc=zlib.crc32)


def minhash(text: str) -> MinHash:
    """Signature of a text's shingles (CRC-32 as the base hash: stable across processes,
    and twice as fast as SHA-1; the permutations on top do the mixing)."""
    t = _template()
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashfunc=zlib.crc32, permutations=t.permutations)
    sh = shingles(text)
    if sh:
        m.update_batch(sh)
    return m


def to_bytes(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint32).tobytes()


def from_bytes(data: bytes) -> MinHash:
    values = np.frombuffer(data, dtype=np.uint32)
    return MinHash(num_perm=len(values), hashvalues=values, scheme=SCHEME, hashfunc=zlib.crc32,
                   permutations=_template().permutations)


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
