"""Word vectors: natasha's navec news embedding, read per lemma from the copy its morphology
tagger already holds (keeping natasha's own embedding object alive as well would cost 60 MB
per process)."""
from __future__ import annotations

from functools import lru_cache

import numpy as np

DIM = 300


@lru_cache(maxsize=1)
def _lookup():
    from .document import _models
    infer = _models()["morph"].infer
    return infer.encoder.words_vocab, infer.model.emb.word


@lru_cache(maxsize=10_000)     # 12 MB at most: a vector is 300 floats
def lemma_vector(lemma: str):
    """The lemma's vector, or None when navec does not know it."""
    vocab, embedding = _lookup()
    i = vocab.encode(lemma)
    if i == vocab.unk_id:
        return None
    return np.asarray(embedding(np.array([[i]]))[0, 0], dtype=np.float32)


def mean_vector(lemmas: list[str]) -> np.ndarray:
    """The mean vector of the known lemmas; zeros when none is known."""
    vs = [v for v in (lemma_vector(w) for w in lemmas) if v is not None]
    if not vs:
        return np.zeros(DIM, dtype=np.float32)
    return np.mean(vs, axis=0)
