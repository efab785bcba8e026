"""Word vectors: natasha's navec news embedding (shipped inside the natasha wheel, already
loaded for its taggers: the same copy), read per lemma."""
from __future__ import annotations

from functools import lru_cache

import numpy as np

DIM = 300


def _embedding():
    from .document import _models
    return _models()["emb"]


@lru_cache(maxsize=100_000)
def lemma_vector(lemma: str):
    """The lemma's vector, or None when navec does not know it."""
    v = _embedding().get(lemma)
    return None if v is None else np.asarray(v, dtype=np.float32)


def mean_vector(lemmas: list[str]) -> np.ndarray:
    """The mean vector of the known lemmas; zeros when none is known."""
    vs = [v for v in (lemma_vector(w) for w in lemmas) if v is not None]
    if not vs:
        return np.zeros(DIM, dtype=np.float32)
    return np.mean(vs, axis=0)
